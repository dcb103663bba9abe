import type { Id, Store, StoredEvent } from "../../core/index.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";
import type { ReconcileHints } from "./reconciler.ts";

/** Which TwinSpaces an outbox event concerns, and what it tells their pass. */
export interface TwinSpaceWork {
  projectIds: Id[];
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
    const projects = await lookup.store.transaction((tx) => tx.projects.listForTeacher(accountId));
    return { projectIds: projects.map((p) => p.id), hints: { reinvite: new Set([matrixUserId]) } };
  }
  if (event.type === "matrix_account_unlinked") {
    const { accountId } = event.payload;
    const projects = await lookup.store.transaction((tx) => tx.projects.listForTeacher(accountId));
    return { projectIds: projects.map((p) => p.id), hints: {} };
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
