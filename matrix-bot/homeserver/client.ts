import { countMatrixCall } from "../../ops/metrics.ts";
import { LogService, MatrixClient } from "@vector-im/matrix-bot-sdk";
import { log } from "../../ops/log.ts";
import { withoutBidiControls } from "./bidi.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withRetry } from "./retry.ts";

/** POSTs whose repetition would make something twice; everything else is safe to repeat. */
const UNREPEATABLE = [/\/createRoom$/];

export function isRepeatable(method: string, endpoint: string): boolean {
  return method.toUpperCase() !== "POST" || !UNREPEATABLE.some((pattern) => pattern.test(endpoint));
}

/**
 * matrix-bot-sdk's client with every request (they all go through doRequest) retried by
 * withRetry: rate limits wait as long as the server says, transient failures back off.
 * It is also the one place where text leaves for Matrix, so bidi controls are taken out of
 * every body here (room names and topics, notices, replies, display names alike).
 */
export class RetryingMatrixClient extends MatrixClient {
  readonly #policy: RetryPolicy;

  constructor(homeserverUrl: string, accessToken: string, policy: RetryPolicy = DEFAULT_RETRY_POLICY) {
    super(homeserverUrl, accessToken);
    this.#policy = policy;
  }

  override doRequest(
    method: string,
    endpoint: string,
    qs?: unknown,
    body?: unknown,
    timeout?: number,
    raw?: boolean,
    contentType?: string,
    noEncoding?: boolean,
  ): Promise<unknown> {
    return countMatrixCall(method, () =>
      withRetry(
        () =>
          super.doRequest(
            method,
            endpoint,
            qs,
            withoutBidiControls(body),
            timeout,
            raw,
            contentType,
            noEncoding,
          ),
        { repeatable: isRepeatable(method, endpoint), what: `${method} ${endpoint.split("?")[0]}` },
        this.#policy,
      ),
    );
  }
}

/** Only words and errors' messages: the SDK's objects can hold whole requests with their tokens. */
function sdkText(parts: unknown[]): string {
  return parts
    .map((part) => (typeof part === "string" ? part : part instanceof Error ? part.message : ""))
    .filter(Boolean)
    .join(" ");
}

/**
 * The SDK's own lines go to the product's log (not the console), and its HTTP client is
 * muted: it logs every failed request as an error, and the bot's own log says what matters.
 */
export function quietSdkLogs(): void {
  const sdkLog = log.child({ component: "matrix-bot-sdk" });
  LogService.setLogger({
    trace: (module, ...parts) => sdkLog.trace({ module }, sdkText(parts)),
    debug: (module, ...parts) => sdkLog.debug({ module }, sdkText(parts)),
    info: (module, ...parts) => sdkLog.info({ module }, sdkText(parts)),
    warn: (module, ...parts) => sdkLog.warn({ module }, sdkText(parts)),
    error: (module, ...parts) => sdkLog.error({ module }, sdkText(parts)),
  });
  LogService.muteModule("MatrixHttpClient");
}
