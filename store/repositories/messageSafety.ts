import type {
  BlockRepository,
  MessageReport,
  MessageReportRepository,
  RateLimitRepository,
} from "../../core/index.ts";
import { chunks, type Scope } from "../rows.ts";

export function blockRepository({ db }: Scope): BlockRepository {
  return {
    async add(blockerId, blockedId, at) {
      await db("blocks")
        .insert({ blocker_id: blockerId, blocked_id: blockedId, created_at: at })
        .onConflict(["blocker_id", "blocked_id"])
        .ignore();
    },
    async remove(blockerId, blockedId) {
      await db("blocks").where({ blocker_id: blockerId, blocked_id: blockedId }).delete();
    },
    async has(blockerId, blockedId) {
      return !!(await db("blocks")
        .where({ blocker_id: blockerId, blocked_id: blockedId })
        .first("blocker_id"));
    },
    async blockersAmong(blockedId, accountIds) {
      const found: string[] = [];
      for (const part of chunks([...new Set(accountIds)])) {
        const rows: { blocker_id: string }[] = await db("blocks")
          .where({ blocked_id: blockedId })
          .whereIn("blocker_id", part)
          .select("blocker_id");
        found.push(...rows.map((r) => r.blocker_id));
      }
      return found;
    },
    async blockedBy(blockerId) {
      const rows: { blocked_id: string }[] = await db("blocks")
        .where({ blocker_id: blockerId })
        .orderBy("created_at")
        .select("blocked_id");
      return rows.map((r) => r.blocked_id);
    },
  };
}

interface ReportRow {
  id: string;
  message_id: string;
  reporter_id: string;
  reason: string;
  country: string;
  status: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

function toReport(row: ReportRow): MessageReport {
  return {
    id: row.id,
    messageId: row.message_id,
    reporterId: row.reporter_id,
    reason: row.reason,
    country: row.country,
    status: row.status === "resolved" ? "resolved" : "open",
    createdAt: row.created_at,
    resolvedBy: row.resolved_by ?? undefined,
    resolvedAt: row.resolved_at ?? undefined,
  };
}

export function messageReportRepository({ db }: Scope): MessageReportRepository {
  return {
    async get(id) {
      const row = await db<ReportRow>("message_reports").where({ id }).first();
      return row ? toReport(row) : undefined;
    },
    async byReporter(messageId, reporterId) {
      const row = await db<ReportRow>("message_reports")
        .where({ message_id: messageId, reporter_id: reporterId })
        .first();
      return row ? toReport(row) : undefined;
    },
    async insert(report) {
      await db("message_reports").insert({
        id: report.id,
        message_id: report.messageId,
        reporter_id: report.reporterId,
        reason: report.reason,
        country: report.country,
        status: report.status,
        created_at: report.createdAt,
        resolved_by: report.resolvedBy ?? null,
        resolved_at: report.resolvedAt ?? null,
      });
    },
    async openFor(country, after, limit) {
      // Off the (country, status, created_at, id) index, oldest first, from the cursor on.
      const query = db<ReportRow>("message_reports").where({ country, status: "open" });
      if (after) {
        query.where((q) =>
          q
            .where("created_at", ">", after.createdAt)
            .orWhere((r) => r.where("created_at", after.createdAt).where("id", ">", after.id)),
        );
      }
      const rows: ReportRow[] = await query
        .orderBy([
          { column: "created_at", order: "asc" },
          { column: "id", order: "asc" },
        ])
        .limit(limit);
      return rows.map(toReport);
    },
    async resolve(id, by, at) {
      await db("message_reports")
        .where({ id })
        .update({ status: "resolved", resolved_by: by, resolved_at: at });
    },
  };
}

export function rateLimitRepository({ db }: Scope): RateLimitRepository {
  return {
    async hits(accountId, action, since) {
      const rows: { at: string }[] = await db("rate_limit_hits")
        .where({ account_id: accountId, action })
        .where("at", ">", since)
        .orderBy("at")
        .select("at");
      return rows.map((r) => r.at);
    },
    async record(accountId, action, at, forgetBefore) {
      await db("rate_limit_hits")
        .where({ account_id: accountId, action })
        .where("at", "<=", forgetBefore)
        .delete();
      await db("rate_limit_hits").insert({ account_id: accountId, action, at });
    },
  };
}
