import { CENTRAL_SUPPORT_UNIT, countriesActedFor, type Id, type Store } from "../../core/index.ts";
import type { RoomSlot } from "../store/rooms.ts";
import type { DesiredSingleRoom } from "./singleRoom.ts";

/**
 * The "event" kind of the reconciler's desired state: a training or online event's video room
 * (singleRoom.ts, with the same meeting widget as a TwinSpace's General). Its registered
 * participants with a linked Matrix ID belong in it (not those waiting), and its organisers —
 * the staff of its national unit, or the central support service for its own events — as
 * moderators. A cancelled event's room keeps nobody.
 */
export function eventSlot(eventId: Id): RoomSlot {
  return { key: `event/${eventId}`, purpose: "event" };
}

export async function loadDesiredEvent(
  store: Store,
  eventId: Id,
): Promise<Omit<DesiredSingleRoom, "meeting"> | undefined> {
  return store.readOnly(async (tx) => {
    const event = await tx.onlineEvents.get(eventId);
    if (!event) return undefined;
    const unit = event.country ?? CENTRAL_SUPPORT_UNIT;
    const organisers = (await tx.grants.list()).filter(({ grant }) =>
      unit === CENTRAL_SUPPORT_UNIT
        ? grant.role === "central_admin"
        : countriesActedFor([grant], "organise_events").includes(unit),
    );
    const accounts = await tx.accounts.getMany([...new Set(organisers.map((o) => o.accountId))]);
    const participants = await tx.onlineEvents.matrixMembers(eventId);
    const people =
      event.status === "cancelled"
        ? []
        : [
            ...accounts.flatMap((a) =>
              a.matrixUserId ? [{ matrixUserId: a.matrixUserId, moderator: true }] : [],
            ),
            ...participants
              .filter((p) => !accounts.some((a) => a.matrixUserId === p.matrixUserId))
              .map((p) => ({ matrixUserId: p.matrixUserId, moderator: false })),
          ];
    return {
      slot: eventSlot(eventId),
      name: event.title,
      description: event.description,
      emptyTopicKey: "event.room.topic",
      people,
    };
  });
}
