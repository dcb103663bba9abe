/** What every benchmark reports: latency percentiles, a process's CPU and memory, a JSON result. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export function percentiles(samples: number[], errors: number): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

export const formatLatency = (l: Latency): string =>
  `${[l.p50, l.p95, l.p99].map((v) => v.toFixed(1)).join("/")}${l.errors ? ` (${l.errors} errors)` : ""}`;

/** CPU seconds (user + system) and resident memory of a process, from /proc (Linux). */
export function usage(pid: number): { cpu: number; rssMb: number; peakMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return {
    cpu: (Number(stat[11]) + Number(stat[12])) / 100,
    rssMb: kb("VmRSS") / 1024,
    peakMb: kb("VmHWM") / 1024,
  };
}

/** Writes bench/results/<name>-<time>.json and returns its path. */
export function writeResult(name: string, result: unknown): string {
  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
  return file;
}
