import type { RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import { countryName, type Store } from "../../core/index.ts";
import { type BotClient, ensureRoom, SLOT_MARKER } from "../homeserver/rooms.ts";
import { botMessages } from "../i18n/index.ts";
import type { RoomRecords, RoomSlot } from "../store/rooms.ts";
import { creatorOutranksAll, LEVEL } from "../twinspace/layout.ts";
import { convergeMembership } from "../twinspace/membership.ts";
import { Problems } from "../twinspace/problems.ts";
import { RoomSnapshot } from "../twinspace/snapshot.ts";
import { loadNationalUnit, type NationalUnit } from "./moderators.ts";

export interface NationalUnitRoomDeps {
  client: BotClient;
  store: Store;
  records: RoomRecords;
  botUserId: string;
  roomVersion: string;
  commandPrefix: string;
  now(): string;
  log(message: string): void;
}

export function nationalUnitSlot(country: string): RoomSlot {
  return { key: `national_unit/${country}`, purpose: "national_unit", country };
}

/**
 * One room per country for its national unit: made once (the same crash-safe creation as a
 * TwinSpace's rooms), invitation-only, its members the country's moderators by their linked
 * Matrix IDs, kept so like a TwinSpace's membership (a moderator whose grant is revoked is
 * removed). Only the bot invites; moderators decide with commands, which core checks again.
 */
export class NationalUnitRooms {
  readonly #deps: NationalUnitRoomDeps;

  constructor(deps: NationalUnitRoomDeps) {
    this.#deps = deps;
  }

  /** The country's room, made if needed, with its membership put right; returns its id and language. */
  async ensure(
    country: string,
    reinvite: ReadonlySet<string> = new Set(),
  ): Promise<{ roomId: string; locale: string }> {
    const deps = this.#deps;
    const unit = await loadNationalUnit(deps.store, country);
    const slot = nationalUnitSlot(country);
    const { roomId } = await ensureRoom(deps, slot, () => this.#createRequest(unit, slot.key));
    const t = botMessages.translator(unit.locale);
    const name = countryName(country, t.locale);
    const problems = new Problems();
    await convergeMembership(
      {
        client: deps.client,
        botUserId: deps.botUserId,
        snapshot: await RoomSnapshot.read(deps.client, roomId),
        label: t.t("nu.room.name", { country: name }),
        problems,
      },
      {
        people: unit.moderators,
        reinvite,
        kickReason: async () => t.t("nu.kick.not_moderator", { country: name }),
      },
    );
    // Nobody to tell in the room itself: the operator reads the log.
    if (problems.size > 0) deps.log(`national unit room of ${country}: ${problems.lines(t).join(" ")}`);
    return { roomId, locale: unit.locale };
  }

  #createRequest(unit: NationalUnit, slotKey: string): RoomCreateOptions {
    const { botUserId, roomVersion, commandPrefix } = this.#deps;
    const t = botMessages.translator(unit.locale);
    const country = countryName(unit.country, t.locale);
    const state = (type: string, content: Record<string, unknown>) => ({ type, state_key: "", content });
    return {
      preset: "private_chat",
      visibility: "private",
      room_version: roomVersion,
      name: t.t("nu.room.name", { country }),
      topic: t.t("nu.room.topic", { country, prefix: commandPrefix }),
      power_level_content_override: {
        users: creatorOutranksAll(roomVersion) ? {} : { [botUserId]: LEVEL.bot },
        users_default: LEVEL.member,
        events_default: LEVEL.member,
        state_default: LEVEL.bot,
        invite: LEVEL.bot,
        kick: LEVEL.bot,
        ban: LEVEL.bot,
        redact: LEVEL.bot,
      },
      initial_state: [
        state("m.room.join_rules", { join_rule: "invite" }),
        state("m.room.guest_access", { guest_access: "forbidden" }),
        state("m.room.history_visibility", { history_visibility: "shared" }),
        state(SLOT_MARKER, { slot: slotKey }),
      ],
    };
  }
}
