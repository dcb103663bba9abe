import type { RoomContext } from "../commands/command.ts";
import { newEventsByRoom, type SyncResponse, type TimelineEvent } from "./syncResponse.ts";

/** How long after a hand-made change the repair waits: a founder's edits usually come in a burst. */
export const DRIFT_DELAY_MS = 2_000;
/** However long the burst goes on, the repair waits no longer than this after its first change. */
export const DRIFT_MAX_WAIT_MS = 10_000;

/**
 * A change of a room's state the bot did not make: any state event by someone else, except
 * a person's own join or leave (accepting an invitation, leaving by choice: the bot respects
 * both). Kicks, bans, a changed name, widget, pin or power level all count, and so does a
 * redaction, which moderators may also aim at a state event (the widget, the power levels).
 */
export function isDrift(event: TimelineEvent, botUserId: string): boolean {
  if (event.sender === botUserId) return false;
  if (event.type === "m.room.redaction") return true;
  if (event.state_key === undefined) return false;
  return !(event.type === "m.room.member" && event.state_key === event.sender);
}

/** What a hand-made change asks to repair: the project or the national unit whose room it was. */
export type RepairTarget = Extract<RoomContext, { kind: "project" | "national_unit" }>;

function keyOf(target: RepairTarget): string {
  return target.kind === "project" ? `project/${target.projectId}` : `national_unit/${target.country}`;
}

/**
 * What waits to be repaired (projects, national units), debounced: each new change of the
 * same thing pushes its repair back by `delayMs`, up to `maxWaitMs` after the first. Kept in
 * memory only: after a restart the full pass at start repairs whatever was waiting.
 */
export class PendingRepairs {
  readonly #delayMs: number;
  readonly #maxWaitMs: number;
  readonly #now: () => number;
  readonly #waiting = new Map<string, { target: RepairTarget; first: number; due: number }>();

  constructor(options: { delayMs?: number; maxWaitMs?: number; now?: () => number } = {}) {
    this.#delayMs = options.delayMs ?? DRIFT_DELAY_MS;
    this.#maxWaitMs = options.maxWaitMs ?? DRIFT_MAX_WAIT_MS;
    this.#now = options.now ?? Date.now;
  }

  note(target: RepairTarget): void {
    const key = keyOf(target);
    const now = this.#now();
    const first = this.#waiting.get(key)?.first ?? now;
    this.#waiting.set(key, { target, first, due: Math.min(now + this.#delayMs, first + this.#maxWaitMs) });
  }

  /** What waited long enough, taken out of the queue. */
  takeDue(): RepairTarget[] {
    const now = this.#now();
    const due = [...this.#waiting].filter(([, wait]) => wait.due <= now);
    for (const [key] of due) this.#waiting.delete(key);
    return due.map(([, wait]) => wait.target);
  }
}

/** The rooms of a /sync answer that someone else changed, or where the server skipped events. */
export function changedRooms(response: SyncResponse, botUserId: string): string[] {
  return roomsWhere(response, botUserId, (event) => isDrift(event, botUserId));
}

/**
 * The rooms whose state someone other than the bot touched, own joins and leaves included
 * (they need no repair, but the room is no longer as the bot last read it), where the server
 * skipped events, or that the bot is no longer in (a server admin removed it).
 */
export function stateTouchedRooms(response: SyncResponse, botUserId: string): string[] {
  const touched = roomsWhere(
    response,
    botUserId,
    (event) =>
      event.sender !== botUserId && (event.state_key !== undefined || event.type === "m.room.redaction"),
  );
  return [...touched, ...Object.keys(response.rooms?.leave ?? {})];
}

function roomsWhere(
  response: SyncResponse,
  botUserId: string,
  counts: (event: TimelineEvent) => boolean,
): string[] {
  return newEventsByRoom(response, botUserId)
    .filter(({ events, gap }) => gap || events.some(counts))
    .map(({ roomId }) => roomId);
}
