import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTeachers } from "../../bench/seed.ts";
import { type TeacherSearchQuery, updateProfile } from "../../core/index.ts";
import { TEXT_CANDIDATES } from "../../store/repositories/teachers.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturePlans, drivingStep, fullScans, unboundedSorts } from "../support/plans.ts";
import { World } from "../support/world.ts";

/** Every combination of the filters the partner-search page offers (lti-tool/pages/search.ts). */
const FILTERS: Partial<TeacherSearchQuery>[] = [
  // A word of a hundred-odd teachers here stands for the capped matches of any word at scale:
  // a few thousand rows among a million, joined by primary key.
  { text: "chess" },
  { country: "IT" },
  { subject: "mathematics" },
  { language: "en" },
  { pupilAge: 12 },
];
const SHAPES: Partial<TeacherSearchQuery>[] = Array.from({ length: 2 ** FILTERS.length }, (_, mask) =>
  Object.assign({}, ...FILTERS.filter((_, bit) => mask & (1 << bit))),
);

/**
 * Partner search at any number of teachers: each query the page can make reads its page off
 * an index in result order, or sorts only a capped set of text matches. The tables hold a few
 * thousand generated teachers (analysed), so that PostgreSQL plans as it would at scale.
 */
describe.each(DATABASE_KINDS)("partner search plans on %s", (kind) => {
  let w: World;
  let me: string;
  beforeAll(async () => {
    w = await World.create(kind);
    me = (await seedTeachers(w.store.knex, 3000))[0]!.id;
  }, 120_000);
  afterAll(async () => {
    await w.destroy();
  });

  const searchPlan = async (query: Partial<TeacherSearchQuery>) => {
    const plans = await capturePlans(w.store.knex, () =>
      w.store.read().teachers.search({ excludeTeacherId: me, limit: 20, offset: 0, ...query }),
    );
    // Every statement reads indexes only; the one that selects the teachers' rows is the search.
    for (const { sql, plan } of plans) expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
    return plans.find(({ sql }) => /^select [`"]t[`"]\.[`"]id[`"]/.test(sql))!;
  };

  it.each(
    SHAPES.flatMap((shape) => [shape, { ...shape, offset: 980 }]).map((s) => [JSON.stringify(s), s] as const),
  )("%s is read off indexes without a full scan or a sort of every match", async (_, shape) => {
    const { sql, plan } = await searchPlan(shape);
    expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
    expect(unboundedSorts(plan), `${sql}\n${plan}`).toEqual([]);
    // Free text starts from the text index, capped before anything is ordered.
    // (PostgreSQL sorts the capped matches in a subquery of their own, so the joins run per page row.)
    if (shape.text)
      expect(sql).toMatch(
        /^select .* from \(select .* limit (\?|\$\d+)\)( as .capped. order by [^()]*\))? as .hits./,
      );
    // The outer loop reads the capped text matches, or else the index of the filter that
    // matches least (subject or language, with the country in its condition).
    const driving = drivingStep(plan);
    if (shape.text) {
      if (kind === "sqlite") expect(driving, plan).toBe("SCAN hits");
    } else {
      expect(driving, plan).toMatch(shape.subject ? /subject/ : shape.language ? /language/ : /teachers/);
      if (shape.country) expect(driving, plan).toMatch(/country/);
    }
  });

  it("recognises the plans these searches had before: a sort of every match, a walk of the order index", () => {
    const sqliteSortAll = "SCAN t USING INDEX teachers_country_index\nUSE TEMP B-TREE FOR ORDER BY";
    const postgresSortAll = [
      "Limit  (cost=1.0..2.0 rows=21 width=10)",
      "  ->  Sort  (cost=1.0..2.0 rows=222223 width=10)",
      "        ->  Bitmap Heap Scan on teachers t  (cost=1.0..2.0 rows=222223 width=10)",
    ].join("\n");
    expect(unboundedSorts(sqliteSortAll)).toHaveLength(1);
    expect(unboundedSorts(postgresSortAll)).toEqual(["Sort over Bitmap Heap Scan on teachers t"]);
  });

  it("answers a text matching more teachers than it ranks with a full page, and a two-letter word only as a word", async () => {
    const common = await w.store.read().teachers.search({ text: "robotica", limit: 20, offset: 0 });
    expect(common.results).toHaveLength(20);
    expect(common.hasMore).toBe(true);
    const all = await w.store.read().teachers.search({ text: "ai", limit: TEXT_CANDIDATES, offset: 0 });
    for (const { teacher } of all.results) expect(teacher.profile.interests.split(", ")).toContain("ai");
  });

  it("orders a subject search by the teachers' latest profiles", async () => {
    const query = { subject: "special_needs", country: "MT", limit: 20, offset: 0 };
    const before = (await w.store.read().teachers.search(query)).results.map((r) => r.teacher.id);
    const school = await w.school("Skola Primarja", "MT", "Valletta");
    const newcomer = await w.teacher("Marija Borg", school, { subjects: ["special_needs"] });
    const after = (await w.store.read().teachers.search(query)).results.map((r) => r.teacher.id);
    expect(after).toContain(newcomer.id);
    await updateProfile(w.deps, w.actor(newcomer), { subjects: ["special_needs"], lookingForPartners: true });
    const looking = (await w.store.read().teachers.search(query)).results.map((r) => r.teacher.id);
    expect(looking[0]).toBe(newcomer.id);
    expect(looking.filter((id) => id !== newcomer.id)).toEqual(
      before.slice(0, 19).filter((id) => id !== newcomer.id),
    );
  });

  it("keeps the subject and language rows' copy of the sort key whatever path updates a teacher", async () => {
    const school = await w.school("Skola Sekondarja", "MT", "Mdina");
    const teacher = await w.teacher("Ġorġ Camilleri", school, {
      subjects: ["philosophy"],
      languages: ["mt"],
    });
    await w.store.knex("teachers").where({ id: teacher.id }).update({
      looking_for_partners: true,
      updated_at: "2030-01-01T00:00:00.000Z",
    });
    for (const filter of [{ subject: "philosophy" }, { language: "mt" }]) {
      const { results } = await w.store.read().teachers.search({ ...filter, limit: 1, offset: 0 });
      expect(results.map((r) => r.teacher.id)).toEqual([teacher.id]);
    }
  });
});
