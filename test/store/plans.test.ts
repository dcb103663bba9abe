import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturePlans, fullScans } from "../support/plans.ts";
import { World } from "../support/world.ts";

/** Reads every dashboard view makes are served by indexes, whatever the number of projects. */
describe.each(DATABASE_KINDS)("query plans on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  it("a teacher's projects (dashboard, launch) are read without scanning the projects table", async () => {
    const plans = await capturePlans(w.store.knex, () =>
      w.store.transaction((tx) => tx.projects.listForTeacher("00000000-0000-0000-0000-000000000000")),
    );
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
  });
});
