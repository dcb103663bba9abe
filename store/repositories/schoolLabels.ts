import { countUpTo } from "../keyset.ts";
import type { Id, SchoolLabel, SchoolLabelRepository, SchoolLabelStatus } from "../../core/index.ts";
import { chunks, nullable, optional, type Scope } from "../rows.ts";

interface SchoolLabelRow {
  id: string;
  school_id: string;
  country: string;
  status: SchoolLabelStatus;
  applied_by: string | null;
  esafety: string;
  applied_at: string;
  decided_by: string | null;
  decision_note: string | null;
  decided_at: string | null;
  valid_until: string | null;
}

function toLabel(row: SchoolLabelRow): SchoolLabel {
  return {
    id: row.id,
    schoolId: row.school_id,
    country: row.country,
    status: row.status,
    appliedBy: optional(row.applied_by),
    esafety: row.esafety,
    appliedAt: row.applied_at,
    decidedBy: optional(row.decided_by),
    decisionNote: optional(row.decision_note),
    decidedAt: optional(row.decided_at),
    validUntil: optional(row.valid_until),
  };
}

function toRow(label: SchoolLabel): SchoolLabelRow {
  return {
    id: label.id,
    school_id: label.schoolId,
    country: label.country,
    status: label.status,
    applied_by: nullable(label.appliedBy),
    esafety: label.esafety,
    applied_at: label.appliedAt,
    decided_by: nullable(label.decidedBy),
    decision_note: nullable(label.decisionNote),
    decided_at: nullable(label.decidedAt),
    valid_until: nullable(label.validUntil),
  };
}

export function schoolLabelRepository({ db }: Scope): SchoolLabelRepository {
  return {
    async get(id) {
      const row = await db<SchoolLabelRow>("school_labels").where({ id }).first();
      return row ? toLabel(row) : undefined;
    },
    async latestOf(schoolId) {
      const row = await db<SchoolLabelRow>("school_labels")
        .where({ school_id: schoolId })
        .orderBy([
          { column: "applied_at", order: "desc" },
          { column: "id", order: "desc" },
        ])
        .first();
      return row ? toLabel(row) : undefined;
    },
    async currentOf(schoolIds, now) {
      const found = new Map<Id, SchoolLabel>();
      for (const part of chunks([...new Set(schoolIds)])) {
        const rows: SchoolLabelRow[] = await db("school_labels")
          .whereIn("school_id", part)
          .where({ status: "awarded" })
          .where("valid_until", ">=", now);
        for (const row of rows) found.set(row.school_id, toLabel(row));
      }
      return found;
    },
    async submittedOf(country, limit) {
      const rows: SchoolLabelRow[] = await db("school_labels")
        .where({ country, status: "submitted" })
        .orderBy("applied_at")
        .limit(limit);
      return rows.map(toLabel);
    },
    async countSubmitted(country, cap) {
      return countUpTo(db, db("school_labels").where({ country, status: "submitted" }), cap);
    },
    async insert(label) {
      await db("school_labels").insert(toRow(label));
    },
    async save(label) {
      const { id, ...changes } = toRow(label);
      await db("school_labels").where({ id }).update(changes);
    },
    async facts(schoolId, { teachersSince, labelsSince }) {
      const school = await db("schools").where({ id: schoolId }).first("created_at");
      const active = await db("teachers")
        .where({ school_id: schoolId })
        .where("created_at", "<=", teachersSince)
        .whereExists(
          db("project_teachers")
            .join("projects", "projects.id", "project_teachers.project_id")
            .whereRaw("project_teachers.teacher_id = teachers.id")
            .whereIn("projects.status", ["active", "closed"])
            .select(db.raw("1")),
        )
        .count({ n: "*" })
        .first();
      const labels = await db("label_applications")
        .join("teachers", "teachers.id", "label_applications.teacher_id")
        .where({ "teachers.school_id": schoolId, "label_applications.status": "awarded" })
        .where("label_applications.decided_at", ">=", labelsSince)
        .count({ n: "*" })
        .first();
      return {
        registeredAt: String(school?.created_at ?? ""),
        activeTeachers: Number(active?.n ?? 0),
        qualityLabels: Number(labels?.n ?? 0),
      };
    },
  };
}
