import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import knexFactory from "knex";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../store/database.ts";
import { migrateToLatest } from "../../store/migrate.ts";

/** A freshly migrated, empty database, and how to throw it away. */
export interface TestDatabase {
  db: Database;
  drop(): Promise<void>;
}

export type DatabaseKind = "sqlite" | "postgres";

/** Both databases the product supports; storage tests run their suites on each. */
export const DATABASE_KINDS: DatabaseKind[] = ["sqlite", "postgres"];

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "opentwinning-sqlite-"));
    const db = openDatabase(`sqlite:${join(dir, "test.sqlite")}`);
    await migrateToLatest(db.knex);
    return {
      db,
      async drop() {
        await db.knex.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? inject("postgresUrl");
  const name = `test_${randomUUID().replace(/-/g, "")}`;
  const admin = knexFactory({ client: "pg", connection: adminUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openDatabase(url.toString());
  await migrateToLatest(db.knex);
  return {
    db,
    async drop() {
      await db.knex.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${name}`);
      await admin.destroy();
    },
  };
}
