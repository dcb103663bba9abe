/**
 * `npm run bench`: partner search as users feel it. For each size in BENCH_SIZES (default
 * 10000,100000) it seeds a scratch database with generated teachers (bench/seed.ts), starts
 * the tool in its own process (bench/server.ts) and, signed in as one of the teachers, asks
 * /app/search over HTTP for every kind of search the page can make: with one client, then with
 * 64 at once. It prints hits beside p50/p95/p99, the server's CPU time and memory, /healthz
 * while 8 clients run the slowest search, and the largest size's p95 over the smallest's
 * against the goal (≤ 3×); the whole run is written to bench/results/<dialect>-<time>.json.
 *
 * SQLite in a temporary file by default; BENCH_DATABASE_URL=postgres://… (an admin URL: a
 * scratch database is created and dropped) runs it on PostgreSQL.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import knexFactory from "knex";
import { SessionStore } from "../lti-tool/session/session.ts";
import { openDatabase } from "../store/database.ts";
import { KnexStore } from "../store/knexStore.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { TEXT_CANDIDATES } from "../store/repositories/teachers.ts";
import { seedTeachers } from "./seed.ts";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const CONCURRENT = 64;
const GOAL_RATIO = 3;

/** Every kind of search the page offers, with the filters as its URL carries them. */
const SEARCHES: [string, Record<string, string>][] = [
  ["no filter", {}],
  ["country (large: IT)", { country: "IT" }],
  ["country (small: MT)", { country: "MT" }],
  ["subject", { subject: "music" }],
  ["language (rare: mt)", { language: "mt" }],
  ["age", { age: "12" }],
  ["country+subject+language+age", { country: "FR", subject: "science", language: "en", age: "12" }],
  ["rare combination", { country: "MT", subject: "philosophy", language: "de", age: "5" }],
  ["text, common word", { text: "robotica" }],
  ["text, short word 'ro'", { text: "ro" }],
  ["text, no hit", { text: "zzyzx" }],
  ["text + country", { text: "climate", country: "PL" }],
  [
    "text + every filter",
    { text: "robotica", country: "IT", subject: "mathematics", language: "it", age: "12" },
  ],
  ["page 50 of a country", { country: "IT", page: "50" }],
];

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

function percentiles(samples: number[], errors: number): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

/** CPU seconds (user + system) and resident memory of a process, from /proc (Linux). */
function usage(pid: number): { cpu: number; rssMb: number; peakMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return {
    cpu: (Number(stat[11]) + Number(stat[12])) / 100,
    rssMb: kb("VmRSS") / 1024,
    peakMb: kb("VmHWM") / 1024,
  };
}

async function scratch(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), "opentwinning-bench-"));
    return {
      url: `sqlite:${join(dir, "bench.sqlite")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `bench_${randomUUID().replace(/-/g, "")}`;
  const admin = knexFactory({ client: "pg", connection: adminUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", "bench/server.ts"],
    { env: { ...process.env, BENCH_SERVER_DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith("{")) return { url: (JSON.parse(line) as { url: string }).url, child };
  }
  throw new Error("the bench server exited before listening");
}

async function measureSize(size: number) {
  const db = await scratch();
  const database = openDatabase(db.url);
  let server: { url: string; child: ChildProcess } | undefined;
  try {
    await migrateToLatest(database.knex);
    const seedStart = performance.now();
    const [me] = await seedTeachers(database.knex, size);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(
      `\n${database.describe}: ${size.toLocaleString("en")} teachers seeded in ${seedSeconds.toFixed(0)} s`,
    );
    const { token } = await new SessionStore(database).create({
      kind: "account",
      accountId: me!.id,
      schoolId: undefined,
      roles: ["teacher"],
      locale: "en",
    });
    server = await startServer(db.url);
    const { url, child } = server;
    const get = async (path: string): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${url}${path}`, { headers: { cookie: `ot_session=${token}` } });
      await response.text();
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      return performance.now() - started;
    };
    const run = async (path: string, clients: number, perClient: number): Promise<Latency> => {
      const samples: number[] = [];
      let errors = 0;
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = 0; i < perClient; i++) {
            await get(path).then(
              (ms) => samples.push(ms),
              () => errors++,
            );
          }
        }),
      );
      return percentiles(samples, errors);
    };
    const teachers = new KnexStore(database).read().teachers;
    const results = [];
    console.log(
      `${"search".padEnd(30)}${"hits".padStart(7)}  1 client p50/p95/p99 ms   ${CONCURRENT} clients p50/p95/p99 ms   server CPU s`,
    );
    for (const [label, filters] of SEARCHES) {
      const path = `/app/search?${new URLSearchParams(filters).toString()}`;
      const found = await teachers.search({
        text: filters.text,
        country: filters.country,
        subject: filters.subject,
        language: filters.language,
        pupilAge: filters.age ? Number(filters.age) : undefined,
        excludeTeacherId: me!.id,
        limit: TEXT_CANDIDATES,
        offset: 0,
      });
      const hits = `${found.results.length}${found.hasMore ? "+" : ""}`;
      await run(path, 1, 2);
      const cpuBefore = usage(child.pid!).cpu;
      const one = await run(path, 1, RUNS);
      const many = await run(path, CONCURRENT, Math.max(2, Math.ceil(RUNS / 10)));
      const cpu = usage(child.pid!).cpu - cpuBefore;
      const f = (l: Latency) =>
        `${[l.p50, l.p95, l.p99].map((v) => v.toFixed(1)).join("/")}${l.errors ? ` (${l.errors} errors)` : ""}`;
      console.log(
        `${label.padEnd(30)}${hits.padStart(7)}  ${f(one).padEnd(25)}${f(many).padEnd(28)}${cpu.toFixed(1)}`,
      );
      results.push({ label, path, hits, oneClient: one, concurrent: many, serverCpuSeconds: cpu });
    }
    // Health while eight clients run the slowest search (by one-client p95).
    const slowest = results.reduce((a, b) => (b.oneClient.p95 > a.oneClient.p95 ? b : a));
    let running = true;
    const load = Promise.all(
      Array.from({ length: 8 }, async () => {
        while (running) await get(slowest.path).catch(() => undefined);
      }),
    );
    const health: number[] = [];
    for (let i = 0; i < 100; i++) {
      health.push(await get("/healthz"));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    running = false;
    await load;
    const healthz = percentiles(health, 0);
    const memory = usage(child.pid!);
    console.log(
      `/healthz while 8 clients run "${slowest.label}": p50 ${healthz.p50.toFixed(1)} ms, p95 ${healthz.p95.toFixed(1)} ms (goal < 20 ms)`,
    );
    console.log(`server RSS ${memory.rssMb.toFixed(0)} MB, peak ${memory.peakMb.toFixed(0)} MB`);
    return { size, seedSeconds, searches: results, healthz: { ...healthz, under: slowest.label }, memory };
  } finally {
    server?.child.kill("SIGTERM");
    await database.knex.destroy();
    await db.drop();
  }
}

const runs = [];
for (const size of SIZES) runs.push(await measureSize(size));
const [small, large] = [runs[0]!, runs[runs.length - 1]!];
const ratios = large.searches.map((search, i) => {
  const ratio = search.oneClient.p95 / small.searches[i]!.oneClient.p95;
  return { label: search.label, ratio, withinGoal: ratio <= GOAL_RATIO };
});
if (runs.length > 1) {
  console.log(
    `\np95 at ${large.size.toLocaleString("en")} over p95 at ${small.size.toLocaleString("en")} (goal ≤ ${GOAL_RATIO}×):`,
  );
  for (const r of ratios)
    console.log(
      `${r.label.padEnd(30)}${r.ratio.toFixed(2).padStart(6)}×${r.withinGoal ? "" : "  over the goal"}`,
    );
}
const dialect = process.env.BENCH_DATABASE_URL ? "postgres" : "sqlite";
mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${dialect}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
writeFileSync(file, `${JSON.stringify({ dialect, runs, ratios, goalRatio: GOAL_RATIO }, null, 2)}\n`);
console.log(`\nwritten to ${file}`);
