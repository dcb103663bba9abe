import type { TwinSpaceLook, TwinSpaceLookRepository } from "../../core/index.ts";
import type { Scope } from "../rows.ts";

interface LookRow {
  id: string;
  project_id: string;
  account_id: string;
  unit: string;
  started_at: string;
  expires_at: string;
}

function toLook(row: LookRow): TwinSpaceLook {
  return {
    id: row.id,
    projectId: row.project_id,
    accountId: row.account_id,
    unit: row.unit,
    startedAt: row.started_at,
    expiresAt: row.expires_at,
  };
}

export function twinSpaceLookRepository({ db }: Scope): TwinSpaceLookRepository {
  return {
    async insert(look) {
      await db("twinspace_looks").insert({
        id: look.id,
        project_id: look.projectId,
        account_id: look.accountId,
        unit: look.unit,
        started_at: look.startedAt,
        expires_at: look.expiresAt,
      });
    },
    async openFor(projectId, accountId, now) {
      const row = await db<LookRow>("twinspace_looks")
        .where({ account_id: accountId, project_id: projectId })
        .andWhere("expires_at", ">", now)
        .orderBy("expires_at", "desc")
        .first();
      return row ? toLook(row as LookRow) : undefined;
    },
    async forProject(projectId, limit) {
      const rows: LookRow[] = await db("twinspace_looks")
        .where({ project_id: projectId })
        .orderBy([
          { column: "started_at", order: "desc" },
          { column: "id", order: "desc" },
        ])
        .limit(limit);
      return rows.map(toLook);
    },
  };
}
