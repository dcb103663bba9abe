import type { Id, SchoolVerification, SchoolVerificationRepository } from "../../core/index.ts";
import { countUpTo } from "../keyset.ts";
import { chunks, type Scope } from "../rows.ts";
import { toSchool } from "./schools.ts";

interface VerificationRow {
  school_id: string;
  status: string;
  decided_by: string | null;
  reason: string | null;
  decided_at: string;
}

export function schoolVerificationRepository({ db }: Scope): SchoolVerificationRepository {
  const unverified = (country: string) =>
    db("schools as s")
      .leftJoin("school_verifications as v", "v.school_id", "s.id")
      .where("s.country", country)
      .whereNull("v.school_id");
  return {
    async ofSchools(schoolIds) {
      const found = new Map<Id, SchoolVerification>();
      const ids = [...new Set(schoolIds)];
      for (const id of ids) {
        found.set(id, {
          schoolId: id,
          status: "unverified",
          decidedBy: undefined,
          reason: undefined,
          decidedAt: undefined,
        });
      }
      for (const part of chunks(ids)) {
        const rows: VerificationRow[] = await db("school_verifications").whereIn("school_id", part);
        for (const row of rows) {
          found.set(row.school_id, toVerification(row));
        }
      }
      return found;
    },
    async unverifiedOf(country, limit) {
      const rows = await unverified(country)
        .orderBy([{ column: "s.created_at" }, { column: "s.id" }])
        .limit(limit)
        .select("s.id", "s.name", "s.country", "s.city");
      return rows.map(toSchool);
    },
    async countUnverified(country, cap) {
      return countUpTo(db, unverified(country), cap);
    },
    async rejectedOf(country, limit) {
      const rows: (VerificationRow & { id: string; name: string; country: string; city: string })[] =
        await db("schools as s")
          .join("school_verifications as v", "v.school_id", "s.id")
          .where({ "s.country": country, "v.status": "rejected" })
          .orderBy([
            { column: "v.decided_at", order: "desc" },
            { column: "s.id", order: "desc" },
          ])
          .limit(limit)
          .select("s.id", "s.name", "s.country", "s.city", "v.*");
      return rows.map((row) => ({ school: toSchool(row), verification: toVerification(row) }));
    },
    async decide(verification) {
      await db("school_verifications")
        .insert({
          school_id: verification.schoolId,
          status: verification.status,
          decided_by: verification.decidedBy ?? null,
          reason: verification.reason ?? null,
          decided_at: verification.decidedAt,
        })
        .onConflict("school_id")
        .merge();
    },
  };
}

function toVerification(row: VerificationRow): SchoolVerification {
  return {
    schoolId: row.school_id,
    status: row.status === "rejected" ? "rejected" : "verified",
    decidedBy: row.decided_by ?? undefined,
    reason: row.reason ?? undefined,
    decidedAt: row.decided_at,
  };
}
