import type { Approval, ApprovalRepository, ApprovalStatus } from "../../core/index.ts";
import { countUpTo, keysetOrder } from "../keyset.ts";
import { chunks, nullable, optional, type Scope } from "../rows.ts";

interface ApprovalRow {
  project_id: string;
  round: number;
  country: string;
  status: ApprovalStatus;
  moderator_id: string | null;
  reason: string | null;
  requested_at: string;
  decided_at: string | null;
}

function toApproval(row: ApprovalRow): Approval {
  return {
    projectId: row.project_id,
    country: row.country,
    round: row.round,
    status: row.status,
    moderatorId: optional(row.moderator_id),
    reason: optional(row.reason),
    requestedAt: row.requested_at,
    decidedAt: optional(row.decided_at),
  };
}

function toRow(a: Approval): ApprovalRow {
  return {
    project_id: a.projectId,
    round: a.round,
    country: a.country,
    status: a.status,
    moderator_id: nullable(a.moderatorId),
    reason: nullable(a.reason),
    requested_at: a.requestedAt,
    decided_at: nullable(a.decidedAt),
  };
}

export function approvalRepository({ db }: Scope): ApprovalRepository {
  return {
    async forRound(projectId, round) {
      const rows = await db<ApprovalRow>("approvals")
        .where({ project_id: projectId, round })
        .orderBy("country");
      return rows.map(toApproval);
    },
    async insert(approval) {
      await db("approvals").insert(toRow(approval));
    },
    async save(approval) {
      const row = toRow(approval);
      await db("approvals")
        .where({ project_id: row.project_id, round: row.round, country: row.country })
        .update({
          status: row.status,
          moderator_id: row.moderator_id,
          reason: row.reason,
          decided_at: row.decided_at,
        });
    },
    async pendingForCountry(country, after, limit) {
      const pending = db("approvals").where({ country, status: "pending" });
      const rows: ApprovalRow[] = await keysetOrder(
        pending,
        ["requested_at", "project_id"],
        after,
        "asc",
      ).limit(limit);
      return rows.map(toApproval);
    },
    async pendingByProjectPrefix(country, prefix, limit) {
      // A range on the primary key rather than LIKE, which neither database serves from it
      // in every collation; "~" sorts after every character of an id.
      const rows: ApprovalRow[] = await db("approvals")
        .where({ country, status: "pending" })
        .where("project_id", ">=", prefix)
        .where("project_id", "<", `${prefix}~`)
        .orderBy("project_id")
        .limit(limit);
      return rows.map(toApproval);
    },
    async countPending(country, cap) {
      return countUpTo(db, db("approvals").where({ country, status: "pending" }), cap);
    },
    async forProjects(projectIds) {
      const rows: ApprovalRow[] = [];
      for (const part of chunks([...new Set(projectIds)])) {
        rows.push(
          ...(await db<ApprovalRow>("approvals")
            .whereIn("project_id", part)
            .orderBy(["project_id", "round", "country"])),
        );
      }
      return rows.map(toApproval);
    },
    async listForCountry(country) {
      const rows = await db<ApprovalRow>("approvals").where({ country }).orderBy("requested_at");
      return rows.map(toApproval);
    },
  };
}
