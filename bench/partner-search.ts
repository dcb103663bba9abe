/**
 * `npm run bench -- search-sqlite` / `search-postgres`: partner search as users feel it. For
 * each size in BENCH_SIZES (default 10000,1000000) it opens a seeded database kept between
 * runs (bench/databases.ts, bench/seed.ts), starts the tool on it in its own process
 * (bench/server.ts) and, signed in as one of the teachers, asks /app/search over HTTP for
 * every kind of search the page can make: one client with the sizes asked in turn (so the
 * shared machine's load falls on both alike), then 64 clients at once per size. It prints
 * hits beside p50/p95/p99, the largest size's p95 over the smallest's against the goal (≤ 3×),
 * the server's CPU time and memory, and /healthz while 8 clients run the slowest search;
 * the whole run is written to bench/results/search-<dialect>-<time>.json.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { SessionStore } from "../lti-tool/session/session.ts";
import { KnexStore } from "../store/knexStore.ts";
import { TEXT_CANDIDATES } from "../store/repositories/teachers.ts";
import { type Dialect, type SeededDatabase, seededDatabase } from "./databases.ts";
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
  ["text, short word 'ai'", { text: "ai" }],
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

/** One size, ready to be asked: its seeded database, a signed-in session and its own server. */
interface Target {
  size: number;
  seeded: SeededDatabase;
  server: { url: string; child: ChildProcess };
  get(path: string): Promise<number>;
}

async function prepare(dialect: Dialect, size: number): Promise<Target> {
  const seeded = await seededDatabase(dialect, size);
  const { token } = await new SessionStore(seeded.database).create({
    kind: "account",
    accountId: seeded.teachers[0]!.id,
    schoolId: undefined,
    roles: ["teacher"],
    locale: "en",
  });
  const server = await startServer(seeded.url);
  const get = async (path: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${server.url}${path}`, { headers: { cookie: `ot_session=${token}` } });
    await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return performance.now() - started;
  };
  return { size, seeded, server, get };
}

async function run(target: Target, path: string, clients: number, perClient: number): Promise<Latency> {
  const samples: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < perClient; i++) {
        await target.get(path).then(
          (ms) => samples.push(ms),
          () => errors++,
        );
      }
    }),
  );
  return percentiles(samples, errors);
}

/** Hits of a search as the page would find them (up to the text cap), from the repository. */
async function hits(target: Target, filters: Record<string, string>): Promise<string> {
  const found = await new KnexStore(target.seeded.database).read().teachers.search({
    text: filters.text,
    country: filters.country,
    subject: filters.subject,
    language: filters.language,
    pupilAge: filters.age ? Number(filters.age) : undefined,
    excludeTeacherId: target.seeded.teachers[0]!.id,
    limit: TEXT_CANDIDATES,
    offset: 0,
  });
  return `${found.results.length}${found.hasMore ? "+" : ""}`;
}

/**
 * One client's latency of a search at every size, the sizes asked in turn (10k, 1M, 10k, …):
 * on a shared machine whatever else runs slows both sizes alike, so their ratio holds.
 */
async function oneClient(targets: Target[], path: string): Promise<Latency[]> {
  const samples = targets.map(() => [] as number[]);
  const errors = targets.map(() => 0);
  for (const target of targets) for (let i = 0; i < 2; i++) await target.get(path).catch(() => undefined);
  for (let round = 0; round < RUNS; round++) {
    const order = round % 2 ? [...targets.keys()].reverse() : [...targets.keys()];
    for (const i of order)
      await targets[i]!.get(path).then(
        (ms) => samples[i]!.push(ms),
        () => errors[i]!++,
      );
  }
  return samples.map((s, i) => percentiles(s, errors[i]!));
}

/** /healthz while eight clients run a search (searches served and turned away "busy" counted). */
async function healthUnderLoad(target: Target, path: string) {
  let running = true;
  const load = { served: 0, turnedAway: 0 };
  const loading = Promise.all(
    Array.from({ length: 8 }, async () => {
      while (running)
        await target.get(path).then(
          () => load.served++,
          () => load.turnedAway++,
        );
    }),
  );
  const health = await probeHealth(target);
  running = false;
  await loading;
  return { ...health, ...load };
}

/** 100 probes of /healthz, 20 ms apart, from a process of their own (bench/probe.ts). */
async function probeHealth(target: Target): Promise<Latency> {
  const child = spawn(
    process.execPath,
    ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", "bench/probe.ts"].concat([
      `${target.server.url}/healthz`,
      "100",
      "20",
    ]),
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  for await (const chunk of child.stdout!) output += String(chunk);
  const latencies = JSON.parse(output) as number[];
  return percentiles(latencies, 100 - latencies.length);
}

/** The search benchmark on one database: every size side by side, then the ratio of the largest to the smallest. */
export async function benchSearch(dialect: Dialect, sizes = SIZES): Promise<string> {
  const targets: Target[] = [];
  try {
    for (const size of sizes) targets.push(await prepare(dialect, size));
    const searches = [];
    const f = formatLatency;
    console.log(
      `\n${targets[0]!.seeded.database.describe.split(" ")[0]}, sizes ${sizes.map((n) => n.toLocaleString("en")).join(" / ")}: one client p50/p95/p99 ms per size, then ${CONCURRENT} clients`,
    );
    for (const [label, filters] of SEARCHES) {
      const path = `/app/search?${new URLSearchParams(filters).toString()}`;
      const found = await Promise.all(targets.map((target) => hits(target, filters)));
      const one = await oneClient(targets, path);
      const many: Latency[] = [];
      const cpu: number[] = [];
      for (const target of targets) {
        const before = usage(target.server.child.pid!).cpu;
        if (CONCURRENT > 1) many.push(await run(target, path, CONCURRENT, Math.max(2, Math.ceil(RUNS / 10))));
        cpu.push(usage(target.server.child.pid!).cpu - before);
      }
      const ratio = one[one.length - 1]!.p95 / one[0]!.p95;
      console.log(
        `${label.padEnd(30)} hits ${found.join(" / ").padEnd(14)} ${one.map(f).join("  ").padEnd(44)} ${ratio.toFixed(2)}×${ratio <= GOAL_RATIO ? "" : " over"}${many.length ? `  | ${CONCURRENT}: ${many.map(f).join("  ")}` : ""}`,
      );
      searches.push({
        label,
        path,
        ratio,
        withinGoal: ratio <= GOAL_RATIO,
        sizes: targets.map((t, i) => ({
          size: t.size,
          hits: found[i],
          oneClient: one[i],
          concurrent: many[i],
          serverCpuSeconds: cpu[i],
        })),
      });
    }
    const slowest = searches.reduce((a, b) =>
      b.sizes[b.sizes.length - 1]!.oneClient!.p95 > a.sizes[a.sizes.length - 1]!.oneClient!.p95 ? b : a,
    );
    const health = [];
    for (const target of targets) {
      // The same probe with no search running: what the shared machine alone costs /healthz.
      const idle = await probeHealth(target);
      const healthz = await healthUnderLoad(target, slowest.path);
      const memory = usage(target.server.child.pid!);
      console.log(
        `${target.size.toLocaleString("en")}: /healthz alone p50 ${idle.p50.toFixed(1)} ms, p95 ${idle.p95.toFixed(1)} ms; while 8 clients run "${slowest.label}": p50 ${healthz.p50.toFixed(1)} ms, p95 ${healthz.p95.toFixed(1)} ms (goal < 20 ms); searches served ${healthz.served}, turned away busy ${healthz.turnedAway}; server RSS ${memory.rssMb.toFixed(0)} MB, peak ${memory.peakMb.toFixed(0)} MB`,
      );
      health.push({ size: target.size, idle, under: slowest.label, ...healthz, memory });
    }
    const over = searches.filter((s) => !s.withinGoal).map((s) => s.label);
    console.log(
      over.length === 0
        ? `every search within ${GOAL_RATIO}× at ${sizes[sizes.length - 1]!.toLocaleString("en")} against ${sizes[0]!.toLocaleString("en")}`
        : `over ${GOAL_RATIO}×: ${over.join(", ")}`,
    );
    return writeResult(`search-${dialect}`, {
      dialect,
      sizes,
      runs: RUNS,
      goalRatio: GOAL_RATIO,
      searches,
      health,
    });
  } finally {
    for (const target of targets) {
      target.server.child.kill("SIGTERM");
      await target.seeded.close();
    }
  }
}
