import type { Id } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";

/** How a Matrix ID stopped being someone's: unlinked, or replaced by another one they linked. */
export interface FormerLink {
  accountId: Id;
  how: "unlinked" | "relinked";
}

/**
 * Reads, from the event log, whether a Matrix ID was linked to an account that let it go:
 * the removal from the rooms then says so rather than "not a member".
 */
export class FormerLinks {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async of(matrixUserId: string): Promise<FormerLink | undefined> {
    // The ID as it appears in the stored JSON narrows the search; the payload is checked below.
    const rows: { type: string; payload: string }[] = await this.#db
      .knex("events")
      .whereIn("type", ["matrix_account_unlinked", "matrix_account_linked"])
      .andWhere("payload", "like", `%${JSON.stringify(matrixUserId)}%`)
      .orderBy("id", "desc")
      .select("type", "payload");
    for (const row of rows) {
      const payload = JSON.parse(row.payload) as { accountId: Id; previousMatrixUserId?: string };
      if (payload.previousMatrixUserId !== matrixUserId) continue;
      return {
        accountId: payload.accountId,
        how: row.type === "matrix_account_unlinked" ? "unlinked" : "relinked",
      };
    }
    return undefined;
  }
}
