import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Every line the product logs during a run, at every level, also lands in this file (ops/log.ts
 * `LOG_FILE`), for test/support/logCapture.ts: tests check it for the secrets they made. One
 * file per run, removed by the global setup's teardown.
 */
const logFile = process.env.LOG_FILE ?? join(tmpdir(), `opentwinning-test-log-${process.pid}.ndjson`);

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Dozens of servers and their readers share two cores during a run: nicing the readers
    // (SQLITE_READER_NICENESS, for a server that has the machine to itself) would starve them
    // against the other test processes, not against their own server.
    env: { LOG_FILE: logFile, SQLITE_READER_NICENESS: "0" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
