import type { Id, StoredEvent, Store } from "../../core/index.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";
import type { Departure, ReconcileHints } from "./reconciler.ts";

/** Which TwinSpaces an outbox event concerns, and what it tells their pass. */
export interface TwinSpaceWork {
  projectIds: Id[];
  hints: ReconcileHints;
}

/** The lookups the mapping needs: a teacher's or pupil's Matrix ID, a teacher's projects. */
export interface PeopleLookup {
  store: Store;
  pupilAccounts: PupilMatrixAccounts;
}

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
 * the new one is invited). Other events do not touch a TwinSpace.
 */
export async function twinSpaceWorkFor(event: StoredEvent, lookup: PeopleLookup): Promise<TwinSpaceWork> {
  const none: TwinSpaceWork = { projectIds: [], hints: {} };
  if (event.type === "matrix_account_linked") {
    const { accountId, matrixUserId, previousMatrixUserId } = event.payload;
    const projects = await lookup.store.transaction((tx) => tx.projects.listForTeacher(accountId));
    const departures = new Map<string, Departure>();
    if (previousMatrixUserId) departures.set(previousMatrixUserId, { kind: "relinked" });
    return {
      projectIds: projects.map((p) => p.id),
      hints: { reinvite: new Set([matrixUserId]), departures },
    };
  }
  if (!event.projectId || !PROJECT_EVENTS.has(event.type)) return none;
  const work = (hints: ReconcileHints): TwinSpaceWork => ({ projectIds: [event.projectId!], hints });
  const teacherId = async (id: Id) =>
    (await lookup.store.transaction((tx) => tx.accounts.get(id)))?.matrixUserId;
  const one = <T>(id: string | undefined, value: T) => (id ? new Map([[id, value]]) : undefined);
  switch (event.type) {
    case "member_joined":
      return work({ reinvite: new Set(compact([await teacherId(event.payload.teacherId)])) });
    case "pupil_added":
      return work({
        reinvite: new Set(compact([await lookup.pupilAccounts.matrixIdOf(event.payload.pupilId)])),
      });
    case "member_left":
      return work({
        departures: one(await teacherId(event.payload.teacherId), { kind: "left" } as Departure),
      });
    case "member_removed": {
      const departure: Departure = { kind: "removed", reason: event.payload.reason };
      return work({ departures: one(await teacherId(event.payload.teacherId), departure) });
    }
    case "pupil_removed": {
      const matrixId = await lookup.pupilAccounts.matrixIdOf(event.payload.pupilId);
      return work({ departures: one(matrixId, { kind: "pupil_removed" } as Departure) });
    }
    default:
      return work({});
  }
}

function compact(values: readonly (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined);
}
