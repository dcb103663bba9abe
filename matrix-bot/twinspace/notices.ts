import { createHash } from "node:crypto";
import type { Reply } from "../commands/reply.ts";
import type { BotClient } from "../homeserver/rooms.ts";
import type { RoomSnapshot } from "./snapshot.ts";

/** Marks the bot's own notices, so that people and tools can tell them apart. */
const NOTICE_MARKER = "org.opentwinning.notice";

export function digestOf(message: Reply): string {
  return createHash("sha256")
    .update(message.text)
    .update("\u0000")
    .update(message.html)
    .digest("hex")
    .slice(0, 32);
}

function noticeContent(
  message: Reply,
  purpose: string,
  mentions: readonly string[] = [],
): Record<string, unknown> {
  return {
    msgtype: "m.notice",
    body: message.text,
    format: "org.matrix.custom.html",
    formatted_body: message.html,
    "m.mentions": mentions.length > 0 ? { user_ids: [...mentions] } : {},
    [NOTICE_MARKER]: purpose,
  };
}

/**
 * Sends with a transaction id derived from what is sent: if the bot crashed after the
 * homeserver accepted the message but before the bot recorded it, sending again returns
 * the same event instead of a second message.
 */
async function sendOnce(
  client: BotClient,
  roomId: string,
  txnId: string,
  content: Record<string, unknown>,
): Promise<string> {
  const path = `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${encodeURIComponent(txnId)}`;
  const response = (await client.doRequest("PUT", path, null, content)) as { event_id: string };
  return response.event_id;
}

export async function sendNotice(
  client: BotClient,
  roomId: string,
  purpose: string,
  message: Reply,
  mentions: readonly string[] = [],
): Promise<string> {
  return sendNoticeOnce(client, roomId, `${purpose}-${digestOf(message)}`, purpose, message, mentions);
}

/**
 * Sends a notice under a transaction id the caller derives from what caused it (a command's
 * event id, an outbox event's id): handling the same cause twice, by a retry or by two
 * instances sharing the bot's token, gives one message.
 */
export async function sendNoticeOnce(
  client: BotClient,
  roomId: string,
  txnId: string,
  purpose: string,
  message: Reply,
  mentions: readonly string[] = [],
): Promise<string> {
  return sendOnce(client, roomId, txnId, noticeContent(message, purpose, mentions));
}

/** Replaces a notice's text (an m.replace edit), keeping its event id, so it stays pinned. */
export async function editNotice(
  client: BotClient,
  roomId: string,
  eventId: string,
  purpose: string,
  message: Reply,
): Promise<void> {
  const content = noticeContent(message, purpose);
  await sendOnce(client, roomId, `${purpose}-edit-${digestOf(message)}`, {
    ...content,
    body: `* ${message.text}`,
    formatted_body: `* ${message.html}`,
    "m.new_content": content,
    "m.relates_to": { rel_type: "m.replace", event_id: eventId },
  });
}

/** Pins the event first among the room's pinned events, keeping what people pinned themselves. */
export async function ensurePinned(
  client: BotClient,
  snapshot: RoomSnapshot,
  eventId: string,
): Promise<boolean> {
  const pinned = snapshot.content("m.room.pinned_events")?.pinned;
  const current = Array.isArray(pinned) ? pinned.filter((id): id is string => typeof id === "string") : [];
  if (current.includes(eventId)) return false;
  await client.sendStateEvent(snapshot.roomId, "m.room.pinned_events", "", { pinned: [eventId, ...current] });
  return true;
}
