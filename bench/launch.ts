/**
 * `npm run bench -- launch`: LTI 1.3 launches as a teacher's browser makes them (login
 * initiation, the platform's authentication, the launch POST, the redirects to the first
 * page), against OpenTwinning and, in the same run, a bare ltijs tool (bench/bare-ltijs.ts)
 * on the same storage. Both run in their own process beside the platform simulator of the
 * tests; each is measured with 1 and with 16 concurrent launches of returning teachers
 * (every teacher launched once before, as most launches are), for throughput and latency.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { RegistrationTokens } from "../lti-tool/lti/store.ts";
import { openDatabase } from "../store/database.ts";
import { migrateToLatest } from "../store/migrate.ts";
import {
  type Platform,
  type PlatformUser,
  type Registration,
  ROLES,
  startPlatform,
} from "../test/support/platform/platform.ts";
import { freePort } from "../test/support/postgres.ts";
import { scratchDatabase } from "./databases.ts";
import { formatLatency, type Latency, percentiles, usage, writeResult } from "./measure.ts";

const TEACHERS = 32;
const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 96);
const CONCURRENCY = [1, 16];

interface Tool {
  name: string;
  child: ChildProcess;
  registration: Registration;
  /** What the tool's first page says after a good launch. */
  landed: string;
}

async function spawnTool(
  entry: string,
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", entry],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] },
  );
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith("{")) return { url: (JSON.parse(line) as { url: string }).url, child };
  }
  throw new Error(`${entry} exited before listening`);
}

async function migrated(url: string): Promise<void> {
  const database = openDatabase(url);
  await migrateToLatest(database.knex);
  await database.knex.destroy();
}

async function openTwinning(platform: Platform, databaseUrl: string): Promise<Tool> {
  await migrated(databaseUrl);
  const { url, child } = await spawnTool("bench/server.ts", { BENCH_SERVER_DATABASE_URL: databaseUrl });
  const database = openDatabase(databaseUrl);
  const token = await new RegistrationTokens(database.knex).create({
    schoolName: "Liceo Galilei",
    country: "IT",
  });
  await database.knex.destroy();
  const registration = await platform.register(`${url}/lti/register/${token}`, {
    schoolName: "Liceo Galilei",
    country: "IT",
  });
  return { name: "OpenTwinning", child, registration, landed: "Dashboard" };
}

async function bareLtijs(platform: Platform, databaseUrl: string): Promise<Tool> {
  await migrated(databaseUrl);
  const port = await freePort();
  const registration = platform.registerByHand(`http://localhost:${port}`);
  const { authUrl, tokenUrl, jwksUrl } = platform.endpoints;
  const { child } = await spawnTool("bench/bare-ltijs.ts", {
    BENCH_SERVER_DATABASE_URL: databaseUrl,
    BENCH_PORT: String(port),
    BENCH_PLATFORM: JSON.stringify({
      url: platform.url,
      name: "Bench platform",
      clientId: registration.clientId,
      authenticationEndpoint: authUrl,
      accesstokenEndpoint: tokenUrl,
      authConfig: { method: "JWK_SET", key: jwksUrl },
    }),
  });
  return { name: "bare ltijs", child, registration, landed: "launched" };
}

const teacher = (i: number): PlatformUser => ({
  id: `bench-teacher-${i}`,
  name: `Teacher ${i}`,
  givenName: "Teacher",
  familyName: String(i),
  email: `teacher${i}@example.org`,
});

async function launchOnce(platform: Platform, tool: Tool, user: PlatformUser): Promise<number> {
  const started = performance.now();
  const launch = await platform.launch({
    user,
    roles: [ROLES.instructor],
    registration: tool.registration,
    context: { id: "course-1", title: "Course 1" },
    resourceLink: { id: "link-1", title: "OpenTwinning" },
    nrps: false,
  });
  const page = await launch.follow();
  const body = await page.text();
  if (page.status !== 200 || !body.includes(tool.landed))
    throw new Error(
      `${tool.name}: launch ended with ${page.status}: ${/<title>([^<]*)/.exec(body)?.[1] ?? body.slice(0, 200)}`,
    );
  return performance.now() - started;
}

async function measure(platform: Platform, tool: Tool, clients: number) {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const cpuBefore = usage(tool.child.pid!).cpu;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < LAUNCHES) {
        const user = teacher(next++ % TEACHERS);
        await launchOnce(platform, tool, user).then(
          (ms) => samples.push(ms),
          () => errors++,
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const latency: Latency = percentiles(samples, errors);
  return {
    clients,
    launches: LAUNCHES,
    perSecond: samples.length / seconds,
    latency,
    serverCpuSeconds: usage(tool.child.pid!).cpu - cpuBefore,
  };
}

export async function benchLaunch(): Promise<string> {
  const platform = await startPlatform({ host: "127.0.0.1" });
  const databases = [await scratchDatabase("sqlite"), await scratchDatabase("sqlite")];
  const tools: Tool[] = [];
  try {
    tools.push(await openTwinning(platform, databases[0]!.url), await bareLtijs(platform, databases[1]!.url));
    // Every teacher launches once first: the measured launches are returning teachers'.
    for (const tool of tools) for (let i = 0; i < TEACHERS; i++) await launchOnce(platform, tool, teacher(i));
    const results = [];
    console.log(`${"tool".padEnd(14)}clients  launches/s  p50/p95/p99 ms           server CPU s  RSS MB`);
    for (const clients of CONCURRENCY) {
      for (const tool of tools) {
        const run = await measure(platform, tool, clients);
        const memory = usage(tool.child.pid!);
        console.log(
          `${tool.name.padEnd(14)}${String(clients).padStart(7)}  ${run.perSecond.toFixed(1).padStart(10)}  ${formatLatency(run.latency).padEnd(25)}${run.serverCpuSeconds.toFixed(1).padStart(12)}  ${memory.rssMb.toFixed(0).padStart(6)}`,
        );
        results.push({ tool: tool.name, ...run, rssMb: memory.rssMb });
      }
      const [ours, bare] = results.slice(-2);
      console.log(
        `  at ${clients}: OpenTwinning's throughput is ${(ours!.perSecond / bare!.perSecond).toFixed(2)}× the bare tool's; p95 ${(ours!.latency.p95 / bare!.latency.p95).toFixed(2)}× (goal: ≥ 1× throughput)`,
      );
    }
    return writeResult("launch", { teachers: TEACHERS, launches: LAUNCHES, results });
  } finally {
    for (const tool of tools) tool.child.kill("SIGTERM");
    await platform.stop();
    for (const database of databases) await database.drop();
  }
}
