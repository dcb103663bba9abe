import { DomainError } from "../errors.ts";
import type { Id } from "../model.ts";
import type { GroupMemberView, Tx } from "../ports.ts";
import type { KeysetCursor, KeysetPage } from "../paging.ts";
import {
  type Group,
  type GroupForm,
  type GroupMembership,
  joiningStatus,
  validateGroupForm,
} from "../rules/groups.ts";
import { type Actor, type CoreDeps, emit, requireCentralAdmin, requireTeacher } from "./context.ts";

type GroupFormInput = { [K in keyof GroupForm]?: unknown };

async function isCentralAdmin(tx: Tx, accountId: Id): Promise<boolean> {
  return (await tx.grants.forAccount(accountId)).some((grant) => grant.role === "central_admin");
}

/**
 * A teacher proposes a group and becomes its moderator; the central support service approves
 * it. When a central admin who teaches proposes one, it is approved at once.
 */
export async function proposeGroup(deps: CoreDeps, actor: Actor, input: GroupFormInput): Promise<Group> {
  return deps.store.transaction(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    const central = await isCentralAdmin(tx, teacher.id);
    return openGroup(tx, deps, validateGroupForm(input), teacher.id, central ? "approved" : "proposed");
  });
}

/** The central support service creates an approved group with a teacher as its moderator. */
export async function createGroup(
  deps: CoreDeps,
  actor: Actor,
  input: GroupFormInput & { moderatorId?: unknown },
): Promise<Group> {
  return deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    const form = validateGroupForm(input);
    const moderatorId = typeof input.moderatorId === "string" ? input.moderatorId.trim() : "";
    if (!moderatorId || !(await tx.teachers.get(moderatorId)))
      throw new DomainError("group_moderator_not_teacher", { field: "moderatorId" });
    return openGroup(tx, deps, form, moderatorId, "approved", actor.accountId);
  });
}

async function openGroup(
  tx: Tx,
  deps: CoreDeps,
  form: GroupForm,
  moderatorId: Id,
  status: "proposed" | "approved",
  actorId: Id = moderatorId,
): Promise<Group> {
  const now = deps.clock.now();
  const group: Group = { ...form, id: deps.ids.newId(), status, proposedBy: moderatorId, createdAt: now };
  await tx.groups.insert(group);
  await tx.groups.putMembership({
    groupId: group.id,
    teacherId: moderatorId,
    role: "moderator",
    status: "member",
    since: now,
  });
  await emit(tx, deps, {
    type: status === "approved" ? "group_approved" : "group_proposed",
    actorId,
    projectId: undefined,
    payload: { groupId: group.id, proposerId: moderatorId },
  });
  return group;
}

/** The central support service approves or declines a proposed group; the proposer is told. */
export async function decideGroup(
  deps: CoreDeps,
  actor: Actor,
  groupId: Id,
  approve: boolean,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    const group = await tx.groups.get(groupId);
    if (!group) throw new DomainError("not_found", { what: "group" });
    if (group.status !== "proposed") throw new DomainError("group_already_decided");
    await tx.groups.setStatus(groupId, approve ? "approved" : "declined");
    await emit(tx, deps, {
      type: approve ? "group_approved" : "group_declined",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { groupId, proposerId: group.proposedBy },
    });
  });
}

/** The central admin's queue: proposed groups, oldest first. */
export async function proposedGroups(
  deps: CoreDeps,
  actor: Actor,
  after: KeysetCursor | undefined,
  limit: number,
): Promise<KeysetPage<Group>> {
  return deps.store.readOnly(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    return tx.groups.list({ status: "proposed", after, limit, order: "asc" });
  });
}

/** Approved groups by name or topic, newest first, keyset-paged: for teachers. */
export async function findGroups(
  deps: CoreDeps,
  actor: Actor,
  query: { text?: string | undefined; after?: KeysetCursor | undefined; limit: number },
): Promise<KeysetPage<Group>> {
  return deps.store.readOnly(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    return tx.groups.list({ ...query, status: "approved", order: "desc" });
  });
}

export interface GroupView {
  group: Group;
  /** The viewer's membership (a request too), if any. */
  mine: GroupMembership | undefined;
  moderator: boolean;
  members: KeysetPage<GroupMemberView>;
  /** Pending requests, the oldest REQUESTS_SHOWN: shown to moderators only. */
  requests: GroupMemberView[];
  /** More requests wait than are shown: answering these brings the next. */
  moreRequests: boolean;
}

/** A moderator answers requests the oldest first; answered ones leave, so the next come up. */
export const REQUESTS_SHOWN = 200;

/**
 * A group's page. Teachers see approved groups; a proposal is seen by its proposer and the
 * central admin (who decides it), nobody else.
 */
export async function viewGroup(
  deps: CoreDeps,
  actor: Actor,
  groupId: Id,
  membersAfter: KeysetCursor | undefined,
  limit: number,
): Promise<GroupView> {
  return deps.store.readOnly(async (tx) => {
    const group = await tx.groups.get(groupId);
    const central = await isCentralAdmin(tx, actor.accountId);
    if (!group || (group.status !== "approved" && group.proposedBy !== actor.accountId && !central))
      throw new DomainError("not_found", { what: "group" });
    if (!central) await requireTeacher(tx, actor.accountId);
    const mine = await tx.groups.membership(groupId, actor.accountId);
    const moderator = mine?.role === "moderator" && mine.status === "member";
    const requests = moderator
      ? await tx.groups.members(groupId, "requested", undefined, REQUESTS_SHOWN)
      : { items: [], next: undefined };
    return {
      group,
      mine,
      moderator,
      members: await tx.groups.members(groupId, "member", membersAfter, limit),
      requests: requests.items,
      moreRequests: requests.next !== undefined,
    };
  });
}

/** Joins an open group, or asks to join a closed one. Teachers only. */
export async function joinGroup(deps: CoreDeps, actor: Actor, groupId: Id): Promise<GroupMembership> {
  return deps.store.transaction(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    const group = await approvedGroup(tx, groupId);
    if (await tx.groups.membership(groupId, teacher.id)) throw new DomainError("group_already_member");
    const membership: GroupMembership = {
      groupId,
      teacherId: teacher.id,
      role: "member",
      status: joiningStatus(group),
      since: deps.clock.now(),
    };
    await tx.groups.putMembership(membership);
    await emit(tx, deps, {
      type: membership.status === "member" ? "group_joined" : "group_join_requested",
      actorId: teacher.id,
      projectId: undefined,
      payload: { groupId, teacherId: teacher.id },
    });
    return membership;
  });
}

/** A moderator accepts or declines a request to join a closed group; the applicant hears an acceptance. */
export async function decideGroupRequest(
  deps: CoreDeps,
  actor: Actor,
  groupId: Id,
  teacherId: Id,
  accept: boolean,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requireGroupModerator(tx, actor, await approvedGroup(tx, groupId));
    const request = await tx.groups.membership(groupId, teacherId);
    if (request?.status !== "requested") throw new DomainError("group_request_not_pending");
    if (accept) await tx.groups.putMembership({ ...request, status: "member", since: deps.clock.now() });
    else await tx.groups.removeMembership(groupId, teacherId);
    await emit(tx, deps, {
      type: accept ? "group_request_accepted" : "group_request_declined",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { groupId, teacherId },
    });
  });
}

/** A member leaves (a pending request is withdrawn so too). The last moderator stays: someone must accept requests. */
export async function leaveGroup(deps: CoreDeps, actor: Actor, groupId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const mine = await tx.groups.membership(groupId, actor.accountId);
    if (!mine) throw new DomainError("group_not_member");
    if (mine.role === "moderator" && (await tx.groups.moderators(groupId)).length <= 1)
      throw new DomainError("group_last_moderator");
    await tx.groups.removeMembership(groupId, actor.accountId);
    await emit(tx, deps, {
      type: "group_left",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { groupId, teacherId: actor.accountId },
    });
  });
}

/** A moderator removes a member (not another moderator). */
export async function removeGroupMember(
  deps: CoreDeps,
  actor: Actor,
  groupId: Id,
  teacherId: Id,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requireGroupModerator(tx, actor, await approvedGroup(tx, groupId));
    const member = await tx.groups.membership(groupId, teacherId);
    if (member?.status !== "member") throw new DomainError("group_not_member");
    if (member.role === "moderator") throw new DomainError("group_remove_moderator");
    await tx.groups.removeMembership(groupId, teacherId);
    await emit(tx, deps, {
      type: "group_member_removed",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { groupId, teacherId },
    });
  });
}

async function approvedGroup(tx: Tx, groupId: Id): Promise<Group> {
  const group = await tx.groups.get(groupId);
  if (group?.status !== "approved") throw new DomainError("not_found", { what: "group" });
  return group;
}

async function requireGroupModerator(tx: Tx, actor: Actor, group: Group): Promise<void> {
  const mine = await tx.groups.membership(group.id, actor.accountId);
  if (mine?.role !== "moderator" || mine.status !== "member") throw new DomainError("group_not_moderator");
}
