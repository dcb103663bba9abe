import { randomUUID } from "node:crypto";
import type { Database } from "../../store/database.ts";

/**
 * Lets one bot process work at a time when several instances of the product run (behind a
 * load balancer, on PostgreSQL): two bots working at once could both create a project's
 * rooms. The holder renews it; another instance takes over once it has expired.
 */
export class BotLease {
  readonly #db: Database;
  readonly #name: string;
  readonly #ttlMs: number;
  readonly owner = randomUUID();

  constructor(db: Database, options: { name?: string; ttlMs?: number } = {}) {
    this.#db = db;
    this.#name = options.name ?? "matrix-bot";
    this.#ttlMs = options.ttlMs ?? 60_000;
  }

  /** Takes or renews the lease; false while another live instance holds it. */
  async acquire(now = Date.now()): Promise<boolean> {
    const { knex } = this.#db;
    const until = now + this.#ttlMs;
    await knex("matrix_bot_lease")
      .insert({ name: this.#name, owner: this.owner, until })
      .onConflict("name")
      .ignore();
    const updated = await knex("matrix_bot_lease")
      .where({ name: this.#name })
      .andWhere((q) => q.where("owner", this.owner).orWhere("until", "<", now))
      .update({ owner: this.owner, until });
    return updated === 1;
  }

  async release(): Promise<void> {
    await this.#db.knex("matrix_bot_lease").where({ name: this.#name, owner: this.owner }).delete();
  }
}
