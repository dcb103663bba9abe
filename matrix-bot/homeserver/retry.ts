/**
 * Retrying calls to the homeserver. matrix-bot-sdk throws on `M_LIMIT_EXCEEDED` and on any
 * network or server error; the bot instead waits the `retry_after_ms` the server asked for,
 * backs off on transient failures, and gives up only with HomeserverUnavailable, which the
 * bot's loop treats as "try this work again later" (an outage only delays).
 */

/** The homeserver did not answer usefully after retries; the work is to be done again later. */
export class HomeserverUnavailable extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = "HomeserverUnavailable";
  }
}

export type Failure =
  | { kind: "rate_limited"; waitMs: number | undefined }
  /** The request may or may not have been processed (a 5xx, a dropped connection). */
  | { kind: "transient"; reachedServer: boolean }
  | { kind: "permanent" };

/** Connection-level errors: Node's socket codes and the `request` library's timeouts. */
const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
]);

/** Reads a failure from what matrix-bot-sdk throws: a MatrixError, a raw response, or a socket error. */
export function classify(error: unknown): Failure {
  const e = error as { errcode?: unknown; statusCode?: unknown; retryAfterMs?: unknown; code?: unknown };
  if (e?.errcode === "M_LIMIT_EXCEEDED" || e?.statusCode === 429) {
    return { kind: "rate_limited", waitMs: typeof e.retryAfterMs === "number" ? e.retryAfterMs : undefined };
  }
  if (typeof e?.statusCode === "number") {
    return e.statusCode >= 500 ? { kind: "transient", reachedServer: true } : { kind: "permanent" };
  }
  if (e?.code === "ECONNREFUSED") return { kind: "transient", reachedServer: false };
  if (typeof e?.code === "string" && NETWORK_CODES.has(e.code))
    return { kind: "transient", reachedServer: true };
  return { kind: "permanent" };
}

export interface RetryPolicy {
  /** Attempts on transient failures before giving up with HomeserverUnavailable. */
  transientAttempts: number;
  /** Waits on rate limits before giving up (each honours the server's retry_after_ms). */
  rateLimitAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep(ms: number): Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  transientAttempts: 5,
  rateLimitAttempts: 30,
  baseDelayMs: 250,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs `call` until it succeeds. `repeatable` says whether doing the request twice is
 * harmless; a request that is not (createRoom) is repeated only when it surely did not
 * reach the server, and otherwise fails with HomeserverUnavailable, so that the caller
 * first looks for what the lost request may have made.
 */
export async function withRetry<T>(
  call: () => Promise<T>,
  options: { repeatable: boolean; what: string },
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  let transient = 0;
  let limited = 0;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const failure = classify(error);
      if (failure.kind === "permanent") throw error;
      if (failure.kind === "rate_limited") {
        if (++limited > policy.rateLimitAttempts) {
          throw new HomeserverUnavailable(`${options.what}: still rate-limited after ${limited - 1} waits`, {
            cause: error,
          });
        }
        await policy.sleep(failure.waitMs ?? backoff(limited, policy));
        continue;
      }
      if (failure.reachedServer && !options.repeatable) {
        throw new HomeserverUnavailable(`${options.what}: the outcome is unknown, not repeated`, {
          cause: error,
        });
      }
      if (++transient >= policy.transientAttempts) {
        throw new HomeserverUnavailable(`${options.what}: failed ${transient} times`, { cause: error });
      }
      await policy.sleep(backoff(transient, policy));
    }
  }
}

/** Exponential backoff with full jitter, so that many waiting calls do not return at once. */
function backoff(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
