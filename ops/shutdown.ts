import type { Server } from "node:http";
import type { Logger } from "./log.ts";

/** Something the process runs that can finish its current work and stop. */
export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Stops the process gracefully on SIGTERM or SIGINT: `stop` finishes in-flight requests and
 * the bot's current step, then the process exits 0. A second signal, or `timeoutMs` without
 * an end, exits at once with 1 (an operator who presses Ctrl-C twice means it).
 */
export function stopOnSignal(stop: () => Promise<void>, options: { timeoutMs: number; log: Logger }): void {
  const { log, timeoutMs } = options;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    log.info(`${signal}: finishing in-flight work (a second signal exits at once)`);
    setTimeout(() => {
      log.error(`still busy after ${timeoutMs} ms: exiting`);
      process.exit(1);
    }, timeoutMs).unref();
    stop().then(
      () => {
        log.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ error: error instanceof Error ? error.message : String(error) }, "stopping failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

/** How often a stopping server closes keep-alive connections that became idle. */
const IDLE_SWEEP_MS = 100;

/**
 * Stops accepting connections and resolves once every request in flight is answered. A
 * keep-alive connection is closed as soon as its last answer is sent, so a client that
 * keeps one open cannot hold the process.
 */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    server.close((error) => {
      clearInterval(sweep);
      if (error) reject(error);
      else resolve();
    });
  });
}
