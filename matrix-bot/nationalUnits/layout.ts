import type { RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import { countryName, type Translator } from "../../core/index.ts";
import { SLOT_MARKER } from "../homeserver/rooms.ts";
import { type BotStanding, LEVEL, type PowerLevels, type StateEvent } from "../twinspace/layout.ts";

/**
 * A national unit's room as pure data, used both to create it and to put it back:
 * invitation-only, no guests, history for members, its name and topic, the slot marker; the
 * bot alone changes state, invites and removes (membership follows the moderator grants).
 */
export function nationalUnitState(
  country: string,
  slotKey: string,
  t: Translator,
  prefix: string,
): StateEvent[] {
  const name = countryName(country, t.locale);
  const state = (type: string, content: Record<string, unknown>): StateEvent => ({
    type,
    stateKey: "",
    content,
  });
  return [
    state("m.room.join_rules", { join_rule: "invite" }),
    state("m.room.guest_access", { guest_access: "forbidden" }),
    state("m.room.history_visibility", { history_visibility: "shared" }),
    state("m.room.name", { name: t.t("nu.room.name", { country: name }) }),
    state("m.room.topic", { topic: t.t("nu.room.topic", { country: name, prefix }) }),
    state(SLOT_MARKER, { slot: slotKey }),
  ];
}

export function nationalUnitPowerLevels(bot: BotStanding): PowerLevels {
  return {
    users: bot.listed ? { [bot.userId]: LEVEL.bot } : {},
    users_default: LEVEL.member,
    events_default: LEVEL.member,
    state_default: LEVEL.bot,
    invite: LEVEL.bot,
    kick: LEVEL.bot,
    ban: LEVEL.bot,
    redact: LEVEL.bot,
    notifications: { room: LEVEL.bot },
    events: {},
  };
}

export function nationalUnitCreateRequest(
  state: readonly StateEvent[],
  levels: PowerLevels,
  roomVersion: string,
): RoomCreateOptions {
  return {
    preset: "private_chat",
    visibility: "private",
    room_version: roomVersion,
    power_level_content_override: levels,
    initial_state: state.map((event) => ({
      type: event.type,
      state_key: event.stateKey,
      content: event.content,
    })),
  };
}
