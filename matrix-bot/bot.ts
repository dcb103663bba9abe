import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  type CoreDeps,
  type Id,
  type KeysetCursor,
  type KeysetPage,
  parseCursor,
  type StoredEvent,
} from "../core/index.ts";
import { log } from "../ops/log.ts";
import { reconcileQueueDepth } from "../ops/metrics.ts";
import type { Database } from "../store/database.ts";
import { EventConsumer } from "../store/eventConsumer.ts";
import { retireMadeAccount } from "./accounts/retirement.ts";
import { SynapseAdmin } from "./accounts/synapseAdmin.ts";
import { DirectRooms } from "./chat/directRooms.ts";
import { PendingRepairs } from "./chat/drift.ts";
import { ChatListener } from "./chat/listener.ts";
import { CommandDispatcher } from "./commands/dispatcher.ts";
import type { BotConfig } from "./config.ts";
import { quietSdkLogs, RetryingMatrixClient } from "./homeserver/client.ts";
import { HomeserverUnavailable } from "./homeserver/retry.ts";
import type { BotClient } from "./homeserver/rooms.ts";
import { countriesWithModerators } from "./nationalUnits/moderators.ts";
import { NationalUnitNews } from "./nationalUnits/news.ts";
import { NationalUnitRooms } from "./nationalUnits/room.ts";
import { FormerLinks } from "./store/formerLinks.ts";
import { BotLease, LEASE_HEARTBEAT_MS, LEASE_TTL_MS } from "./store/lease.ts";
import { PupilMatrixAccounts } from "./store/pupilAccounts.ts";
import { DiskStorage } from "../lti-tool/materials/storage.ts";
import { materialSettings } from "../lti-tool/materials/config.ts";
import { ChatMaterials } from "./chat/materials.ts";
import { ActivityRecords } from "./store/activity.ts";
import { AppliedTwinSpaces } from "./store/appliedTwinSpaces.ts";
import { WeeklyDiaryRecords } from "./store/weeklyDiary.ts";
import { WeeklyDiary } from "./twinspace/weeklyDiary.ts";
import { RoomRecords } from "./store/rooms.ts";
import { SyncTokens } from "./store/syncToken.ts";
import { twinSpaceWorkFor } from "./twinspace/outbox.ts";
import { TwinSpaceReconciler } from "./twinspace/reconciler.ts";

export interface BotLog {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
}

const botLogger = log.child({ component: "matrix-bot" });

/**
 * The bot's lines in the product's log. Only an error's message is kept: the SDK's errors
 * carry whole requests and answers, which are no business of a log line.
 */
export const productLog: BotLog = {
  info: (message) => botLogger.info(message),
  warn: (message, error) =>
    botLogger.warn(
      error === undefined ? {} : { error: error instanceof Error ? error.message : String(error) },
      message,
    ),
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

/** How long one /sync waits for news: short enough that a stopping or displaced bot lets go soon. */
const CHAT_LONG_POLL_MS = 10_000;

/**
 * The Matrix bot: reads the outbox (TwinSpaces; national units' and founders' news) and
 * repairs drift with a periodic full pass, and answers chat commands from its /sync loop,
 * while it holds the lease (one working instance at a time). Everything it does is
 * idempotent, so a crash anywhere is followed by a restart that converges.
 */
export class MatrixBot {
  readonly reconciler: TwinSpaceReconciler;
  readonly botUserId: string;
  readonly #options: Required<Omit<MatrixBotOptions, "client">>;
  readonly #consumer: EventConsumer;
  readonly #newsConsumer: EventConsumer;
  readonly #lease: BotLease;
  readonly #chat: ChatListener;
  readonly #weeklyDiary: WeeklyDiary;
  readonly #nationalUnits: NationalUnitRooms;
  readonly #abort = new AbortController();
  /** Projects and national units people changed by hand, repaired at once rather than by the next full pass. */
  readonly #repairs = new PendingRepairs();
  #timer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  /** The heartbeat's renewal in flight: awaited on stop, so that it cannot renew the lease after its release. */
  #beat: Promise<unknown> = Promise.resolve();
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
    this.#options = { log: productLog, ...options };
    this.botUserId = botUserId;
    const { database, core, config } = options;
    const pupilAccounts = new PupilMatrixAccounts(database);
    const admin = new SynapseAdmin(client);
    const records = new RoomRecords(database);
    const applied = new AppliedTwinSpaces(database);
    const now = () => new Date().toISOString();
    const log = this.#options.log;
    const materialsConfig = materialSettings();
    // Failures per event, per consumer (both read the same event ids).
    const twinSpaceFailures = new Map<number, number>();
    const newsFailures = new Map<number, number>();
    this.reconciler = new TwinSpaceReconciler({
      client,
      store: core.store,
      records,
      applied,
      pupilAccounts,
      formerLinks: new FormerLinks(database),
      botUserId,
      serverName: botUserId.slice(botUserId.indexOf(":") + 1),
      jitsiBaseUrl: config.jitsiBaseUrl,
      roomVersion,
      now: () => new Date().toISOString(),
      newConferenceName: () => `TwinSpace${randomBytes(12).toString("hex")}`,
    });
    // The consumers' own leases last as long as the bot's: only the bot's lease holder drains
    // them, so a successor waits for neither longer than for the bot's.
    this.#consumer = new EventConsumer(database, {
      name: "matrix-bot-twinspace",
      leaseMs: LEASE_TTL_MS,
      handle: (event) =>
        this.#handle(event, twinSpaceFailures, async () => {
          await retireMadeAccount(event, admin, pupilAccounts);
          const work = await twinSpaceWorkFor(event, { store: core.store, pupilAccounts });
          for (const projectId of work.projectIds) await this.reconciler.reconcile(projectId, work.hints);
          for (const groupId of work.groupIds ?? [])
            await this.reconciler.reconcileGroup(groupId, work.hints);
          for (const eventId of work.eventIds ?? [])
            await this.reconciler.reconcileEvent(eventId, work.hints);
        }),
    });
    this.#lease = new BotLease(database);
    this.#chat = new ChatListener({
      client,
      records,
      activity: new ActivityRecords(database),
      applied,
      materials: new ChatMaterials({
        client,
        core,
        storage: new DiskStorage(materialsConfig.directory),
        limits: materialsConfig.limits,
        log: (message, error) => log.warn(message, error),
      }),
      tokens: new SyncTokens(database),
      dispatcher: new CommandDispatcher({
        deps: core,
        prefix: config.commandPrefix,
        pupils: pupilAccounts,
        log: (message, error) => log.warn(message, error),
      }),
      botUserId,
      listeningSince: Date.now(),
      now,
      log: (message, error) => log.warn(message, error),
      changed: (room) => {
        if (room.kind === "project" || room.kind === "national_unit") this.#repairs.note(room);
      },
    });
    this.#weeklyDiary = new WeeklyDiary({ client, core, records, sent: new WeeklyDiaryRecords(database) });
    this.#nationalUnits = new NationalUnitRooms({
      client,
      store: core.store,
      records,
      botUserId,
      roomVersion,
      commandPrefix: config.commandPrefix,
      now,
      log: (message) => log.warn(message),
    });
    const news = new NationalUnitNews({
      client,
      store: core.store,
      records,
      rooms: this.#nationalUnits,
      direct: new DirectRooms({ client, records, now }),
      commandPrefix: config.commandPrefix,
      now: () => core.clock.now(),
    });
    // Its own cursor: news for national units and founders neither waits for nor holds up the TwinSpaces.
    this.#newsConsumer = new EventConsumer(database, {
      name: "matrix-bot-national-units",
      leaseMs: LEASE_TTL_MS,
      handle: (event) => this.#handle(event, newsFailures, () => news.handle(event)),
    });
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

  /** Posts what waits for national units and founders in the outbox. */
  async drainNews(): Promise<number> {
    return this.#newsConsumer.drain();
  }

  /** Reads the chat once: invitations and new commands, answered (the loop waits up to `timeoutMs` for news). */
  async syncChat(timeoutMs = 0): Promise<void> {
    await this.#chat.syncOnce(timeoutMs);
  }

  /** The weekly diary summaries due at `now` (a parameter, so tests can move the week). */
  async postWeeklyDiaries(now: Date): Promise<void> {
    await this.#weeklyDiary.postDue(now);
  }

  /** Every country with moderators has its room, with its moderators in it. */
  async nationalUnitsPass(): Promise<void> {
    for (const country of await countriesWithModerators(this.#options.core.store)) {
      await this.#keepLease();
      await this.#nationalUnits.ensure(country);
    }
  }

  /**
   * Compares every TwinSpace with the homeserver and repairs what drifted; `progress` hears of
   * each. `onlyChanged` (the bot's periodic pass) leaves out the TwinSpaces whose project and
   * rooms did not change since their last pass; by default every one is checked (the admin's
   * `reconcile all`).
   */
  async fullPass(
    progress?: (done: number, total: number) => void,
    options: { onlyChanged?: boolean } = {},
  ): Promise<void> {
    const projects = await this.#options.core.store.transaction((tx) =>
      tx.projects.listByStatus(["active", "closed"]),
    );
    for (const [index, project] of projects.entries()) {
      reconcileQueueDepth.set(projects.length - index);
      await this.#keepLease();
      try {
        await this.reconciler.reconcile(project.id, { force: !options.onlyChanged });
      } catch (error) {
        if (error instanceof HomeserverUnavailable || error instanceof LeaseLost) throw error;
        this.#options.log.warn(`TwinSpace of project ${project.id} could not be reconciled`, error);
      }
      progress?.(index + 1, projects.length);
    }
    reconcileQueueDepth.set(0);
    await this.#groupsPass();
    await this.#eventsPass();
  }

  /** Every approved group's room, page by page (groups are a few thousand at most). */
  #groupsPass(): Promise<void> {
    const { store } = this.#options.core;
    return this.#singleRoomsPass(
      "group",
      (after) =>
        store.readOnly((tx) => tx.groups.list({ status: "approved", after, limit: 100, order: "asc" })),
      (id) => this.reconciler.reconcileGroup(id),
    );
  }

  /** Every event's room until the event ends. */
  #eventsPass(): Promise<void> {
    const { store, clock } = this.#options.core;
    return this.#singleRoomsPass(
      "event",
      (after) => store.readOnly((tx) => tx.onlineEvents.running(clock.now(), after, 100)),
      (id) => this.reconciler.reconcileEvent(id),
    );
  }

  /** Rooms of one kind outside TwinSpaces, page by page; one that fails is logged and the pass goes on. */
  async #singleRoomsPass(
    kind: string,
    list: (after: KeysetCursor | undefined) => Promise<KeysetPage<{ id: Id }>>,
    reconcile: (id: Id) => Promise<unknown>,
  ): Promise<void> {
    let after: KeysetCursor | undefined;
    do {
      const page = await list(after);
      for (const item of page.items) {
        await this.#keepLease();
        try {
          await reconcile(item.id);
        } catch (error) {
          if (error instanceof HomeserverUnavailable || error instanceof LeaseLost) throw error;
          this.#options.log.warn(`room of ${kind} ${item.id} could not be reconciled`, error);
        }
      }
      after = page.next ? parseCursor(page.next) : undefined;
    } while (after);
  }

  /** Renews the lease during long work; stops the work if another instance took over meanwhile. */
  async #keepLease(): Promise<void> {
    if (!(await this.#lease.acquire())) throw new LeaseLost();
  }

  /** Repairs the projects and national units people changed by hand whose short wait is over. */
  async repairChanged(): Promise<void> {
    const due = this.#repairs.takeDue();
    for (const [index, target] of due.entries()) {
      try {
        await this.#keepLease();
        if (target.kind === "project") await this.reconciler.reconcile(target.projectId);
        else await this.#nationalUnits.ensure(target.country);
      } catch (error) {
        if (error instanceof HomeserverUnavailable || error instanceof LeaseLost) {
          // Still to do: by this instance later, or by the next holder's full pass.
          for (const left of due.slice(index)) this.#repairs.note(left);
          throw error;
        }
        const what =
          target.kind === "project" ? `project ${target.projectId}` : `national unit ${target.country}`;
        this.#options.log.warn(`changes by hand in ${what} could not be repaired`, error);
      }
    }
  }

  /**
   * Runs the loop: outbox every poll interval, a full pass at start and then periodically,
   * hand-made changes repaired a moment after the chat sees them; and the lease's heartbeat,
   * so that it stays this instance's however long one step takes.
   */
  start(): void {
    this.#stopped = false;
    this.#heartbeat = setInterval(() => {
      this.#beat = this.#lease
        .acquire()
        .catch((error: unknown) => this.#options.log.warn("lease heartbeat failed", error));
    }, LEASE_HEARTBEAT_MS);
    this.#schedule(0);
    void this.#chatLoop();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#abort.abort();
    clearTimeout(this.#timer);
    clearInterval(this.#heartbeat);
    await this.#beat;
    await this.#running;
    await this.#consumer.release();
    await this.#newsConsumer.release();
    await this.#lease.release();
  }

  /**
   * The chat: one long-polling /sync after another, by the lease holder only, so two
   * instances never answer the same command. A sync in flight when the bot stops is not
   * waited for; its answer is dropped unread and the next holder reads it again.
   */
  async #chatLoop(): Promise<void> {
    const { log, config } = this.#options;
    let delayMs = 0;
    while (!this.#stopped) {
      try {
        if (await this.#lease.acquire()) {
          await this.#chat.syncOnce(CHAT_LONG_POLL_MS, () => !this.#stopped);
          delayMs = 0;
          continue;
        }
        delayMs = config.pollIntervalMs;
      } catch (error) {
        delayMs = Math.min(60_000, Math.max(2_000, delayMs * 2));
        log.warn(`chat sync failed, retrying in ${delayMs / 1000} s`, error);
      }
      await sleep(delayMs, undefined, { signal: this.#abort.signal }).catch(() => undefined);
    }
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
      await this.#newsConsumer.drain();
      await this.repairChanged();
      await this.postWeeklyDiaries(new Date());
      if (Date.now() >= this.#nextFullPass) {
        await this.nationalUnitsPass();
        // The /sync loop counts every change others make in the rooms (and a restart resumes it
        // from the saved position): a TwinSpace with none, whose project is as last applied, is right.
        await this.fullPass(undefined, { onlyChanged: true });
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
   * One outbox event for one consumer. An outage stops the drain (the event is handled
   * again later); any other failure is retried a few times, then left to the periodic pass,
   * so that one broken project or room cannot hold up all the others.
   */
  async #handle(event: StoredEvent, failures: Map<number, number>, work: () => Promise<void>): Promise<void> {
    await this.#keepLease();
    try {
      await work();
      failures.delete(event.id);
    } catch (error) {
      if (error instanceof HomeserverUnavailable || error instanceof LeaseLost) throw error;
      const count = (failures.get(event.id) ?? 0) + 1;
      failures.set(event.id, count);
      if (count < ATTEMPTS_PER_EVENT) throw error;
      failures.delete(event.id);
      this.#options.log.warn(`event ${event.id} (${event.type}) skipped after ${count} failures`, error);
    }
  }
}
