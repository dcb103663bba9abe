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
    env: { LOG_FILE: logFile },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
