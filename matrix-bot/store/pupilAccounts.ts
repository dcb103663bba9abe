import type { Id } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";
import { chunks } from "../../store/rows.ts";

/**
 * Pupils' Matrix accounts (table matrix_pupil_accounts). The bot creates them on its own
 * homeserver (issue 6); the TwinSpace places a pupil only where pupils belong.
 */
export class PupilMatrixAccounts {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async matrixIdsFor(pupilIds: readonly Id[]): Promise<Map<Id, string>> {
    const found = new Map<Id, string>();
    for (const part of chunks([...new Set(pupilIds)])) {
      const rows: { pupil_id: string; matrix_user_id: string }[] = await this.#db
        .knex("matrix_pupil_accounts")
        .whereIn("pupil_id", part)
        .select("pupil_id", "matrix_user_id");
      for (const row of rows) found.set(row.pupil_id, row.matrix_user_id);
    }
    return found;
  }

  async matrixIdOf(pupilId: Id): Promise<string | undefined> {
    return (await this.matrixIdsFor([pupilId])).get(pupilId);
  }

  async pupilOf(matrixUserId: string): Promise<Id | undefined> {
    const row = await this.#db
      .knex("matrix_pupil_accounts")
      .where({ matrix_user_id: matrixUserId })
      .first("pupil_id");
    return row?.pupil_id;
  }

  async isPupil(matrixUserId: string): Promise<boolean> {
    return (await this.pupilOf(matrixUserId)) !== undefined;
  }

  async record(pupilId: Id, matrixUserId: string, createdBy: Id | undefined, at: string): Promise<void> {
    await this.#db.knex("matrix_pupil_accounts").insert({
      pupil_id: pupilId,
      matrix_user_id: matrixUserId,
      created_by: createdBy ?? null,
      created_at: at,
    });
  }

  async remove(pupilId: Id): Promise<void> {
    await this.#db.knex("matrix_pupil_accounts").where({ pupil_id: pupilId }).delete();
  }
}
