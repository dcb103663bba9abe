import { DomainError } from "../errors.ts";
import type { Approval, Id, Project } from "../model.ts";
import type { Tx } from "../ports.ts";
import { assertTransition } from "../rules/lifecycle.ts";
import { assertSubmittable } from "../rules/projectForm.ts";
import { LIMITS, MULTI_LINE, requiredText } from "../rules/text.ts";
import {
  type Actor,
  type CoreDeps,
  emit,
  fixedKind,
  isFounder,
  requireModerator,
  requireProject,
  requireTeacher,
} from "./context.ts";

/**
 * R6: starts a round of approvals, one per distinct founder country (one for national and
 * school projects, two for european ones), and moves the project to awaiting_approval.
 */
export async function requestApprovals(
  deps: CoreDeps,
  tx: Tx,
  project: Project,
  founderCountries: readonly string[],
): Promise<Project> {
  assertTransition(project.status, "awaiting_approval");
  const now = deps.clock.now();
  const round = project.approvalRound + 1;
  for (const country of new Set(founderCountries)) {
    await tx.approvals.insert({
      projectId: project.id,
      country,
      round,
      status: "pending",
      moderatorId: undefined,
      reason: undefined,
      requestedAt: now,
      decidedAt: undefined,
    });
    await emit(tx, deps, {
      type: "approval_requested",
      actorId: undefined,
      projectId: project.id,
      payload: { country, round },
    });
  }
  const next: Project = { ...project, status: "awaiting_approval", approvalRound: round, updatedAt: now };
  await tx.projects.save(next);
  return next;
}

export interface Decision {
  approve: boolean;
  /** Required when rejecting: the founders need to know what to change. */
  reason?: string | undefined;
}

/**
 * R6 + R7: a moderator decides for their own country only. When every approval of the round
 * is in, the project becomes active and its TwinSpace is provisioned (the bot reads the
 * event). A rejection stops the project until the founders edit and resubmit; the other
 * countries' pending approvals of that round are superseded.
 */
export async function decideApproval(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  country: string,
  decision: Decision,
): Promise<Project> {
  const reason = decision.approve ? undefined : requiredReason(decision.reason);
  return deps.store.transaction(async (tx) => {
    await requireModerator(tx, actor.accountId, country);
    const project = await requireProject(tx, projectId, { lock: true });
    if (project.status !== "awaiting_approval") throw new DomainError("no_pending_approval", { country });
    const approvals = await tx.approvals.forRound(projectId, project.approvalRound);
    const mine = approvals.find((a) => a.country === country && a.status === "pending");
    if (!mine) throw new DomainError("no_pending_approval", { country });
    const now = deps.clock.now();
    const decided: Approval = {
      ...mine,
      status: decision.approve ? "approved" : "rejected",
      moderatorId: actor.accountId,
      reason,
      decidedAt: now,
    };
    await tx.approvals.save(decided);
    await emit(tx, deps, {
      type: "approval_decided",
      actorId: actor.accountId,
      projectId,
      payload: {
        country,
        round: project.approvalRound,
        approved: decision.approve,
        ...(reason ? { reason } : {}),
      },
    });
    if (!decision.approve) {
      for (const other of approvals.filter((a) => a !== mine && a.status === "pending")) {
        await tx.approvals.save({ ...other, status: "superseded", decidedAt: now });
      }
      const rejected: Project = { ...project, status: "rejected", updatedAt: now };
      await tx.projects.save(rejected);
      return rejected;
    }
    const allApproved = approvals.every((a) => a === mine || a.status === "approved");
    if (!allApproved) return project;
    assertTransition(project.status, "active");
    const active: Project = { ...project, status: "active", activatedAt: now, updatedAt: now };
    await tx.projects.save(active);
    await emit(tx, deps, {
      type: "project_activated",
      actorId: undefined,
      projectId,
      payload: { kind: fixedKind(project) },
    });
    return active;
  });
}

/** After a rejection, either founder resubmits the edited project; every unit decides again. */
export async function resubmitProject(deps: CoreDeps, actor: Actor, projectId: Id): Promise<Project> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    if (!isFounder(project, actor.accountId)) throw new DomainError("not_project_manager");
    if (project.status !== "rejected") throw new DomainError("wrong_status", { status: project.status });
    assertSubmittable(project);
    const founder = await requireTeacher(tx, project.founderId);
    const cofounder = await requireTeacher(tx, project.cofounderId ?? "");
    return requestApprovals(deps, tx, project, [founder.country, cofounder.country]);
  });
}

function requiredReason(reason: unknown): string {
  try {
    return requiredText("reason", reason, LIMITS.reason, MULTI_LINE);
  } catch (error) {
    if (error instanceof DomainError && error.code === "text_required") {
      throw new DomainError("rejection_reason_required");
    }
    throw error;
  }
}
