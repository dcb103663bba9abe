import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Id } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";

/** From LTI roles; moderator and central-admin rights come from core grants, not from the session. */
export type ViewerRole = "teacher" | "school_admin";

export type Viewer =
  | { kind: "account"; accountId: Id; schoolId: Id | undefined; roles: ViewerRole[]; locale: string }
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
 * Sessions in the `sessions` table, one per LMS launch. Expiry is fixed (from the launch,
 * not sliding): every launch from the LMS makes a fresh session, so a lesson never runs
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
    const now = this.#now();
    const token = randomToken();
    const session: Session = {
      viewer,
      csrfToken: randomToken(),
      launch,
      expiresAt: new Date(now.getTime() + this.#ttlMs).toISOString(),
    };
    const knex = this.#db.knex;
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

  async find(token: string): Promise<Session | undefined> {
    if (!token) return undefined;
    const row = (await this.#db
      .knex("sessions")
      .where("token_hash", hashToken(token))
      .where("expires_at", ">", this.#now().toISOString())
      .first()) as SessionRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  async destroy(token: string): Promise<void> {
    await this.#db.knex("sessions").where("token_hash", hashToken(token)).delete();
  }

  /**
   * A single-use link, valid for a few minutes, that carries a session from an iframe whose
   * cookie the browser blocked into a new top-level window (where the cookie is first-party).
   */
  async createHandoff(sessionToken: string): Promise<string> {
    const now = this.#now();
    const handoff = randomToken();
    const knex = this.#db.knex;
    await knex("session_handoffs").where("expires_at", "<", now.toISOString()).delete();
    await knex("session_handoffs").insert({
      handoff_hash: hashToken(handoff),
      session_hash: hashToken(sessionToken),
      expires_at: new Date(now.getTime() + HANDOFF_TTL_MS).toISOString(),
    });
    return handoff;
  }

  /** Redeems a handoff once: a fresh session for the same viewer and launch, or undefined. */
  async redeemHandoff(handoff: string): Promise<{ token: string; session: Session } | undefined> {
    const now = this.#now().toISOString();
    const row = (await this.#db
      .knex("session_handoffs")
      .where("handoff_hash", hashToken(handoff))
      .where("expires_at", ">", now)
      .first()) as { session_hash: string } | undefined;
    if (!row) return undefined;
    // The delete is the single-use check: of two concurrent redemptions only one deletes the row.
    const deleted = await this.#db
      .knex("session_handoffs")
      .where("handoff_hash", hashToken(handoff))
      .delete();
    if (deleted !== 1) return undefined;
    const original = (await this.#db
      .knex("sessions")
      .where("token_hash", row.session_hash)
      .where("expires_at", ">", now)
      .first()) as SessionRow | undefined;
    if (!original) return undefined;
    const session = fromRow(original);
    return this.create(session.viewer, session.launch);
  }
}

const HANDOFF_TTL_MS = 5 * 60 * 1000;

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
