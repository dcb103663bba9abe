import type { Grant, GrantRepository } from "../../core/index.ts";
import { keysetOrder } from "../keyset.ts";
import { containsSearchKey, type Scope } from "../rows.ts";
import { type AccountRow, toAccount } from "./accounts.ts";

function toGrant(row: { role: string; country: string }): Grant {
  if (row.role === "moderator" || row.role === "staff") return { role: row.role, country: row.country };
  return { role: "central_admin" };
}

function key(grant: Grant): { role: string; country: string } {
  return { role: grant.role, country: grant.role === "central_admin" ? "" : grant.country };
}

interface AuditRow {
  id: number | string;
  actor_id: string | null;
  account_id: string;
  role: string;
  country: string;
  change: string;
  at: string;
}

export function grantRepository({ db }: Scope): GrantRepository {
  return {
    async forAccount(accountId) {
      const rows = await db("grants").where({ account_id: accountId }).orderBy(["role", "country"]);
      return rows.map(toGrant);
    },
    async add(accountId, grant) {
      await db("grants")
        .insert({ account_id: accountId, ...key(grant), created_at: new Date().toISOString() })
        .onConflict(["account_id", "role", "country"])
        .ignore();
    },
    async remove(accountId, grant) {
      await db("grants")
        .where({ account_id: accountId, ...key(grant) })
        .delete();
    },
    async moderatorsOf(country) {
      const rows: { account_id: string }[] = await db("grants")
        .whereIn("role", ["moderator", "staff"])
        .where({ country })
        .distinct("account_id");
      return rows.map((r) => r.account_id);
    },
    async audit(entry) {
      await db("grant_audit").insert({
        actor_id: entry.actorId ?? null,
        account_id: entry.accountId,
        ...key(entry.grant),
        change: entry.change,
        at: entry.at,
      });
    },
    async auditPage(limit, beforeId) {
      const rows: AuditRow[] = await db("grant_audit")
        .modify((q) => {
          if (beforeId !== undefined) q.where("id", "<", beforeId);
        })
        .orderBy("id", "desc")
        .limit(limit);
      return rows.map((r) => ({
        id: Number(r.id),
        actorId: r.actor_id ?? undefined,
        accountId: r.account_id,
        grant: toGrant(r),
        change: r.change === "revoked" ? "revoked" : "granted",
        at: r.at,
      }));
    },
    async moderatorsPage(name, after, limit) {
      // Walks the moderators' grants in (country, account) order and probes each account: a
      // page costs what it shows; a name filter reads on until the page is full.
      const query = db("grants as g")
        .join("accounts as a", "a.id", "g.account_id")
        .where("g.role", "moderator")
        .modify((q) => {
          if (name) containsSearchKey(q, "a.name_key", name);
        })
        .select("a.*", { grant_country: "g.country" });
      const cursor = after && { at: after.name, id: after.id };
      const rows: (AccountRow & { grant_country: string })[] = await keysetOrder(
        query,
        ["g.country", "g.account_id"],
        cursor,
        "asc",
      ).limit(limit);
      return rows.map((r) => ({ account: toAccount(r), country: r.grant_country }));
    },
    async list() {
      const rows = await db("grants").orderBy(["role", "country", "account_id"]);
      return rows.map((r: { account_id: string; role: string; country: string }) => ({
        accountId: r.account_id,
        grant: toGrant(r),
      }));
    },
  };
}
