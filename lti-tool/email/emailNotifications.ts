import nodemailer, { type Transporter } from "nodemailer";
import {
  type CoreDeps,
  type Id,
  type Notification,
  remindUpcomingOnlineEvents,
  type StoredEvent,
} from "../../core/index.ts";
import { log as defaultLog, type Logger } from "../../ops/log.ts";
import type { Stoppable } from "../../ops/shutdown.ts";
import type { Database } from "../../store/database.ts";
import { EventConsumer } from "../../store/eventConsumer.ts";
import { DEFAULT_TIME_ZONE } from "../pages/events/timeZone.ts";
import { fanOut } from "../pages/notifications/fanout.ts";
import { webMessages } from "../web/i18n/index.ts";
import { composeEmail } from "./compose.ts";
import type { MailConfig } from "./config.ts";
import { type EmailKind, kindOf } from "./kinds.ts";
import { EmailPreferences } from "./preferences.ts";
import { permanentRefusalCode, RefusedAddresses } from "./refusedAddresses.ts";
import { type UnsubscribeScope, UnsubscribeTokens } from "./unsubscribeToken.ts";

/** The consumer's name: its cursor in `consumer_cursors`, apart from the in-app notifications'. */
export const EMAIL_CONSUMER = "email";

/** Where the one-click unsubscribe page lives (no session needed). */
export const UNSUBSCRIBE_PATH = "/email/unsubscribe";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EmailNotificationsOptions {
  core: CoreDeps;
  database: Database;
  mail: MailConfig;
  publicUrl: string;
  /** The tool's secret (LTI_KEY): signs the unsubscribe links. */
  secret: string;
  /** How often the worker looks for new events, and the longest wait after failures. */
  pollMs?: number;
  maxBackoffMs?: number;
  log?: Logger;
}

/**
 * Sends notifications by e-mail, fed from the event log like the in-app ones but with its own
 * cursor (store/eventConsumer.ts: at least once, one instance at a time by lease). Each
 * (event, recipient) is written to `sent_emails` once mailed or queued for the digest, so a
 * retried event never mails a person twice; when the SMTP server fails, `handle` throws and
 * the cursor stays before the unsent e-mail. Recipients are accounts (teachers, moderators,
 * administrators): pupils have none, so they never get e-mail.
 */
export class EmailNotifications {
  readonly #options: Required<Omit<EmailNotificationsOptions, "log">> & { log: Logger };
  readonly #consumer: EventConsumer;
  readonly #preferences: EmailPreferences;
  readonly #refused: RefusedAddresses;
  readonly #tokens: UnsubscribeTokens;
  readonly #transport: Transporter;

  constructor(options: EmailNotificationsOptions) {
    this.#options = { pollMs: 5000, maxBackoffMs: 5 * 60_000, log: defaultLog, ...options };
    const { mail, database } = options;
    this.#transport = nodemailer.createTransport({
      host: mail.host,
      port: mail.port,
      secure: mail.secure,
      ...(mail.user ? { auth: { user: mail.user, pass: mail.password ?? "" } } : {}),
    });
    this.#preferences = new EmailPreferences(database.knex);
    this.#refused = new RefusedAddresses(database.knex);
    this.#tokens = new UnsubscribeTokens(options.secret);
    this.#consumer = new EventConsumer(database, {
      name: EMAIL_CONSUMER,
      handle: (event) => this.#handle(event),
    });
  }

  /** Handles every waiting event (mails or queues it); throws when the SMTP server fails. */
  drain(): Promise<number> {
    return this.#consumer.drain();
  }

  /**
   * Sends each person's digest once their oldest waiting notification is a day old, so nobody
   * gets more than about one digest a day. Returns how many digests went out.
   */
  async sendDigests(now: Date = new Date()): Promise<number> {
    const { knex } = this.#options.database;
    const due: { account_id: Id }[] = await knex("email_digest_items")
      .whereNull("sent_at")
      .groupBy("account_id")
      .havingRaw("min(created_at) <= ?", [new Date(now.getTime() - DAY_MS).toISOString()])
      .select("account_id");
    let sent = 0;
    for (const { account_id: accountId } of due) {
      const rows: DigestRow[] = await knex("email_digest_items")
        .where({ account_id: accountId })
        .whereNull("sent_at")
        .orderBy("event_id");
      const modes = await this.#preferences.modesOf(accountId);
      // A kind switched to "never" since it was queued is not sent any more.
      const wanted = rows
        .map(toNotification)
        .filter(
          (n) => modes[kindOf(n.type as StoredEvent["type"], n.params.variant) ?? "projects"] !== "never",
        );
      if (wanted.length > 0 && (await this.#send(accountId, wanted, "all"))) sent++;
      await knex("email_digest_items")
        .where({ account_id: accountId })
        .whereIn(
          "event_id",
          rows.map((row) => row.event_id),
        )
        .update({ sent_at: now.toISOString() });
    }
    return sent;
  }

  /**
   * Runs the worker: drains the log and sends due digests every `pollMs`; after a failure it
   * waits twice as long each time (up to `maxBackoffMs`) before retrying.
   */
  start(): Stoppable {
    const { pollMs, maxBackoffMs, log } = this.#options;
    let delay = pollMs;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const tick = async (): Promise<void> => {
      try {
        await this.drain();
        // The digest and reminder jobs run once: in the instance holding the consumer's lease.
        if (await this.#consumer.holdsLease()) {
          await this.sendDigests();
          // Reminders are events in the outbox: mailed (and shown in the app) like any other.
          if ((await remindUpcomingOnlineEvents(this.#options.core)) > 0) await this.drain();
        }
        delay = pollMs;
      } catch (error) {
        delay = Math.min(delay * 2, maxBackoffMs);
        const { code } = error as { code?: string };
        log.warn({ code, retryInMs: delay }, "e-mail notifications: sending failed, will retry");
      }
      if (!stopped) timer = setTimeout(() => void (running = tick()), delay);
    };
    let running = tick();
    return {
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        await running;
        await this.#consumer.release();
        this.#transport.close();
      },
    };
  }

  async #handle(event: StoredEvent): Promise<void> {
    if (!kindOf(event.type)) return;
    // A reply to an idea also asks for contact: its author gets one e-mail, the reply's, which
    // links the idea (the in-app list shows both).
    if (event.type === "contact_requested" && event.payload.ideaId) return;
    const { core } = this.#options;
    const audiences = await core.store.transaction((tx) => fanOut(tx, event));
    const actorParams: Record<string, string> = event.actorId ? { actor: event.actorId } : {};
    for (const { recipients, params } of audiences) {
      const kind = kindOf(event.type, params.variant);
      if (kind) await this.#mail(event, kind, recipients, { ...actorParams, ...params });
    }
  }

  /** One audience's e-mails of the event: each recipient's once, at once or for the digest, by their choice. */
  async #mail(event: StoredEvent, kind: EmailKind, recipients: Id[], params: Record<string, string>) {
    const { database } = this.#options;
    for (const accountId of new Set(recipients)) {
      if (accountId === event.actorId || accountId === "") continue;
      const done = await database
        .knex("sent_emails")
        .where({ event_id: event.id, account_id: accountId })
        .first("event_id");
      if (done) continue;
      const mode = (await this.#preferences.modesOf(accountId))[kind];
      if (mode === "never") continue;
      const row: DigestRow = {
        event_id: event.id,
        account_id: accountId,
        type: event.type,
        project_id: event.projectId ?? null,
        params: JSON.stringify(params),
        created_at: event.createdAt,
      };
      if (mode === "immediate") await this.#send(accountId, [toNotification(row)], kind);
      await database.knex.transaction(async (trx) => {
        if (mode === "digest")
          await trx("email_digest_items").insert(row).onConflict(["event_id", "account_id"]).ignore();
        await trx("sent_emails")
          .insert({ event_id: event.id, account_id: accountId, mode, sent_at: new Date().toISOString() })
          .onConflict(["event_id", "account_id"])
          .ignore();
      });
    }
  }

  /**
   * Mails the notifications to the person in their language; false when they have no address or
   * their mail server refused it for good (then recorded, and not tried again until it changes).
   */
  async #send(accountId: Id, notifications: Notification[], scope: UnsubscribeScope): Promise<boolean> {
    const { core, mail, publicUrl } = this.#options;
    const { account, names, titles, events, timeZone } = await core.store.transaction(async (tx) => {
      const people = notifications
        .flatMap((n) => [n.params.actor ?? "", n.params.member ?? ""])
        .filter(Boolean);
      const projects = notifications.flatMap((n) => (n.projectId ? [n.projectId] : []));
      // Read now, not when the notification was made: an event moved since says its new time.
      const eventIds = new Set(notifications.flatMap((n) => (n.params.event ? [n.params.event] : [])));
      const found = await Promise.all([...eventIds].map((id) => tx.onlineEvents.get(id)));
      return {
        account: (await tx.accounts.getMany([accountId]))[0],
        names: new Map((await tx.accounts.getMany(people)).map((a) => [a.id, a.name])),
        titles: new Map((await tx.projects.getMany(projects)).map((p) => [p.id, p.title])),
        events: new Map(found.flatMap((event) => (event ? [[event.id, event] as const] : []))),
        timeZone: (await tx.onlineEvents.timeZoneOf(accountId)) ?? DEFAULT_TIME_ZONE,
      };
    });
    if (!account?.email) return false;
    if (await this.#refused.of(accountId, account.email)) return false;
    const token = await this.#tokens.sign({ accountId, scope });
    const unsubscribeUrl = `${publicUrl}${UNSUBSCRIBE_PATH}/${token}`;
    const t = webMessages.translator(account.locale, timeZone);
    const digest = scope === "all";
    const email = composeEmail({
      t,
      notifications,
      digest,
      names,
      titles,
      events,
      timeZone,
      publicUrl,
      unsubscribeUrl,
    });
    const first = notifications[0]?.eventId ?? 0;
    const message = {
      from: mail.from,
      to: { name: account.name, address: account.email },
      subject: email.subject,
      text: email.text,
      html: email.html,
      // The same id on a resend lets the receiving side recognise a duplicate.
      messageId: `<${digest ? "digest" : "event"}-${first}-${accountId}@${new URL(publicUrl).hostname}>`,
      headers: {
        "List-Unsubscribe": `<${unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    };
    try {
      await this.#transport.sendMail(message);
      return true;
    } catch (error) {
      const responseCode = permanentRefusalCode(error);
      if (responseCode === undefined) throw error;
      const refusedAt = new Date().toISOString();
      await this.#refused.record(accountId, { address: account.email, responseCode, refusedAt });
      this.#options.log.warn(
        { accountId, responseCode },
        "e-mail address refused for good; not mailed again until it changes",
      );
      return false;
    }
  }
}

interface DigestRow {
  event_id: number;
  account_id: Id;
  type: string;
  project_id: Id | null;
  params: string;
  created_at: string;
}

function toNotification(row: DigestRow): Notification {
  return {
    id: `${row.event_id}`,
    accountId: row.account_id,
    eventId: Number(row.event_id),
    type: row.type,
    projectId: row.project_id ?? undefined,
    params: JSON.parse(row.params) as Record<string, string>,
    createdAt: row.created_at,
    readAt: undefined,
  };
}
