import type {
  Milestone,
  Project,
  ProjectCount,
  ProjectKind,
  ProjectRepository,
  ProjectStatus,
} from "../../core/index.ts";
import { countUpTo, keysetOrder } from "../keyset.ts";
import {
  chunks,
  containsLike,
  containsSearchKey,
  json,
  nullable,
  optional,
  type Scope,
  withSearchKeys,
} from "../rows.ts";
import { countryDecides, LABELLED } from "./countryWorkspace.ts";

/** The day after a YYYY-MM-DD day: an inclusive "until" bound on instants. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

interface ProjectRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  subjects: string;
  languages: string;
  pupil_age_min: number;
  pupil_age_max: number;
  objectives: string;
  curricular_integration: string;
  work_process: string;
  ict_tools: string;
  expected_results: string;
  safety_rules: string;
  status: ProjectStatus;
  kind: ProjectKind | null;
  founder_id: string;
  cofounder_id: string | null;
  school_id: string;
  approval_round: number;
  created_at: string;
  updated_at: string;
  activated_at: string | null;
  closed_at: string | null;
}

function toRow(p: Project): ProjectRow {
  return {
    id: p.id,
    title: p.title,
    summary: p.summary,
    description: p.description,
    subjects: JSON.stringify(p.subjects),
    languages: JSON.stringify(p.languages),
    pupil_age_min: p.pupilAgeMin,
    pupil_age_max: p.pupilAgeMax,
    objectives: p.objectives,
    curricular_integration: p.curricularIntegration,
    work_process: p.workProcess,
    ict_tools: p.ictTools,
    expected_results: p.expectedResults,
    safety_rules: p.safetyRules,
    status: p.status,
    kind: nullable(p.kind),
    founder_id: p.founderId,
    cofounder_id: nullable(p.cofounderId),
    school_id: p.schoolId,
    approval_round: p.approvalRound,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    activated_at: nullable(p.activatedAt),
    closed_at: nullable(p.closedAt),
  };
}

function toProject(row: ProjectRow, milestones: Milestone[]): Project {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    subjects: json(row.subjects, []),
    languages: json(row.languages, []),
    pupilAgeMin: row.pupil_age_min,
    pupilAgeMax: row.pupil_age_max,
    objectives: row.objectives,
    curricularIntegration: row.curricular_integration,
    workProcess: row.work_process,
    milestones,
    ictTools: row.ict_tools,
    expectedResults: row.expected_results,
    safetyRules: row.safety_rules,
    status: row.status,
    kind: optional(row.kind),
    founderId: row.founder_id,
    cofounderId: optional(row.cofounder_id),
    schoolId: row.school_id,
    approvalRound: row.approval_round,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    activatedAt: optional(row.activated_at),
    closedAt: optional(row.closed_at),
  };
}

export function projectRepository({ db, dialect }: Scope): ProjectRepository {
  /** Rows plus all their milestones in one more query. */
  async function hydrate(rows: ProjectRow[]): Promise<Project[]> {
    const milestones = new Map<string, Milestone[]>();
    for (const part of chunks(rows.map((r) => r.id))) {
      const found = await db("milestones").whereIn("project_id", part).orderBy(["project_id", "position"]);
      for (const m of found) {
        milestones.set(m.project_id, [
          ...(milestones.get(m.project_id) ?? []),
          { title: m.title, dueDate: m.due_date },
        ]);
      }
    }
    return rows.map((row) => toProject(row, milestones.get(row.id) ?? []));
  }

  async function saveMilestones(project: Project) {
    await db("milestones").where({ project_id: project.id }).delete();
    if (project.milestones.length === 0) return;
    await db("milestones").insert(
      project.milestones.map((m, position) => ({
        project_id: project.id,
        position,
        title: m.title,
        due_date: m.dueDate,
      })),
    );
  }

  const newestFirst = (q: ReturnType<typeof db>) =>
    q.orderBy([{ column: "p.updated_at", order: "desc" }, "p.id"]);

  return {
    async get(id) {
      const row = await db<ProjectRow>("projects").where({ id }).first();
      return row ? (await hydrate([row]))[0] : undefined;
    },
    async getMany(ids) {
      const rows: ProjectRow[] = [];
      for (const part of chunks([...new Set(ids)]))
        rows.push(...(await db<ProjectRow>("projects").whereIn("id", part)));
      return hydrate(rows);
    },
    async lock(id) {
      const query = db<ProjectRow>("projects").where({ id });
      // SQLite has a single writer (one connection): the transaction is already exclusive.
      const row = await (dialect === "postgres" ? query.forUpdate() : query).first();
      return row ? (await hydrate([row as ProjectRow]))[0] : undefined;
    },
    async insert(project) {
      await db("projects").insert(withSearchKeys("projects", toRow(project)));
      await saveMilestones(project);
    },
    async save(project) {
      const { id, created_at: _created, ...changes } = toRow(project);
      await db("projects").where({ id }).update(withSearchKeys("projects", changes));
      await saveMilestones(project);
    },
    async listForTeacher(teacherId) {
      // A UNION of two indexed reads (memberships by teacher, drafts by co-founder): an
      // `OR EXISTS` here made every dashboard view scan the projects table.
      const projectIds = db("project_teachers")
        .where("teacher_id", teacherId)
        .select("project_id")
        .union(db("projects").where("cofounder_id", teacherId).select("id"));
      const rows = await newestFirst(db("projects as p").select("p.*").whereIn("p.id", projectIds));
      return hydrate(rows);
    },
    async pageForTeacher(teacherId, after, limit) {
      // The same UNION, most recently changed first as before; the sort is of this teacher's
      // projects only, the page cut by the cursor.
      const projectIds = db("project_teachers")
        .where("teacher_id", teacherId)
        .select("project_id")
        .union(db("projects").where("cofounder_id", teacherId).select("id"));
      const query = db("projects as p").select("p.*").whereIn("p.id", projectIds);
      return hydrate(await keysetOrder(query, ["p.updated_at", "p.id"], after, "desc").limit(limit));
    },
    async cofounderRequests(teacherId, limit) {
      const query = db("projects as p")
        .where({ "p.cofounder_id": teacherId, "p.status": "awaiting_cofounder" })
        .select("p.*");
      return hydrate(await newestFirst(query).limit(limit));
    },
    async listForPupil(pupilId) {
      const rows = await newestFirst(
        db("projects as p")
          .join("project_pupils as pp", "pp.project_id", "p.id")
          .where("pp.pupil_id", pupilId)
          .select("p.*"),
      );
      return hydrate(rows);
    },
    async listByStatus(statuses) {
      return hydrate(await newestFirst(db("projects as p").whereIn("p.status", statuses).select("p.*")));
    },
    async listForCountry(country) {
      const rows = await newestFirst(
        db("projects as p")
          .select("p.*")
          .whereIn("p.id", db("approvals").where({ country }).select("project_id")),
      );
      return hydrate(rows);
    },
    async listForSchool(schoolId, after, limit) {
      const query = db("projects as p").select("p.*").where("p.school_id", schoolId);
      const rows = await keysetOrder(query, ["p.created_at", "p.id"], after, "desc").limit(limit);
      return hydrate(rows);
    },
    async countForSchool(schoolId, cap) {
      return countUpTo(db, db("projects").where({ school_id: schoolId }), cap);
    },
    async pageForCountry(country, filters, after, limit) {
      const rows = await db("projects as p")
        .select("p.*")
        .whereExists(countryDecides(db, country))
        .modify((q) => {
          if (filters.status) q.where("p.status", filters.status);
          if (filters.kind) q.where("p.kind", filters.kind);
          if (filters.title) containsSearchKey(q, "p.title_key", filters.title);
          if (filters.partnerCountry) q.whereExists(countryDecides(db, filters.partnerCountry));
          // Subjects are a JSON list of codes: a quoted code matches only that code.
          if (filters.subject) containsLike(q, "p.subjects", JSON.stringify(filters.subject));
          if (filters.pupilAge !== undefined)
            q.where("p.pupil_age_min", "<=", filters.pupilAge).where(
              "p.pupil_age_max",
              ">=",
              filters.pupilAge,
            );
          if (filters.foundedFrom) q.where("p.created_at", ">=", filters.foundedFrom);
          if (filters.foundedTo) q.where("p.created_at", "<", dayAfter(filters.foundedTo));
          if (filters.approvedFrom) q.where("p.activated_at", ">=", filters.approvedFrom);
          if (filters.approvedTo) q.where("p.activated_at", "<", dayAfter(filters.approvedTo));
          if (filters.label) {
            const { rows: labelled, project } = LABELLED[filters.label];
            q.whereExists(labelled(db).where(project, db.ref("p.id")));
          }
          keysetOrder(q, ["p.created_at", "p.id"], after, "desc");
        })
        .limit(limit);
      return hydrate(rows);
    },
    async countsForCountry(country) {
      const rows: { status: ProjectStatus; kind: ProjectKind | null; n: number | string }[] = await db(
        "projects",
      )
        .whereIn("id", db("approvals").where({ country }).select("project_id"))
        .groupBy("status", "kind")
        .select("status", "kind", db.raw("count(*) as n"));
      return rows.map((r): ProjectCount => ({
        status: r.status,
        kind: optional(r.kind),
        count: Number(r.n),
      }));
    },
  };
}
