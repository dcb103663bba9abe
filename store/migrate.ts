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

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrateToLatest(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}

export async function rollbackAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ migrationSource }, true);
}
