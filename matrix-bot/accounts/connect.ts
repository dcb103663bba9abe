import type { CoreDeps } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";
import type { BotConfig } from "../config.ts";
import { RetryingMatrixClient } from "../homeserver/client.ts";
import { PupilMatrixAccounts } from "../store/pupilAccounts.ts";
import { PupilAccountManager } from "./pupilAccounts.ts";
import { requirePupilGuard } from "./pupilGuardProbe.ts";
import { SynapseAdmin } from "./synapseAdmin.ts";

/**
 * What the web pages need from the Matrix side: the homeserver, the bot's Matrix ID and the
 * pupils' accounts, with the bot's own token. The bot's ID is asked of the homeserver when
 * first needed (the SDK keeps it), so a homeserver that is down delays only these pages.
 */
export function matrixForPages(config: BotConfig, database: Database, core: CoreDeps) {
  const client = new RetryingMatrixClient(config.homeserverUrl, config.accessToken);
  const botUserId = () => client.getUserId();
  return {
    homeserverUrl: config.homeserverUrl,
    botUserId,
    pupilAccounts: new PupilAccountManager({
      core,
      admin: new SynapseAdmin(client),
      records: new PupilMatrixAccounts(database),
      serverName: async () => (await botUserId()).split(":").slice(1).join(":"),
      requireGuard: () => requirePupilGuard(config.homeserverUrl),
    }),
  };
}
