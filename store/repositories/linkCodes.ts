import { createHash } from "node:crypto";
import type { LinkCodeRepository } from "../../core/index.ts";
import type { Scope } from "../rows.ts";

/** Only a hash is stored: a database dump does not hand out live codes. */
function hash(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

export function linkCodeRepository({ db }: Scope): LinkCodeRepository {
  return {
    async insert(code, accountId, expiresAt, at) {
      await db("matrix_link_codes").insert({
        code_hash: hash(code),
        account_id: accountId,
        expires_at: expiresAt,
        created_at: at,
      });
    },
    async consume(code, at) {
      const codeHash = hash(code);
      const row = await db("matrix_link_codes").where({ code_hash: codeHash }).first();
      if (!row || row.used_at || row.expires_at <= at) return undefined;
      // The conditional update makes a second redemption of the same code, even a concurrent one, find nothing.
      const used = await db("matrix_link_codes")
        .where({ code_hash: codeHash })
        .whereNull("used_at")
        .update({ used_at: at });
      return used === 1 ? row.account_id : undefined;
    },
  };
}
