import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CountryProjectFilters } from "../../core/index.ts";
import { seedTeachers } from "../../bench/seed.ts";
import { PROJECT_LABEL_KINDS } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturePlans, fullScans, unboundedSorts } from "../support/plans.ts";
import { World } from "../support/world.ts";

const COUNTRIES = ["IT", "FR", "DE", "ES", "PL", "PT", "RO", "GR", "SE", "NL"];

/**
 * A few thousand projects over ten countries, each asked of two national units, analysed: so
 * that both databases plan as they would at scale, not as for empty tables.
 */
async function seedProjects(w: World): Promise<void> {
  const school = await w.school("Liceo Seme", "IT");
  const founder = await w.teacher("Sara Seme", school);
  const base = { ...w.form() } as Record<string, unknown>;
  const projects = Array.from({ length: 3000 }, (_, i) => {
    const created = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000 * 7).toISOString();
    return {
      id: randomUUID(),
      title: `Project ${i}`,
      summary: String(base.summary),
      description: "",
      subjects: JSON.stringify([i % 7 === 0 ? "special_needs" : "science"]),
      languages: '["en"]',
      pupil_age_min: 6 + (i % 8),
      pupil_age_max: 10 + (i % 8),
      objectives: "",
      curricular_integration: "",
      work_process: "",
      ict_tools: "",
      expected_results: "",
      safety_rules: "",
      status: i % 3 === 0 ? "awaiting_approval" : "active",
      kind: "european",
      founder_id: founder.id,
      school_id: school.id,
      approval_round: 1,
      created_at: created,
      updated_at: created,
      activated_at: i % 3 === 0 ? null : created,
    };
  });
  const knex = w.store.knex;
  for (let i = 0; i < projects.length; i += 200) await knex("projects").insert(projects.slice(i, i + 200));
  const approvals = projects.flatMap((p, i) =>
    [COUNTRIES[i % 10]!, COUNTRIES[(i + 3) % 10]!].map((country) => ({
      project_id: p.id,
      round: 1,
      country,
      status: "approved",
      requested_at: p.created_at,
      decided_at: p.created_at,
    })),
  );
  for (let i = 0; i < approvals.length; i += 200) await knex("approvals").insert(approvals.slice(i, i + 200));
  await knex.raw("ANALYZE");
}

const NONE: CountryProjectFilters = { status: undefined, kind: undefined, title: undefined };

/** Each filter the country's project list offers (lti-tool/pages/countryProjects.ts), alone and with the others. */
const FILTERS: Partial<CountryProjectFilters>[] = [
  {},
  { partnerCountry: "FR" },
  { subject: "special_needs" },
  { pupilAge: 12 },
  { foundedFrom: "2026-01-01", foundedTo: "2026-06-30" },
  { approvedFrom: "2026-01-01", approvedTo: "2026-06-30" },
  ...PROJECT_LABEL_KINDS.map((label) => ({ label })),
  { status: "active", kind: "european", title: "river" },
];
const SHAPES = [
  ...FILTERS,
  Object.assign({}, ...FILTERS.filter((f) => !f.label), { label: "national_quality" }),
];

/**
 * The national unit's country-wide reads at any size: every filter of the projects list is a
 * condition on the walk of the newest-first index (or an index probe per row), never a scan
 * of a table or a sort of every match; the schools list and the monthly figures read indexes.
 */
describe.each(DATABASE_KINDS)("country workspace plans on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
    await seedTeachers(w.store.knex, 3000);
    await seedProjects(w);
  }, 120_000);
  afterAll(async () => {
    await w.destroy();
  });

  const expectIndexed = async (run: () => Promise<unknown>) => {
    const plans = await capturePlans(w.store.knex, run);
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) {
      expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
      expect(unboundedSorts(plan), `${sql}\n${plan}`).toEqual([]);
    }
    return plans;
  };

  it.each(SHAPES.map((shape) => [JSON.stringify(shape), shape] as const))(
    "the projects list filtered by %s pages off an index",
    async (_, shape) => {
      const after = { at: "2026-05-01T00:00:00.000Z", id: "00000000-0000-0000-0000-000000000000" };
      for (const cursor of [undefined, after]) {
        const [list] = await expectIndexed(() =>
          w.store.read().projects.pageForCountry("IT", { ...NONE, ...shape }, cursor, 51),
        );
        // Whether a project is the country's is one probe by project, not a read of the country's approvals.
        expect(list?.plan).toMatch(/approvals_(project_id_country_index|pkey)/);
      }
    },
  );

  it("the schools list pages by name off the country's name index, with and without a name", async () => {
    for (const name of [undefined, "galilei"]) {
      await expectIndexed(() =>
        w.store.read().countryWorkspace.schoolsPage("IT", name, { name: "liceo", id: "0" }, 51),
      );
    }
  });

  it("the teachers list pages by name off the accounts' name index, with and without a name", async () => {
    for (const name of [undefined, "rossi"]) {
      await expectIndexed(() =>
        w.store.read().countryWorkspace.teachersPage("IT", name, { name: "M", id: "0" }, 51),
      );
    }
  });

  it("the monthly figures and the median decision time are aggregates over indexes", async () => {
    await expectIndexed(() => w.store.read().countryWorkspace.monthlyCounts("IT", "2025-01"));
    // A median orders the durations it is over: the country's decisions of the window, found by index.
    const median = await capturePlans(w.store.knex, async () => {
      await w.store.read().countryWorkspace.decisionDays("IT", "2025-01-01T00:00:00.000Z");
      await w.store.read().countryWorkspace.decisionDays("IT", "2025-01-01T00:00:00.000Z", "approved");
    });
    for (const { sql, plan } of median) {
      expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
      // Any approvals index led by the country (migration 500's queue indexes are).
      expect(plan, sql).toMatch(/approvals_(country|queue)_\w*index/);
    }
    const days = await w.store.read().countryWorkspace.decisionDays("IT", "2025-01-01T00:00:00.000Z");
    expect(days.median).toBe(0);
    // By month: the same window, ranked per month (window functions on SQLite), by index too.
    const monthly = await capturePlans(w.store.knex, () =>
      w.store.read().countryWorkspace.monthlyMedianDecisionDays("IT", "2025-01-01T00:00:00.000Z"),
    );
    for (const { sql, plan } of monthly) {
      expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
      expect(plan, sql).toMatch(/approvals_(country|queue)_\w*index/);
    }
    const byMonth = await w.store
      .read()
      .countryWorkspace.monthlyMedianDecisionDays("IT", "2025-01-01T00:00:00.000Z");
    expect([...byMonth.values()].every((median) => median === 0)).toBe(true);
  });
});
