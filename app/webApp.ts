import type { Express } from "express";
import type { CoreDeps } from "../core/index.ts";
import { createToolApp } from "../lti-tool/app.ts";
import type { LtiConfig } from "../lti-tool/config.ts";
import type { OidcConfig } from "../lti-tool/oidc/config.ts";
import { matrixForPages } from "../matrix-bot/accounts/connect.ts";
import { newPupilLocalpart } from "../matrix-bot/accounts/passwords.ts";
import type { BotConfig } from "../matrix-bot/config.ts";
import { PupilMatrixAccounts } from "../matrix-bot/store/pupilAccounts.ts";
import { RecordedTwinSpaces } from "../matrix-bot/store/twinSpaceDirectory.ts";
import { BotTranscripts } from "../matrix-bot/twinspace/transcripts.ts";
import { RetryingMatrixClient } from "../matrix-bot/homeserver/client.ts";
import type { Database } from "../store/database.ts";

/**
 * The web side as `npm start` and `npm run demo` serve it: the LTI tool and the pages, with
 * the Matrix pages and the TwinSpaces' rooms when a homeserver is configured, and the OpenID
 * Connect provider that signs people in to it when that is configured.
 */
export function productWebApp(options: {
  database: Database;
  core: CoreDeps;
  lti: LtiConfig;
  bot: BotConfig | undefined;
  oidc?: OidcConfig | undefined;
  /** False when /metrics is served on its own port (METRICS_PORT). */
  serveMetrics?: boolean;
  /** Whether e-mail notifications are sent (SMTP configured). */
  emailEnabled?: boolean;
}): Express {
  const { database, core, lti, bot } = options;
  // Without a homeserver pupils have no Matrix accounts and the Matrix pages say so.
  const matrix = bot ? matrixForPages(bot, database, core) : undefined;
  const twinSpaces = bot ? new RecordedTwinSpaces(database) : undefined;
  const transcripts = bot
    ? new BotTranscripts(new RetryingMatrixClient(bot.homeserverUrl, bot.accessToken))
    : undefined;
  // Pupils signing in get the bot's pseudonymous localparts and its account records.
  const pupilAccounts = Object.assign(new PupilMatrixAccounts(database), { newLocalpart: newPupilLocalpart });
  const oidc = options.oidc ? { config: options.oidc, pupilAccounts } : undefined;
  return createToolApp({
    database,
    core,
    lti,
    matrix,
    twinSpaces,
    transcripts,
    oidc,
    serveMetrics: options.serveMetrics,
    emailEnabled: options.emailEnabled ?? false,
  });
}
