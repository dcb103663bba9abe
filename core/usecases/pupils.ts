import { DomainError } from "../errors.ts";
import type { Id, Project, Pupil, Teacher } from "../model.ts";
import type { Tx } from "../ports.ts";
import { LIMITS, requiredText } from "../rules/text.ts";
import {
  type Actor,
  type CoreDeps,
  emit,
  requireManager,
  requireProject,
  requireTeacher,
} from "./context.ts";

export interface PupilInput {
  displayName: unknown;
  /** The pupil's LMS identity, when imported from the course roster, so they can launch. */
  identity?: { issuer: string; subject: string } | undefined;
}

export interface PupilRegistration {
  registered: Pupil[];
  /** Already registered by this teacher: returned as they are (an import can be repeated). */
  existing: Pupil[];
  /** Registered by another teacher: a pupil has one own teacher (R11). */
  otherTeacher: string[];
}

/**
 * R11: teachers register their own pupils, keeping only a display name (no email, no birth
 * date). Importing the same roster twice changes nothing. A pupil already registered by a
 * colleague stays theirs; the import reports it instead.
 */
export async function registerPupils(
  deps: CoreDeps,
  actor: Actor,
  pupils: readonly PupilInput[],
): Promise<PupilRegistration> {
  return importPupils(deps, actor, pupils, undefined);
}

/**
 * The roster import: registers the pupils and, when a project is named, adds them to it, in
 * one transaction. Every right (a registered teacher, a member of the active project) is
 * checked before the first write, so a refused import leaves every row as it was.
 */
export async function importPupils(
  deps: CoreDeps,
  actor: Actor,
  pupils: readonly PupilInput[],
  projectId: Id | undefined,
): Promise<PupilRegistration> {
  const inputs = pupils.map((p) => ({
    displayName: requiredText("displayName", p.displayName, LIMITS.name),
    identity: p.identity,
  }));
  return deps.store.transaction(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    const project = projectId ? await requirePupilsProject(tx, actor, projectId) : undefined;
    const result = await writePupils(tx, deps, teacher, inputs);
    if (project) {
      const own = [...result.registered, ...result.existing].map((pupil) => pupil.id);
      await addOwnPupils(tx, deps, actor, project.id, own);
    }
    return result;
  });
}

async function writePupils(
  tx: Tx,
  deps: CoreDeps,
  teacher: Teacher,
  inputs: readonly { displayName: string; identity: PupilInput["identity"] }[],
): Promise<PupilRegistration> {
  const result: PupilRegistration = { registered: [], existing: [], otherTeacher: [] };
  const now = deps.clock.now();
  for (const input of inputs) {
    const owner = input.identity
      ? await tx.identities.find(input.identity.issuer, input.identity.subject)
      : undefined;
    if (owner && "pupilId" in owner) {
      const pupil = await tx.pupils.get(owner.pupilId);
      if (pupil?.teacherId === teacher.id) result.existing.push(pupil);
      else result.otherTeacher.push(input.displayName);
      continue;
    }
    if (owner) {
      // That LMS identity is an adult's account (a teacher in another course): not a pupil.
      result.otherTeacher.push(input.displayName);
      continue;
    }
    const pupil: Pupil = {
      id: deps.ids.newId(),
      displayName: input.displayName,
      schoolId: teacher.schoolId,
      teacherId: teacher.id,
      matrixUserId: undefined,
    };
    await tx.pupils.insert(pupil, now);
    if (input.identity) {
      await tx.identities.link(input.identity.issuer, input.identity.subject, { pupilId: pupil.id }, now);
    }
    await emit(tx, deps, {
      type: "pupil_registered",
      actorId: teacher.id,
      projectId: undefined,
      payload: { pupilId: pupil.id, teacherId: teacher.id },
    });
    result.registered.push(pupil);
  }
  return result;
}

export async function requireOwnPupil(tx: Tx, actor: Actor, pupilId: Id): Promise<Pupil> {
  const pupil = await tx.pupils.get(pupilId);
  if (!pupil) throw new DomainError("not_found", { what: "pupil" });
  if (pupil.teacherId !== actor.accountId) throw new DomainError("not_own_pupil");
  return pupil;
}

export async function renamePupil(
  deps: CoreDeps,
  actor: Actor,
  pupilId: Id,
  displayName: unknown,
): Promise<Pupil> {
  const name = requiredText("displayName", displayName, LIMITS.name);
  return deps.store.transaction(async (tx) => {
    const pupil = { ...(await requireOwnPupil(tx, actor, pupilId)), displayName: name };
    await tx.pupils.update(pupil);
    await emit(tx, deps, {
      type: "pupil_renamed",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { pupilId },
    });
    return pupil;
  });
}

/**
 * R11: only a pupil's own teacher hands out (or resets, or removes) the pupil's
 * credentials. Checks every pupil before anything is made; the order is kept.
 */
export async function ownPupilsForCredentials(
  deps: CoreDeps,
  actor: Actor,
  pupilIds: readonly Id[],
): Promise<Pupil[]> {
  return deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const pupils: Pupil[] = [];
    for (const pupilId of new Set(pupilIds)) pupils.push(await requireOwnPupil(tx, actor, pupilId));
    return pupils;
  });
}

/**
 * The Matrix side made (or gave a new password to) a pupil's account for their teacher: the
 * event lets the TwinSpaces of the pupil's projects invite the account. Only the own teacher.
 */
export async function recordPupilMatrixAccount(
  deps: CoreDeps,
  actor: Actor,
  pupilId: Id,
  matrixUserId: string,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const pupil = await requireOwnPupil(tx, actor, pupilId);
    await emit(tx, deps, {
      type: "pupil_matrix_account_issued",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { pupilId, teacherId: pupil.teacherId, matrixUserId },
    });
  });
}

/** A pupil signing in to the homeserver through OpenTwinning: only one a teacher registered (R11). */
export async function pupilForSignIn(deps: CoreDeps, pupilId: Id): Promise<Pupil> {
  const pupil = await deps.store.transaction((tx) => tx.pupils.get(pupilId));
  if (!pupil) throw new DomainError("not_found", { what: "pupil" });
  return pupil;
}

/**
 * The homeserver made the pupil's account at their first sign-in through OpenTwinning: the
 * same event as a teacher-made account, so the TwinSpaces invite it at once.
 */
export async function recordPupilSignIn(deps: CoreDeps, pupilId: Id, matrixUserId: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const pupil = await tx.pupils.get(pupilId);
    if (!pupil) throw new DomainError("not_found", { what: "pupil" });
    await emit(tx, deps, {
      type: "pupil_matrix_account_issued",
      actorId: undefined,
      projectId: undefined,
      payload: { pupilId, teacherId: pupil.teacherId, matrixUserId },
    });
  });
}

/** Deleting a pupil removes them from every project and forgets their LMS identity. */
export async function deletePupil(deps: CoreDeps, actor: Actor, pupilId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const pupil = await requireOwnPupil(tx, actor, pupilId);
    await removePupilEverywhere(deps, tx, actor.accountId, pupil);
  });
}

/**
 * Takes the pupil out of every project, forgets their LMS identity and their record; the
 * event `pupil_deleted` lets the Matrix bot deactivate the account it made for them.
 * Returns the projects the pupil was in. Shared by deletion and erasure.
 */
export async function removePupilEverywhere(
  deps: CoreDeps,
  tx: Tx,
  actorId: Id,
  pupil: Pupil,
): Promise<Id[]> {
  const projects = await tx.projects.listForPupil(pupil.id);
  for (const project of projects) {
    await tx.members.removePupil(project.id, pupil.id);
    await emit(tx, deps, {
      type: "pupil_removed",
      actorId,
      projectId: project.id,
      payload: { pupilId: pupil.id, teacherId: pupil.teacherId },
    });
  }
  await tx.identities.unlinkPupil(pupil.id);
  await tx.pupils.delete(pupil.id);
  await emit(tx, deps, {
    type: "pupil_deleted",
    actorId,
    projectId: undefined,
    payload: { pupilId: pupil.id, teacherId: pupil.teacherId },
  });
  return projects.map((project) => project.id);
}

/** R11: a teacher adds their own pupils to an active project they are a member of. */
export async function addPupilsToProject(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  pupilIds: readonly Id[],
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requirePupilsProject(tx, actor, projectId);
    await addOwnPupils(tx, deps, actor, projectId, pupilIds);
  });
}

/** The project (locked) if the actor is a member and it is active: pupils join only then. */
async function requirePupilsProject(tx: Tx, actor: Actor, projectId: Id): Promise<Project> {
  const project = await requireProject(tx, projectId, { lock: true });
  if (!(await tx.members.role(projectId, actor.accountId))) throw new DomainError("teacher_not_member");
  if (project.status !== "active")
    throw new DomainError("pupils_need_active_project", { status: project.status });
  return project;
}

async function addOwnPupils(
  tx: Tx,
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  pupilIds: readonly Id[],
): Promise<void> {
  for (const pupilId of pupilIds) {
    await requireOwnPupil(tx, actor, pupilId);
    if (await tx.members.hasPupil(projectId, pupilId)) continue;
    await tx.members.addPupil({ projectId, pupilId, addedBy: actor.accountId, joinedAt: deps.clock.now() });
    await emit(tx, deps, {
      type: "pupil_added",
      actorId: actor.accountId,
      projectId,
      payload: { pupilId, teacherId: actor.accountId },
    });
  }
}

/** The pupil's own teacher, or a founder or project admin (moderation), takes a pupil out. */
export async function removePupilFromProject(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  pupilId: Id,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    const pupil = await tx.pupils.get(pupilId);
    if (!pupil || !(await tx.members.hasPupil(projectId, pupilId)))
      throw new DomainError("not_found", { what: "pupil" });
    if (pupil.teacherId !== actor.accountId) await requireManager(tx, project, actor.accountId);
    await tx.members.removePupil(projectId, pupilId);
    await emit(tx, deps, {
      type: "pupil_removed",
      actorId: actor.accountId,
      projectId,
      payload: { pupilId, teacherId: pupil.teacherId },
    });
  });
}
