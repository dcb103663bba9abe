/** The Matrix bot's settings, read from the environment (see README "Matrix"). */
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

/**
 * Reads the bot's settings. Returns undefined when no homeserver is configured (the bot is
 * optional: the LTI tool runs alone); a half-done configuration is an error that says what
 * is missing, never a silent start without the bot.
 */
export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig | undefined {
  const homeserverUrl = (env.MATRIX_HOMESERVER_URL ?? "").trim().replace(/\/+$/, "");
  const accessToken = (env.MATRIX_BOT_ACCESS_TOKEN ?? "").trim();
  if (!homeserverUrl && !accessToken) return undefined;
  if (!homeserverUrl) {
    throw new BotConfigError(
      "MATRIX_HOMESERVER_URL",
      "MATRIX_BOT_ACCESS_TOKEN is set but MATRIX_HOMESERVER_URL is not: set it to the homeserver's client API URL, e.g. https://matrix.school.example.",
    );
  }
  httpUrl("MATRIX_HOMESERVER_URL", homeserverUrl);
  if (!accessToken) {
    throw new BotConfigError(
      "MATRIX_BOT_ACCESS_TOKEN",
      "MATRIX_HOMESERVER_URL is set but MATRIX_BOT_ACCESS_TOKEN is not: log in as the bot account once (for example with curl on /_matrix/client/v3/login) and put its access token there.",
    );
  }
  const jitsiBaseUrl = (env.MATRIX_JITSI_BASE_URL || "https://meet.jit.si").trim().replace(/\/+$/, "");
  if (!jitsiBaseUrl.startsWith("https://")) {
    throw new BotConfigError(
      "MATRIX_JITSI_BASE_URL",
      `MATRIX_JITSI_BASE_URL must be an https URL of a Jitsi Meet server, e.g. https://meet.jit.si; got "${jitsiBaseUrl}".`,
    );
  }
  httpUrl("MATRIX_JITSI_BASE_URL", jitsiBaseUrl);
  const commandPrefix = (env.MATRIX_COMMAND_PREFIX || "!tw").trim();
  if (/\s/.test(commandPrefix) || commandPrefix.length > 16) {
    throw new BotConfigError(
      "MATRIX_COMMAND_PREFIX",
      `MATRIX_COMMAND_PREFIX must be one short word without spaces, e.g. !tw; got "${commandPrefix}".`,
    );
  }
  return {
    homeserverUrl,
    accessToken,
    jitsiBaseUrl,
    commandPrefix,
    pollIntervalMs: positiveNumber(env, "MATRIX_POLL_INTERVAL_MS", 1000),
    fullPassIntervalMs: positiveNumber(env, "MATRIX_FULL_PASS_MINUTES", 30) * 60_000,
  };
}

function httpUrl(variable: string, value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new BotConfigError(variable, `${variable} must be an http(s) URL; got "${value}".`);
  }
}

function positiveNumber(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new BotConfigError(variable, `${variable} must be a positive number; got "${raw}".`);
  }
  return value;
}
