import type { TimelineEvent } from "./syncResponse.ts";

/** What one room's new events change in its activity summary (matrix-bot/store/activity.ts). */
export interface ActivityChanges {
  /** Messages people sent: id and time, for "new since you last looked". */
  messages: { eventId: string; sentAt: string }[];
  /** New thread roots (Forum only), with the first line of their text. */
  topics: { eventId: string; sender: string; title: string; sentAt: string }[];
  /** Replies in Forum threads: the reply's id and its thread root's. */
  replies: { eventId: string; rootId: string }[];
  /** Events taken back: their topic and message rows go. */
  redacted: string[];
}

const TITLE_LENGTH = 120;

/**
 * A topic's title as plain text: the first non-empty line of the plain `body` (never the
 * HTML `formatted_body`), control and formatting characters removed, at most 120 characters.
 * The page escapes it and isolates its direction (`userText`).
 */
export function topicTitle(body: string): string {
  const line =
    body
      .split(/\r?\n/)
      .map((part) =>
        part
          .replace(/[\p{Cc}\p{Cf}]/gu, "")
          .replace(/\s+/g, " ")
          .trim(),
      )
      .find((part) => part.length > 0) ?? "";
  const chars = [...line];
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH - 1).join("")}…` : line;
}

/** The event a redaction takes back: `redacts` at the top (room versions up to 10) or in the content (11 on). */
function redactedId(event: TimelineEvent): string | undefined {
  const id = typeof event.redacts === "string" ? event.redacts : event.content.redacts;
  return typeof id === "string" ? id : undefined;
}

/**
 * Reads a room's new events. Messages from the bot (notices, answers) do not count; an
 * edit is not a new message. In the Forum, a message with no relation is a thread root and
 * one related by `m.thread` is a reply to it.
 */
export function activityChanges(
  events: readonly TimelineEvent[],
  botUserId: string,
  isForum: boolean,
): ActivityChanges {
  const changes: ActivityChanges = { messages: [], topics: [], replies: [], redacted: [] };
  for (const event of events) {
    if (event.type === "m.room.redaction") {
      const id = redactedId(event);
      if (id) changes.redacted.push(id);
      continue;
    }
    if (event.type !== "m.room.message" || event.sender === botUserId) continue;
    const related = event.content["m.relates_to"];
    if (related?.rel_type === "m.replace") continue;
    const sentAt = new Date(event.origin_server_ts).toISOString();
    changes.messages.push({ eventId: event.event_id, sentAt });
    if (!isForum) continue;
    if (related?.rel_type === "m.thread" && related.event_id) {
      changes.replies.push({ eventId: event.event_id, rootId: related.event_id });
    } else if (!related && typeof event.content.body === "string") {
      const title = topicTitle(event.content.body);
      if (title) changes.topics.push({ eventId: event.event_id, sender: event.sender, title, sentAt });
    }
  }
  return changes;
}
