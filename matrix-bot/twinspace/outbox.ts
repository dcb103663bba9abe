import type { Id, Store, StoredEvent } from "../../core/index.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";
import type { ReconcileHints } from "./reconciler.ts";

/** Which TwinSpaces an outbox event concerns, and what it tells their pass. */
export interface TwinSpaceWork {
  projectIds: Id[];
  /** Groups whose room (the reconciler's "group" kind) the event changes. */
  groupIds?: Id[];
  /** Training events whose video room (the reconciler's "event" kind) the event changes. */
  eventIds?: Id[];
  hints: ReconcileHints;
}

export interface PeopleLookup {
  store: Store;
  pupilAccounts: PupilMatrixAccounts;
}

/** Events that change a project's TwinSpace: its status, its form, its members and their roles. */
const PROJECT_EVENTS = new Set([
  "project_activated",
  "project_closed",
  "project_updated",
  "member_joined",
  "member_left",
  "member_removed",
  "member_role_changed",
  "pupil_added",
  "pupil_removed",
]);

/** Events that change a group's room: it is approved, someone comes in or goes. */
const GROUP_EVENTS = new Set([
  "group_approved",
  "group_joined",
  "group_request_accepted",
  "group_left",
  "group_member_removed",
]);

/** Events that change a training event's video room: who has a place, its title, its cancellation. */
const ONLINE_EVENT_EVENTS = new Set([
  "online_event_created",
  "online_event_updated",
  "online_event_cancelled",
  "online_event_registered",
  "online_event_promoted",
  "online_event_left",
]);

/**
 * Turns an outbox event into TwinSpace work. Events of one project reconcile that project;
 * a newly linked Matrix account reconciles every project of its teacher (the old ID leaves,
 * the new one is invited), an unlinked one takes the old ID out, a pupil's new account is
 * invited into the pupil's projects, an erased person's projects lose them. Someone who joins
 * is invited even if they once left the rooms themselves. Other events do not touch a TwinSpace.
 */
export async function twinSpaceWorkFor(event: StoredEvent, lookup: PeopleLookup): Promise<TwinSpaceWork> {
  if (event.type === "matrix_account_linked") {
    const { accountId, matrixUserId } = event.payload;
    return {
      ...(await placesOf(lookup, accountId, event.createdAt)),
      hints: { reinvite: new Set([matrixUserId]) },
    };
  }
  if (event.type === "matrix_account_unlinked") {
    return { ...(await placesOf(lookup, event.payload.accountId, event.createdAt)), hints: {} };
  }
  if (GROUP_EVENTS.has(event.type) && "groupId" in event.payload) {
    const { groupId } = event.payload;
    const teacherId = "teacherId" in event.payload ? event.payload.teacherId : event.payload.proposerId;
    const joined =
      event.type === "group_joined" ||
      event.type === "group_request_accepted" ||
      event.type === "group_approved"
        ? (await lookup.store.readOnly((tx) => tx.accounts.get(teacherId)))?.matrixUserId
        : undefined;
    return { projectIds: [], groupIds: [groupId], hints: joined ? { reinvite: new Set([joined]) } : {} };
  }
  if (ONLINE_EVENT_EVENTS.has(event.type) && "eventId" in event.payload) {
    const { payload } = event;
    // Someone who takes a place is invited even if they once left the room themselves.
    const placed =
      "teacherId" in payload &&
      !("waiting" in payload && payload.waiting) &&
      event.type !== "online_event_left"
        ? (await lookup.store.readOnly((tx) => tx.accounts.get(payload.teacherId)))?.matrixUserId
        : undefined;
    return {
      projectIds: [],
      eventIds: [payload.eventId],
      hints: placed ? { reinvite: new Set([placed]) } : {},
    };
  }
  if (event.type === "pupil_matrix_account_issued") {
    const { pupilId, matrixUserId } = event.payload;
    const projects = await lookup.store.transaction((tx) => tx.projects.listForPupil(pupilId));
    return { projectIds: projects.map((p) => p.id), hints: { reinvite: new Set([matrixUserId]) } };
  }
  if (event.type === "person_erased") return { projectIds: event.payload.projectIds, hints: {} };
  if (!event.projectId || !PROJECT_EVENTS.has(event.type)) return { projectIds: [], hints: {} };
  let joined: string | undefined;
  if (event.type === "member_joined") {
    const { teacherId } = event.payload;
    joined = (await lookup.store.transaction((tx) => tx.accounts.get(teacherId)))?.matrixUserId;
  } else if (event.type === "pupil_added") {
    joined = await lookup.pupilAccounts.matrixIdOf(event.payload.pupilId);
  }
  return { projectIds: [event.projectId], hints: joined ? { reinvite: new Set([joined]) } : {} };
}

/** A teacher's projects, groups and events to come: where a changed Matrix ID must be put right. */
async function placesOf(
  lookup: PeopleLookup,
  accountId: Id,
  now: string,
): Promise<{ projectIds: Id[]; groupIds: Id[]; eventIds: Id[] }> {
  return lookup.store.transaction(async (tx) => ({
    projectIds: (await tx.projects.listForTeacher(accountId)).map((p) => p.id),
    groupIds: await tx.groups.ofTeacher(accountId),
    eventIds: await tx.onlineEvents.placesOf(accountId, now),
  }));
}
