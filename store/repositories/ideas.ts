import type { Knex } from "knex";
import type {
  Id,
  Idea,
  IdeaRepository,
  IdeaSearchQuery,
  IdeaWithAuthor,
  PartnerScope,
} from "../../core/index.ts";
import { chunks, normaliseSearchText, type Scope } from "../rows.ts";
import { ftsMatch, type SearchTerm, searchTerms, TEXT_CANDIDATES } from "./teachers.ts";

interface IdeaRow {
  id: string;
  author_id: string;
  country: string;
  title: string;
  summary: string;
  pupil_age_min: number;
  pupil_age_max: number;
  partner_scope: string;
  start_month: string;
  created_at: string;
  renewed_at: string;
  author_name: string;
  school_name: string;
  school_id: string;
}

const COLUMNS = [
  "i.id",
  "i.author_id",
  "i.country",
  "i.title",
  "i.summary",
  "i.pupil_age_min",
  "i.pupil_age_max",
  "i.partner_scope",
  "i.start_month",
  "i.created_at",
  "i.renewed_at",
  "a.name as author_name",
  "s.name as school_name",
  "s.id as school_id",
];

const LISTS = [
  { table: "idea_subjects", column: "subject" },
  { table: "idea_languages", column: "language" },
] as const;

/**
 * Where a board search starts reading, so its page comes off one index in board order
 * (renewed_at, id descending, live ideas only): the text index (at most TEXT_CANDIDATES
 * matches, then sorted), else the subject or language rows (which carry renewed_at), else
 * the ideas' (country,) renewed_at index. Filters the source does not read are probed per row.
 */
function boardSource(
  scope: Scope,
  query: IdeaSearchQuery,
  terms: SearchTerm[],
): { q: Knex.QueryBuilder; order: [string, string]; probe: string[] } {
  const { db } = scope;
  if (terms.length > 0) {
    const q = db.from(textMatches(scope, terms).as("hits"));
    if (scope.dialect === "sqlite") q.crossJoin("project_ideas as i", "i.id", "hits.idea_id");
    else q.join("project_ideas as i", "i.id", "hits.idea_id");
    return { q, order: ["i.renewed_at", "i.id"], probe: ["subject", "language"] };
  }
  const list = query.subject
    ? { ...LISTS[0], value: query.subject, other: "language" }
    : query.language
      ? { ...LISTS[1], value: query.language, other: undefined }
      : undefined;
  if (list) {
    const q = db(`${list.table} as k`);
    // SQLite's CROSS JOIN keeps the list's index (in board order) as the outer loop, so a
    // country filter cannot make it read the country's ideas and sort them instead.
    if (scope.dialect === "sqlite") q.crossJoin("project_ideas as i", "i.id", "k.idea_id");
    else q.join("project_ideas as i", "i.id", "k.idea_id");
    q.where(`k.${list.column}`, list.value).where("k.renewed_at", ">=", query.renewedSince);
    return { q, order: ["k.renewed_at", "k.idea_id"], probe: list.other ? [list.other] : [] };
  }
  return { q: db("project_ideas as i"), order: ["i.renewed_at", "i.id"], probe: [] };
}

function textMatches({ db, dialect }: Scope, terms: SearchTerm[]) {
  if (dialect === "postgres") {
    const tsquery = terms.map(({ word, prefix }) => `'${word}'${prefix ? ":*" : ""}`).join(" & ");
    return db("project_ideas")
      .select("id as idea_id")
      .whereRaw("search_tsv @@ to_tsquery('simple', ?)", [tsquery])
      .limit(TEXT_CANDIDATES);
  }
  return db("idea_search")
    .select("idea_id")
    .whereRaw("idea_search MATCH ?", [ftsMatch(terms)])
    .orderBy("rowid", "desc")
    .limit(TEXT_CANDIDATES);
}

export function ideaRepository(scope: Scope): IdeaRepository {
  const { db } = scope;

  const withAuthor = (q: Knex.QueryBuilder) =>
    q
      .join("accounts as a", "a.id", "i.author_id")
      .join("teachers as t", "t.id", "i.author_id")
      .join("schools as s", "s.id", "t.school_id")
      .select(COLUMNS);

  async function hydrate(rows: IdeaRow[]): Promise<IdeaWithAuthor[]> {
    const lists = new Map<Id, { subjects: string[]; languages: string[] }>(
      rows.map((row) => [row.id, { subjects: [], languages: [] }]),
    );
    for (const part of chunks(rows.map((row) => row.id))) {
      const subjects: { idea_id: string; subject: string }[] = await db("idea_subjects").whereIn(
        "idea_id",
        part,
      );
      for (const row of subjects) lists.get(row.idea_id)?.subjects.push(row.subject);
      const languages: { idea_id: string; language: string }[] = await db("idea_languages").whereIn(
        "idea_id",
        part,
      );
      for (const row of languages) lists.get(row.idea_id)?.languages.push(row.language);
    }
    return rows.map((row) => ({
      idea: {
        id: row.id,
        authorId: row.author_id,
        country: row.country,
        title: row.title,
        summary: row.summary,
        pupilAgeMin: Number(row.pupil_age_min),
        pupilAgeMax: Number(row.pupil_age_max),
        partnerScope: row.partner_scope as PartnerScope,
        startMonth: row.start_month,
        createdAt: row.created_at,
        renewedAt: row.renewed_at,
        subjects: lists.get(row.id)?.subjects.sort() ?? [],
        languages: lists.get(row.id)?.languages.sort() ?? [],
      },
      authorName: row.author_name,
      schoolName: row.school_name,
      schoolId: row.school_id,
    }));
  }

  /** The idea's list rows, which carry its sort key (the text index follows by trigger or generation). */
  async function writeLists(idea: Idea, fresh: boolean): Promise<void> {
    if (!fresh) for (const { table } of LISTS) await db(table).where({ idea_id: idea.id }).delete();
    const rows = (column: string, values: string[]) =>
      values.map((value) => ({ idea_id: idea.id, [column]: value, renewed_at: idea.renewedAt }));
    if (idea.subjects.length > 0) await db("idea_subjects").insert(rows("subject", idea.subjects));
    if (idea.languages.length > 0) await db("idea_languages").insert(rows("language", idea.languages));
  }

  const fields = (idea: Idea) => ({
    title: idea.title,
    summary: idea.summary,
    pupil_age_min: idea.pupilAgeMin,
    pupil_age_max: idea.pupilAgeMax,
    partner_scope: idea.partnerScope,
    start_month: idea.startMonth,
    renewed_at: idea.renewedAt,
    search_text: normaliseSearchText(`${idea.title} ${idea.summary}`),
  });

  return {
    async get(id) {
      const row = await withAuthor(db("project_ideas as i")).where("i.id", id).first<IdeaRow | undefined>();
      return row ? (await hydrate([row]))[0] : undefined;
    },
    async insert(idea) {
      await db("project_ideas").insert({
        id: idea.id,
        author_id: idea.authorId,
        country: idea.country,
        created_at: idea.createdAt,
        ...fields(idea),
      });
      await writeLists(idea, true);
    },
    async update(idea) {
      await db("project_ideas").where({ id: idea.id }).update(fields(idea));
      await writeLists(idea, false);
    },
    async delete(id) {
      await db("idea_replies").where({ idea_id: id }).delete();
      for (const { table } of LISTS) await db(table).where({ idea_id: id }).delete();
      await db("project_ideas").where({ id }).delete();
    },
    async search(query) {
      const terms = query.text ? searchTerms(query.text) : [];
      const { q, order, probe } = boardSource(scope, query, terms);
      withAuthor(q).whereNull("a.erased_at").where("i.renewed_at", ">=", query.renewedSince);
      if (query.country) q.where("i.country", query.country);
      if (query.excludeAuthorId) q.whereNot("i.author_id", query.excludeAuthorId);
      if (query.partnerScope) q.where("i.partner_scope", query.partnerScope);
      if (query.pupilAge !== undefined)
        q.where("i.pupil_age_min", "<=", query.pupilAge).where("i.pupil_age_max", ">=", query.pupilAge);
      // OFFSET 0 keeps PostgreSQL's EXISTS a per-row probe of the rows read (as partner search).
      const fence = scope.dialect === "postgres" ? " offset 0" : "";
      for (const { table, column } of LISTS) {
        const value = query[column];
        if (value && probe.includes(column))
          q.whereRaw(`exists (select 1 from ${table} where idea_id = i.id and ${column} = ?${fence})`, [
            value,
          ]);
      }
      const [renewed, id] = order;
      // A row-value comparison: both databases read it as one range of the order index.
      if (query.after) q.whereRaw(`(${renewed}, ${id}) < (?, ?)`, [query.after.renewedAt, query.after.id]);
      const rows: IdeaRow[] = await q
        .orderBy([
          { column: renewed, order: "desc" },
          { column: id, order: "desc" },
        ])
        .limit(query.limit + 1);
      return { results: await hydrate(rows.slice(0, query.limit)), hasMore: rows.length > query.limit };
    },
    async ofAuthor(authorId, limit) {
      const rows: IdeaRow[] = await withAuthor(db("project_ideas as i"))
        .where("i.author_id", authorId)
        .orderBy([
          { column: "i.renewed_at", order: "desc" },
          { column: "i.id", order: "desc" },
        ])
        .limit(limit);
      return (await hydrate(rows)).map((found) => found.idea);
    },
    async addReply(ideaId, teacherId, at) {
      const inserted = await db("idea_replies")
        .insert({ idea_id: ideaId, teacher_id: teacherId, replied_at: at })
        .onConflict(["idea_id", "teacher_id"])
        .ignore()
        .returning("idea_id");
      return inserted.length > 0;
    },
    async repliesTo(ideaId, limit) {
      const rows: { teacher_id: string; name: string; replied_at: string }[] = await db("idea_replies as r")
        .join("accounts as a", "a.id", "r.teacher_id")
        .where("r.idea_id", ideaId)
        .orderBy("r.replied_at", "desc")
        .limit(limit)
        .select("r.teacher_id", "a.name", "r.replied_at");
      return rows.map((row) => ({ teacherId: row.teacher_id, name: row.name, repliedAt: row.replied_at }));
    },
    async replyOf(ideaId, teacherId) {
      const row: { replied_at: string } | undefined = await db("idea_replies")
        .where({ idea_id: ideaId, teacher_id: teacherId })
        .first("replied_at");
      return row?.replied_at;
    },
  };
}
