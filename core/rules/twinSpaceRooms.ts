/**
 * Who is in which room of a TwinSpace, as one table: the bot invites by it
 * (matrix-bot/twinspace/layout.ts) and the project page shows links and activity by it.
 * Pupils are in the space, General, Forum and the Pupils' room; never in the Teachers' room.
 */
const ROOM_READERS: Readonly<Record<string, readonly ("teacher" | "pupil")[]>> = {
  space: ["teacher", "pupil"],
  general: ["teacher", "pupil"],
  forum: ["teacher", "pupil"],
  teachers: ["teacher"],
  pupils: ["teacher", "pupil"],
  video: ["teacher", "pupil"],
};

/** Whether a project member (any teacher role, or a pupil) belongs in the room; unknown rooms are teachers' only. */
export function roomOpenTo(room: string, member: "teacher" | "pupil"): boolean {
  return (ROOM_READERS[room] ?? ["teacher"]).includes(member);
}

/**
 * The rooms a national unit's look shows as a transcript (issue 15): the project's shared
 * rooms. Never the Pupils' room, and never anyone's direct chats (those are not TwinSpace rooms).
 */
export const ROOMS_IN_A_LOOK: readonly string[] = ["general", "forum", "teachers"];

export function roomShownInLook(room: string): boolean {
  return ROOMS_IN_A_LOOK.includes(room);
}
