import type { IdentityRepository } from "../../core/index.ts";
import type { Scope } from "../rows.ts";

export function identityRepository({ db }: Scope): IdentityRepository {
  return {
    async find(issuer, subject) {
      const row = await db("identities").where({ issuer, subject }).first();
      if (!row) return undefined;
      return row.pupil_id ? { pupilId: row.pupil_id } : { accountId: row.account_id };
    },
    async link(issuer, subject, owner, at) {
      await db("identities").insert({
        issuer,
        subject,
        account_id: "accountId" in owner ? owner.accountId : null,
        pupil_id: "pupilId" in owner ? owner.pupilId : null,
        created_at: at,
      });
    },
    async unlinkPupil(pupilId) {
      await db("identities").where({ pupil_id: pupilId }).delete();
    },
  };
}
