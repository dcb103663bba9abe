import type { CoreDeps } from "../core/index.ts";
import type { Database } from "../store/database.ts";
import { requirePupilGuard } from "./accounts/pupilGuardProbe.ts";
import { type BotLog, MatrixBot, productLog } from "./bot.ts";
import { type BotConfig, BotConfigError } from "./config.ts";
import { HomeserverUnavailable } from "./homeserver/retry.ts";

export interface RunningBot {
  stop(): Promise<void>;
}

/**
 * Starts the Matrix bot when a homeserver is configured (MATRIX_HOMESERVER_URL).
 * A wrong token stops the start with a message saying so; a homeserver that does not
 * answer yet only delays the bot (it keeps trying), never the LTI tool.
 */
export async function startMatrixBot(options: {
  database: Database;
  core: CoreDeps;
  config: BotConfig | undefined;
  log?: BotLog;
}): Promise<RunningBot | undefined> {
  const log = options.log ?? productLog;
  const { config } = options;
  if (!config) {
    log.info("off (set MATRIX_HOMESERVER_URL and MATRIX_BOT_ACCESS_TOKEN to turn it on)");
    return undefined;
  }
  let bot: MatrixBot | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (delayMs: number): Promise<void> => {
    try {
      bot = await MatrixBot.create({ config, database: options.database, core: options.core, log });
    } catch (error) {
      if (!(error instanceof HomeserverUnavailable)) throw explain(error);
      const next = Math.min(60_000, delayMs * 2);
      log.warn(`${config.homeserverUrl} does not answer; trying again in ${next / 1000} s`, error);
      retry = setTimeout(() => void connect(next).catch((e: unknown) => log.warn("cannot start", e)), next);
      return;
    }
    if (stopped) return;
    bot.start();
    log.info(`running as ${bot.botUserId} on ${config.homeserverUrl}`);
    // Making pupils' accounts checks again each time; this tells the admin at once.
    requirePupilGuard(config.homeserverUrl).catch((error: unknown) =>
      log.warn(
        `pupils' Matrix accounts are refused until the homeserver passes the pupil guard check: ${
          error instanceof Error ? error.message : String(error)
        }`,
      ),
    );
  };
  await connect(1000);
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await bot?.stop();
    },
  };
}

/** The homeserver refused the bot's token: say which variable to fix. */
function explain(error: unknown): unknown {
  const errcode = (error as { errcode?: unknown })?.errcode;
  if (errcode === "M_UNKNOWN_TOKEN" || errcode === "M_MISSING_TOKEN") {
    return new BotConfigError(
      "MATRIX_BOT_ACCESS_TOKEN",
      `The homeserver refused MATRIX_BOT_ACCESS_TOKEN (${errcode}): log in as the bot account again and set the new access token.`,
    );
  }
  return error;
}
