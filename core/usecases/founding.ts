import { DomainError } from "../errors.ts";
import type { Id, Project, ProjectForm, Teacher } from "../model.ts";
import type { Tx } from "../ports.ts";
import { calendarDateOf } from "../rules/dates.ts";
import { projectKind } from "../rules/kind.ts";
import { assertTransition, EDITABLE_STATUSES } from "../rules/lifecycle.ts";
import { assertSubmittable, type ProjectFormInput, validateProjectForm } from "../rules/projectForm.ts";
import { schoolProjectsAllowed } from "../rules/schoolProjectPolicy.ts";
import { requestApprovals } from "./approvals.ts";
import { areContacts } from "./contacts.ts";
import { type Actor, type CoreDeps, emit, isFounder, requireProject, requireTeacher } from "./context.ts";

export interface FoundProjectInput {
  form: ProjectFormInput;
  /** The co-founder, chosen among the founder's contacts (R2); may wait while drafting. */
  cofounderId?: Id | undefined;
  /** Send to the co-founder at once (the form must then be complete, R14). */
  submit?: boolean;
}

/**
 * R3: the founder fills the project form and invites the co-founder. The project starts as
 * a draft owned by the founder; with `submit` it goes to the co-founder in the same step.
 */
export async function createProject(
  deps: CoreDeps,
  actor: Actor,
  input: FoundProjectInput,
): Promise<Project> {
  const now = deps.clock.now();
  const form = validateProjectForm(input.form, calendarDateOf(now));
  return deps.store.transaction(async (tx) => {
    const founder = await requireTeacher(tx, actor.accountId);
    let project: Project = {
      id: deps.ids.newId(),
      ...form,
      status: "draft",
      kind: undefined,
      founderId: founder.id,
      cofounderId: undefined,
      schoolId: founder.schoolId,
      approvalRound: 0,
      createdAt: now,
      updatedAt: now,
      activatedAt: undefined,
      closedAt: undefined,
    };
    if (input.cofounderId) {
      const { kind } = await checkCofounder(tx, founder, input.cofounderId);
      project = { ...project, cofounderId: input.cofounderId, kind };
    }
    await tx.projects.insert(project);
    await tx.members.addTeacher({
      projectId: project.id,
      teacherId: founder.id,
      role: "founder",
      joinedAt: now,
    });
    await emit(tx, deps, {
      type: "project_created",
      actorId: founder.id,
      projectId: project.id,
      payload: { founderId: founder.id },
    });
    return input.submit ? submit(deps, tx, project, founder) : project;
  });
}

export interface UpdateProjectInput {
  form?: ProjectFormInput | undefined;
  cofounderId?: Id | undefined;
}

/**
 * Founders edit the form while the project is a draft, was declined or rejected, or is
 * running. Only the founder changes the co-founder, and only before a co-founder accepted:
 * after that, naming anyone else would make a third founder (R3).
 */
export async function updateProject(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  input: UpdateProjectInput,
): Promise<Project> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    const founder = await requireEditor(tx, project, actor);
    const changed: string[] = [];
    let next = { ...project };
    if (input.form) {
      const form = validateProjectForm(input.form, calendarDateOf(deps.clock.now()), project.milestones);
      for (const key of Object.keys(form) as (keyof ProjectForm)[]) {
        if (JSON.stringify(form[key]) !== JSON.stringify(project[key])) changed.push(key);
      }
      next = { ...next, ...form };
    }
    if (input.cofounderId !== undefined && input.cofounderId !== project.cofounderId) {
      const choosing = project.status === "draft" || project.status === "declined";
      if (!choosing) throw new DomainError("third_founder");
      if (project.founderId !== actor.accountId) throw new DomainError("not_project_manager");
      const { kind } = await checkCofounder(tx, founder, input.cofounderId);
      next = { ...next, cofounderId: input.cofounderId, kind };
      changed.push("cofounder");
    }
    if (changed.length === 0) return project;
    next.updatedAt = deps.clock.now();
    await tx.projects.save(next);
    await emit(tx, deps, {
      type: "project_updated",
      actorId: actor.accountId,
      projectId,
      payload: { fields: changed },
    });
    return next;
  });
}

/** Sends a draft (or a declined project) to its co-founder. */
export async function submitToCofounder(deps: CoreDeps, actor: Actor, projectId: Id): Promise<Project> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    if (project.founderId !== actor.accountId) throw new DomainError("not_project_manager");
    const founder = await requireTeacher(tx, actor.accountId);
    return submit(deps, tx, project, founder);
  });
}

/** The founder takes a submission back before the co-founder decided. */
export async function withdrawSubmission(deps: CoreDeps, actor: Actor, projectId: Id): Promise<Project> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    if (project.founderId !== actor.accountId) throw new DomainError("not_project_manager");
    if (project.status !== "awaiting_cofounder")
      throw new DomainError("wrong_status", { status: project.status });
    const next: Project = { ...project, status: "draft", updatedAt: deps.clock.now() };
    await tx.projects.save(next);
    await emit(tx, deps, {
      type: "project_withdrawn",
      actorId: actor.accountId,
      projectId,
      payload: { cofounderId: project.cofounderId ?? "" },
    });
    return next;
  });
}

/**
 * R3 + R6: the co-founder accepts; the kind is now fixed (R4) and the national unit of each
 * founder's country is asked to approve.
 */
export async function acceptCofounder(deps: CoreDeps, actor: Actor, projectId: Id): Promise<Project> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    const cofounder = await requireCofounderDecision(tx, project, actor);
    const founder = await requireTeacher(tx, project.founderId);
    if (!(await areContacts(tx, founder.id, cofounder.id))) throw new DomainError("cofounder_not_contact");
    const kind = projectKind(founder, cofounder);
    await assertSchoolProjectAllowed(deps, tx, kind, founder.country);
    const now = deps.clock.now();
    await tx.members.addTeacher({ projectId, teacherId: cofounder.id, role: "founder", joinedAt: now });
    const accepted: Project = { ...project, kind, updatedAt: now };
    await emit(tx, deps, {
      type: "cofounder_accepted",
      actorId: cofounder.id,
      projectId,
      payload: { cofounderId: cofounder.id, kind },
    });
    return requestApprovals(deps, tx, accepted, [founder.country, cofounder.country]);
  });
}

export async function declineCofounder(deps: CoreDeps, actor: Actor, projectId: Id): Promise<Project> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    const cofounder = await requireCofounderDecision(tx, project, actor);
    return declineAsCofounder(deps, tx, project, cofounder.id, cofounder.id);
  });
}

/** The project returns to its founder's draft (also when the invited co-founder is erased). */
export async function declineAsCofounder(
  deps: CoreDeps,
  tx: Tx,
  project: Project,
  cofounderId: Id,
  actorId: Id,
): Promise<Project> {
  assertTransition(project.status, "declined");
  const next: Project = { ...project, status: "declined", updatedAt: deps.clock.now() };
  await tx.projects.save(next);
  await emit(tx, deps, {
    type: "cofounder_declined",
    actorId,
    projectId: project.id,
    payload: { cofounderId },
  });
  return next;
}

/** R2, R3, R4: the co-founder must be another registered teacher and an accepted contact. */
async function checkCofounder(tx: Tx, founder: Teacher, cofounderId: Id) {
  if (cofounderId === founder.id) throw new DomainError("cofounder_is_founder");
  const cofounder = await tx.teachers.get(cofounderId);
  if (!cofounder) throw new DomainError("not_registered_teacher");
  if (!(await areContacts(tx, founder.id, cofounderId))) throw new DomainError("cofounder_not_contact");
  return { cofounder, kind: projectKind(founder, cofounder) };
}

async function submit(deps: CoreDeps, tx: Tx, project: Project, founder: Teacher): Promise<Project> {
  assertTransition(project.status, "awaiting_cofounder");
  if (!project.cofounderId) throw new DomainError("cofounder_required");
  const { kind } = await checkCofounder(tx, founder, project.cofounderId);
  assertSubmittable(project);
  await assertSchoolProjectAllowed(deps, tx, kind, founder.country);
  const next: Project = { ...project, kind, status: "awaiting_cofounder", updatedAt: deps.clock.now() };
  await tx.projects.save(next);
  await emit(tx, deps, {
    type: "project_submitted_to_cofounder",
    actorId: founder.id,
    projectId: project.id,
    payload: { founderId: founder.id, cofounderId: project.cofounderId, kind },
  });
  return next;
}

/** R5: school projects only while the policy allows them, checked at submission and acceptance. */
async function assertSchoolProjectAllowed(
  deps: CoreDeps,
  tx: Tx,
  kind: string,
  country: string,
): Promise<void> {
  if (kind !== "school") return;
  const policy = await tx.settings.schoolProjectPolicy();
  if (!schoolProjectsAllowed(policy, country, calendarDateOf(deps.clock.now()))) {
    throw new DomainError("school_projects_closed", { country });
  }
}

async function requireCofounderDecision(tx: Tx, project: Project, actor: Actor): Promise<Teacher> {
  if (project.cofounderId !== actor.accountId) throw new DomainError("not_cofounder");
  if (project.status !== "awaiting_cofounder")
    throw new DomainError("wrong_status", { status: project.status });
  return requireTeacher(tx, actor.accountId);
}

async function requireEditor(tx: Tx, project: Project, actor: Actor): Promise<Teacher> {
  if (!EDITABLE_STATUSES.includes(project.status))
    throw new DomainError("wrong_status", { status: project.status });
  const beforeAcceptance = project.status === "draft" || project.status === "declined";
  const allowed = beforeAcceptance
    ? project.founderId === actor.accountId
    : isFounder(project, actor.accountId);
  if (!allowed) throw new DomainError("not_project_manager");
  return requireTeacher(tx, project.founderId);
}
