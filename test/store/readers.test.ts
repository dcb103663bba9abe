import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";

/** A read that takes a couple of seconds on either database. */
const SLOW_READ = {
  postgres: "select pg_sleep(2)",
  sqlite:
    "with recursive n(x) as (select 1 union all select x + 1 from n limit 10000000) select count(*) from n",
};

/** Page reads run on their own connections: a slow one holds up no other request. */
describe.each(DATABASE_KINDS)("readers on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  it("answers the health check and a use case quickly while a slow read runs", async () => {
    const { database } = w.store;
    let slowDone = false;
    // Finished or stopped at the time limit: either way it held its reader until then.
    const finish = () => (slowDone = true);
    const slow = database.readers.raw(SLOW_READ[kind]).then(finish, finish);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    await database.knex.raw("select 1"); // what /healthz asks
    await w.school("Scuola Rapida", "IT", "Roma");
    const elapsed = performance.now() - started;
    expect(slowDone, "the slow read should still be running").toBe(false);
    expect(elapsed).toBeLessThan(500);
    await slow;
  });

  it("runs a page's reads where nothing can be written", async () => {
    const attempt = w.store.readOnly((tx) =>
      tx.schools.insert(
        { id: "00000000-0000-0000-0000-0000000000aa", name: "X", country: "IT", city: "" },
        "2026-11-22T10:00:00.000Z",
      ),
    );
    await expect(attempt).rejects.toThrow(/read-only|readonly/i);
    const found = await w.store.readOnly((tx) => tx.teachers.search({ limit: 5, offset: 0 }));
    expect(found.results).toEqual([]);
  });
});
