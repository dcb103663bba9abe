/**
 * `npm run bench [-- <what> …]`: the benchmarks of what users feel (bench/README.md).
 * With no argument, all of them with their defaults; otherwise only those named:
 *
 *   search-sqlite, search-postgres   partner search over HTTP, 10k and 1M teachers (BENCH_SIZES)
 *   launch                           LTI launches, OpenTwinning beside a bare ltijs tool
 *   provisioning                     TwinSpaces on the local Synapse, Matrix calls per project
 */
import { stopBenchPostgres } from "./databases.ts";
import { benchSearch } from "./partner-search.ts";

const BENCHMARKS: Record<string, () => Promise<unknown>> = {
  "search-sqlite": () => benchSearch("sqlite"),
  "search-postgres": () => benchSearch("postgres"),
  launch: async () => (await import("./launch.ts")).benchLaunch(),
  provisioning: async () => (await import("./provisioning.ts")).benchProvisioning(),
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(", ")}; choose from ${Object.keys(BENCHMARKS).join(", ")}.`,
  );
  process.exit(2);
}
try {
  for (const name of asked.length > 0 ? asked : Object.keys(BENCHMARKS)) {
    console.log(`\n=== ${name} ===`);
    await BENCHMARKS[name]!();
  }
} finally {
  await stopBenchPostgres();
}
