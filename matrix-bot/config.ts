/** The Matrix bot's settings (validated from the environment by app/config.ts; README "Matrix"). */
export interface BotConfig {
  /** The homeserver's client-server API base URL, without a trailing slash. */
  homeserverUrl: string;
  /** The bot account's access token (a normal account; see README for what it needs). */
  accessToken: string;
  /** Where video meetings are held: the General room's widget opens `<base>/<conference>`. */
  jitsiBaseUrl: string;
  /** Prefix of chat commands in rooms, e.g. `!tw status`. */
  commandPrefix: string;
  /** How often the outbox is read for new events. */
  pollIntervalMs: number;
  /** How often every TwinSpace is compared with the homeserver to repair drift. */
  fullPassIntervalMs: number;
}

/** A setting is missing or malformed; the message names the variable and what to put there. */
export class BotConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(message);
    this.name = "BotConfigError";
    this.variable = variable;
  }
}
