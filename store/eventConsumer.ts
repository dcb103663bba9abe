import { randomUUID } from "node:crypto";
import type { StoredEvent } from "../core/index.ts";
import type { Database } from "./database.ts";
import { type EventRow, toStoredEvent } from "./repositories/events.ts";

export interface EventConsumerOptions {
  /** Stable name: the cursor is stored under it. */
  name: string;
  handle(event: StoredEvent): Promise<void>;
  batchSize?: number;
  /** How long a claimed lease lasts; another instance may take over after it. */
  leaseMs?: number;
}

/**
 * Reads the event log (the outbox) in id order from a stored cursor, at least once: the
 * cursor moves only after `handle` returned, so after a crash the last event is handled
 * again and handlers must be idempotent. A lease keeps two instances of the same consumer
 * from working at once; a lost lease just means the other instance carries on.
 */
export class EventConsumer {
  readonly #db: Database;
  readonly #options: Required<EventConsumerOptions>;
  readonly #owner = randomUUID();

  constructor(db: Database, options: EventConsumerOptions) {
    this.#db = db;
    this.#options = { batchSize: 100, leaseMs: 60_000, ...options };
  }

  /** Handles what is waiting; returns how many events were handled. Safe to call often. */
  async drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await this.#claimBatch();
      if (batch.length === 0) return handled;
      for (const event of batch) {
        await this.#options.handle(event);
        await this.#advance(event.id);
        handled++;
      }
    }
  }

  async position(): Promise<number> {
    const row = await this.#db
      .knex("consumer_cursors")
      .where({ consumer: this.#options.name })
      .first("position");
    return Number(row?.position ?? 0);
  }

  async #claimBatch(): Promise<StoredEvent[]> {
    const { knex } = this.#db;
    const now = Date.now();
    await knex("consumer_cursors")
      .insert({
        consumer: this.#options.name,
        position: 0,
        lease_until: 0,
        updated_at: new Date(now).toISOString(),
      })
      .onConflict("consumer")
      .ignore();
    const claimed = await knex("consumer_cursors")
      .where({ consumer: this.#options.name })
      .andWhere((q) =>
        q.whereNull("lease_owner").orWhere("lease_owner", this.#owner).orWhere("lease_until", "<", now),
      )
      .update({ lease_owner: this.#owner, lease_until: now + this.#options.leaseMs });
    if (claimed !== 1) return [];
    const position = await this.position();
    const rows: EventRow[] = await knex("events")
      .where("id", ">", position)
      .orderBy("id")
      .limit(this.#options.batchSize);
    return rows.map(toStoredEvent);
  }

  async #advance(id: number): Promise<void> {
    await this.#db
      .knex("consumer_cursors")
      .where({ consumer: this.#options.name, lease_owner: this.#owner })
      .update({
        position: id,
        lease_until: Date.now() + this.#options.leaseMs,
        updated_at: new Date().toISOString(),
      });
  }

  /** Whether this instance holds the lease now: work that must run once (a daily job) follows it. */
  async holdsLease(): Promise<boolean> {
    const row = await this.#db
      .knex("consumer_cursors")
      .where({ consumer: this.#options.name, lease_owner: this.#owner })
      .andWhere("lease_until", ">=", Date.now())
      .first("consumer");
    return row !== undefined;
  }

  /** Lets another instance take over at once (on shutdown). */
  async release(): Promise<void> {
    await this.#db
      .knex("consumer_cursors")
      .where({ consumer: this.#options.name, lease_owner: this.#owner })
      .update({ lease_owner: null, lease_until: 0 });
  }
}
