import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
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

/** How long a process waits for another one that is migrating the same database. */
const LOCK_WAIT_MS = 60_000;

/**
 * Brings the schema up to date; returns the names of the migrations it ran. Processes that
 * start together on one PostgreSQL take turns: knex's lock lets one migrate, the others wait
 * for it and then find nothing left to do.
 */
export async function migrateToLatest(knex: Knex): Promise<string[]> {
  const giveUp = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
      return applied;
    } catch (error) {
      if ((error as Error).name !== "MigrationLocked" || Date.now() > giveUp) throw error;
      await sleep(250);
    }
  }
}

export async function rollbackAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ migrationSource }, true);
}
