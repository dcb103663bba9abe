import type { Database } from "../../store/database.ts";

/** Where the bot's /sync stream stands (table matrix_sync): undefined before the first sync. */
export class SyncTokens {
  readonly #db: Database;
  readonly #name: string;

  constructor(db: Database, name = "matrix-bot") {
    this.#db = db;
    this.#name = name;
  }

  async get(): Promise<string | undefined> {
    const row = await this.#db.knex("matrix_sync").where({ name: this.#name }).first("next_batch");
    return row?.next_batch;
  }

  async save(nextBatch: string): Promise<void> {
    await this.#db
      .knex("matrix_sync")
      .insert({ name: this.#name, next_batch: nextBatch, updated_at: new Date().toISOString() })
      .onConflict("name")
      .merge();
  }
}
