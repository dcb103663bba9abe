import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, isStatementTimeout, openDatabase } from "../../store/database.ts";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/databases.ts";

/** A query that would run for minutes (PostgreSQL sleeps; SQLite counts towards infinity). */
const RUNAWAY = {
  postgres: "select pg_sleep(30)",
  sqlite: "with recursive n(x) as (select 1 union all select x + 1 from n) select count(*) from n",
};

describe.each(DATABASE_KINDS)("statement time limit on %s", (kind) => {
  let test: TestDatabase;
  let limited: Database;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const connection = test.db.knex.client.config.connection as {
      connectionString?: string;
      filename?: string;
    };
    const url = kind === "postgres" ? connection.connectionString! : `sqlite:${connection.filename}`;
    limited = openDatabase(url, { statementTimeLimitMs: 200 });
  });
  afterAll(async () => {
    await limited.knex.destroy();
    await test.drop();
  });

  it("stops a runaway query at the limit with an error the pages recognise, and the connection still serves", async () => {
    const started = performance.now();
    const error = await limited.knex.raw(RUNAWAY[kind]).then(
      () => undefined,
      (e: unknown) => e,
    );
    const elapsed = performance.now() - started;
    expect(isStatementTimeout(error), String(error)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(5000);
    await expect(limited.knex.raw("select 1 as one")).resolves.toBeDefined();
  });

  it("lets quick queries and ordinary errors through untouched", async () => {
    await expect(limited.knex("teachers").count({ n: "*" })).resolves.toEqual([
      { n: kind === "postgres" ? "0" : 0 },
    ]);
    const error = await limited.knex.raw("select * from no_such_table").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(isStatementTimeout(error)).toBe(false);
  });
});
