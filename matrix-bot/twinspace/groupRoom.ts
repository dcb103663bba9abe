import type { RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import type { Id, Store, Translator } from "../../core/index.ts";
import { SLOT_MARKER } from "../homeserver/rooms.ts";
import type { RoomSlot } from "../store/rooms.ts";
import { type BotStanding, LEVEL, type PowerLevels, powerLevelsFor, type StateEvent } from "./layout.ts";

/**
 * The "group" kind of the reconciler's desired state: an approved eTwinning Group's one
 * discussion room. Its members with a linked Matrix ID belong in it, moderators at the
 * moderator level; nothing else (no space, no pupils).
 */
export interface DesiredGroupRoom {
  groupId: Id;
  name: string;
  description: string;
  people: { matrixUserId: string; moderator: boolean }[];
}

/** A room topic stays short; the group's page has the whole description. */
const TOPIC_LENGTH = 300;

export function groupSlot(groupId: Id): RoomSlot {
  return { key: `group/${groupId}`, purpose: "group" };
}

/** The desired room of an approved group; undefined for proposed or declined ones (they have none). */
export async function loadDesiredGroup(store: Store, groupId: Id): Promise<DesiredGroupRoom | undefined> {
  return store.readOnly(async (tx) => {
    const group = await tx.groups.get(groupId);
    if (group?.status !== "approved") return undefined;
    const members = await tx.groups.matrixMembers(groupId);
    return {
      groupId,
      name: group.name,
      description: group.description,
      people: members.map((m) => ({ matrixUserId: m.matrixUserId, moderator: m.role === "moderator" })),
    };
  });
}

/** Invitation only (the bot invites members), no guests, history for members, name = the group's name. */
export function groupState(group: DesiredGroupRoom, t: Translator): StateEvent[] {
  const state = (type: string, content: Record<string, unknown>): StateEvent => ({
    type,
    stateKey: "",
    content,
  });
  const topic = group.description.replace(/\s+/g, " ");
  return [
    state("m.room.join_rules", { join_rule: "invite" }),
    state("m.room.guest_access", { guest_access: "forbidden" }),
    state("m.room.history_visibility", { history_visibility: "shared" }),
    state("m.room.name", { name: group.name }),
    state("m.room.topic", {
      topic:
        topic.length > TOPIC_LENGTH
          ? `${topic.slice(0, TOPIC_LENGTH - 1)}…`
          : topic || t.t("group.room.topic"),
    }),
    state(SLOT_MARKER, { slot: groupSlot(group.groupId).key }),
  ];
}

export function groupPowerLevels(group: DesiredGroupRoom, bot: BotStanding): PowerLevels {
  return powerLevelsFor(
    group.people.map((p) => ({
      matrixUserId: p.matrixUserId,
      level: p.moderator ? LEVEL.moderator : LEVEL.member,
    })),
    bot,
  );
}

export function groupCreateRequest(
  group: DesiredGroupRoom,
  t: Translator,
  bot: BotStanding,
  roomVersion: string,
): RoomCreateOptions {
  return {
    preset: "private_chat",
    visibility: "private",
    room_version: roomVersion,
    power_level_content_override: groupPowerLevels(group, bot),
    initial_state: groupState(group, t).map((event) => ({
      type: event.type,
      state_key: event.stateKey,
      content: event.content,
    })),
  };
}
