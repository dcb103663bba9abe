import { countryName, type Store } from "../../core/index.ts";
import { type BotClient, ensureRoom } from "../homeserver/rooms.ts";
import { botMessages } from "../i18n/index.ts";
import type { RoomRecords, RoomSlot } from "../store/rooms.ts";
import { convergeDirectory, convergePowerLevels, convergeState } from "../twinspace/converge.ts";
import { creatorOutranksAll } from "../twinspace/layout.ts";
import { convergeMembership } from "../twinspace/membership.ts";
import { Problems } from "../twinspace/problems.ts";
import { RoomSnapshot } from "../twinspace/snapshot.ts";
import { nationalUnitCreateRequest, nationalUnitPowerLevels, nationalUnitState } from "./layout.ts";
import { loadNationalUnit } from "./moderators.ts";

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
 * Matrix IDs, kept so like a TwinSpace's (a moderator whose grant is revoked is removed, state
 * and power levels changed by hand are put back). Only the bot invites; moderators decide
 * with commands, which core checks again.
 */
export class NationalUnitRooms {
  readonly #deps: NationalUnitRoomDeps;

  constructor(deps: NationalUnitRoomDeps) {
    this.#deps = deps;
  }

  /** The country's room, made if needed and put right (state, power levels, members); returns its id and language. */
  async ensure(
    country: string,
    reinvite: ReadonlySet<string> = new Set(),
  ): Promise<{ roomId: string; locale: string }> {
    const deps = this.#deps;
    const unit = await loadNationalUnit(deps.store, country);
    const t = botMessages.translator(unit.locale);
    const slot = nationalUnitSlot(country);
    const state = nationalUnitState(country, slot.key, t, deps.commandPrefix);
    const created = { userId: deps.botUserId, listed: !creatorOutranksAll(deps.roomVersion) };
    const { roomId } = await ensureRoom(deps, slot, () =>
      nationalUnitCreateRequest(state, nationalUnitPowerLevels(created), deps.roomVersion),
    );
    const snapshot = await RoomSnapshot.read(deps.client, roomId);
    const bot = { userId: deps.botUserId, listed: !creatorOutranksAll(snapshot.roomVersion()) };
    const work = {
      client: deps.client,
      botUserId: deps.botUserId,
      snapshot,
      label: t.t("nu.room.name", { country: countryName(country, t.locale) }),
      problems: new Problems(),
    };
    await convergeState(work, state);
    await convergePowerLevels(work, nationalUnitPowerLevels(bot), bot);
    await convergeDirectory(work);
    await convergeMembership(work, {
      people: unit.moderators,
      reinvite,
      // Said to the person removed: in their own language when they have an account.
      kickReason: async (userId) => {
        const account = await deps.store.transaction((tx) => tx.accounts.findByMatrixUserId(userId));
        const own = account ? botMessages.translator(account.locale) : t;
        return own.t("nu.kick.not_moderator", { country: countryName(country, own.locale) });
      },
    });
    // Nobody to tell in the room itself: the operator reads the log.
    if (work.problems.size > 0) {
      deps.log(`national unit room of ${country}: ${work.problems.lines(t).join(" ")}`);
    }
    return { roomId, locale: unit.locale };
  }
}
