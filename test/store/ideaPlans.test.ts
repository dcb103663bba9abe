import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type IdeaSearchQuery, liveSince, SUBJECTS, type Teacher } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturePlans, drivingStep, fullScans, unboundedSorts } from "../support/plans.ts";
import { World } from "../support/world.ts";

/** Every combination of the filters the board's page offers (lti-tool/pages/ideas.ts). */
const FILTERS: Partial<IdeaSearchQuery>[] = [
  { text: "robots" },
  { country: "IT" },
  { subject: "history" },
  { language: "de" },
  { pupilAge: 12, partnerScope: "abroad" },
];
const SHAPES = Array.from(
  { length: 2 ** FILTERS.length },
  (_, mask) =>
    Object.assign({}, ...FILTERS.filter((_, bit) => mask & (1 << bit))) as Partial<IdeaSearchQuery>,
);
const COUNTRIES = ["IT", "FR", "DE", "ES", "PL", "RO", "GR", "PT"];
const WORDS = ["robots", "climate", "letters", "music", "water", "europe", "poetry", "maths"];

/**
 * The partner-finding board at any size: each query the page can make reads its page off an
 * index in board order (newest renewal first, live ideas only), or sorts only a capped set of
 * text matches. A few thousand generated ideas (analysed), so PostgreSQL plans as at scale.
 */
describe.each(DATABASE_KINDS)("partner-finding board plans on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
    const authors: Teacher[] = [];
    for (const country of COUNTRIES)
      authors.push(await w.teacher(`Author ${country}`, await w.school(`School ${country}`, country)));
    const { knex } = w.store;
    const start = Date.parse(w.clock.now()) - 200 * 86_400_000;
    const ideas = Array.from({ length: 3000 }, (_, i) => {
      const author = authors[i % authors.length]!;
      const at = new Date(start + i * 3_600_000 * 2).toISOString();
      const text = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} project ${i}`;
      return {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        author_id: author.id,
        country: author.country,
        title: text,
        summary: text,
        search_text: text,
        pupil_age_min: 6 + (i % 8),
        pupil_age_max: 10 + (i % 8),
        partner_scope: ["abroad", "my_country", "any"][i % 3],
        start_month: "",
        created_at: at,
        renewed_at: at,
      };
    });
    for (let i = 0; i < ideas.length; i += 200) await knex("project_ideas").insert(ideas.slice(i, i + 200));
    const rows = (column: string, value: (i: number) => string) =>
      ideas.map((idea, i) => ({ idea_id: idea.id, [column]: value(i), renewed_at: idea.renewed_at }));
    const subjects = rows("subject", (i) => SUBJECTS[i % SUBJECTS.length]!);
    const languages = rows("language", (i) => ["en", "de", "fr", "it"][i % 4]!);
    for (let i = 0; i < ideas.length; i += 200) {
      await knex("idea_subjects").insert(subjects.slice(i, i + 200));
      await knex("idea_languages").insert(languages.slice(i, i + 200));
    }
    await knex.raw("ANALYZE");
  }, 120_000);
  afterAll(async () => {
    await w.destroy();
  });

  it.each(
    SHAPES.flatMap((shape) => [
      shape,
      { ...shape, after: { renewedAt: "2026-10-01T00:00:00.000Z", id: "~" } },
    ]).map((s) => [JSON.stringify(s), s] as const),
  )("%s is read off indexes without a full scan or a sort of every match", async (_, shape) => {
    const query: IdeaSearchQuery = { renewedSince: liveSince(w.clock.now()), limit: 20, ...shape };
    const found = { count: 0 };
    const plans = await capturePlans(w.store.knex, async () => {
      found.count = (await w.store.read().ideas.search(query)).results.length;
    });
    for (const { sql, plan } of plans) expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
    const { sql, plan } = plans.find((p) => /^select [`"]i[`"]\.[`"]id[`"]/.test(p.sql))!;
    expect(unboundedSorts(plan), `${sql}\n${plan}`).toEqual([]);
    const driving = drivingStep(plan);
    if (shape.text) {
      expect(sql).toMatch(/^select .* from \(select .* limit (\?|\$\d+)\) as .hits./);
      if (kind === "sqlite") expect(driving, plan).toBe("SCAN hits");
    } else {
      expect(driving, plan).toMatch(
        shape.subject ? /subject/ : shape.language ? /language/ : /renewed_at|board/,
      );
    }
  });

  it("finds the live ideas the filters describe, and none that expired", async () => {
    const renewedSince = liveSince(w.clock.now());
    const { results } = await w.store.read().ideas.search({ renewedSince, subject: "history", limit: 50 });
    expect(results.length).toBeGreaterThan(0);
    for (const { idea } of results) {
      expect(idea.subjects).toContain("history");
      expect(idea.renewedAt >= renewedSince).toBe(true);
    }
  });
});
