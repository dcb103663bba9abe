import type { Knex } from "knex";
import type { TeacherRepository, TeacherSearchQuery, TeacherSearchResult } from "../../core/index.ts";
import { countUpTo, keysetOrder } from "../keyset.ts";
import { bool, chunks, normaliseSearchText, optional, type Scope } from "../rows.ts";

interface TeacherRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  chosen_locale: string | null;
  matrix_user_id: string | null;
  school_id: string;
  country: string;
  pupil_age_min: number | null;
  pupil_age_max: number | null;
  interests: string;
  bio: string;
  looking_for_partners: boolean | number;
  school_name: string;
  city: string;
}

const COLUMNS = [
  "t.id",
  "a.name",
  "a.email",
  "a.locale",
  "a.chosen_locale",
  "a.matrix_user_id",
  "t.school_id",
  "t.country",
  "t.pupil_age_min",
  "t.pupil_age_max",
  "t.interests",
  "t.bio",
  "t.looking_for_partners",
  "s.name as school_name",
  "s.city",
];

function baseQuery({ db }: Scope) {
  return db("teachers as t")
    .join("accounts as a", "a.id", "t.id")
    .join("schools as s", "s.id", "t.school_id")
    .select(COLUMNS);
}

/** Loads rows and their subjects and languages in two more queries, whatever the number of rows. */
async function hydrate(scope: Scope, rows: TeacherRow[]): Promise<TeacherSearchResult[]> {
  const ids = rows.map((r) => r.id);
  const subjects = new Map<string, string[]>();
  const languages = new Map<string, string[]>();
  for (const part of chunks(ids)) {
    for (const r of await scope.db("teacher_subjects").whereIn("teacher_id", part).orderBy("subject")) {
      subjects.set(r.teacher_id, [...(subjects.get(r.teacher_id) ?? []), r.subject]);
    }
    for (const r of await scope.db("teacher_languages").whereIn("teacher_id", part).orderBy("language")) {
      languages.set(r.teacher_id, [...(languages.get(r.teacher_id) ?? []), r.language]);
    }
  }
  return rows.map((row) => ({
    schoolName: row.school_name,
    city: row.city,
    teacher: {
      id: row.id,
      name: row.name,
      email: row.email,
      locale: row.chosen_locale ?? row.locale,
      chosenLocale: optional(row.chosen_locale),
      matrixUserId: optional(row.matrix_user_id),
      schoolId: row.school_id,
      country: row.country,
      profile: {
        subjects: subjects.get(row.id) ?? [],
        languages: languages.get(row.id) ?? [],
        pupilAgeMin: optional(row.pupil_age_min),
        pupilAgeMax: optional(row.pupil_age_max),
        interests: row.interests,
        bio: row.bio,
        lookingForPartners: bool(row.looking_for_partners),
      },
    },
  }));
}

/** Rebuilds the free-text document of a teacher (name, school, city, interests, bio). */
export async function refreshSearchText(scope: Scope, teacherId: string): Promise<void> {
  const row = await baseQuery(scope).where("t.id", teacherId).first<TeacherRow | undefined>();
  if (!row) return;
  const text = normaliseSearchText([row.name, row.school_name, row.city, row.interests, row.bio].join(" "));
  await scope.db("teachers").where({ id: teacherId }).update({ search_text: text });
}

/**
 * A word of this length or more also finds longer words ("robo" finds "robotica"); a shorter one
 * only itself, because a one- or two-letter prefix matches a large share of all teachers.
 */
const MIN_PREFIX = 3;

/**
 * A free-text search reads at most this many matches from the text index (newest first on
 * SQLite, index order on PostgreSQL) and orders only those: the cost follows the page, not
 * the number of matches. The page's 50 pages of 20 fit exactly; more matches than this mean
 * the words are too common to choose between teachers.
 */
export const TEXT_CANDIDATES = 1000;

/**
 * PostgreSQL applies the country and the pupils' age among the text matches (below), reading
 * the table in its own order until the cap is filled: with a filter that keeps a few percent
 * of a common word's matches, 1,000 meant reading tens of thousands of rows at a million
 * teachers (bench/README.md). With such a filter the cap is 300 (15 pages of 20): the rows read
 * stay near what a search reads at 10,000 teachers, and a search that matches more than that
 * is one to narrow down anyway.
 */
export const FILTERED_TEXT_CANDIDATES = 300;

/** Search words: every one must match, as a whole word or, from MIN_PREFIX letters, as a prefix. */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

export function searchTerms(text: string): SearchTerm[] {
  return normaliseSearchText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8)
    .map((word) => ({ word, prefix: word.length >= MIN_PREFIX }));
}

/** The search order's columns as the capped matches carry them. */
const SORT_KEY = ["looking_for_partners", "updated_at", "teacher_id"];

/**
 * The ids of (at most TEXT_CANDIDATES) teachers whose text matches every word, from the text
 * index. PostgreSQL also applies the country, pupils' age and "not me" there (the country as a
 * BitmapAnd of the GIN and country indexes), so rare ones are not lost behind a common word's
 * first matches.
 */
function textMatches({ db, dialect }: Scope, terms: SearchTerm[], query: TeacherSearchQuery) {
  if (dialect === "postgres") {
    const tsquery = terms.map(({ word, prefix }) => `'${word}'${prefix ? ":*" : ""}`).join(" & ");
    const capped = db("teachers")
      .select("id as teacher_id", "looking_for_partners", "updated_at")
      .whereRaw("search_tsv @@ to_tsquery('simple', ?)", [tsquery])
      .limit(query.country || query.pupilAge !== undefined ? FILTERED_TEXT_CANDIDATES : TEXT_CANDIDATES);
    // The teacher's own filters apply among the matches too, so the capped set holds teachers
    // the page can show (the outer query keeps them for SQLite's path and the joins).
    if (query.country) capped.where("country", query.country);
    if (query.pupilAge !== undefined)
      capped.where("pupil_age_min", "<=", query.pupilAge).where("pupil_age_max", ">=", query.pupilAge);
    if (query.excludeTeacherId) capped.whereNot("id", query.excludeTeacherId);
    // Sorted here, the matches come out in the page's order: the joins and probes of the outer
    // query then run for the rows of the page only (measured at a million teachers: 20 ms
    // instead of 190 ms, which joined every capped match before sorting).
    return db
      .from(capped.as("capped"))
      .select("*")
      .orderBy(SORT_KEY.map((column) => ({ column, order: "desc" as const })));
  }
  return db("teacher_search")
    .select("teacher_id")
    .whereRaw("teacher_search MATCH ?", [ftsMatch(terms)])
    .orderBy("rowid", "desc")
    .limit(TEXT_CANDIDATES);
}

export function ftsMatch(terms: SearchTerm[]): string {
  return `body : (${terms.map(({ word, prefix }) => `"${word}"${prefix ? "*" : ""}`).join(" ")})`;
}

/**
 * FTS5 answers a prefix query by merging the whole list of every word with that prefix before
 * the first row, a cost that grows with the matches; a whole word it reads lazily, newest
 * first. So when the words as whole words already fill TEXT_CANDIDATES, the search uses them.
 */
async function cheapestTerms({ db, dialect }: Scope, terms: SearchTerm[]): Promise<SearchTerm[]> {
  if (dialect !== "sqlite" || !terms.some((term) => term.prefix)) return terms;
  const whole = terms.map(({ word }) => ({ word, prefix: false }));
  const sample = db("teacher_search")
    .select("rowid")
    .whereRaw("teacher_search MATCH ?", [ftsMatch(whole)]);
  const [{ n }] = (await db.from(sample.limit(TEXT_CANDIDATES).as("s")).count({ n: "*" })) as [{ n: number }];
  return Number(n) >= TEXT_CANDIDATES ? whole : terms;
}

/**
 * Where a search starts reading, so that its page comes off one index in result order:
 * the text index (a capped set of matches, then sorted); else the subject or language rows,
 * which carry the teacher's sort key and country (migration 270); else the teachers' own
 * (country,) sort-key indexes. Returns the query and the columns of the sort key.
 */
interface SearchSource {
  q: Knex.QueryBuilder;
  /** The three columns of the sort key, as the source holds them. */
  order: string[];
  /** The list filters (subject, language) the source does not read from, probed per row. */
  probe: string[];
}

function searchSource(scope: Scope, query: TeacherSearchQuery, terms: SearchTerm[]): SearchSource {
  const { db } = scope;
  if (terms.length > 0) {
    const q = db.from(textMatches(scope, terms, query).as("hits"));
    // SQLite's CROSS JOIN keeps the capped matches as the outer loop, so that a country filter
    // cannot make it walk the whole country instead.
    if (scope.dialect === "sqlite") q.crossJoin("teachers as t", "t.id", "hits.teacher_id");
    else q.join("teachers as t", "t.id", "hits.teacher_id");
    if (query.country) q.where("t.country", query.country);
    // PostgreSQL orders by the matches' own copy of the sort key: no index of teachers can
    // deliver that order, so the planner cannot choose to walk one and probe the matches.
    const order =
      scope.dialect === "sqlite"
        ? ["t.looking_for_partners", "t.updated_at", "t.id"]
        : ["hits.looking_for_partners", "hits.updated_at", "hits.teacher_id"];
    return { q, order, probe: ["subject", "language"] };
  }
  const list = query.subject
    ? { table: "teacher_subjects", column: "subject", value: query.subject, other: "language" }
    : query.language
      ? { table: "teacher_languages", column: "language", value: query.language, other: undefined }
      : undefined;
  if (list) {
    const q = db(`${list.table} as k`)
      .join("teachers as t", "t.id", "k.teacher_id")
      .where(`k.${list.column}`, list.value);
    if (query.country) q.where("k.country", query.country);
    if (query.lookingForPartnersOnly) q.where("k.looking_for_partners", true);
    return {
      q,
      order: ["k.looking_for_partners", "k.updated_at", "k.teacher_id"],
      probe: list.other ? [list.other] : [],
    };
  }
  const q = db("teachers as t");
  if (query.country) q.where("t.country", query.country);
  return { q, order: ["t.looking_for_partners", "t.updated_at", "t.id"], probe: [] };
}

export function teacherRepository(scope: Scope): TeacherRepository {
  const { db } = scope;

  async function search(query: TeacherSearchQuery) {
    const terms = query.text ? await cheapestTerms(scope, searchTerms(query.text)) : [];
    const { q, order, probe } = searchSource(scope, query, terms);
    q.join("accounts as a", "a.id", "t.id").join("schools as s", "s.id", "t.school_id").select(COLUMNS);
    // Erased accounts stay only as "Former member #n" in other people's records.
    q.whereNull("a.erased_at");
    if (query.lookingForPartnersOnly) q.where("t.looking_for_partners", true);
    if (query.excludeTeacherId) q.whereNot("t.id", query.excludeTeacherId);
    if (query.pupilAge !== undefined) {
      q.where("t.pupil_age_min", "<=", query.pupilAge).where("t.pupil_age_max", ">=", query.pupilAge);
    }
    // A filter the source does not read from is one primary-key probe per row it reads. On
    // PostgreSQL, OFFSET 0 keeps the EXISTS a per-row probe: as a semi-join the planner could
    // start from every teacher of the subject and match them against the rows read.
    const fence = scope.dialect === "postgres" ? " offset 0" : "";
    const having = (table: string, column: string, value: string) =>
      q.whereRaw(`exists (select 1 from ${table} where teacher_id = t.id and ${column} = ?${fence})`, [
        value,
      ]);
    if (query.subject && probe.includes("subject")) having("teacher_subjects", "subject", query.subject);
    if (query.language && probe.includes("language")) having("teacher_languages", "language", query.language);
    const rows: TeacherRow[] = await q
      .orderBy(order.map((column) => ({ column, order: "desc" as const })))
      .limit(query.limit + 1)
      .offset(query.offset);
    const hasMore = rows.length > query.limit;
    return { results: await hydrate(scope, rows.slice(0, query.limit)), hasMore };
  }

  return {
    async get(id) {
      const row = await baseQuery(scope).where("t.id", id).first<TeacherRow | undefined>();
      return row ? (await hydrate(scope, [row]))[0]?.teacher : undefined;
    },
    async ofSchool(schoolId, limit) {
      const rows: TeacherRow[] = await baseQuery(scope)
        .where("t.school_id", schoolId)
        .orderBy(["a.name", "t.id"])
        .limit(limit);
      return (await hydrate(scope, rows)).map((r) => r.teacher);
    },
    async pageOfSchool(schoolId, after, limit) {
      // The page's ids off the index, then the teachers by id, in the page's order.
      const query = scope.db("teachers").where({ school_id: schoolId }).select("id", "created_at");
      const keys: { id: string; created_at: string }[] = await keysetOrder(
        query,
        ["created_at", "id"],
        after,
        "asc",
      ).limit(limit);
      const rows: TeacherRow[] = [];
      for (const part of chunks(keys.map((k) => k.id)))
        rows.push(...(await baseQuery(scope).whereIn("t.id", part)));
      const teachers = new Map((await hydrate(scope, rows)).map((r) => [r.teacher.id, r.teacher]));
      return keys.flatMap((k) => {
        const teacher = teachers.get(k.id);
        return teacher ? [{ teacher, createdAt: k.created_at }] : [];
      });
    },
    async countOfSchool(schoolId, cap) {
      return countUpTo(scope.db, scope.db("teachers").where({ school_id: schoolId }), cap);
    },
    async getMany(ids) {
      const rows: TeacherRow[] = [];
      for (const part of chunks([...new Set(ids)]))
        rows.push(...(await baseQuery(scope).whereIn("t.id", part)));
      return (await hydrate(scope, rows)).map((r) => r.teacher);
    },
    async insert(teacherId, school, at) {
      await db("teachers").insert({
        id: teacherId,
        school_id: school.id,
        country: school.country,
        looking_for_partners: false,
        created_at: at,
        updated_at: at,
      });
      await refreshSearchText(scope, teacherId);
    },
    async saveProfile(teacherId, profile, at) {
      await db("teachers")
        .where({ id: teacherId })
        .update({
          pupil_age_min: profile.pupilAgeMin ?? null,
          pupil_age_max: profile.pupilAgeMax ?? null,
          interests: profile.interests,
          bio: profile.bio,
          looking_for_partners: profile.lookingForPartners,
          updated_at: at,
        });
      await db("teacher_subjects").where({ teacher_id: teacherId }).delete();
      await db("teacher_languages").where({ teacher_id: teacherId }).delete();
      // Each row carries the teacher's sort key and country (see migration 270).
      const { country } = (await db("teachers").where({ id: teacherId }).first("country")) as {
        country: string;
      };
      const sortKey = { country, looking_for_partners: profile.lookingForPartners, updated_at: at };
      if (profile.subjects.length > 0) {
        await db("teacher_subjects").insert(
          profile.subjects.map((subject) => ({ teacher_id: teacherId, subject, ...sortKey })),
        );
      }
      if (profile.languages.length > 0) {
        await db("teacher_languages").insert(
          profile.languages.map((language) => ({ teacher_id: teacherId, language, ...sortKey })),
        );
      }
      await refreshSearchText(scope, teacherId);
    },
    async reindex(teacherId) {
      await refreshSearchText(scope, teacherId);
    },
    search,
    async findByTerm(term, limit) {
      const email = term.trim().toLowerCase();
      if (email.includes("@")) {
        const rows: TeacherRow[] = await baseQuery(scope).where("a.email", email).limit(limit);
        return (await hydrate(scope, rows)).map((r) => r.teacher);
      }
      return (await search({ text: term, limit, offset: 0 })).results.map((r) => r.teacher);
    },
  };
}
