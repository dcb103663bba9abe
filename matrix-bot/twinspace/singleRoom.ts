import type { RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import type { Translator } from "../../core/index.ts";
import { SLOT_MARKER } from "../homeserver/rooms.ts";
import type { RoomSlot } from "../store/rooms.ts";
import {
  type BotStanding,
  LEVEL,
  type PowerLevels,
  powerLevelsFor,
  type StateEvent,
  videoWidgetState,
  widgetLayout,
} from "./layout.ts";

/**
 * A room the reconciler keeps on its own, outside any space: an eTwinning Group's discussion
 * (groupRoom.ts) or a training event's video room (eventRoom.ts). Its people with a linked
 * Matrix ID belong in it, moderators at the moderator level; nothing else (no pupils).
 */
export interface DesiredSingleRoom {
  slot: RoomSlot;
  name: string;
  description: string;
  people: { matrixUserId: string; moderator: boolean }[];
  /** The catalogue key of the topic when the description is empty. */
  emptyTopicKey: string;
  /** The room's meeting widget, as a TwinSpace's General has (an event's room). */
  meeting?: { jitsiBaseUrl: string; conference: string } | undefined;
}

/** A room topic stays short; the page in the tool has the whole description. */
const TOPIC_LENGTH = 300;

/** Invitation only (the bot invites), no guests, history for members, the name, the slot marker, the meeting. */
export function singleRoomState(room: DesiredSingleRoom, t: Translator): StateEvent[] {
  const state = (type: string, content: Record<string, unknown>): StateEvent => ({
    type,
    stateKey: "",
    content,
  });
  const topic = room.description.replace(/\s+/g, " ");
  const meeting = room.meeting
    ? [videoWidgetState(t, room.meeting.jitsiBaseUrl, room.meeting.conference, room.name)]
    : [];
  return [
    state("m.room.join_rules", { join_rule: "invite" }),
    state("m.room.guest_access", { guest_access: "forbidden" }),
    state("m.room.history_visibility", { history_visibility: "shared" }),
    state("m.room.name", { name: room.name }),
    state("m.room.topic", {
      topic:
        topic.length > TOPIC_LENGTH
          ? `${topic.slice(0, TOPIC_LENGTH - 1)}…`
          : topic || t.t(room.emptyTopicKey),
    }),
    state(SLOT_MARKER, { slot: room.slot.key }),
    ...meeting,
  ];
}

export function singleRoomPowerLevels(room: DesiredSingleRoom, bot: BotStanding): PowerLevels {
  return powerLevelsFor(
    room.people.map((p) => ({
      matrixUserId: p.matrixUserId,
      level: p.moderator ? LEVEL.moderator : LEVEL.member,
    })),
    bot,
  );
}

export function singleRoomCreateRequest(
  room: DesiredSingleRoom,
  t: Translator,
  bot: BotStanding,
  roomVersion: string,
): RoomCreateOptions {
  // The meeting shows at the top when the room opens (set once, at creation, as in General).
  const state = [...singleRoomState(room, t), ...(room.meeting ? [widgetLayout()] : [])];
  return {
    preset: "private_chat",
    visibility: "private",
    room_version: roomVersion,
    power_level_content_override: singleRoomPowerLevels(room, bot),
    initial_state: state.map((event) => ({
      type: event.type,
      state_key: event.stateKey,
      content: event.content,
    })),
  };
}
