import { DomainError } from "../errors.ts";
import type { Approval, Grant, Id, Instant, Project, TwinSpaceLook } from "../model.ts";
import type { Tx } from "../ports.ts";
import { lookingUnit } from "../rules/authority.ts";
import { hasTwinSpace } from "../rules/lifecycle.ts";
import { type Actor, type CoreDeps, emit, requireProject } from "./context.ts";

/** How long a look lets its staff member read, from the moment they opened it. */
export const LOOK_HOURS = 24;
/** How many looks the project page lists. */
const LOOKS_SHOWN = 20;

/** What the project page shows about looks inside its TwinSpace, to this viewer. */
export interface LookState {
  /** The unit the viewer may open a look for (staff of an approving country, the central support service). */
  unit: string | undefined;
  /** The viewer's own look, while it is open. */
  open: TwinSpaceLook | undefined;
  /** The project's looks, newest first: for its teachers only (the founders are told who looked). */
  looks: TwinSpaceLook[];
}

/** The unit this account may look inside the project for, or undefined (core's one rule: lookingUnit). */
async function unitOf(tx: Tx, project: Project, accountId: Id): Promise<string | undefined> {
  if (!hasTwinSpace(project.status)) return undefined; // nothing to read then
  return unitFrom(
    project,
    await tx.approvals.forProjects([project.id]),
    await tx.grants.forAccount(accountId),
  );
}

/** The same, from the project's approvals and the account's grants already read. */
function unitFrom(project: Project, approvals: readonly Approval[], grants: readonly Grant[]) {
  if (!hasTwinSpace(project.status)) return undefined;
  const approved = approvals.filter((a) => a.status === "approved").map((a) => a.country);
  return lookingUnit(grants, approved);
}

/**
 * The account's open look at the project, if it still may look: a look ends at its expiry, and
 * at once when the person loses the staff grant (the rule is checked again on every read).
 */
export async function openLookOf(
  tx: Tx,
  project: Project,
  accountId: Id,
  now: Instant,
): Promise<TwinSpaceLook | undefined> {
  const look = await tx.twinSpaceLooks.openFor(project.id, accountId, now);
  if (!look) return undefined;
  return (await unitOf(tx, project, accountId)) === look.unit ? look : undefined;
}

/**
 * Opens a read-only look inside the TwinSpace for `LOOK_HOURS`, recorded (who, which unit,
 * when) with its event in one transaction. Opening again while a look is open returns it.
 * Anyone who may not look is told the project does not exist, as the TwinSpace's pages do.
 */
export async function openLook(deps: CoreDeps, actor: Actor, projectId: Id): Promise<TwinSpaceLook> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const unit = await unitOf(tx, project, actor.accountId);
    if (!unit) throw new DomainError("not_found", { what: "project" });
    const now = deps.clock.now();
    const open = await tx.twinSpaceLooks.openFor(projectId, actor.accountId, now);
    if (open?.unit === unit) return open;
    const look: TwinSpaceLook = {
      id: deps.ids.newId(),
      projectId,
      accountId: actor.accountId,
      unit,
      startedAt: now,
      expiresAt: new Date(Date.parse(now) + LOOK_HOURS * 3_600_000).toISOString(),
    };
    await tx.twinSpaceLooks.insert(look);
    await emit(tx, deps, {
      type: "twinspace_look_opened",
      actorId: actor.accountId,
      projectId,
      payload: { lookId: look.id, unit },
    });
    return look;
  });
}

/** The actor's open look at the project (the rooms' transcript); anyone without one is told it does not exist. */
export async function requireOpenLook(deps: CoreDeps, actor: Actor, projectId: Id): Promise<TwinSpaceLook> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const look = await openLookOf(tx, project, actor.accountId, deps.clock.now());
    if (!look) throw new DomainError("not_found", { what: "project" });
    return look;
  });
}

/**
 * What the project page's viewer is, as the page already read it in this request: whether one
 * of its teachers, the project's approvals and the viewer's grants (so none is read twice).
 */
export interface LookViewer {
  accountId: Id;
  member: boolean;
  approvals: readonly Approval[];
  grants: readonly Grant[];
}

/** The project page's part: what the viewer may open, their open look, and (for its teachers) who looked. */
export async function lookStateFor(
  tx: Tx,
  project: Project,
  viewer: LookViewer,
  now: Instant,
): Promise<LookState> {
  const unit = unitFrom(project, viewer.approvals, viewer.grants);
  const look = unit ? await tx.twinSpaceLooks.openFor(project.id, viewer.accountId, now) : undefined;
  return {
    unit,
    open: look?.unit === unit ? look : undefined,
    looks: viewer.member ? await tx.twinSpaceLooks.forProject(project.id, LOOKS_SHOWN) : [],
  };
}
