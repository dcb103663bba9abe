import { DomainError } from "../errors.ts";
import type { Approval, Project, ProjectStatus } from "../model.ts";

/**
 * The project life cycle:
 *
 *   draft ──submit──▶ awaiting_cofounder ──accept──▶ awaiting_approval ──all approve──▶ active ──close──▶ closed
 *                       │   ▲      │                    │      ▲
 *              withdraw │   │      └──decline──▶ declined      └─reject─▶ rejected
 *                       ▼   │ resubmit (same or other co-founder)      │
 *                     draft ┘◀──────────────────────────────────────────┘ resubmit goes back to awaiting_approval
 *
 * A declined project goes back to the founder, who may edit it and choose a co-founder
 * again. A rejected project is edited by either founder and resubmitted to the national
 * units, which start a new round. Closing keeps everything (read-only); nothing is deleted.
 */
const TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  draft: ["awaiting_cofounder"],
  awaiting_cofounder: ["awaiting_approval", "declined", "draft"],
  declined: ["awaiting_cofounder", "draft"],
  awaiting_approval: ["active", "rejected"],
  rejected: ["awaiting_approval"],
  active: ["closed"],
  closed: [],
};

export function canTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (!canTransition(from, to)) throw new DomainError("wrong_status", { status: from, wanted: to });
}

/** Statuses in which the founders may still edit the form. */
export const EDITABLE_STATUSES: readonly ProjectStatus[] = ["draft", "declined", "rejected", "active"];

/** The TwinSpace exists in these statuses (R7); closed keeps it read-only. */
export function hasTwinSpace(status: ProjectStatus): boolean {
  return status === "active" || status === "closed";
}

export type NextStep =
  | { step: "complete_and_submit"; holder: "founder" }
  | { step: "cofounder_decides"; holder: "cofounder" }
  | { step: "choose_cofounder_again"; holder: "founder" }
  | { step: "national_units_decide"; countries: string[] }
  | { step: "edit_and_resubmit"; holder: "founders"; reason: string | undefined }
  | { step: "running" }
  | { step: "closed" };

/**
 * Who holds the project now, so that nothing stalls silently (DESIGN.md section 6).
 * `approvals` are those of the current round.
 */
export function nextStep(project: Pick<Project, "status">, approvals: readonly Approval[]): NextStep {
  switch (project.status) {
    case "draft":
      return { step: "complete_and_submit", holder: "founder" };
    case "awaiting_cofounder":
      return { step: "cofounder_decides", holder: "cofounder" };
    case "declined":
      return { step: "choose_cofounder_again", holder: "founder" };
    case "awaiting_approval":
      return {
        step: "national_units_decide",
        countries: approvals.filter((a) => a.status === "pending").map((a) => a.country),
      };
    case "rejected":
      return {
        step: "edit_and_resubmit",
        holder: "founders",
        reason: approvals.find((a) => a.status === "rejected")?.reason,
      };
    case "active":
      return { step: "running" };
    case "closed":
      return { step: "closed" };
  }
}
