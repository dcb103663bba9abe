import type { Account, AccountRepository } from "../../core/index.ts";
import { chunks, nullable, optional, type Scope } from "../rows.ts";
import { refreshSearchText } from "./teachers.ts";

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  matrix_user_id: string | null;
}

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
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
    async findByEmail(email) {
      const address = email.trim().toLowerCase();
      if (address === "") return undefined;
      const row = await db<AccountRow>("accounts").where({ email: address }).orderBy("id").first();
      return row ? toAccount(row) : undefined;
    },
    async insert(account, at) {
      await db("accounts").insert({
        id: account.id,
        name: account.name,
        email: account.email,
        locale: account.locale,
        matrix_user_id: nullable(account.matrixUserId),
        created_at: at,
        updated_at: at,
      });
    },
    async update(account, at) {
      await db("accounts")
        .where({ id: account.id })
        .update({
          name: account.name,
          email: account.email,
          locale: account.locale,
          matrix_user_id: nullable(account.matrixUserId),
          updated_at: at,
        });
      // A teacher's search document carries their name.
      await refreshSearchText(scope, account.id);
    },
    async findByMatrixUserId(matrixUserId) {
      const row = await db<AccountRow>("accounts").where({ matrix_user_id: matrixUserId }).first();
      return row ? toAccount(row) : undefined;
    },
  };
}
