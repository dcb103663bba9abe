import { DomainError } from "../errors.ts";
import type { Id, Invitation, MemberRole, Project, Teacher } from "../model.ts";
import type { Tx } from "../ports.ts";
import { assertTransition } from "../rules/lifecycle.ts";
import { membershipRefusal } from "../rules/membership.ts";
import { LIMITS, MULTI_LINE, optionalText } from "../rules/text.ts";
import {
  type Actor,
  type CoreDeps,
  emit,
  fixedKind,
  requireFounder,
  requireManager,
  requireProject,
  requireTeacher,
} from "./context.ts";

/** R9/R10 for one candidate, with the founders' countries read from storage. */
async function assertMayJoin(deps: CoreDeps, tx: Tx, project: Project, candidate: Teacher): Promise<void> {
  const founders = await Promise.all(
    [project.founderId, project.cofounderId ?? project.founderId].map((id) => requireTeacher(tx, id)),
  );
  const refusal = membershipRefusal(
    {
      kind: fixedKind(project),
      schoolId: project.schoolId,
      founderCountries: founders.map((f) => f.country),
    },
    candidate,
    deps.countries,
    await tx.settings.membershipPolicy(),
  );
  if (refusal) throw new DomainError(refusal, { country: candidate.country });
}

/**
 * R8: other partners join only by invitation, after approval, and must be registered
 * teachers; R9/R10 decide who may be a member. Founders and project admins invite.
 */
export async function inviteTeacher(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  teacherId: Id,
): Promise<Invitation> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    await requireManager(tx, project, actor.accountId);
    if (project.status !== "active")
      throw new DomainError("invitations_before_approval", { status: project.status });
    const invitee = await tx.teachers.get(teacherId);
    if (!invitee) throw new DomainError("not_registered_teacher");
    if (await tx.members.role(projectId, teacherId)) throw new DomainError("already_member");
    if (await tx.invitations.pending(projectId, teacherId)) throw new DomainError("invitation_pending");
    await assertMayJoin(deps, tx, project, invitee);
    const invitation: Invitation = {
      id: deps.ids.newId(),
      projectId,
      teacherId,
      invitedBy: actor.accountId,
      status: "pending",
      createdAt: deps.clock.now(),
    };
    await tx.invitations.insert(invitation);
    await emit(tx, deps, {
      type: "invitation_sent",
      actorId: actor.accountId,
      projectId,
      payload: { invitationId: invitation.id, teacherId },
    });
    return invitation;
  });
}

/** The invitee accepts; the rules are checked again, since the project or policy may have changed. */
export async function acceptInvitation(deps: CoreDeps, actor: Actor, invitationId: Id): Promise<Project> {
  return deps.store.transaction(async (tx) => {
    const invitation = await pendingInvitationFor(tx, actor, invitationId);
    const project = await requireProject(tx, invitation.projectId, { lock: true });
    if (project.status !== "active")
      throw new DomainError("invitations_before_approval", { status: project.status });
    const teacher = await requireTeacher(tx, actor.accountId);
    await assertMayJoin(deps, tx, project, teacher);
    const now = deps.clock.now();
    await tx.invitations.setStatus(invitation.id, "accepted", now);
    await tx.members.addTeacher({
      projectId: project.id,
      teacherId: teacher.id,
      role: "teacher",
      joinedAt: now,
    });
    await emit(tx, deps, {
      type: "invitation_accepted",
      actorId: teacher.id,
      projectId: project.id,
      payload: { invitationId, teacherId: teacher.id },
    });
    await emit(tx, deps, {
      type: "member_joined",
      actorId: teacher.id,
      projectId: project.id,
      payload: { teacherId: teacher.id, role: "teacher" },
    });
    return project;
  });
}

export async function declineInvitation(deps: CoreDeps, actor: Actor, invitationId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const invitation = await pendingInvitationFor(tx, actor, invitationId);
    await tx.invitations.setStatus(invitation.id, "declined", deps.clock.now());
    await emit(tx, deps, {
      type: "invitation_declined",
      actorId: actor.accountId,
      projectId: invitation.projectId,
      payload: { invitationId, teacherId: actor.accountId },
    });
  });
}

/** A founder or admin takes back a pending invitation. */
export async function cancelInvitation(deps: CoreDeps, actor: Actor, invitationId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const invitation = await tx.invitations.get(invitationId);
    if (!invitation) throw new DomainError("not_found", { what: "invitation" });
    const project = await requireProject(tx, invitation.projectId);
    await requireManager(tx, project, actor.accountId);
    if (invitation.status !== "pending") throw new DomainError("invitation_not_pending");
    await tx.invitations.setStatus(invitationId, "cancelled", deps.clock.now());
    await emit(tx, deps, {
      type: "invitation_cancelled",
      actorId: actor.accountId,
      projectId: project.id,
      payload: { invitationId, teacherId: invitation.teacherId },
    });
  });
}

/**
 * A member leaves. Founders cannot (a project has exactly two founders, R3): they close the
 * project instead. The pupils the leaving teacher added leave with them, since pupils take
 * part only through their own teacher (R11).
 */
export async function leaveProject(deps: CoreDeps, actor: Actor, projectId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    const role = await tx.members.role(projectId, actor.accountId);
    if (!role) throw new DomainError("not_found", { what: "membership" });
    if (role === "founder") throw new DomainError("founder_cannot_leave");
    await removeTeacherAndPupils(deps, tx, project, actor.accountId);
    await emit(tx, deps, {
      type: "member_left",
      actorId: actor.accountId,
      projectId,
      payload: { teacherId: actor.accountId },
    });
  });
}

/** A founder or project admin removes a (non-founder) teacher, giving a reason they will see. */
export async function removeMember(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  teacherId: Id,
  reasonInput: unknown,
): Promise<void> {
  const reason = optionalText("reason", reasonInput, LIMITS.reason, MULTI_LINE);
  await deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    await requireManager(tx, project, actor.accountId);
    const role = await tx.members.role(projectId, teacherId);
    if (!role) throw new DomainError("not_found", { what: "membership" });
    if (role === "founder") throw new DomainError("founder_role_fixed");
    await removeTeacherAndPupils(deps, tx, project, teacherId);
    await emit(tx, deps, {
      type: "member_removed",
      actorId: actor.accountId,
      projectId,
      payload: { teacherId, reason },
    });
  });
}

/** Founders make teachers project admins or take that role back. Nobody becomes a third founder (R3). */
export async function setMemberRole(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  teacherId: Id,
  role: MemberRole,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    requireFounder(project, actor.accountId);
    if (role === "founder") throw new DomainError("third_founder");
    const current = await tx.members.role(projectId, teacherId);
    if (!current) throw new DomainError("not_found", { what: "membership" });
    if (current === "founder") throw new DomainError("founder_role_fixed");
    if (current === role) return;
    await tx.members.setRole(projectId, teacherId, role);
    await emit(tx, deps, {
      type: "member_role_changed",
      actorId: actor.accountId,
      projectId,
      payload: { teacherId, role },
    });
  });
}

/** A founder closes a running project: its TwinSpace turns read-only; nothing is deleted. */
export async function closeProject(deps: CoreDeps, actor: Actor, projectId: Id): Promise<Project> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    requireFounder(project, actor.accountId);
    assertTransition(project.status, "closed");
    const now = deps.clock.now();
    const closed: Project = { ...project, status: "closed", closedAt: now, updatedAt: now };
    await tx.projects.save(closed);
    for (const invitation of await tx.invitations.pendingForProject(projectId)) {
      await tx.invitations.setStatus(invitation.id, "cancelled", now);
    }
    await emit(tx, deps, { type: "project_closed", actorId: actor.accountId, projectId, payload: {} });
    return closed;
  });
}

async function pendingInvitationFor(tx: Tx, actor: Actor, invitationId: Id): Promise<Invitation> {
  const invitation = await tx.invitations.get(invitationId);
  if (!invitation || invitation.teacherId !== actor.accountId) throw new DomainError("not_invitee");
  if (invitation.status !== "pending") throw new DomainError("invitation_not_pending");
  return invitation;
}

/** Takes a teacher out of a project with the pupils they added (leaving, removal, erasure). */
export async function removeTeacherAndPupils(
  deps: CoreDeps,
  tx: Tx,
  project: Project,
  teacherId: Id,
): Promise<void> {
  const pupilIds = await tx.members.removePupilsAddedBy(project.id, teacherId);
  for (const pupilId of pupilIds) {
    await emit(tx, deps, {
      type: "pupil_removed",
      actorId: teacherId,
      projectId: project.id,
      payload: { pupilId, teacherId },
    });
  }
  await tx.members.removeTeacher(project.id, teacherId);
}
