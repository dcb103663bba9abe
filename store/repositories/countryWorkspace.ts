import type { Knex } from "knex";
import type {
  CountrySchoolRow,
  CountryTeacherRow,
  CountryWorkspaceRepository,
  Id,
  ProjectLabelKind,
} from "../../core/index.ts";
import { PROJECT_LABEL_KINDS, schoolNameKey } from "../../core/index.ts";
import { keysetOrder } from "../keyset.ts";
import { chunks, containsLike, containsSearchKey, type Scope } from "../rows.ts";
import { toSchool } from "./schools.ts";

type Db = Scope["db"];

/**
 * Where each label kind is stored (core/rules/labelKinds.ts lists the kinds): its awarded
 * rows and their project column (read by project through an index), who holds it (a
 * National Quality Label is a teacher's; the European one goes to every teacher of the
 * project), and `awards`, the award instants of the country's labels.
 */
export const LABELLED: Record<
  ProjectLabelKind,
  {
    rows: (db: Db) => Knex.QueryBuilder;
    project: string;
    holders: (db: Db) => Knex.QueryBuilder;
    awards: (db: Db, country: string) => Knex.QueryBuilder;
  }
> = {
  national_quality: {
    rows: (db) => db("label_applications").where("label_applications.status", "awarded"),
    project: "label_applications.project_id",
    holders: (db) => db("label_applications").where("status", "awarded").select("teacher_id", "project_id"),
    awards: (db, country) =>
      db("label_applications").where({ status: "awarded", country }).select({ at: "decided_at" }),
  },
  european_quality: {
    rows: (db) => db("european_labels").whereNotNull("european_labels.awarded_at"),
    project: "european_labels.project_id",
    holders: (db) =>
      db("european_labels as el")
        .join("project_teachers as pt", "pt.project_id", "el.project_id")
        .whereNotNull("el.awarded_at")
        .select("pt.teacher_id", "pt.project_id"),
    awards: (db, country) =>
      db("european_labels")
        .whereNotNull("awarded_at")
        .whereIn("project_id", ofCountry(db, country))
        .select({ at: "awarded_at" }),
  },
};

/** The projects a country's national unit decides on (it is asked in some approval round). */
export function ofCountry(db: Db, country: string): Knex.QueryBuilder {
  return db("approvals").where({ country }).select("project_id");
}

/**
 * The same, as a condition on each row of `projects as p`: a page in the list's order then
 * walks the newest-first index and probes the approvals' key, where `p.id in (…)` read
 * every project of the country and sorted them all.
 */
export function countryDecides(db: Db, country: string): Knex.QueryBuilder {
  return db("approvals as ca").where("ca.country", country).where("ca.project_id", db.ref("p.id"));
}

const month = (column: string) => `substr(${column}, 1, 7)`;

async function countByMonth(query: Knex.QueryBuilder, column: string): Promise<Map<string, number>> {
  const rows: { m: string; n: number | string }[] = await query
    .clone()
    .select({ m: query.client.raw(month(column)) })
    .count({ n: "*" })
    .groupByRaw(month(column));
  return new Map(rows.map((r) => [r.m, Number(r.n)]));
}

export function countryWorkspaceRepository({ db, dialect }: Scope): CountryWorkspaceRepository {
  /** Counts grouped by one column over the ids of a page, in chunks. */
  async function countsBy(ids: readonly Id[], query: (part: Id[]) => Knex.QueryBuilder) {
    const counts = new Map<Id, number>();
    for (const part of chunks([...new Set(ids)])) {
      const rows: { k: string; n: number | string }[] = await query(part);
      for (const r of rows) counts.set(r.k, Number(r.n));
    }
    return counts;
  }

  return {
    async projectLabels(projectIds) {
      const found = new Map<Id, ProjectLabelKind[]>();
      for (const kind of PROJECT_LABEL_KINDS) {
        for (const part of chunks([...new Set(projectIds)])) {
          const { rows: labelled, project } = LABELLED[kind];
          const rows: { project_id: string }[] = await labelled(db)
            .whereIn(project, part)
            .distinct({ project_id: project });
          for (const { project_id } of rows) found.set(project_id, [...(found.get(project_id) ?? []), kind]);
        }
      }
      return found;
    },

    async schoolsPage(country, name, after, limit) {
      const key = name ? schoolNameKey(name) : "";
      const schools = await db("schools as s")
        .where("s.country", country)
        .modify((q) => {
          if (key) containsLike(q, "s.name_key", key);
          if (after) {
            q.where((w) =>
              w
                .where("s.name_key", ">", after.name)
                .orWhere((same) => same.where("s.name_key", after.name).where("s.id", ">", after.id)),
            );
          }
        })
        .orderBy(["s.name_key", "s.id"])
        .limit(limit)
        .select("s.id", "s.name", "s.country", "s.city", "s.name_key");
      const ids = schools.map((s: { id: string }) => s.id);
      const teachers = await countsBy(ids, (part) =>
        db("teachers")
          .whereIn("school_id", part)
          .groupBy("school_id")
          .select({ k: "school_id" })
          .count({ n: "*" }),
      );
      const projects = await countsBy(ids, (part) =>
        db("projects")
          .whereIn("school_id", part)
          .groupBy("school_id")
          .select({ k: "school_id" })
          .count({ n: "*" }),
      );
      const labels = new Map<ProjectLabelKind, Map<Id, number>>();
      for (const kind of PROJECT_LABEL_KINDS) {
        labels.set(
          kind,
          await countsBy(ids, (part) =>
            db
              .from(LABELLED[kind].holders(db).as("h"))
              .join("teachers as t", "t.id", "h.teacher_id")
              .whereIn("t.school_id", part)
              .groupBy("t.school_id")
              .select({ k: "t.school_id" })
              .count({ n: "*" }),
          ),
        );
      }
      return schools.map(
        (row: { id: string; name: string; country: string; city: string; name_key: string }) => {
          const held: CountrySchoolRow["labels"] = {};
          for (const kind of PROJECT_LABEL_KINDS) {
            const n = labels.get(kind)?.get(row.id);
            if (n) held[kind] = n;
          }
          return {
            school: toSchool(row),
            cursor: { name: row.name_key, id: row.id },
            teachers: teachers.get(row.id) ?? 0,
            projects: projects.get(row.id) ?? 0,
            labels: held,
          };
        },
      );
    },

    async teachersPage(country, name, after, limit) {
      // Only teacher records: a national unit's staff have none, pupils are not accounts.
      // Accounts first, by the name index, probing each one's teacher row: a page costs what
      // it shows, not a sort of the country's teachers. SQLite keeps a CROSS JOIN's order
      // (on its own it sorts a country's teachers); PostgreSQL plans it as an inner join.
      const rows: { id: string; name: string; school_id: string; school_name: string }[] = await db(
        "accounts as a",
      )
        .crossJoin(db.raw("?? as ??", ["teachers", "t"]))
        .where("t.id", db.ref("a.id"))
        .join("schools as s", "s.id", "t.school_id")
        .where("t.country", country)
        .modify((q) => {
          if (name) containsSearchKey(q, "a.name_key", name);
          if (after) {
            q.where((w) =>
              w
                .where("a.name", ">", after.name)
                .orWhere((same) => same.where("a.name", after.name).where("a.id", ">", after.id)),
            );
          }
        })
        .orderBy(["a.name", "a.id"])
        .limit(limit)
        .select("t.id", "a.name", "t.school_id", { school_name: "s.name" });
      const projects = await countsBy(
        rows.map((r) => r.id),
        (part) =>
          db("project_teachers")
            .whereIn("teacher_id", part)
            .groupBy("teacher_id")
            .select({ k: "teacher_id" })
            .count({ n: "*" }),
      );
      return rows.map((r): CountryTeacherRow => ({
        id: r.id,
        cursor: { name: r.name, id: r.id },
        name: r.name,
        schoolId: r.school_id,
        schoolName: r.school_name,
        projects: projects.get(r.id) ?? 0,
      }));
    },

    async monthlyCounts(country, sinceMonth) {
      const projects = () => db("projects").whereIn("id", ofCountry(db, country));
      const since = sinceMonth;
      const founded = await countByMonth(projects().where("created_at", ">=", since), "created_at");
      const approved = await countByMonth(projects().where("activated_at", ">=", since), "activated_at");
      const closed = await countByMonth(
        projects().whereNotNull("activated_at").where("closed_at", ">=", since),
        "closed_at",
      );
      const labelled = new Map<string, number>();
      for (const kind of PROJECT_LABEL_KINDS) {
        const awards = db.from(LABELLED[kind].awards(db, country).as("aw")).where("aw.at", ">=", since);
        for (const [m, n] of await countByMonth(awards, "aw.at")) labelled.set(m, (labelled.get(m) ?? 0) + n);
      }
      const before = await projects()
        .where("activated_at", "<", since)
        .where((w) => w.whereNull("closed_at").orWhere("closed_at", ">=", since))
        .count({ n: "*" })
        .first();
      return { founded, approved, closed, labelled, activeBefore: Number(before?.n ?? 0) };
    },

    async decisionDays(country, since, status) {
      const days =
        dialect === "postgres"
          ? "extract(epoch from (decided_at::timestamptz - requested_at::timestamptz)) / 86400"
          : "julianday(decided_at) - julianday(requested_at)";
      const decided = () =>
        db("approvals")
          .where({ country })
          .whereNotNull("decided_at")
          .where("decided_at", ">=", since)
          .modify((q) => {
            if (status) q.where({ status });
          });
      const count = Number((await decided().count({ n: "*" }).first())?.n ?? 0);
      if (count === 0) return { median: undefined, count };
      if (dialect === "postgres") {
        const row = await decided()
          .select(db.raw(`percentile_cont(0.5) within group (order by ${days}) as median`))
          .first();
        return { median: Number(row.median), count };
      }
      // SQLite has no percentile: read the middle one or two durations.
      const middle: { d: number }[] = await decided()
        .select({ d: db.raw(days) })
        .orderByRaw(days)
        .limit(count % 2 === 0 ? 2 : 1)
        .offset(Math.floor((count - 1) / 2));
      return { median: middle.reduce((sum, r) => sum + Number(r.d), 0) / middle.length, count };
    },

    async monthlyMedianDecisionDays(country, since) {
      const decidedMonth = month("decided_at");
      const days =
        dialect === "postgres"
          ? "extract(epoch from (decided_at::timestamptz - requested_at::timestamptz)) / 86400"
          : "julianday(decided_at) - julianday(requested_at)";
      const decided = db("approvals")
        .where({ country })
        .whereNotNull("decided_at")
        .where("decided_at", ">=", since);
      let rows: { m: string; median: number | string }[];
      if (dialect === "postgres") {
        rows = await decided
          .select({
            m: db.raw(decidedMonth),
            median: db.raw(`percentile_cont(0.5) within group (order by ${days})`),
          })
          .groupByRaw(decidedMonth);
      } else {
        // SQLite has no percentile: rank each month's durations, then average its middle one or two.
        const ranked = decided.select({
          m: db.raw(decidedMonth),
          d: db.raw(days),
          r: db.raw(`row_number() over (partition by ${decidedMonth} order by ${days})`),
          c: db.raw(`count(*) over (partition by ${decidedMonth})`),
        });
        rows = await db
          .from(ranked.as("ranked"))
          .whereRaw("r in ((c + 1) / 2, (c + 2) / 2)")
          .groupBy("m")
          .select("m", { median: db.raw("avg(d)") });
      }
      return new Map(rows.map((row) => [row.m, Number(row.median)]));
    },

    async labelsOfSchool(schoolId, after, limit) {
      // Each kind's holders among the school's teachers (read through the teachers' school
      // index), newest project first; the key (project, kind, teacher) orders one project's
      // labels and is what the next page continues after.
      // The kind is one of core's fixed identifiers, written as a literal: knex places the
      // bindings of a select before those of its FROM subquery, which would swap them.
      const ofKind = (kind: ProjectLabelKind) => {
        if (!/^[a-z_]+$/.test(kind)) throw new Error(`unexpected label kind ${kind}`);
        // Teachers first (a CROSS JOIN keeps SQLite's order): a school's few teachers, then
        // each one's labels by the teacher's key, not every awarded label of every school.
        return db("teachers as t")
          .where("t.school_id", schoolId)
          .crossJoin(db.raw("(?) as ??", [LABELLED[kind].holders(db), "h"]))
          .where("h.teacher_id", db.ref("t.id"))
          .join("projects as p", "p.id", "h.project_id")
          .select("h.teacher_id", "h.project_id", "p.title", {
            kind: db.raw(`cast('${kind}' as varchar(32))`),
            at: "p.created_at",
            key: db.raw(`?? || '/${kind}/' || ??`, ["h.project_id", "h.teacher_id"]),
          });
      };
      const [first, ...rest] = PROJECT_LABEL_KINDS.map(ofKind);
      const rows: {
        teacher_id: string;
        project_id: string;
        title: string;
        kind: ProjectLabelKind;
        at: string;
        key: string;
        name: string;
      }[] = await keysetOrder(
        db
          .from(first!.unionAll(rest).as("held"))
          .join("accounts as a", "a.id", "held.teacher_id")
          .select("held.*", "a.name"),
        ["held.at", "held.key"],
        after,
        "desc",
      ).limit(limit);
      return rows.map((r) => ({
        held: {
          kind: r.kind,
          projectId: r.project_id,
          projectTitle: r.title,
          teacherId: r.teacher_id,
          teacherName: r.name,
        },
        cursor: { at: r.at, id: r.key },
      }));
    },
  };
}
