import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturePlans, fullScans } from "../support/plans.ts";
import { World } from "../support/world.ts";

/** The labels' reads on every search and project page, and the European candidates, are index-served. */
describe.each(DATABASE_KINDS)("label query plans on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  const proves = async (read: () => Promise<unknown>) => {
    const plans = await capturePlans(w.store.knex, read);
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
  };

  it("reads the schools' current eTwinning School labels without scanning", async () => {
    await proves(() =>
      w.store.transaction((tx) =>
        tx.schoolLabels.currentOf(["00000000-0000-0000-0000-000000000000"], "2026-11-22T10:00:00.000Z"),
      ),
    );
  });

  it("computes a page of European candidates from the awarded National Quality Labels' index", async () => {
    await proves(() =>
      w.store.transaction((tx) =>
        tx.labels.europeanCandidates(2, { after: "00000000-0000-0000-0000-000000000000", limit: 51 }),
      ),
    );
  });
});
