import { DomainError } from "../errors.ts";
import type { Id, Instant } from "../model.ts";
import { LIMITS, MULTI_LINE, requiredText, searchKey } from "./text.ts";

/**
 * eTwinning Groups: communities of teachers around a topic. A teacher proposes a group and
 * the central support service approves it (or creates one itself); the proposer moderates
 * it. An open group takes any teacher at once; a closed one takes a request that a moderator
 * accepts. Members are teachers only: pupils and staff never are.
 */
export const GROUP_ACCESS = ["open", "closed"] as const;
export type GroupAccess = (typeof GROUP_ACCESS)[number];

/** proposed: waits for the central support service; approved: visible and joinable; declined: kept for its proposer. */
export type GroupStatus = "proposed" | "approved" | "declined";

export interface GroupForm {
  name: string;
  description: string;
  access: GroupAccess;
}

export interface Group extends GroupForm {
  id: Id;
  status: GroupStatus;
  proposedBy: Id;
  createdAt: Instant;
}

export type GroupRole = "moderator" | "member";
/** A closed group's applicant is "requested" until a moderator accepts (or declines: the row goes). */
export type GroupMembershipStatus = "member" | "requested";

export interface GroupMembership {
  groupId: Id;
  teacherId: Id;
  role: GroupRole;
  status: GroupMembershipStatus;
  since: Instant;
}

export function isGroupAccess(value: unknown): value is GroupAccess {
  return (GROUP_ACCESS as readonly unknown[]).includes(value);
}

export function validateGroupForm(input: { [K in keyof GroupForm]?: unknown }): GroupForm {
  if (!isGroupAccess(input.access)) throw new DomainError("invalid_input", { field: "access" });
  return {
    name: requiredText("name", input.name, LIMITS.title),
    description: requiredText("description", input.description, LIMITS.longText / 5, MULTI_LINE),
    access: input.access,
  };
}

/** Joining an open group makes a member; asking to join a closed one waits for a moderator. */
export function joiningStatus(group: Pick<Group, "access">): GroupMembershipStatus {
  return group.access === "open" ? "member" : "requested";
}

/** What a search for groups compares: the name and the description, as `searchKey` folds them. */
export function groupSearchKey(group: Pick<GroupForm, "name" | "description">): string {
  return searchKey(`${group.name} ${group.description}`);
}
