import type { Account, AccountCandidate, AccountRepository } from "../../core/index.ts";
import { chunks, containsSearchKey, nullable, optional, type Scope, withSearchKeys } from "../rows.ts";
import { schoolRepository } from "./schools.ts";
import { refreshSearchText } from "./teachers.ts";

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  chosen_locale: string | null;
  matrix_user_id: string | null;
}

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.chosen_locale ?? row.locale,
    chosenLocale: optional(row.chosen_locale),
    matrixUserId: optional(row.matrix_user_id),
  };
}

export function accountRepository(scope: Scope): AccountRepository {
  const { db } = scope;
  return {
    async get(id) {
      const row = await db<AccountRow>("accounts").where({ id }).first();
      return row ? toAccount(row) : undefined;
    },
    async getMany(ids) {
      const rows: AccountRow[] = [];
      for (const part of chunks([...new Set(ids)]))
        rows.push(...(await db<AccountRow>("accounts").whereIn("id", part)));
      return rows.map(toAccount);
    },
    async findCandidates(term, limit) {
      const needle = term.trim().toLowerCase();
      if (needle === "") return [];
      const rows = await db<AccountRow>("accounts")
        .where("id", term.trim())
        .orWhere("email", needle)
        .orWhere((q) => containsSearchKey(q, "name_key", needle))
        .orderBy(["name", "id"])
        .limit(limit);
      return candidates(scope, rows.map(toAccount));
    },
    async withEmail(email, limit) {
      const address = email.trim().toLowerCase();
      if (address === "") return [];
      const rows = await db<AccountRow>("accounts").where({ email: address }).orderBy("id").limit(limit);
      return rows.map(toAccount);
    },
    async insert(account, at) {
      await db("accounts").insert(
        withSearchKeys("accounts", {
          id: account.id,
          name: account.name,
          email: account.email,
          locale: account.locale,
          chosen_locale: nullable(account.chosenLocale),
          matrix_user_id: nullable(account.matrixUserId),
          created_at: at,
          updated_at: at,
        }),
      );
    },
    async update(account, at) {
      await db("accounts")
        .where({ id: account.id })
        .update(
          withSearchKeys("accounts", {
            name: account.name,
            email: account.email,
            // `locale` is the launch's language: a profile choice goes to its own column.
            ...(account.chosenLocale === undefined ? { locale: account.locale } : {}),
            chosen_locale: nullable(account.chosenLocale),
            matrix_user_id: nullable(account.matrixUserId),
            updated_at: at,
          }),
        );
      // A teacher's search document carries their name.
      await refreshSearchText(scope, account.id);
    },
    async chooseLocale(id, locale, at) {
      await db("accounts")
        .where({ id })
        .update({ chosen_locale: nullable(locale), updated_at: at });
    },
    async findByMatrixUserId(matrixUserId) {
      const row = await db<AccountRow>("accounts").where({ matrix_user_id: matrixUserId }).first();
      return row ? toAccount(row) : undefined;
    },
  };
}

/** Each account with its school (teachers) and the LMS issuers it launched from. */
async function candidates(scope: Scope, accounts: Account[]): Promise<AccountCandidate[]> {
  const ids = accounts.map((a) => a.id);
  const teachers: { id: string; school_id: string }[] = await scope
    .db("teachers")
    .whereIn("id", ids)
    .select("id", "school_id");
  const schools = new Map(
    (await schoolRepository(scope).getMany(teachers.map((t) => t.school_id))).map((s) => [s.id, s]),
  );
  const schoolOf = new Map(teachers.map((t) => [t.id, schools.get(t.school_id)]));
  const identities: { account_id: string; issuer: string }[] = await scope
    .db("identities")
    .whereIn("account_id", ids)
    .distinct("account_id", "issuer")
    .orderBy("issuer");
  return accounts.map((account) => ({
    account,
    school: schoolOf.get(account.id),
    issuers: identities.filter((i) => i.account_id === account.id).map((i) => i.issuer),
  }));
}
