import type { TeacherRepository, TeacherSearchQuery, TeacherSearchResult } from "../../core/index.ts";
import { bool, chunks, normaliseSearchText, optional, type Scope } from "../rows.ts";

interface TeacherRow {
  id: string;
  name: string;
  email: string;
  locale: string;
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
      locale: row.locale,
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

/** Search words become prefix terms that must all match: "mat ital" finds "Matematica … Italia". */
function searchTerms(text: string): string[] {
  return normaliseSearchText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

export function teacherRepository(scope: Scope): TeacherRepository {
  const { db, dialect } = scope;

  async function search(query: TeacherSearchQuery) {
    const q = baseQuery(scope);
    const terms = query.text ? searchTerms(query.text) : [];
    if (terms.length > 0) {
      if (dialect === "postgres") {
        q.whereRaw("t.search_tsv @@ to_tsquery('simple', ?)", [terms.map((w) => `${w}:*`).join(" & ")]);
      } else {
        q.whereRaw("t.id IN (SELECT teacher_id FROM teacher_search WHERE teacher_search MATCH ?)", [
          `body : (${terms.map((w) => `"${w}"*`).join(" ")})`,
        ]);
      }
    }
    // Erased accounts stay only as "Former member #n" in other people's records.
    q.whereNull("a.erased_at");
    if (query.country) q.where("t.country", query.country);
    if (query.lookingForPartnersOnly) q.where("t.looking_for_partners", true);
    if (query.excludeTeacherId) q.whereNot("t.id", query.excludeTeacherId);
    if (query.pupilAge !== undefined) {
      q.where("t.pupil_age_min", "<=", query.pupilAge).where("t.pupil_age_max", ">=", query.pupilAge);
    }
    // Subjects and languages live in their own indexed tables: one EXISTS probe each.
    const having = (table: string, column: string, value: string) =>
      q.whereExists(db(table).whereRaw("teacher_id = t.id").where(column, value).select(db.raw("1")));
    if (query.subject) having("teacher_subjects", "subject", query.subject);
    if (query.language) having("teacher_languages", "language", query.language);
    const rows: TeacherRow[] = await q
      .orderBy([
        { column: "t.looking_for_partners", order: "desc" },
        { column: "t.updated_at", order: "desc" },
        { column: "t.id", order: "desc" },
      ])
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
      if (profile.subjects.length > 0) {
        await db("teacher_subjects").insert(
          profile.subjects.map((subject) => ({ teacher_id: teacherId, subject })),
        );
      }
      if (profile.languages.length > 0) {
        await db("teacher_languages").insert(
          profile.languages.map((language) => ({ teacher_id: teacherId, language })),
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
