import type { Id, Store } from "../../core/index.ts";
import type { RoomSlot } from "../store/rooms.ts";
import type { DesiredSingleRoom } from "./singleRoom.ts";

/**
 * The "group" kind of the reconciler's desired state: an approved eTwinning Group's one
 * discussion room (singleRoom.ts). Its members with a linked Matrix ID belong in it,
 * moderators at the moderator level.
 */
export function groupSlot(groupId: Id): RoomSlot {
  return { key: `group/${groupId}`, purpose: "group" };
}

/** The desired room of an approved group; undefined for proposed or declined ones (they have none). */
export async function loadDesiredGroup(store: Store, groupId: Id): Promise<DesiredSingleRoom | undefined> {
  return store.readOnly(async (tx) => {
    const group = await tx.groups.get(groupId);
    if (group?.status !== "approved") return undefined;
    const members = await tx.groups.matrixMembers(groupId);
    return {
      slot: groupSlot(groupId),
      name: group.name,
      description: group.description,
      emptyTopicKey: "group.room.topic",
      people: members.map((m) => ({ matrixUserId: m.matrixUserId, moderator: m.role === "moderator" })),
    };
  });
}
