import type { RoomContext } from "../commands/command.ts";
import type { RoomRecords } from "../store/rooms.ts";

/** What a room is for, from the bot's records: a TwinSpace room, a national unit's room, a DM. */
export async function roomContext(records: RoomRecords, roomId: string): Promise<RoomContext> {
  const record = await records.byRoomId(roomId);
  if (!record) return { kind: "other" };
  if (record.purpose === "direct") return { kind: "direct" };
  if (record.purpose === "national_unit" && record.country)
    return { kind: "national_unit", country: record.country };
  if (record.projectId) return { kind: "project", projectId: record.projectId };
  return { kind: "other" };
}
