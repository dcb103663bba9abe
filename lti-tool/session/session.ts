import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Id } from "../../core/index.ts";
import type { Knex } from "knex";
import type { Database } from "../../store/database.ts";

/** From LTI roles; moderator and central-admin rights come from core grants, not from the session. */
export type ViewerRole = "teacher" | "school_admin";

export type Viewer =
  | {
      kind: "account";
      accountId: Id;
      schoolId: Id | undefined;
      roles: ViewerRole[];
      locale: string;
      /** The person's chosen time zone (profile), read at launch; undefined: times in UTC. */
      timeZone?: string;
    }
  | { kind: "pupil"; pupilId: Id; locale: string };

/** What the launch that opened the session said about where it came from. */
export interface LaunchContext {
  issuer: string;
  clientId: string;
  deploymentId: string;
  contextId?: string;
  contextTitle?: string;
  resourceLinkId?: string;
  /** The course roster (Names and Role Provisioning) endpoint, when the platform offers it. */
  nrpsUrl?: string;
  /** Present when the launch is a deep-linking request: where to send the chosen links. */
  deepLinking?: { returnUrl: string; data?: string; acceptTypes?: string[]; acceptMultiple?: boolean };
}

export interface Session {
  viewer: Viewer;
  /** Forms send it back as `_csrf` (or the `X-CSRF-Token` header); see middleware.ts. */
  csrfToken: string;
  launch: LaunchContext | undefined;
  expiresAt: string;
}

export interface SessionStoreOptions {
  /** How long a session lives; default 8 hours (a school day). */
  ttlMs?: number;
  now?: () => Date;
}

const DEFAULT_TTL_MS = 8 * 60 * 60 * 1000;

/** Only the hash of a token is stored, so a leaked database does not hand out live sessions. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Sessions in the `sessions` table, one per LMS launch, with their single-use tickets for the
 * "cookie did not come back" step (`session_continuations`, `session_handoffs`). Expiry is
 * fixed (from the launch, not sliding): every launch from the LMS makes a fresh session, so a lesson never runs
 * into it, reads never write, and a stolen cookie stops working after a school day.
 */
export class SessionStore {
  readonly #db: Database;
  readonly #ttlMs: number;
  readonly #now: () => Date;

  constructor(db: Database, options: SessionStoreOptions = {}) {
    this.#db = db;
    this.#ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.#now = options.now ?? (() => new Date());
  }

  async create(viewer: Viewer, launch?: LaunchContext): Promise<{ token: string; session: Session }> {
    return this.#insert(this.#db.knex, viewer, launch);
  }

  async find(token: string): Promise<Session | undefined> {
    if (!token) return undefined;
    const row = (await this.#db
      .knex("sessions")
      .where("token_hash", hashToken(token))
      .where("expires_at", ">", this.#now().toISOString())
      .first()) as SessionRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Signing out: the session and every ticket that could still open it. */
  async destroy(token: string): Promise<void> {
    const sessionHash = hashToken(token);
    await this.#db.knex.transaction(async (trx) => {
      await trx("sessions").where("token_hash", sessionHash).delete();
      for (const kind of [CONTINUATION, HANDOFF]) {
        await trx(kind.table).where("session_hash", sessionHash).delete();
      }
    });
  }

  /**
   * The ticket a launch sends along to /lti/continue, where the tool first learns whether
   * its cookie came back. It opens nothing by itself: /lti/continue either drops it (the
   * cookie works) or exchanges it for a handoff (`handoffFor`).
   */
  async beginContinuation(sessionToken: string): Promise<string> {
    return this.#issue(CONTINUATION, hashToken(sessionToken));
  }

  /**
   * The cookie came back: the continuation is not needed, so nothing that opens the session
   * is left. False only when the continuation is still pending for another session: the
   * cookie is an older launch's (someone else's, on a shared PC), so the launch's own cookie
   * did not come back after all.
   */
  async dropContinuation(continuation: string, sessionToken: string): Promise<boolean> {
    const knex = this.#db.knex;
    const ticket = { [CONTINUATION.key]: hashToken(continuation) };
    const own = await knex(CONTINUATION.table)
      .where(ticket)
      .where("session_hash", hashToken(sessionToken))
      .delete();
    if (own === 1) return true;
    const another = await knex(CONTINUATION.table)
      .where(ticket)
      .where("expires_at", ">", this.#now().toISOString())
      .first();
    return !another;
  }

  /**
   * The cookie did not come back (blocked in the LMS's iframe): the continuation, used up
   * here, becomes a handoff link for a new top-level window; undefined when it is unknown,
   * used or expired, or its session ended.
   */
  async handoffFor(continuation: string): Promise<string | undefined> {
    return this.#db.knex.transaction(async (trx) => {
      const sessionHash = await this.#take(trx, CONTINUATION, continuation);
      if (!sessionHash || !(await this.#live(trx, sessionHash))) return undefined;
      return this.#issue(HANDOFF, sessionHash, trx);
    });
  }

  /**
   * Redeems a handoff once: the session moves to a fresh token (the new window's cookie)
   * and the old token, whose cookie the browser never kept, stops working.
   */
  async redeemHandoff(handoff: string): Promise<{ token: string; session: Session } | undefined> {
    return this.#db.knex.transaction(async (trx) => {
      const sessionHash = await this.#take(trx, HANDOFF, handoff);
      const original = sessionHash ? await this.#live(trx, sessionHash) : undefined;
      if (!original) return undefined;
      await trx("sessions").where("token_hash", sessionHash).delete();
      const session = fromRow(original);
      // The moved session ends when the original would have: a handoff never extends a session.
      return this.#insert(trx, session.viewer, session.launch, original.expires_at);
    });
  }

  /**
   * A handoff for a new top-level window while the session stays where it is (the LMS's
   * iframe keeps its cookie): it points at a copy of the session that lives at most
   * NEW_WINDOW_TTL_MS, and redeeming it (`redeemHandoff`) moves the copy to the window's
   * cookie. Undefined when the session has ended.
   */
  async handoffForNewWindow(sessionToken: string): Promise<string | undefined> {
    return this.#db.knex.transaction(async (trx) => {
      const original = await this.#live(trx, hashToken(sessionToken));
      if (!original) return undefined;
      const session = fromRow(original);
      const shortLived = new Date(this.#now().getTime() + NEW_WINDOW_TTL_MS).toISOString();
      const expiresAt = shortLived < original.expires_at ? shortLived : original.expires_at;
      const copy = await this.#insert(trx, session.viewer, session.launch, expiresAt);
      return this.#issue(HANDOFF, hashToken(copy.token), trx);
    });
  }

  async #insert(
    knex: Knex,
    viewer: Viewer,
    launch: LaunchContext | undefined,
    expiresAt?: string,
  ): Promise<{ token: string; session: Session }> {
    const now = this.#now();
    const token = randomToken();
    const session: Session = {
      viewer,
      csrfToken: randomToken(),
      launch,
      expiresAt: expiresAt ?? new Date(now.getTime() + this.#ttlMs).toISOString(),
    };
    await knex("sessions").where("expires_at", "<", now.toISOString()).delete();
    await knex("sessions").insert({
      token_hash: hashToken(token),
      viewer: JSON.stringify(viewer),
      launch: launch ? JSON.stringify(launch) : null,
      csrf_token: session.csrfToken,
      created_at: now.toISOString(),
      expires_at: session.expiresAt,
    });
    return { token, session };
  }

  async #live(knex: Knex, sessionHash: string): Promise<SessionRow | undefined> {
    return (await knex("sessions")
      .where("token_hash", sessionHash)
      .where("expires_at", ">", this.#now().toISOString())
      .first()) as SessionRow | undefined;
  }

  async #issue(kind: TicketKind, sessionHash: string, knex: Knex = this.#db.knex): Promise<string> {
    const now = this.#now();
    const ticket = randomToken();
    await knex(kind.table).where("expires_at", "<", now.toISOString()).delete();
    await knex(kind.table).insert({
      [kind.key]: hashToken(ticket),
      session_hash: sessionHash,
      expires_at: new Date(now.getTime() + TICKET_TTL_MS).toISOString(),
    });
    return ticket;
  }

  /** Uses a ticket up; its session's hash if it was still good. */
  async #take(knex: Knex, kind: TicketKind, ticket: string): Promise<string | undefined> {
    if (!ticket) return undefined;
    const row = (await knex(kind.table)
      .where(kind.key, hashToken(ticket))
      .where("expires_at", ">", this.#now().toISOString())
      .first()) as { session_hash: string } | undefined;
    if (!row) return undefined;
    // The delete is the single-use check: of two concurrent redemptions only one deletes the row.
    const deleted = await knex(kind.table).where(kind.key, hashToken(ticket)).delete();
    return deleted === 1 ? row.session_hash : undefined;
  }
}

/**
 * Single-use tickets that point at a session. One minute: the continuation is followed by
 * the browser at once (a redirect), and the handoff link is clicked right after its page
 * appears; anything longer only leaves a shared PC's history with a working link for the
 * next person. A late click lands on a page that says to open OpenTwinning from the course again.
 */
const TICKET_TTL_MS = 60 * 1000;

/**
 * A session handed to a new top-level window (the TwinSpace's sign-in) lives ten minutes: it
 * only has to carry the person through the homeserver's sign-in, after which the Matrix client
 * has its own login. Outside the LMS, signing out of the LMS does not end it, and on a shared
 * PC the window may stay open for the next person; a launch's school day would be too long.
 */
const NEW_WINDOW_TTL_MS = 10 * 60 * 1000;

interface TicketKind {
  table: string;
  key: string;
}

const CONTINUATION: TicketKind = { table: "session_continuations", key: "continuation_hash" };
const HANDOFF: TicketKind = { table: "session_handoffs", key: "handoff_hash" };

function fromRow(row: SessionRow): Session {
  return {
    viewer: JSON.parse(row.viewer) as Viewer,
    csrfToken: row.csrf_token,
    launch: row.launch ? (JSON.parse(row.launch) as LaunchContext) : undefined,
    expiresAt: row.expires_at,
  };
}

interface SessionRow {
  viewer: string;
  launch: string | null;
  csrf_token: string;
  expires_at: string;
}

/**
 * The session's language or time zone after the person chose one in their profile: this
 * session follows at once, their others at their next launch. The session is found by its
 * CSRF token, a per-session secret the page already holds (the cookie token is not kept).
 */
export async function changeSessionViewer(
  knex: Knex,
  csrfToken: string,
  change: { locale: string } | { timeZone: string },
): Promise<void> {
  const row = (await knex("sessions").where("csrf_token", csrfToken).first("viewer")) as
    Pick<SessionRow, "viewer"> | undefined;
  if (!row) return;
  const viewer = { ...(JSON.parse(row.viewer) as Viewer), ...change };
  await knex("sessions")
    .where("csrf_token", csrfToken)
    .update({ viewer: JSON.stringify(viewer) });
}
