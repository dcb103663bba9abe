import type { RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import { roomOpenTo, type Translator } from "../../core/index.ts";
import { SLOT_MARKER } from "../homeserver/rooms.ts";
import type { DesiredTwinSpace, TwinSpacePerson, TwinSpaceRole } from "./desired.ts";

/**
 * The shape of a TwinSpace, as pure data: which rooms, who belongs in each, their power
 * levels and the state the bot keeps in them. The reconciler compares this with the
 * homeserver; nothing here talks to Matrix.
 */

export const CHILD_ROOMS = ["general", "forum", "teachers", "pupils"] as const;
export type ChildRoom = (typeof CHILD_ROOMS)[number];
export type TwinSpaceRoom = "space" | ChildRoom;
export const TWINSPACE_ROOMS: readonly TwinSpaceRoom[] = ["space", ...CHILD_ROOMS];

export const VIDEO_WIDGET_ID = "opentwinning-video";
const WIDGET_EVENT = "im.vector.modular.widgets";

export function projectSlotKey(projectId: string, room: TwinSpaceRoom): string {
  return `project/${projectId}/${room}`;
}

/** Core's table of rooms (`roomOpenTo`): pupils are never in the Teachers' room. */
export function belongsIn(room: TwinSpaceRoom, role: TwinSpaceRole): boolean {
  return roomOpenTo(room, role === "pupil" ? "pupil" : "teacher");
}

export function peopleIn(room: TwinSpaceRoom, twinSpace: DesiredTwinSpace): TwinSpacePerson[] {
  return twinSpace.people.filter((person) => belongsIn(room, person.role));
}

/**
 * Power levels. The bot alone has the top level, so it can always put a room back and
 * nobody can take the room from it; founders and project admins 75 (content, moderation,
 * widgets); teachers 50 (moderators: kick, ban, redact, pin); pupils 0. Structure that
 * follows the project (join rules, names, power levels, space links) needs 100: it changes
 * through OpenTwinning, not by hand. Invitations too (R8: people join through the project).
 */
export const LEVEL = { bot: 100, manager: 75, moderator: 50, member: 0 } as const;

export function levelOf(role: TwinSpaceRole): number {
  if (role === "founder" || role === "admin") return LEVEL.manager;
  return role === "teacher" ? LEVEL.moderator : LEVEL.member;
}

/**
 * From room version 12 on, a room's creator outranks every power level and must not be
 * listed in `users` (MSC4289); in older versions the bot is listed at 100.
 */
export function creatorOutranksAll(roomVersion: string): boolean {
  return /^\d+$/.test(roomVersion) ? Number(roomVersion) >= 12 : roomVersion.startsWith("org.matrix.hydra");
}

/** The bot as the power levels see it: its id, and whether it is listed (older room versions) or the creator above all. */
export interface BotStanding {
  userId: string;
  listed: boolean;
}

export interface PowerLevels {
  users: Record<string, number>;
  users_default: number;
  events_default: number;
  state_default: number;
  invite: number;
  kick: number;
  ban: number;
  redact: number;
  notifications: { room: number };
  events: Record<string, number>;
}

/** The power-level keys the bot owns; others a server adds (e.g. `historical`) are kept as they are. */
export const MANAGED_POWER_KEYS = [
  "users",
  "users_default",
  "events_default",
  "state_default",
  "invite",
  "kick",
  "ban",
  "redact",
  "notifications",
  "events",
] as const satisfies readonly (keyof PowerLevels)[];

/** A closed project's rooms are read-only: nobody but the bot sends anything; moderators may still redact. */
export function powerLevels(
  people: readonly TwinSpacePerson[],
  bot: BotStanding,
  closed: boolean,
): PowerLevels {
  return powerLevelsFor(
    people.map((person) => ({ matrixUserId: person.matrixUserId, level: levelOf(person.role) })),
    bot,
    closed,
  );
}

/** The power levels of a managed room whose people have the given levels (a TwinSpace's, a group's). */
export function powerLevelsFor(
  people: readonly { matrixUserId: string; level: number }[],
  bot: BotStanding,
  closed = false,
): PowerLevels {
  const users: Record<string, number> = {};
  for (const { matrixUserId, level } of people) if (level > 0) users[matrixUserId] = level;
  if (bot.listed) users[bot.userId] = LEVEL.bot;
  return {
    users,
    users_default: LEVEL.member,
    events_default: closed ? LEVEL.bot : LEVEL.member,
    state_default: LEVEL.bot,
    invite: LEVEL.bot,
    kick: LEVEL.moderator,
    ban: LEVEL.moderator,
    redact: LEVEL.moderator,
    notifications: { room: LEVEL.moderator },
    events: {
      "m.room.avatar": LEVEL.manager,
      "m.room.pinned_events": LEVEL.moderator,
      [WIDGET_EVENT]: LEVEL.manager,
      "io.element.widgets.layout": LEVEL.manager,
      ...(closed ? { "m.room.redaction": LEVEL.moderator } : {}),
    },
  };
}

export interface StateEvent {
  type: string;
  stateKey: string;
  content: Record<string, unknown>;
}

/** What the layout needs besides the desired TwinSpace: who the bot is and where the rooms are. */
export interface LayoutContext {
  twinSpace: DesiredTwinSpace;
  t: Translator;
  serverName: string;
  jitsiBaseUrl: string;
  /** The space's room id (known once the space exists). */
  spaceId: string | undefined;
  /** The child rooms' ids, for the space's m.space.child events. */
  childIds: Partial<Record<ChildRoom, string>>;
  /** The General room's video conference name. */
  videoConference: string | undefined;
  /** The room version new rooms are created with (the homeserver's default). */
  roomVersion: string;
}

export function roomName(room: TwinSpaceRoom, context: Pick<LayoutContext, "t" | "twinSpace">): string {
  return context.t.t(`twinspace.room.${room}.name`, { title: context.twinSpace.title });
}

/**
 * The state the bot keeps in a room, exactly: join rules (space and Teachers' room by
 * invitation only; the others open to members of the space), no guests, history for
 * members only (`shared`: members read what was written before they joined, so the forum
 * keeps its threads for a teacher who joins later; nobody outside ever reads it), name,
 * topic, the slot marker, the links between space and rooms, and General's video widget.
 */
export function keptState(room: TwinSpaceRoom, slotKey: string, context: LayoutContext): StateEvent[] {
  const { twinSpace, t, spaceId } = context;
  const state = (type: string, content: Record<string, unknown>, stateKey = ""): StateEvent => ({
    type,
    stateKey,
    content,
  });
  const restricted = room !== "space" && room !== "teachers" && spaceId !== undefined;
  const events = [
    state(
      "m.room.join_rules",
      restricted
        ? { join_rule: "restricted", allow: [{ type: "m.room_membership", room_id: spaceId }] }
        : { join_rule: "invite" },
    ),
    state("m.room.guest_access", { guest_access: "forbidden" }),
    state("m.room.history_visibility", { history_visibility: "shared" }),
    state("m.room.name", { name: roomName(room, context) }),
    state("m.room.topic", {
      topic:
        room === "space"
          ? twinSpace.summary
          : t.t(`twinspace.room.${room}.topic`, { title: twinSpace.title }),
    }),
    state(SLOT_MARKER, { slot: slotKey }),
  ];
  if (room !== "space" && spaceId) {
    events.push(state("m.space.parent", { via: [context.serverName], canonical: true }, spaceId));
  }
  if (room === "space") {
    CHILD_ROOMS.forEach((child, index) => {
      const childId = context.childIds[child];
      if (childId) {
        events.push(
          state(
            "m.space.child",
            { via: [context.serverName], suggested: true, order: String(index + 1) },
            childId,
          ),
        );
      }
    });
  }
  if (room === "general" && context.videoConference) {
    events.push(
      videoWidgetState(context.t, context.jitsiBaseUrl, context.videoConference, context.twinSpace.title),
    );
  }
  return events;
}

/**
 * The meeting widget (a TwinSpace's General, an event's room): a Jitsi widget whose `type` and
 * `data` are what Element reads to open its Jitsi wrapper; `url` opens the same conference in
 * any other client.
 */
export function videoWidgetState(
  t: Translator,
  jitsiBaseUrl: string,
  conference: string,
  title: string,
): StateEvent {
  const base = new URL(jitsiBaseUrl);
  return {
    type: WIDGET_EVENT,
    stateKey: VIDEO_WIDGET_ID,
    content: {
      type: "m.jitsi",
      id: VIDEO_WIDGET_ID,
      name: t.t("twinspace.video.name"),
      url: `${jitsiBaseUrl}/${conference}`,
      data: { domain: base.host, conferenceId: conference, isAudioOnly: false, roomName: title },
    },
  };
}

/** Element shows the video widget at the top of the room when it is opened. */
export function widgetLayout(): StateEvent {
  return {
    type: "io.element.widgets.layout",
    stateKey: "",
    content: { widgets: { [VIDEO_WIDGET_ID]: { container: "top", index: 0, width: 100, height: 40 } } },
  };
}

/**
 * One createRoom call carries everything: power levels, join rules, links, marker and
 * widget go in `initial_state` and `power_level_content_override`, not in follow-up events,
 * and the room's people on this homeserver are invited by it too. People on other servers
 * are invited one by one afterwards (convergeMembership): an invitation that federation
 * refuses must not fail the creation (Synapse would answer the whole createRoom with the
 * error after making the room; the slot marker would still find it, but one pass would be lost).
 */
export function createRoomRequest(
  room: TwinSpaceRoom,
  slotKey: string,
  context: LayoutContext,
  botUserId: string,
): RoomCreateOptions {
  const bot = { userId: botUserId, listed: !creatorOutranksAll(context.roomVersion) };
  const state = keptState(room, slotKey, context);
  if (room === "general") state.push(widgetLayout());
  const local = `:${context.serverName}`;
  const invite = [
    ...new Set(
      peopleIn(room, context.twinSpace)
        .map((person) => person.matrixUserId)
        .filter((userId) => userId.endsWith(local) && userId !== botUserId),
    ),
  ];
  return {
    preset: "private_chat",
    visibility: "private",
    room_version: context.roomVersion,
    ...(invite.length > 0 ? { invite } : {}),
    creation_content: room === "space" ? { type: "m.space" } : {},
    power_level_content_override: powerLevels(
      peopleIn(room, context.twinSpace),
      bot,
      context.twinSpace.closedAt !== undefined,
    ),
    initial_state: state.map((event) => ({
      type: event.type,
      state_key: event.stateKey,
      content: event.content,
    })),
  };
}
