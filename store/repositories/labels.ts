import type {
  EuropeanLabel,
  EuropeanLabelStatus,
  LabelApplication,
  LabelApplicationStatus,
  LabelRepository,
} from "../../core/index.ts";
import { countUpTo, keysetOrder } from "../keyset.ts";
import { json, nullable, optional, type Scope } from "../rows.ts";

interface ApplicationRow {
  id: string;
  project_id: string;
  teacher_id: string;
  country: string;
  school_year: string;
  status: LabelApplicationStatus;
  evidence: string;
  scores: string;
  requirements: string;
  decided_by: string | null;
  decision_note: string | null;
  created_at: string;
  decided_at: string | null;
}

function toApplication(row: ApplicationRow): LabelApplication {
  return {
    id: row.id,
    projectId: row.project_id,
    teacherId: row.teacher_id,
    country: row.country,
    schoolYear: row.school_year,
    status: row.status,
    evidence: json(row.evidence, {}),
    scores: json(row.scores, {}),
    requirements: json(row.requirements, {}),
    decidedBy: optional(row.decided_by),
    decisionNote: optional(row.decision_note),
    createdAt: row.created_at,
    decidedAt: optional(row.decided_at),
  };
}

function toRow(a: LabelApplication): ApplicationRow {
  return {
    id: a.id,
    project_id: a.projectId,
    teacher_id: a.teacherId,
    country: a.country,
    school_year: a.schoolYear,
    status: a.status,
    evidence: JSON.stringify(a.evidence),
    scores: JSON.stringify(a.scores),
    requirements: JSON.stringify(a.requirements),
    decided_by: nullable(a.decidedBy),
    decision_note: nullable(a.decisionNote),
    created_at: a.createdAt,
    decided_at: nullable(a.decidedAt),
  };
}

interface EuropeanLabelRow {
  project_id: string;
  nominated_by: string;
  status: EuropeanLabelStatus | null;
  scores: string;
  requirements: string;
  decided_by: string | null;
  decision_note: string | null;
  decided_at: string | null;
  awarded_at: string | null;
}

function toEuropeanLabel(row: EuropeanLabelRow): EuropeanLabel {
  return {
    projectId: row.project_id,
    nominatedBy: json<string[]>(row.nominated_by, []),
    status: optional(row.status),
    scores: json(row.scores, {}),
    requirements: json(row.requirements, {}),
    decidedBy: optional(row.decided_by),
    decisionNote: optional(row.decision_note),
    decidedAt: optional(row.decided_at),
    awardedAt: optional(row.awarded_at),
  };
}

function toEuropeanRow(label: EuropeanLabel): EuropeanLabelRow {
  return {
    project_id: label.projectId,
    nominated_by: JSON.stringify(label.nominatedBy),
    status: nullable(label.status),
    scores: JSON.stringify(label.scores),
    requirements: JSON.stringify(label.requirements),
    decided_by: nullable(label.decidedBy),
    decision_note: nullable(label.decisionNote),
    decided_at: nullable(label.decidedAt),
    awarded_at: nullable(label.awardedAt),
  };
}

export function labelRepository({ db }: Scope): LabelRepository {
  /** R12: projects with National Quality Labels awarded in `minCountries` countries or more. */
  const candidates = (minCountries: number) =>
    db("label_applications")
      .where({ status: "awarded" })
      .groupBy("project_id")
      .havingRaw("COUNT(DISTINCT country) >= ?", [minCountries])
      .select("project_id");
  return {
    async getApplication(id) {
      const row = await db<ApplicationRow>("label_applications").where({ id }).first();
      return row ? toApplication(row) : undefined;
    },
    async applicationFor(projectId, teacherId) {
      const row = await db<ApplicationRow>("label_applications")
        .where({ project_id: projectId, teacher_id: teacherId })
        .orderBy("created_at", "desc")
        .first();
      return row ? toApplication(row) : undefined;
    },
    async applicationsPage(projectId, after, limit) {
      const query = db("label_applications").where({ project_id: projectId });
      const rows: ApplicationRow[] = await keysetOrder(query, ["created_at", "id"], after, "asc").limit(
        limit,
      );
      return rows.map(toApplication);
    },
    async awardedCountries(projectId) {
      const rows: { country: string }[] = await db("label_applications")
        .where({ status: "awarded", project_id: projectId })
        .distinct("country")
        .orderBy("country");
      return rows.map((r) => r.country);
    },
    async awardedForProject(projectId) {
      const rows: ApplicationRow[] = await db("label_applications")
        .where({ status: "awarded", project_id: projectId })
        .orderBy(["created_at", "id"]);
      return rows.map(toApplication);
    },
    async appliedInAny(projectId, countries) {
      if (countries.length === 0) return false;
      const row = await db("label_applications")
        .where({ project_id: projectId })
        .whereIn("country", countries)
        .first("id");
      return row !== undefined;
    },
    async submittedForCountry(country, after, limit) {
      const submitted = db("label_applications").where({ country, status: "submitted" });
      const rows: ApplicationRow[] = await keysetOrder(submitted, ["created_at", "id"], after, "asc").limit(
        limit,
      );
      return rows.map(toApplication);
    },
    async countSubmitted(country, cap) {
      return countUpTo(db, db("label_applications").where({ country, status: "submitted" }), cap);
    },
    async countForTeacherYear(teacherId, schoolYear) {
      const row = await db("label_applications")
        .where({ teacher_id: teacherId, school_year: schoolYear })
        .count({ n: "*" })
        .first();
      return Number(row?.n ?? 0);
    },
    async insertApplication(application) {
      await db("label_applications").insert(toRow(application));
    },
    async saveApplication(application) {
      const { id, ...changes } = toRow(application);
      await db("label_applications").where({ id }).update(changes);
    },
    async europeanLabel(projectId) {
      const row: EuropeanLabelRow | undefined = await db("european_labels")
        .where({ project_id: projectId })
        .first();
      return row ? toEuropeanLabel(row) : undefined;
    },
    async saveEuropeanLabel(label) {
      await db("european_labels").insert(toEuropeanRow(label)).onConflict("project_id").merge();
    },
    async europeanCandidates(minCountries, { after, limit } = {}) {
      const query = candidates(minCountries).orderBy("project_id");
      if (after) query.andWhere("project_id", ">", after);
      if (limit) query.limit(limit);
      const rows: { project_id: string }[] = await query;
      return rows.map((r) => r.project_id);
    },
    async countUndecidedEuropeanCandidates(minCountries, cap) {
      const undecided = db
        .from(candidates(minCountries).as("c"))
        .leftJoin("european_labels as el", "el.project_id", "c.project_id")
        .whereNull("el.decided_at")
        .whereNull("el.awarded_at");
      return countUpTo(db, undecided, cap);
    },
    async awardedTo(teacherId) {
      const rows = await db<ApplicationRow>("label_applications")
        .where({ teacher_id: teacherId, status: "awarded" })
        .orderBy("decided_at", "desc");
      return rows.map(toApplication);
    },
    async prizes(projectId) {
      const rows = await db("prizes").where({ project_id: projectId }).orderBy("awarded_at");
      return rows.map((r: { prize: string; awarded_at: string }) => ({
        prize: r.prize,
        awardedAt: r.awarded_at,
      }));
    },
    async insertPrize(projectId, prize, at) {
      await db("prizes").insert({ project_id: projectId, prize, awarded_at: at });
    },
  };
}
