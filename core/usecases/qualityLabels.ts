import { DomainError } from "../errors.ts";
import type { EuropeanLabel, Id, LabelApplication, Project } from "../model.ts";
import type { Tx } from "../ports.ts";
import { schoolYearOf } from "../rules/dates.ts";
import {
  APPLICATIONS_PER_SCHOOL_YEAR,
  assertDecidable,
  COUNTRIES_FOR_EUROPEAN_CANDIDACY,
  recognitionEligibility,
  validateAssessment,
} from "../rules/qualityLabel.ts";
import { labelDecisionReason, LIMITS, MULTI_LINE, optionalText } from "../rules/text.ts";
import {
  type Actor,
  type CoreDeps,
  emit,
  fixedKind,
  requireCentralAdmin,
  requireModerator,
  requireProject,
  requireTeacher,
} from "./context.ts";

/**
 * R12: a teacher of an eligible (european) project applies for a National Quality Label for
 * their own part, with evidence for every criterion; at most four applications per school
 * year. Their national unit decides. Applications are for running or finished projects.
 */
/**
 * The teacher's earlier application that stands in the way of a new one: awarded, waiting for
 * the unit, or refused in this school year (a refusal may be tried again the next year).
 */
export function standingApplication(
  previous: LabelApplication | undefined,
  schoolYear: string,
): LabelApplication | undefined {
  return previous && (previous.status !== "refused" || previous.schoolYear === schoolYear)
    ? previous
    : undefined;
}

export async function applyForNationalLabel(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  evidenceInput: Record<string, unknown>,
  /** TwinSpace pages of the project the national unit may open as evidence. */
  evidencePages: readonly Id[] = [],
): Promise<LabelApplication> {
  const evidence: Record<string, string> = {};
  for (const criterion of deps.criteria.criteria) {
    const text = optionalText(
      `evidence.${criterion.id}`,
      evidenceInput[criterion.id],
      LIMITS.longText,
      MULTI_LINE,
    );
    if (text === "") throw new DomainError("label_evidence_missing", { criterion: criterion.id });
    evidence[criterion.id] = text;
  }
  return deps.store.transaction(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    const project = await requireProject(tx, projectId, { lock: true });
    if (!(await tx.members.role(projectId, teacher.id))) throw new DomainError("teacher_not_member");
    assertLabelEligible(project);
    const now = deps.clock.now();
    const schoolYear = schoolYearOf(now);
    if (standingApplication(await tx.labels.applicationFor(projectId, teacher.id), schoolYear)) {
      throw new DomainError("label_application_exists");
    }
    if ((await tx.labels.countForTeacherYear(teacher.id, schoolYear)) >= APPLICATIONS_PER_SCHOOL_YEAR) {
      throw new DomainError("label_application_limit", { max: APPLICATIONS_PER_SCHOOL_YEAR, schoolYear });
    }
    const application: LabelApplication = {
      id: deps.ids.newId(),
      projectId,
      teacherId: teacher.id,
      country: teacher.country,
      schoolYear,
      status: "submitted",
      evidence,
      scores: {},
      requirements: {},
      decidedBy: undefined,
      decisionNote: undefined,
      createdAt: now,
      decidedAt: undefined,
    };
    await tx.labels.insertApplication(application);
    const projectPages = new Set((await tx.pages.forProject(projectId)).map((page) => page.id));
    if (evidencePages.some((pageId) => !projectPages.has(pageId)))
      throw new DomainError("not_found", { what: "page" });
    await tx.pages.addEvidencePages(application.id, [...new Set(evidencePages)]);
    await emit(tx, deps, {
      type: "label_applied",
      actorId: teacher.id,
      projectId,
      payload: { applicationId: application.id, teacherId: teacher.id, country: teacher.country },
    });
    return application;
  });
}

/** R13: the applicant's national unit scores each criterion and checks the minimum requirements. */
export async function assessLabelApplication(
  deps: CoreDeps,
  actor: Actor,
  applicationId: Id,
  input: { scores: Record<string, unknown>; requirements: Record<string, unknown> },
): Promise<LabelApplication> {
  const assessment = validateAssessment(deps.criteria, input.scores, input.requirements);
  return deps.store.transaction(async (tx) => {
    const application = await openApplication(tx, actor, applicationId);
    const next: LabelApplication = {
      ...application,
      scores: { ...application.scores, ...assessment.scores },
      requirements: { ...application.requirements, ...assessment.requirements },
    };
    await tx.labels.saveApplication(next);
    await emit(tx, deps, {
      type: "label_assessed",
      actorId: actor.accountId,
      projectId: application.projectId,
      payload: { applicationId },
    });
    return next;
  });
}

export async function decideLabelApplication(
  deps: CoreDeps,
  actor: Actor,
  applicationId: Id,
  decision: { award: boolean; note?: unknown },
): Promise<LabelApplication> {
  const note = optionalText("note", decision.note, LIMITS.reason, MULTI_LINE);
  return deps.store.transaction(async (tx) => {
    const application = await openApplication(tx, actor, applicationId);
    assertDecidable(deps.criteria, application, decision.award);
    const next: LabelApplication = {
      ...application,
      status: decision.award ? "awarded" : "refused",
      decidedBy: actor.accountId,
      decisionNote: note || undefined,
      decidedAt: deps.clock.now(),
    };
    await tx.labels.saveApplication(next);
    await emit(tx, deps, {
      type: "label_decided",
      actorId: actor.accountId,
      projectId: application.projectId,
      payload: {
        applicationId,
        teacherId: application.teacherId,
        country: application.country,
        awarded: decision.award,
      },
    });
    return next;
  });
}

/**
 * R12: a project with National Quality Labels in at least two countries is a candidate for
 * the European Quality Label; the national units of those countries nominate it.
 */
export async function nominateForEuropeanLabel(deps: CoreDeps, actor: Actor, projectId: Id, country: string) {
  return deps.store.transaction(async (tx) => {
    await requireModerator(tx, actor.accountId, country);
    const project = await requireProject(tx, projectId, { lock: true });
    const awardedCountries = await nationalLabelCountries(tx, projectId);
    if (awardedCountries.length < COUNTRIES_FOR_EUROPEAN_CANDIDACY || !awardedCountries.includes(country)) {
      throw new DomainError("european_label_not_candidate", { min: COUNTRIES_FOR_EUROPEAN_CANDIDACY });
    }
    const label = (await tx.labels.europeanLabel(projectId)) ?? emptyEuropeanLabel(projectId);
    if (label.nominatedBy.includes(country)) return label;
    const next = { ...label, nominatedBy: [...label.nominatedBy, country] };
    await tx.labels.saveEuropeanLabel(next);
    await emit(tx, deps, {
      type: "european_label_nominated",
      actorId: actor.accountId,
      projectId: project.id,
      payload: { country },
    });
    return next;
  });
}

/** One European candidate as the central support service's list shows it. */
export interface EuropeanCandidate {
  project: Project;
  /** Countries whose national unit awarded a National Quality Label to the project. */
  labelledIn: string[];
  /** Those National Quality Labels: their evidence informs the European assessment. */
  nationalLabels: LabelApplication[];
  label: EuropeanLabel | undefined;
}

/** A page of candidates in project-id order; `next` continues the list (keyset, no counts). */
export interface CandidatePage {
  candidates: EuropeanCandidate[];
  next: Id | undefined;
}

const CANDIDATES_PER_PAGE = 50;

/**
 * R12–R13: the central support service's list of European candidates, computed from awarded
 * National Quality Labels (two or more countries), a keyset page at a time.
 */
export async function europeanCandidates(
  deps: CoreDeps,
  actor: Actor,
  page: { after?: Id; limit?: number } = {},
): Promise<CandidatePage> {
  const limit = Math.min(Math.max(page.limit ?? CANDIDATES_PER_PAGE, 1), CANDIDATES_PER_PAGE);
  return deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    const ids = await tx.labels.europeanCandidates(COUNTRIES_FOR_EUROPEAN_CANDIDACY, {
      ...(page.after ? { after: page.after } : {}),
      limit: limit + 1,
    });
    const shown = ids.slice(0, limit);
    const projects = new Map((await tx.projects.getMany(shown)).map((p) => [p.id, p]));
    const candidates: EuropeanCandidate[] = [];
    for (const id of shown) {
      const project = projects.get(id);
      if (!project) continue;
      candidates.push(await candidateRecord(tx, project));
    }
    return { candidates, next: ids.length > limit ? shown.at(-1) : undefined };
  });
}

/** One candidate for its assessment page; `not_found` unless it is a candidate. */
export async function europeanCandidate(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
): Promise<EuropeanCandidate> {
  return deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    return requireCandidate(tx, projectId);
  });
}

/** R13 for the European Quality Label: the central support service scores the same criteria. */
export async function assessEuropeanLabel(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  input: { scores: Record<string, unknown>; requirements: Record<string, unknown> },
): Promise<EuropeanLabel> {
  const assessment = validateAssessment(deps.criteria, input.scores, input.requirements);
  return deps.store.transaction(async (tx) => {
    const label = await openEuropeanLabel(tx, actor, projectId);
    const next: EuropeanLabel = {
      ...label,
      scores: { ...label.scores, ...assessment.scores },
      requirements: { ...label.requirements, ...assessment.requirements },
    };
    await tx.labels.saveEuropeanLabel(next);
    await emit(tx, deps, {
      type: "european_label_assessed",
      actorId: actor.accountId,
      projectId,
      payload: {},
    });
    return next;
  });
}

/**
 * The central support service awards or declines the European Quality Label, once, with a
 * reason when it declines. The founders and the national units of the partner countries are
 * told (the event names the countries as they were at the decision).
 */
export async function decideEuropeanLabel(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  decision: { award: boolean; reason?: unknown },
): Promise<EuropeanLabel> {
  const reason = labelDecisionReason(decision);
  return deps.store.transaction(async (tx) => {
    const label = await openEuropeanLabel(tx, actor, projectId);
    assertDecidable(deps.criteria, label, decision.award);
    const now = deps.clock.now();
    const next: EuropeanLabel = {
      ...label,
      status: decision.award ? "awarded" : "declined",
      decidedBy: actor.accountId,
      decisionNote: reason || undefined,
      decidedAt: now,
      awardedAt: decision.award ? now : undefined,
    };
    await tx.labels.saveEuropeanLabel(next);
    const members = await tx.members.teachers(projectId);
    const teachers = await tx.teachers.getMany(members.map((m) => m.teacherId));
    await emit(tx, deps, {
      type: "european_label_decided",
      actorId: actor.accountId,
      projectId,
      payload: {
        awarded: decision.award,
        countries: [...new Set(teachers.map((t) => t.country))].sort(),
        ...(reason ? { reason } : {}),
      },
    });
    return next;
  });
}

async function candidateRecord(tx: Tx, project: Project): Promise<EuropeanCandidate> {
  const nationalLabels = await tx.labels.awardedForProject(project.id);
  return {
    project,
    labelledIn: [...new Set(nationalLabels.map((a) => a.country))].sort(),
    nationalLabels,
    label: await tx.labels.europeanLabel(project.id),
  };
}

async function requireCandidate(tx: Tx, projectId: Id): Promise<EuropeanCandidate> {
  const project = await tx.projects.get(projectId);
  const candidate = project ? await candidateRecord(tx, project) : undefined;
  if (!candidate || candidate.labelledIn.length < COUNTRIES_FOR_EUROPEAN_CANDIDACY) {
    throw new DomainError("not_found", { what: "project" });
  }
  return candidate;
}

/** The candidate's label record, locked through its project, for an open (undecided) assessment. */
async function openEuropeanLabel(tx: Tx, actor: Actor, projectId: Id): Promise<EuropeanLabel> {
  await requireCentralAdmin(tx, actor.accountId);
  await requireProject(tx, projectId, { lock: true });
  const { label } = await requireCandidate(tx, projectId);
  if (label?.status) throw new DomainError("label_already_decided");
  return label ?? emptyEuropeanLabel(projectId);
}

const emptyEuropeanLabel = (projectId: Id): EuropeanLabel => ({
  projectId,
  nominatedBy: [],
  status: undefined,
  scores: {},
  requirements: {},
  decidedBy: undefined,
  decisionNote: undefined,
  decidedAt: undefined,
  awardedAt: undefined,
});

/** R12: prizes go to projects holding a European Quality Label. */
export async function awardPrize(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  prizeName: unknown,
): Promise<void> {
  const prize = optionalText("prize", prizeName, LIMITS.title) || "eTwinning prize";
  await deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    const project = await requireProject(tx, projectId, { lock: true });
    if (!recognitionEligibility(fixedKind(project)).prizes)
      throw new DomainError("label_not_eligible", { kind: fixedKind(project) });
    const label = await tx.labels.europeanLabel(projectId);
    if (label?.status !== "awarded") throw new DomainError("prize_needs_european_label");
    await tx.labels.insertPrize(projectId, prize, deps.clock.now());
    await emit(tx, deps, { type: "prize_awarded", actorId: actor.accountId, projectId, payload: { prize } });
  });
}

export async function nationalLabelCountries(tx: Tx, projectId: Id): Promise<string[]> {
  return tx.labels.awardedCountries(projectId);
}

function assertLabelEligible(project: Project): void {
  if (project.status !== "active" && project.status !== "closed") {
    throw new DomainError("label_project_not_started", { status: project.status });
  }
  const kind = fixedKind(project);
  if (!recognitionEligibility(kind).nationalLabel) throw new DomainError("label_not_eligible", { kind });
}

async function openApplication(tx: Tx, actor: Actor, applicationId: Id): Promise<LabelApplication> {
  const application = await tx.labels.getApplication(applicationId);
  if (!application) throw new DomainError("not_found", { what: "label_application" });
  await requireModerator(tx, actor.accountId, application.country);
  if (application.status !== "submitted") throw new DomainError("label_already_decided");
  return application;
}
