import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KeysetCursor, NameCursor, Tx } from "../../core/index.ts";
import { WeeklyDiaryRecords } from "../../matrix-bot/store/weeklyDiary.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturePlans, type ExplainedQuery, fullScans, unboundedSorts } from "../support/plans.ts";
import { World } from "../support/world.ts";

const NOBODY = "00000000-0000-0000-0000-000000000000";
const CURSOR: KeysetCursor = { at: "2026-11-20T10:00:00.000Z", id: NOBODY };
const MODERATOR_CURSOR: NameCursor = { name: "IT", id: NOBODY };
const WEEK = ["2026-11-16T00:00:00.000Z", "2026-11-23T00:00:00.000Z"] as const;
const DIARY_TYPES = [
  "page_created",
  "page_revised",
  "material_added",
  "member_joined",
  "milestone_updated",
] as const;

/** Pages of lists that grow with use: read in the list's order off an index, a LIMIT in the SQL. */
const PAGED: [string, (tx: Tx) => Promise<unknown>][] = [
  ["project's label applications, first page", (tx) => tx.labels.applicationsPage(NOBODY, undefined, 51)],
  ["project's label applications, later page", (tx) => tx.labels.applicationsPage(NOBODY, CURSOR, 51)],
  ["moderators, first page", (tx) => tx.grants.moderatorsPage(undefined, undefined, 51)],
  ["moderators, later page", (tx) => tx.grants.moderatorsPage(undefined, MODERATOR_CURSOR, 51)],
  ["moderators by name, later page", (tx) => tx.grants.moderatorsPage("anna", MODERATOR_CURSOR, 51)],
  ["chat `accept <code>`", (tx) => tx.invitations.pendingForTeacherByPrefix(NOBODY, "0a1b", 2)],
  ["does a moderator assess the project", (tx) => tx.labels.appliedInAny(NOBODY, ["IT", "FR"])],
];

/** Figures the database computes: an aggregate in the SQL, never the rows they sum up. */
const COUNTED: [string, (tx: Tx) => Promise<unknown>][] = [
  ["weekly diary counts", (tx) => tx.events.countForProject(NOBODY, DIARY_TYPES, ...WEEK)],
  ["erasure preview of a teacher", (tx) => tx.personalData.erasureCounts({ kind: "account", id: NOBODY })],
  ["erasure preview of a pupil", (tx) => tx.personalData.erasureCounts({ kind: "pupil", id: NOBODY })],
  ["countries that awarded a project's label", (tx) => tx.labels.awardedCountries(NOBODY)],
];

const bounded = ({ sql }: ExplainedQuery) => /\blimit\b/i.test(sql);
const aggregated = ({ sql }: ExplainedQuery) => /\b(count\(|distinct\b)/i.test(sql);

/**
 * Issue 18: the last lists that were read whole — a project's Quality Label applications, a
 * teacher's invitations searched by `accept <code>`, the moderators, the erasure preview and
 * the weekly diary — read a page (a LIMIT) or an aggregate, through indexes, on both databases.
 */
describe.each(DATABASE_KINDS)("the last bounded reads on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  it.each(PAGED)("%s carries a LIMIT and is served by an index in page order", async (_, read) => {
    const plans = await capturePlans(w.store.knex, () => w.store.transaction(read));
    expect(plans.length).toBeGreaterThan(0);
    for (const query of plans) {
      expect(bounded(query), query.sql).toBe(true);
      expect(fullScans(query.plan), `${query.sql}\n${query.plan}`).toEqual([]);
      expect(unboundedSorts(query.plan), `${query.sql}\n${query.plan}`).toEqual([]);
    }
  });

  it("the projects due a weekly diary summary carry a LIMIT and are walked by an index in page order", async () => {
    const records = new WeeklyDiaryRecords(w.store.database);
    for (const after of [undefined, CURSOR]) {
      const plans = await capturePlans(w.store.knex, () => records.due("2026-11-23", after, 50));
      expect(plans.length).toBeGreaterThan(0);
      for (const query of plans) {
        expect(bounded(query), query.sql).toBe(true);
        expect(fullScans(query.plan), `${query.sql}\n${query.plan}`).toEqual([]);
        expect(unboundedSorts(query.plan), `${query.sql}\n${query.plan}`).toEqual([]);
      }
    }
  });

  it.each(COUNTED)("%s is an aggregate read through indexes", async (_, read) => {
    const plans = await capturePlans(w.store.knex, () => w.store.transaction(read));
    expect(plans.length).toBeGreaterThan(0);
    for (const query of plans) {
      expect(aggregated(query), query.sql).toBe(true);
      expect(fullScans(query.plan), `${query.sql}\n${query.plan}`).toEqual([]);
    }
  });
});
