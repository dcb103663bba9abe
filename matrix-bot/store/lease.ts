import { randomUUID } from "node:crypto";
import type { Database } from "../../store/database.ts";

/**
 * How long the lease lasts without renewal. Short, so that an instance that died (kill -9,
 * a lost machine) is replaced within a couple of seconds; the holder renews it by a
 * heartbeat every `LEASE_HEARTBEAT_MS`, independent of how long its work takes, so it
 * only lapses when the holder stops running (or stalls for longer than the gap).
 */
export const LEASE_TTL_MS = 2_000;
export const LEASE_HEARTBEAT_MS = 500;

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
    this.#ttlMs = options.ttlMs ?? LEASE_TTL_MS;
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
