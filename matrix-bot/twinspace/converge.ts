import { withoutBidiControls } from "../homeserver/bidi.ts";
import type { BotClient } from "../homeserver/rooms.ts";
import { sameJson } from "../homeserver/json.ts";
import { classify } from "../homeserver/retry.ts";
import { type BotStanding, LEVEL, MANAGED_POWER_KEYS, type PowerLevels, type StateEvent } from "./layout.ts";
import { describeFailure, type Problems } from "./problems.ts";
import type { RoomSnapshot } from "./snapshot.ts";

/** One room being put right: the client, the bot, what was read, and where to note what cannot be. */
export interface RoomWork {
  client: BotClient;
  botUserId: string;
  snapshot: RoomSnapshot;
  /** The room's name as people see it, for the founders' notice. */
  label: string;
  problems: Problems;
}

/**
 * Runs a change; a refusal by the homeserver (forbidden, unknown user) becomes a problem for
 * the founders and the pass goes on. Rate limits and outages were retried below and, if
 * they persist, end the pass (it is done again later).
 */
export async function attempt(
  work: RoomWork,
  change: () => Promise<unknown>,
  onRefusal: (detail: string) => void,
): Promise<boolean> {
  try {
    await change();
    return true;
  } catch (error) {
    if (classify(error).kind !== "permanent") throw error;
    onRefusal(describeFailure(error));
    return false;
  }
}

/**
 * Sends each kept state event whose content differs from the room's; returns how many it sent.
 * The room holds what the client sent, without bidi controls: compared so, a title with one
 * is not sent again on every pass.
 */
export async function convergeState(work: RoomWork, kept: readonly StateEvent[]): Promise<number> {
  let sent = 0;
  for (const event of kept) {
    if (sameJson(work.snapshot.content(event.type, event.stateKey), withoutBidiControls(event.content)))
      continue;
    const ok = await attempt(
      work,
      () => work.client.sendStateEvent(work.snapshot.roomId, event.type, event.stateKey, event.content),
      (detail) => work.problems.add("state_failed", event.type, work.label, detail),
    );
    if (ok) sent++;
  }
  return sent;
}

/**
 * Puts the power levels back. Where the bot is listed (room versions before 12), a user
 * other than the bot at the bot's level cannot be lowered by anyone (Matrix forbids it):
 * their entry is kept, so the rest can still be restored, and the founders are told.
 */
export async function convergePowerLevels(
  work: RoomWork,
  desired: PowerLevels,
  bot: BotStanding,
): Promise<boolean> {
  const actual = work.snapshot.content("m.room.power_levels") ?? {};
  const users = { ...desired.users };
  for (const [userId, level] of Object.entries((actual.users ?? {}) as Record<string, number>)) {
    if (bot.listed && userId !== bot.userId && level >= LEVEL.bot) {
      users[userId] = level;
      work.problems.add("power_locked", userId, work.label);
    }
  }
  const wanted: PowerLevels = { ...desired, users };
  if (MANAGED_POWER_KEYS.every((key) => sameJson(actual[key], wanted[key]))) return false;
  return attempt(
    work,
    () =>
      work.client.sendStateEvent(work.snapshot.roomId, "m.room.power_levels", "", { ...actual, ...wanted }),
    (detail) => work.problems.add("state_failed", "m.room.power_levels", work.label, detail),
  );
}

/** Nothing of a TwinSpace is published in the room directory. */
export async function convergeDirectory(work: RoomWork): Promise<void> {
  const roomId = work.snapshot.roomId;
  if ((await work.client.getDirectoryVisibility(roomId)) !== "public") return;
  await attempt(
    work,
    () => work.client.setDirectoryVisibility(roomId, "private"),
    (detail) => work.problems.add("state_failed", "directory", work.label, detail),
  );
}
