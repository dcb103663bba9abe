import type { Countries } from "../countries.ts";
import { DomainError } from "../errors.ts";
import type { DomainEvent } from "../events.ts";
import type { Grant, Id, MemberRole, Project, ProjectKind, Teacher } from "../model.ts";
import type { Clock, IdGenerator, Store, Tx } from "../ports.ts";
import { mayActForCountry } from "../rules/authority.ts";
import type { QualityCriteria } from "../rules/qualityLabel.ts";

/** What every use case needs: storage, time, ids and the configured reference data. */
export interface CoreDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  countries: Countries;
  criteria: QualityCriteria;
}

/**
 * The person acting, as the adapter authenticated them (an LTI launch session or a linked
 * Matrix ID). Use cases load everything else (teacher record, grants, membership) from
 * storage inside their transaction, so no adapter can hand in stale or forged rights.
 */
export interface Actor {
  accountId: Id;
}

export async function requireTeacher(tx: Tx, accountId: Id): Promise<Teacher> {
  const teacher = await tx.teachers.get(accountId);
  if (!teacher) throw new DomainError("not_registered_teacher");
  return teacher;
}

/**
 * The teacher-only pages (partner search, contacts, the ideas board, teachers' messages,
 * founding a project, pupils' accounts) need a teacher record, whatever grants the account
 * holds: a unit's staff and the central support service have none (core/usecases/staff.ts),
 * a teacher who also moderates keeps both (issue 15).
 */
export async function requireTeaching(deps: CoreDeps, actor: Actor): Promise<void> {
  const teacher = await deps.store.readOnly((tx) => tx.teachers.get(actor.accountId));
  if (!teacher) throw new DomainError("teaching_only");
}

export async function requireProject(
  tx: Tx,
  projectId: Id,
  options: { lock?: boolean } = {},
): Promise<Project> {
  const project = options.lock ? await tx.projects.lock(projectId) : await tx.projects.get(projectId);
  if (!project) throw new DomainError("not_found", { what: "project" });
  return project;
}

export function isFounder(project: Project, teacherId: Id): boolean {
  return project.founderId === teacherId || project.cofounderId === teacherId;
}

/** Founders and project admins manage membership (invitations, removals). */
export async function requireManager(tx: Tx, project: Project, teacherId: Id): Promise<MemberRole> {
  const role = await tx.members.role(project.id, teacherId);
  if (role === "founder" || role === "admin") return role;
  throw new DomainError("not_project_manager");
}

export function requireFounder(project: Project, teacherId: Id): void {
  if (!isFounder(project, teacherId)) throw new DomainError("not_project_manager");
}

/** Whether the grants decide for this country's national unit (its staff or a moderator). */
export function isModeratorFor(grants: readonly Grant[], country: string): boolean {
  return mayActForCountry(grants, country, "decide_approvals");
}

export async function requireModerator(tx: Tx, accountId: Id, country: string): Promise<void> {
  const grants = await tx.grants.forAccount(accountId);
  if (!isModeratorFor(grants, country)) throw new DomainError("not_moderator_for_country", { country });
}

export async function requireCentralAdmin(tx: Tx, accountId: Id): Promise<void> {
  const grants = await tx.grants.forAccount(accountId);
  if (!grants.some((grant) => grant.role === "central_admin")) throw new DomainError("not_central_admin");
}

/** Appends the event in the running transaction. */
export async function emit(tx: Tx, deps: CoreDeps, event: DomainEvent): Promise<void> {
  await tx.events.append(event, deps.clock.now());
}

/** The kind is fixed once the co-founder accepted; every later step relies on it. */
export function fixedKind(project: Project): ProjectKind {
  if (!project.kind) throw new DomainError("wrong_status", { status: project.status });
  return project.kind;
}
