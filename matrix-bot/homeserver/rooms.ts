import type { MatrixClient, RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import type { RoomRecord, RoomRecords, RoomSlot } from "../store/rooms.ts";
import { classify } from "./retry.ts";

/** The state event that names a room's slot, so that a room whose creation was not recorded is found again. */
export const SLOT_MARKER = "org.opentwinning.room";

/** The calls the bot makes on the homeserver (matrix-bot-sdk's client, retrying). */
export type BotClient = Pick<
  MatrixClient,
  | "createRoom"
  | "getRoomState"
  | "getRoomStateEvent"
  | "sendStateEvent"
  | "inviteUser"
  | "kickUser"
  | "getJoinedRooms"
  | "getDirectoryVisibility"
  | "setDirectoryVisibility"
  | "doRequest"
>;

export interface RoomMakerDeps {
  client: BotClient;
  records: RoomRecords;
  now(): string;
}

/**
 * The room of a slot, created if it does not exist yet, never twice. The order makes that
 * so: the intent is recorded first, the room is created with the slot's marker in its
 * state, and its id is recorded at once. When a previous attempt got as far as the intent
 * but not the record (a crash, a lost response), the rooms the bot is in but never
 * recorded are searched for the marker before anything new is made.
 */
export async function ensureRoom(
  deps: RoomMakerDeps,
  slot: RoomSlot,
  request: (record: RoomRecord) => RoomCreateOptions,
  options: { videoConference?: string } = {},
): Promise<{ roomId: string; created: boolean }> {
  const known = await deps.records.get(slot.key);
  if (known?.roomId) return { roomId: known.roomId, created: false };
  if (known?.creatingSince) {
    const found = await findUnrecordedRoom(deps, slot.key);
    if (found) {
      await deps.records.recordRoom(slot.key, found, deps.now());
      return { roomId: found, created: false };
    }
  }
  const record = await deps.records.markCreating(slot, deps.now(), options.videoConference);
  const creation = request(record);
  let roomId: string;
  try {
    roomId = await deps.client.createRoom(creation);
  } catch (error) {
    // Synapse makes the room before it sends the request's invitations, and answers an
    // invitation it refuses (the invitee blocks invites) with an error for the whole call:
    // the room exists then, and the caller reads it back and invites people one by one.
    const made =
      creation.invite?.length && refusedByHomeserver(error)
        ? await findUnrecordedRoom(deps, slot.key)
        : undefined;
    if (!made) throw error;
    await deps.records.recordRoom(slot.key, made, deps.now());
    return { roomId: made, created: false };
  }
  await deps.records.recordRoom(slot.key, roomId, deps.now());
  return { roomId, created: true };
}

/** A joined room that carries the slot's marker but is missing from the records. */
async function findUnrecordedRoom(deps: RoomMakerDeps, slotKey: string): Promise<string | undefined> {
  const recorded = await deps.records.recordedRoomIds();
  for (const roomId of await deps.client.getJoinedRooms()) {
    if (recorded.has(roomId)) continue;
    const marker = await markerOf(deps.client, roomId);
    if (marker === slotKey) return roomId;
  }
  return undefined;
}

async function markerOf(client: BotClient, roomId: string): Promise<string | undefined> {
  try {
    const content = (await client.getRoomStateEvent(roomId, SLOT_MARKER, "")) as { slot?: unknown };
    return typeof content?.slot === "string" ? content.slot : undefined;
  } catch (error) {
    if (classify(error).kind === "permanent") return undefined; // no marker: not one of ours
    throw error;
  }
}

/** The homeserver answered with a refusal (4xx), not a network failure or a crash. */
function refusedByHomeserver(error: unknown): boolean {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === "number" && classify(error).kind === "permanent";
}
