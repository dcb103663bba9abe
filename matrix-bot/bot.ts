import { randomBytes } from "node:crypto";
import type { CoreDeps, StoredEvent } from "../core/index.ts";
import type { Database } from "../store/database.ts";
import { EventConsumer } from "../store/eventConsumer.ts";
import type { BotConfig } from "./config.ts";
import { quietSdkLogs, RetryingMatrixClient } from "./homeserver/client.ts";
import { HomeserverUnavailable } from "./homeserver/retry.ts";
import type { BotClient } from "./homeserver/rooms.ts";
import { BotLease } from "./store/lease.ts";
import { PupilMatrixAccounts } from "./store/pupilAccounts.ts";
import { RoomRecords } from "./store/rooms.ts";
import { twinSpaceWorkFor } from "./twinspace/outbox.ts";
import { TwinSpaceReconciler } from "./twinspace/reconciler.ts";

export interface BotLog {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
}

const consoleLog: BotLog = {
  info: (message) => console.log(`matrix-bot: ${message}`),
  warn: (message, error) =>
    console.warn(`matrix-bot: ${message}`, error instanceof Error ? error.message : (error ?? "")),
};

/** The client calls the bot needs beyond the reconciler's: who it is and the server's default room version. */
export type MatrixBotClient = BotClient & { getUserId(): Promise<string> };

export interface MatrixBotOptions {
  config: BotConfig;
  database: Database;
  core: CoreDeps;
  /** Defaults to matrix-bot-sdk's client with retries on the configured homeserver. */
  client?: MatrixBotClient;
  log?: BotLog;
}

/** Another instance holds the bot's lease: this one stops working until it can take it. */
class LeaseLost extends Error {
  constructor() {
    super("another bot instance holds the lease");
    this.name = "LeaseLost";
  }
}

/** An event that failed this often for a reason other than an outage is left to the periodic pass. */
const ATTEMPTS_PER_EVENT = 3;

/**
 * The Matrix bot: reads the outbox and repairs drift with a periodic full pass, while it
 * holds the lease (one working instance at a time). Everything it does is idempotent, so a
 * crash anywhere is followed by a restart that converges.
 */
export class MatrixBot {
  readonly reconciler: TwinSpaceReconciler;
  readonly botUserId: string;
  readonly #options: Required<Omit<MatrixBotOptions, "client">>;
  readonly #consumer: EventConsumer;
  readonly #lease: BotLease;
  readonly #failures = new Map<number, number>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  #nextFullPass = 0;
  #outageDelayMs = 0;

  private constructor(
    options: MatrixBotOptions,
    client: MatrixBotClient,
    botUserId: string,
    roomVersion: string,
  ) {
    this.#options = { log: consoleLog, ...options };
    this.botUserId = botUserId;
    const { database, core, config } = options;
    const pupilAccounts = new PupilMatrixAccounts(database);
    this.reconciler = new TwinSpaceReconciler({
      client,
      store: core.store,
      records: new RoomRecords(database),
      pupilAccounts,
      botUserId,
      serverName: botUserId.slice(botUserId.indexOf(":") + 1),
      jitsiBaseUrl: config.jitsiBaseUrl,
      roomVersion,
      now: () => new Date().toISOString(),
      newConferenceName: () => `TwinSpace${randomBytes(12).toString("hex")}`,
    });
    this.#consumer = new EventConsumer(database, {
      name: "matrix-bot-twinspace",
      handle: (event) => this.#handle(event, pupilAccounts),
    });
    this.#lease = new BotLease(database);
  }

  /** Connects: learns the bot's own Matrix ID and the room version new rooms get. */
  static async create(options: MatrixBotOptions): Promise<MatrixBot> {
    quietSdkLogs();
    const client =
      options.client ?? new RetryingMatrixClient(options.config.homeserverUrl, options.config.accessToken);
    const botUserId = await client.getUserId();
    const capabilities = (await client.doRequest("GET", "/_matrix/client/v3/capabilities")) as {
      capabilities?: { "m.room_versions"?: { default?: string } };
    };
    const roomVersion = capabilities.capabilities?.["m.room_versions"]?.default ?? "10";
    return new MatrixBot(options, client, botUserId, roomVersion);
  }

  /** Handles what waits in the outbox. */
  async drainOutbox(): Promise<number> {
    return this.#consumer.drain();
  }

  /** Compares every TwinSpace with the homeserver and repairs what drifted. */
  async fullPass(): Promise<void> {
    const projects = await this.#options.core.store.transaction((tx) =>
      tx.projects.listByStatus(["active", "closed"]),
    );
    for (const project of projects) {
      await this.#keepLease();
      try {
        await this.reconciler.reconcile(project.id);
      } catch (error) {
        if (error instanceof HomeserverUnavailable || error instanceof LeaseLost) throw error;
        this.#options.log.warn(`TwinSpace of project ${project.id} could not be reconciled`, error);
      }
    }
  }

  /** Renews the lease during long work; stops the work if another instance took over meanwhile. */
  async #keepLease(): Promise<void> {
    if (!(await this.#lease.acquire())) throw new LeaseLost();
  }

  /** Runs the loop: outbox every poll interval, a full pass at start and then periodically. */
  start(): void {
    this.#stopped = false;
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
    await this.#consumer.release();
    await this.#lease.release();
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.#tick().finally(() => {
        this.#schedule(this.#outageDelayMs || this.#options.config.pollIntervalMs);
      });
    }, delayMs);
  }

  async #tick(): Promise<void> {
    const { log, config } = this.#options;
    try {
      if (!(await this.#lease.acquire())) return;
      await this.#consumer.drain();
      if (Date.now() >= this.#nextFullPass) {
        await this.fullPass();
        this.#nextFullPass = Date.now() + config.fullPassIntervalMs;
      }
      if (this.#outageDelayMs) log.info("the homeserver answers again");
      this.#outageDelayMs = 0;
    } catch (error) {
      if (error instanceof HomeserverUnavailable) {
        // An outage only delays: the outbox cursor did not move, the work is done when it answers.
        this.#outageDelayMs = Math.min(60_000, Math.max(2_000, this.#outageDelayMs * 2));
        log.warn(`homeserver unavailable, retrying in ${this.#outageDelayMs / 1000} s`, error);
      } else if (!(error instanceof LeaseLost)) {
        log.warn("matrix bot pass failed", error);
      }
    }
  }

  /**
   * One outbox event. An outage stops the drain (the event is handled again later); any
   * other failure is retried a few times, then left to the periodic pass, so that one
   * broken project cannot hold up every other TwinSpace.
   */
  async #handle(event: StoredEvent, pupilAccounts: PupilMatrixAccounts): Promise<void> {
    await this.#keepLease();
    try {
      const work = await twinSpaceWorkFor(event, { store: this.#options.core.store, pupilAccounts });
      for (const projectId of work.projectIds) await this.reconciler.reconcile(projectId, work.hints);
      this.#failures.delete(event.id);
    } catch (error) {
      if (error instanceof HomeserverUnavailable || error instanceof LeaseLost) throw error;
      const failures = (this.#failures.get(event.id) ?? 0) + 1;
      this.#failures.set(event.id, failures);
      if (failures < ATTEMPTS_PER_EVENT) throw error;
      this.#failures.delete(event.id);
      this.#options.log.warn(`event ${event.id} (${event.type}) skipped after ${failures} failures`, error);
    }
  }
}
