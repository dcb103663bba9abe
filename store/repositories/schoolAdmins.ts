import type { SchoolAdminRepository } from "../../core/index.ts";
import type { Scope } from "../rows.ts";

export function schoolAdminRepository({ db }: Scope): SchoolAdminRepository {
  return {
    async record(schoolId, accountId, administers) {
      if (administers) {
        await db("school_admins")
          .insert({ school_id: schoolId, account_id: accountId })
          .onConflict(["school_id", "account_id"])
          .ignore();
      } else {
        await db("school_admins").where({ school_id: schoolId, account_id: accountId }).delete();
      }
    },
    async ofSchool(schoolId, limit) {
      const rows: { account_id: string }[] = await db("school_admins")
        .where({ school_id: schoolId })
        .orderBy("account_id")
        .limit(limit)
        .select("account_id");
      return rows.map((row) => row.account_id);
    },
  };
}
