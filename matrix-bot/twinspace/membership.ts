import { attempt, type RoomWork } from "./converge.ts";

export interface MembershipPlan {
  /** Who belongs in this room (a TwinSpace's members, a national unit's moderators). */
  people: readonly { matrixUserId: string }[];
  /** Matrix IDs to invite even if they left the room themselves (they just joined the project or linked). */
  reinvite: ReadonlySet<string>;
  /** What someone removed from the room is told. */
  kickReason(userId: string): Promise<string>;
}

/**
 * Room membership follows the project both ways: project members are invited, anyone else
 * in the room is removed with a reason. A member kicked by someone is invited again; one who
 * left by themselves is not pestered by every pass, only invited again when their project
 * membership changes. A ban is a moderator's decision the bot does not undo: the founders
 * hear that the banned person is still in the project.
 */
export async function convergeMembership(work: RoomWork, plan: MembershipPlan): Promise<void> {
  const { client, snapshot, problems, label } = work;
  const roomId = snapshot.roomId;
  const wanted = new Set(plan.people.map((person) => person.matrixUserId));
  for (const userId of wanted) {
    const current = snapshot.membership(userId);
    if (current?.membership === "join" || current?.membership === "invite") continue;
    if (current?.membership === "ban") {
      problems.add("banned", userId, label);
      continue;
    }
    if (current?.membership === "leave" && current.by === userId && !plan.reinvite.has(userId)) continue;
    await attempt(
      work,
      () => client.inviteUser(userId, roomId),
      (detail) => problems.add("invite_failed", userId, label, detail),
    );
  }
  for (const userId of snapshot.present()) {
    if (userId === work.botUserId || wanted.has(userId)) continue;
    const reason = await plan.kickReason(userId);
    await attempt(
      work,
      () => client.kickUser(userId, roomId, reason),
      (detail) => problems.add("kick_failed", userId, label, detail),
    );
  }
}
