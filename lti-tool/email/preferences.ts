import type { Knex } from "knex";
import type { Id } from "../../core/index.ts";
import { DEFAULT_MODES, EMAIL_KINDS, type EmailKind, type EmailMode, isEmailMode } from "./kinds.ts";

export type EmailModes = Record<EmailKind, EmailMode>;

/** Each person's e-mail choice per kind (`email_preferences`); a missing row is the kind's default. */
export class EmailPreferences {
  readonly #knex: Knex;

  constructor(knex: Knex) {
    this.#knex = knex;
  }

  async modesOf(accountId: Id): Promise<EmailModes> {
    const rows: { kind: string; mode: string }[] = await this.#knex("email_preferences")
      .where({ account_id: accountId })
      .select("kind", "mode");
    const modes: EmailModes = { ...DEFAULT_MODES };
    for (const row of rows) {
      if (row.kind in modes && isEmailMode(row.mode)) modes[row.kind as EmailKind] = row.mode;
    }
    return modes;
  }

  /** Stores the given choices in one transaction (all or none). */
  async save(accountId: Id, modes: Partial<EmailModes>): Promise<void> {
    await this.#knex.transaction(async (trx) => {
      for (const kind of EMAIL_KINDS) {
        const mode = modes[kind];
        if (!mode) continue;
        await trx("email_preferences")
          .insert({ account_id: accountId, kind, mode })
          .onConflict(["account_id", "kind"])
          .merge(["mode"]);
      }
    });
  }
}
