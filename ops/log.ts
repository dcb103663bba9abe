/**
 * The product's one logger: JSON lines through pino, for the tool, the bot and the
 * entry points. Secrets never reach a line, by three layers that do not depend on the
 * caller remembering them:
 *
 * - fields named like a secret (`token`, `password`, `code`, `authorization`, `cookie`,
 *   at the top level or one level down) are replaced by pino's `redact`;
 * - request paths enter a line only through `redactPath` (the request logger's bindings,
 *   lti-tool/web/requestLog.ts);
 * - every written line is scrubbed once more (`scrubSecrets`), so a path or URL that slips
 *   into a message or an error loses its secret-bearing parts all the same.
 *
 * `LOG_LEVEL` (default `info`) is what goes to standard output; `LOG_FILE`, when set,
 * receives every line at every level (the tests point it at a file and check it for the
 * secrets they made, whatever `LOG_LEVEL` says).
 */
import { pino, type DestinationStream, type Level, type Logger, type StreamEntry } from "pino";

export type { Logger };

export const REDACTED = "[redacted]";

const SECRET_FIELDS = ["token", "password", "code", "authorization", "cookie"];

/**
 * Dynamic-registration URLs carry the single-use registration token as their last segment,
 * e-mails' unsubscribe links (lti-tool/email/) their signed token, and certificates
 * (lti-tool/certificates/) the token that shows their holder to whoever has it.
 */
const SECRET_SEGMENT =
  /(\/lti\/register\/|\/email\/unsubscribe\/|\/verify\/|\/app\/certificates\/pdf\/)[^/?#\s"']+/g;
/** A query string: handoffs, continuations and platforms' registration tokens travel there. */
const QUERY_STRING = /\?[^\s"'#]*/g;
/** In free text only query strings that look like one (`?a=b`), so a question mark in a sentence stays. */
const QUERY_STRING_IN_TEXT = /\?[^\s"'#?]*=[^\s"'#]*/g;

/** A request's path as it may be logged: secret-bearing segments and any query string replaced. */
export function redactPath(url: string): string {
  return url.replace(SECRET_SEGMENT, `$1${REDACTED}`).replace(QUERY_STRING, `?${REDACTED}`);
}

/** The last pass over a written line (see the module comment). */
export function scrubSecrets(line: string): string {
  return line.replace(SECRET_SEGMENT, `$1${REDACTED}`).replace(QUERY_STRING_IN_TEXT, `?${REDACTED}`);
}

/** Read here, not through app/config.ts: the logger exists before the configuration is checked. */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

function configuredLevel(env: NodeJS.ProcessEnv): Level | "silent" {
  const level = env.LOG_LEVEL?.trim().toLowerCase() || "info";
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}; it is "${env.LOG_LEVEL}".`);
  }
  return level as Level | "silent";
}

/** Builds a logger; `createLogger()` reads the process's environment, tests pass their own. */
export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const level = configuredLevel(env);
  const streams: StreamEntry[] = [];
  if (level !== "silent") streams.push({ level, stream: pino.destination({ dest: 1, sync: true }) });
  if (env.LOG_FILE) {
    const file: DestinationStream = pino.destination({ dest: env.LOG_FILE, sync: true, append: true });
    streams.push({ level: "trace", stream: file });
  }
  return pino(
    {
      level: streams.length === 0 ? "silent" : env.LOG_FILE ? "trace" : level,
      base: { pid: process.pid },
      redact: {
        paths: SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]),
        censor: REDACTED,
      },
      hooks: { streamWrite: scrubSecrets },
    },
    pino.multistream(streams),
  );
}

/** The process's logger. */
export const log: Logger = createLogger();
