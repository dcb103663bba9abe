import type { Id, Instant } from "../model.ts";

/**
 * Teachers' messages (issue 16, point 2). Decision: an inbox in the tool, not a Matrix direct
 * chat. Every teacher has it without a Matrix account; blocking, reports to the national unit,
 * erasure and retention stay under the tool's own rules and database; a new message is told
 * through the notifications and the e-mail outbox (kind `messages`). Pupils have no inbox:
 * every use case starts from a teacher record, which a pupil never has.
 */

/** Limits on what a person types. */
export const MESSAGE_LIMITS = {
  body: 2_000,
  contactNote: 300,
  reportReason: 500,
} as const;

/** Unread counts are shown up to this number, then as "99+", so a count never scans a flood. */
export const UNREAD_CAP = 99;

export type RateLimitedAction = "message" | "contact_request";

/** Per sender, stored in the database so that every instance of the tool counts the same. */
export const RATE_LIMITS: Readonly<Record<RateLimitedAction, { max: number; windowMs: number }>> = {
  message: { max: 20, windowMs: 60 * 60 * 1000 },
  contact_request: { max: 10, windowMs: 24 * 60 * 60 * 1000 },
};

/** The start of the window that counts at `now`. */
export function windowStart(action: RateLimitedAction, now: Instant): Instant {
  return new Date(Date.parse(now) - RATE_LIMITS[action].windowMs).toISOString();
}

/**
 * When the sender may act again, given their acts inside the window (oldest first); undefined
 * when they may act now. The limit frees up when the act that filled it leaves the window.
 */
export function nextAllowedAt(action: RateLimitedAction, hits: readonly Instant[]): Instant | undefined {
  const { max, windowMs } = RATE_LIMITS[action];
  if (hits.length < max) return undefined;
  const freeing = hits[hits.length - max] ?? hits[0] ?? "";
  return new Date(Date.parse(freeing) + windowMs).toISOString();
}

/** The conversation key of two teachers, the same whoever writes. */
export function directConversation(a: Id, b: Id): string {
  return a < b ? `d:${a}:${b}` : `d:${b}:${a}`;
}

export function projectConversation(projectId: Id): string {
  return `p:${projectId}`;
}

export interface Message {
  id: Id;
  conversation: string;
  senderId: Id;
  /** Set on a founder's message to the project's teachers. */
  projectId: Id | undefined;
  body: string;
  createdAt: Instant;
}

/** One line of a person's inbox: a conversation with a contact, or a project's messages. */
export interface InboxEntry {
  conversation: string;
  otherId: Id | undefined;
  projectId: Id | undefined;
  lastAt: Instant;
  unread: number;
}

export type ReportStatus = "open" | "resolved";

export interface MessageReport {
  id: Id;
  messageId: Id;
  reporterId: Id;
  reason: string;
  /** The country of the reported message's sender: its national unit reads the report. */
  country: string;
  status: ReportStatus;
  createdAt: Instant;
  resolvedBy: Id | undefined;
  resolvedAt: Instant | undefined;
}

/** Keyset position in a country's open reports (oldest first). */
export interface ReportCursor {
  createdAt: Instant;
  id: Id;
}
