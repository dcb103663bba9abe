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
import { createInterface } from "node:readline";
import { SessionStore } from "../lti-tool/session/session.ts";
import { KnexStore } from "../store/knexStore.ts";
import { TEXT_CANDIDATES } from "../store/repositories/teachers.ts";
import { type Dialect, seededDatabase } from "./databases.ts";
import { formatLatency, type Latency, percentiles, usage, writeResult } from "./measure.ts";

const SIZES = (process.env.BENCH_SIZES ?? "10000,1000000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** BENCH_CONCURRENT=0 skips the many-clients runs (a quicker look at the ratios). */
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 64);
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

async function measureSize(dialect: Dialect, size: number) {
  const seeded = await seededDatabase(dialect, size);
  const { database } = seeded;
  const me = seeded.teachers[0];
  let server: { url: string; child: ChildProcess } | undefined;
  try {
    console.log(`\n${database.describe}: ${size.toLocaleString("en")} teachers`);
    const { token } = await new SessionStore(database).create({
      kind: "account",
      accountId: me!.id,
      schoolId: undefined,
      roles: ["teacher"],
      locale: "en",
    });
    server = await startServer(seeded.url);
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
      const many =
        CONCURRENT > 1 ? await run(path, CONCURRENT, Math.max(2, Math.ceil(RUNS / 10))) : undefined;
      const cpu = usage(child.pid!).cpu - cpuBefore;
      console.log(
        `${label.padEnd(30)}${hits.padStart(7)}  ${formatLatency(one).padEnd(25)}${(many ? formatLatency(many) : "-").padEnd(28)}${cpu.toFixed(1)}`,
      );
      results.push({ label, path, hits, oneClient: one, concurrent: many, serverCpuSeconds: cpu });
    }
    // Health while eight clients run the slowest search (by one-client p95).
    const slowest = results.reduce((a, b) => (b.oneClient.p95 > a.oneClient.p95 ? b : a));
    let running = true;
    const load = { served: 0, turnedAway: 0 };
    const loading = Promise.all(
      Array.from({ length: 8 }, async () => {
        while (running)
          await get(slowest.path).then(
            () => load.served++,
            () => load.turnedAway++,
          );
      }),
    );
    const health: number[] = [];
    for (let i = 0; i < 100; i++) {
      health.push(await get("/healthz"));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    running = false;
    await loading;
    const healthz = percentiles(health, 0);
    const memory = usage(child.pid!);
    console.log(
      `/healthz while 8 clients run "${slowest.label}": p50 ${healthz.p50.toFixed(1)} ms, p95 ${healthz.p95.toFixed(1)} ms (goal < 20 ms); searches served ${load.served}, turned away busy ${load.turnedAway}`,
    );
    console.log(`server RSS ${memory.rssMb.toFixed(0)} MB, peak ${memory.peakMb.toFixed(0)} MB`);
    return { size, searches: results, healthz: { ...healthz, under: slowest.label, ...load }, memory };
  } finally {
    server?.child.kill("SIGTERM");
    await seeded.close();
  }
}

/** The search benchmark on one database: every size, then the ratio of the largest to the smallest. */
export async function benchSearch(dialect: Dialect, sizes = SIZES): Promise<string> {
  const runs = [];
  for (const size of sizes) runs.push(await measureSize(dialect, size));
  const [small, large] = [runs[0]!, runs[runs.length - 1]!];
  const ratios = large.searches.map((search, i) => {
    const ratio = search.oneClient.p95 / small.searches[i]!.oneClient.p95;
    return { label: search.label, ratio, withinGoal: ratio <= GOAL_RATIO };
  });
  if (runs.length > 1) {
    console.log(
      `\n${dialect}: p95 at ${large.size.toLocaleString("en")} over p95 at ${small.size.toLocaleString("en")} (goal ≤ ${GOAL_RATIO}×):`,
    );
    for (const r of ratios)
      console.log(
        `${r.label.padEnd(30)}${r.ratio.toFixed(2).padStart(6)}×${r.withinGoal ? "" : "  over the goal"}`,
      );
  }
  return writeResult(`search-${dialect}`, { dialect, runs, ratios, goalRatio: GOAL_RATIO });
}
