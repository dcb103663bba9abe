/**
 * Seeded databases for the benchmark, kept between runs: seeding a million teachers takes
 * minutes on this machine, so each (database, size) is seeded once and reused. SQLite files
 * live in ~/.cache/opentwinning/bench; PostgreSQL databases in one kept cluster (a folder the
 * server's user can reach, see keptPostgresFolder) started for the run and stopped after it.
 * Every run migrates the kept database to the latest migration, so a new index is measured.
 * Bump SEED_VERSION when bench/seed.ts changes what it generates.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import knexFactory, { type Knex } from "knex";
import { openDatabase, type Database } from "../store/database.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { cacheDir, withLock } from "../test/support/cache.ts";
import { keptPostgresFolder, type RunningPostgres, startPostgres } from "../test/support/postgres.ts";
import { type SeededTeacher, seedTeachers } from "./seed.ts";

const SEED_VERSION = 1;

export type Dialect = "sqlite" | "postgres";

export interface SeededDatabase {
  url: string;
  database: Database;
  /** Teachers to act as (the same on every run: the seed is deterministic). */
  teachers: SeededTeacher[];
  close(): Promise<void>;
}

/** Seeding ends with ANALYZE of a million rows: far past the pages' statement time limit. */
const SEEDING = { statementTimeLimitMs: 30 * 60_000 };

/** Where the sample teachers are kept beside the seeded rows. */
const SAMPLE_TABLE = "bench_seed_sample";

async function seedInto(knex: Knex, size: number): Promise<void> {
  await migrateToLatest(knex);
  const sample = await seedTeachers(knex, size);
  await knex.schema.createTable(SAMPLE_TABLE, (t) => {
    t.string("id").primary();
    t.string("country", 2);
  });
  // In batches: knex writes a multi-row SQLite insert as one compound SELECT (500 terms at most).
  await knex.batchInsert(SAMPLE_TABLE, sample, 200);
}

async function readSample(knex: Knex): Promise<SeededTeacher[]> {
  return knex(SAMPLE_TABLE).select("id", "country").orderBy("id");
}

async function openSeeded(url: string, log: (line: string) => void): Promise<SeededDatabase> {
  const database = openDatabase(url);
  await migrateToLatest(database.knex);
  const teachers = await readSample(database.knex);
  log(`${database.describe}: reusing the seeded database ${url.replace(/\/\/[^@]*@/, "//")}`);
  return { url, database, teachers, close: () => database.knex.destroy() };
}

async function sqliteSeeded(size: number, log: (line: string) => void): Promise<SeededDatabase> {
  const dir = join(cacheDir(), "bench");
  const file = join(dir, `sqlite-${size}-v${SEED_VERSION}.sqlite`);
  mkdirSync(dir, { recursive: true });
  await withLock(`${file}.lock`, async () => {
    if (existsSync(file)) return;
    const partial = `${file}.partial`;
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
    log(`seeding ${size.toLocaleString("en")} teachers into ${file} (once) …`);
    const started = performance.now();
    const database = openDatabase(`sqlite:${partial}`, SEEDING);
    try {
      await seedInto(database.knex, size);
    } finally {
      await database.knex.destroy();
    }
    renameSync(partial, file);
    log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  });
  return openSeeded(`sqlite:${file}`, log);
}

let cluster: Promise<RunningPostgres> | undefined;

/** The kept PostgreSQL cluster, started once per process (BENCH_DATABASE_URL: a server of yours). */
async function postgresAdminUrl(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  cluster ??= startPostgres(keptPostgresFolder(join("bench", "postgres")));
  return (await cluster).url;
}

export async function stopBenchPostgres(): Promise<void> {
  if (cluster) await (await cluster).stop();
  cluster = undefined;
}

async function postgresSeeded(size: number, log: (line: string) => void): Promise<SeededDatabase> {
  const adminUrl = await postgresAdminUrl();
  const name = `bench_${size}_v${SEED_VERSION}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = knexFactory({ client: "pg", connection: adminUrl, pool: { min: 0, max: 1 } });
  try {
    const exists = await admin("pg_database").where({ datname: name }).first();
    let seeded = false;
    if (exists) {
      const probe = knexFactory({ client: "pg", connection: url.toString(), pool: { min: 0, max: 1 } });
      seeded = await probe.schema.hasTable(SAMPLE_TABLE).finally(() => probe.destroy());
    }
    if (!seeded) {
      // A run killed while seeding leaves a database without the sample: start it again.
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.raw(`CREATE DATABASE ${name}`);
      log(`seeding ${size.toLocaleString("en")} teachers into PostgreSQL database ${name} (once) …`);
      const started = performance.now();
      const database = openDatabase(url.toString(), SEEDING);
      try {
        await seedInto(database.knex, size);
      } finally {
        await database.knex.destroy();
      }
      log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await admin.destroy();
  }
  return openSeeded(url.toString(), log);
}

export function seededDatabase(
  dialect: Dialect,
  size: number,
  log: (line: string) => void = console.log,
): Promise<SeededDatabase> {
  return dialect === "sqlite" ? sqliteSeeded(size, log) : postgresSeeded(size, log);
}

/** An empty scratch database of the dialect (launch and provisioning runs), dropped on close. */
export async function scratchDatabase(dialect: Dialect): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === "sqlite") {
    mkdirSync(join(cacheDir(), "bench"), { recursive: true });
    const dir = mkdtempSync(join(cacheDir(), "bench", "scratch-"));
    return {
      url: `sqlite:${join(dir, "bench.sqlite")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = await postgresAdminUrl();
  const name = `bench_scratch_${randomUUID().replace(/-/g, "")}`;
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
