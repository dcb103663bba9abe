/**
 * The product's log as the tests captured it: ops/log.ts writes every line, at every level,
 * to `LOG_FILE`, which vitest.config.ts points at one file per run. Any suite can check that
 * the secrets it made never reached a line:
 *
 *   expectNotLogged({ "registration token": token, "pupil's password": password });
 *
 * Lines of parallel suites share the file; a secret is random, so another suite's line
 * cannot contain it by chance.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";

export interface LogLine {
  level: number;
  msg?: string;
  requestId?: string;
  path?: string;
  [field: string]: unknown;
}

function logFile(): string {
  const file = process.env.LOG_FILE;
  if (!file) throw new Error("LOG_FILE is not set: run the tests through vitest.config.ts");
  return file;
}

/** Every captured line (of this run, from every suite and every process the suites started). */
export function capturedLogText(): string {
  const file = logFile();
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

export function capturedLogLines(): LogLine[] {
  return capturedLogText()
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LogLine);
}

/** The captured lines of one request, found by its `X-Request-Id`. */
export function logLinesOf(requestId: string | null): LogLine[] {
  return capturedLogLines().filter((line) => line.requestId === requestId);
}

/** Fails naming each secret (by its description) that appears in any captured line. */
export function expectNotLogged(secrets: Record<string, string | undefined>): void {
  const text = capturedLogText();
  const leaked = Object.entries(secrets)
    .filter(([, secret]) => secret && text.includes(secret))
    .map(([what]) => what);
  expect(leaked, "secrets found in the log").toEqual([]);
}
