import type { IncomingEvent } from "../commands/filter.ts";

/** The parts of a /sync answer the chat reads (Matrix client-server API, GET /sync). */
export interface SyncResponse {
  next_batch: string;
  rooms?: {
    join?: Record<string, { timeline?: { events?: TimelineEvent[]; limited?: boolean } }>;
    invite?: Record<string, { invite_state?: { events?: StrippedEvent[] } }>;
    /** Rooms the bot is no longer in (only their ids are read). */
    leave?: Record<string, unknown>;
  };
}

export type TimelineEvent = IncomingEvent & {
  event_id: string;
  state_key?: string;
  /** A redaction's target, in room versions up to 10 (from 11 on it is in the content). */
  redacts?: unknown;
  content: IncomingEvent["content"] & {
    membership?: string;
    "m.relates_to"?: { rel_type?: string; event_id?: string };
    redacts?: unknown;
  };
  unsigned?: { prev_content?: { membership?: string } };
};

interface StrippedEvent {
  type: string;
  sender: string;
  state_key?: string;
  content: { membership?: string; is_direct?: boolean };
}

/** One invitation of the bot: who sent it and whether they marked it as a direct message. */
export interface Invitation {
  roomId: string;
  inviter: string;
  isDirect: boolean;
}

/**
 * Each joined room's new events: in the sync that brings the bot's own join, the events
 * before it are the room's history and are skipped. `gap` says the server left events out
 * (a limited timeline) that the bot therefore never saw.
 */
export function newEventsByRoom(
  response: SyncResponse,
  botUserId: string,
): { roomId: string; events: TimelineEvent[]; gap: boolean }[] {
  return Object.entries(response.rooms?.join ?? {}).map(([roomId, room]) => {
    const events = room.timeline?.events ?? [];
    const joinedAt = events.findLastIndex((event) => isOwnJoin(event, botUserId));
    return {
      roomId,
      events: events.slice(joinedAt + 1),
      gap: joinedAt < 0 && room.timeline?.limited === true,
    };
  });
}

/** Every new event, room by room (the chat reads commands among them). */
export function newMessages(
  response: SyncResponse,
  botUserId: string,
): { roomId: string; event: TimelineEvent }[] {
  return newEventsByRoom(response, botUserId).flatMap(({ roomId, events }) =>
    events.map((event) => ({ roomId, event })),
  );
}

function isOwnJoin(event: TimelineEvent, botUserId: string): boolean {
  return (
    event.type === "m.room.member" &&
    event.state_key === botUserId &&
    event.content.membership === "join" &&
    event.unsigned?.prev_content?.membership !== "join"
  );
}

export function invitations(response: SyncResponse, botUserId: string): Invitation[] {
  return Object.entries(response.rooms?.invite ?? {}).map(([roomId, room]) => {
    const own = (room.invite_state?.events ?? []).find(
      (event) => event.type === "m.room.member" && event.state_key === botUserId,
    );
    return { roomId, inviter: own?.sender ?? "", isDirect: own?.content.is_direct === true };
  });
}
