import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Knex } from "knex";

const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations/", import.meta.url));

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * Our migrations are TypeScript modules loaded with import(), which knex's own loader
 * cannot do under Node's type stripping; this source lists and imports them itself.
 */
const migrationSource: Knex.MigrationSource<string> = {
  async getMigrations() {
    const files = await readdir(MIGRATIONS_DIR);
    return files.filter((file) => /^\d{8}_\d{3}_[\w-]+\.ts$/.test(file)).sort();
  },
  getMigrationName(file) {
    return file.replace(/\.ts$/, "");
  },
  async getMigration(file) {
    return (await import(pathToFileURL(`${MIGRATIONS_DIR}${file}`).href)) as Migration;
  },
};

/** An arbitrary constant: the PostgreSQL advisory lock that lets one process migrate at a time. */
const MIGRATION_LOCK = 7_420_261_130;

/**
 * Brings the schema up to date; returns the names of the migrations it ran. Processes that
 * start together on one PostgreSQL take turns under an advisory lock (knex's own lock table
 * would make the others fail, and creating that table races): the first migrates, the
 * others then find nothing left to do.
 */
export async function migrateToLatest(knex: Knex): Promise<string[]> {
  const latest = async () => {
    const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
    return applied;
  };
  if ((knex.client as { config: { client: unknown } }).config.client !== "pg") return latest();
  // The lock lasts as long as this transaction; the migrations run on the pool's other connections.
  return knex.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(?)", [MIGRATION_LOCK]);
    return latest();
  });
}

export async function rollbackAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ migrationSource }, true);
}
