import { DomainError } from "../errors.ts";
import type { Id, Instant, PersonRef } from "../model.ts";
import type { PersonFound, Tx } from "../ports.ts";
import { changeGrant } from "./administration.ts";
import { type Actor, type CoreDeps, emit, requireProject } from "./context.ts";
import { declineAsCofounder } from "./founding.ts";
import { removeTeacherAndPupils } from "./membership.ts";
import { removePupilEverywhere } from "./pupils.ts";

/**
 * The person acting on someone's data. `schoolAdminOf` is the school whose LMS launched them
 * with the Administrator role: a fact of the verified launch (like the account id), not a
 * core grant, because the LMS, not OpenTwinning, decides who administers a school.
 */
export interface PrivacyActor extends Actor {
  schoolAdminOf: Id | undefined;
}

/** What the export holds: the person and every stored row about them, table by table. */
export interface PersonalDataExport {
  format: "opentwinning-personal-data/1";
  exportedAt: Instant;
  person: PersonFound;
  notes: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

/** What an erasure will do, for the confirmation step. */
export interface ErasurePreview {
  person: PersonFound;
  /** Projects the person founded: they stay, the founder shown as "Former member #n". */
  foundedProjects: number;
  /** Other projects the person is in: they are taken out (their pupils with them). */
  otherProjects: number;
  /** Pupils a teacher registered: they stay (erase them one by one first if they should go). */
  pupilsRegistered: number;
}

const EXPORT_NOTES = [
  "Every table OpenTwinning keeps that names this person, with the rows that name them.",
  "matrix_link_codes.code_hash and sessions are bearer secrets: codes are stored only as SHA-256 hashes (the codes themselves are never kept), session tokens and CSRF tokens are left out.",
  "events is the audit trail; payloads hold ids only. Rows of other tables are included when they name the person.",
  "Matrix accounts the bot made for a pupil are in matrix_pupil_accounts; a teacher's own Matrix account is only linked (accounts.matrix_user_id).",
];

const MAX_FOUND = 50;

/** A school admin finds the teachers and pupils of their school; a central admin anyone. */
export async function findPeople(deps: CoreDeps, actor: PrivacyActor, term: string): Promise<PersonFound[]> {
  return deps.store.transaction(async (tx) => {
    const central = await isCentralAdmin(tx, actor);
    if (!central && actor.schoolAdminOf === undefined) throw new DomainError("privacy_not_allowed");
    return tx.personalData.find(
      term.trim().slice(0, 200),
      central ? undefined : actor.schoolAdminOf,
      MAX_FOUND,
    );
  });
}

/**
 * GDPR access: everything stored about the person, for the school admin of their school, a
 * central admin, or the person themselves (a teacher's "Download my data").
 */
export async function exportPerson(
  deps: CoreDeps,
  actor: PrivacyActor,
  person: PersonRef,
): Promise<PersonalDataExport> {
  return deps.store.transaction(async (tx) => {
    const found = await loadPerson(tx, person);
    await requireRights(tx, actor, found, "export");
    return {
      format: "opentwinning-personal-data/1",
      exportedAt: deps.clock.now(),
      person: found,
      notes: EXPORT_NOTES,
      tables: await tx.personalData.collect(person),
    };
  });
}

/** What `erasePerson` would do, for the page that asks to confirm it. */
export async function previewErasure(
  deps: CoreDeps,
  actor: PrivacyActor,
  person: PersonRef,
): Promise<ErasurePreview> {
  return deps.store.transaction(async (tx) => {
    const found = await loadPerson(tx, person);
    await requireErasureRights(tx, actor, found);
    return { person: found, ...(await tx.personalData.erasureCounts(person)) };
  });
}

/**
 * GDPR erasure, in one transaction. A pupil's record, memberships, LMS identity and sessions
 * go. An account's own rows go (identities, grants, contacts, invitations to them, messages it
 * wrote with their reports, its inbox, blocks and rate-limit counts (store/personalData.ts),
 * notifications, link codes, sessions, profile); it leaves the projects it did not found
 * (with the pupils it added, as when leaving); the account row stays, renamed "Former member
 * #n", because projects it founded, approvals and label decisions it made and the event log
 * point at it. The event `person_erased` lets the Matrix bot deactivate (erase) the accounts
 * it made for the person and take them out of the rooms.
 */
export async function erasePerson(deps: CoreDeps, actor: PrivacyActor, person: PersonRef): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const found = await loadPerson(tx, person);
    await requireErasureRights(tx, actor, found);
    const now = deps.clock.now();
    const projectIds =
      person.kind === "pupil"
        ? await erasePupil(deps, tx, actor, person.id, now)
        : await eraseAccount(deps, tx, actor, person.id, now);
    await emit(tx, deps, {
      type: "person_erased",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { kind: person.kind, personId: person.id, projectIds },
    });
  });
}

async function erasePupil(deps: CoreDeps, tx: Tx, actor: Actor, pupilId: Id, at: Instant): Promise<Id[]> {
  const pupil = await tx.pupils.get(pupilId);
  if (!pupil) throw new DomainError("not_found", { what: "pupil" });
  const projectIds = await removePupilEverywhere(deps, tx, actor.accountId, pupil);
  await tx.personalData.erase({ kind: "pupil", id: pupilId }, "", at);
  return projectIds;
}

async function eraseAccount(deps: CoreDeps, tx: Tx, actor: Actor, accountId: Id, at: Instant): Promise<Id[]> {
  const projectIds = await leaveProjects(deps, tx, actor, accountId);
  await returnCofounderRequests(deps, tx, actor, accountId);
  // Grants one by one, with their events, so national units' rooms let the person go.
  for (const grant of await tx.grants.forAccount(accountId)) {
    await changeGrant(deps, tx, actor.accountId, accountId, grant, false);
  }
  const number = await tx.personalData.nextFormerMemberNumber();
  await tx.personalData.erase({ kind: "account", id: accountId }, `Former member #${number}`, at);
  return projectIds;
}

/** Leaves every project not founded (with the pupils added to it); returns every project the person was in. */
async function leaveProjects(deps: CoreDeps, tx: Tx, actor: Actor, accountId: Id): Promise<Id[]> {
  const projectIds: Id[] = [];
  for (const { projectId, role } of await tx.members.rolesOf(accountId)) {
    projectIds.push(projectId);
    // Founders stay, pseudonymised: a project has exactly two founders (R3).
    if (role === "founder") continue;
    const project = await requireProject(tx, projectId, { lock: true });
    await removeTeacherAndPupils(deps, tx, project, accountId);
    await emit(tx, deps, {
      type: "member_removed",
      actorId: actor.accountId,
      projectId,
      payload: { teacherId: accountId, reason: "" },
    });
  }
  return projectIds;
}

/** A co-founder request waiting for the person goes back to its founder, as if declined. */
async function returnCofounderRequests(deps: CoreDeps, tx: Tx, actor: Actor, accountId: Id): Promise<void> {
  for (const project of await tx.projects.listForTeacher(accountId)) {
    if (project.status !== "awaiting_cofounder" || project.cofounderId !== accountId) continue;
    const locked = await requireProject(tx, project.id, { lock: true });
    await declineAsCofounder(deps, tx, locked, accountId, actor.accountId);
  }
}

/** The person with their school, or not found (an erased account is no longer anyone). */
async function loadPerson(tx: Tx, person: PersonRef): Promise<PersonFound> {
  if (person.kind === "pupil") {
    const pupil = await tx.pupils.get(person.id);
    if (!pupil) throw new DomainError("not_found", { what: "pupil" });
    const school = await tx.schools.get(pupil.schoolId);
    return {
      person,
      name: pupil.displayName,
      schoolId: pupil.schoolId,
      schoolName: school?.name ?? "",
      country: school?.country ?? "",
    };
  }
  const account = await tx.accounts.get(person.id);
  if (!account || (await tx.personalData.erasedAt(person.id)))
    throw new DomainError("not_found", { what: "account" });
  const teacher = await tx.teachers.get(person.id);
  const school = teacher ? await tx.schools.get(teacher.schoolId) : undefined;
  return {
    person,
    name: account.name,
    schoolId: teacher?.schoolId,
    schoolName: school?.name ?? "",
    country: school?.country ?? "",
  };
}

async function isCentralAdmin(tx: Tx, actor: Actor): Promise<boolean> {
  return (await tx.grants.forAccount(actor.accountId)).some((grant) => grant.role === "central_admin");
}

/** The central admin; the school admin of the person's school; for an export, the person themselves. */
async function requireRights(
  tx: Tx,
  actor: PrivacyActor,
  found: PersonFound,
  action: "export" | "erase",
): Promise<void> {
  if (await isCentralAdmin(tx, actor)) return;
  if (actor.schoolAdminOf !== undefined && found.schoolId === actor.schoolAdminOf) return;
  if (action === "export" && found.person.kind === "account" && found.person.id === actor.accountId) return;
  throw new DomainError("privacy_not_allowed");
}

/**
 * Erasure as above, never of oneself; an account holding national roles (moderator, central
 * admin) only by a central admin, since a school admin does not give or take those roles.
 */
async function requireErasureRights(tx: Tx, actor: PrivacyActor, found: PersonFound): Promise<void> {
  await requireRights(tx, actor, found, "erase");
  if (found.person.kind !== "account") return;
  if (found.person.id === actor.accountId) throw new DomainError("privacy_erase_self");
  const holdsGrants = (await tx.grants.forAccount(found.person.id)).length > 0;
  if (holdsGrants && !(await isCentralAdmin(tx, actor))) throw new DomainError("privacy_not_allowed");
}
