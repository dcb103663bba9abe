import { DomainError } from "../errors.ts";
import type { Id, School, SchoolLabel } from "../model.ts";
import type { Tx } from "../ports.ts";
import { mayActForCountry } from "../rules/authority.ts";
import {
  type SchoolLabelCriterion,
  schoolLabelCriteria,
  schoolLabelValidUntil,
  schoolLabelWindow,
} from "../rules/schoolLabel.ts";
import { labelDecisionReason, LIMITS, MULTI_LINE, requiredText } from "../rules/text.ts";
import { type CoreDeps, emit } from "./context.ts";

const QUEUE = 100;

/** Who applies for their school: its school admin (from the LMS launch) or one of its teachers. */
export interface SchoolMemberActor {
  accountId: Id;
  schoolAdminOf: Id | undefined;
}

export interface SchoolLabelState {
  school: School;
  criteria: { id: SchoolLabelCriterion; met: boolean }[];
  /** The newest application, whatever its status. */
  latest: SchoolLabel | undefined;
  /** The awarded label still within its period. */
  current: SchoolLabel | undefined;
}

async function schoolOf(tx: Tx, actor: SchoolMemberActor): Promise<School> {
  const schoolId = actor.schoolAdminOf ?? (await tx.teachers.get(actor.accountId))?.schoolId;
  const school = schoolId ? await tx.schools.get(schoolId) : undefined;
  if (!school) throw new DomainError("not_found", { what: "school" });
  return school;
}

async function stateOf(deps: CoreDeps, tx: Tx, school: School): Promise<SchoolLabelState> {
  const now = deps.clock.now();
  const facts = await tx.schoolLabels.facts(school.id, schoolLabelWindow(now));
  return {
    school,
    criteria: schoolLabelCriteria(facts, now),
    latest: await tx.schoolLabels.latestOf(school.id),
    current: (await tx.schoolLabels.currentOf([school.id], now)).get(school.id),
  };
}

/** The person's school, which computed criteria it meets, and its application or label. */
export async function schoolLabelState(deps: CoreDeps, actor: SchoolMemberActor): Promise<SchoolLabelState> {
  return deps.store.transaction(async (tx) => stateOf(deps, tx, await schoolOf(tx, actor)));
}

/**
 * A school admin or teacher applies for the eTwinning School label once the school meets every
 * computed criterion, stating its e-safety practice; one application at a time, and none while
 * a label holds. The school's national unit decides.
 */
export async function applyForSchoolLabel(
  deps: CoreDeps,
  actor: SchoolMemberActor,
  input: { esafety: unknown },
): Promise<SchoolLabel> {
  const esafety = requiredText("esafety", input.esafety, LIMITS.longText, MULTI_LINE);
  return deps.store.transaction(async (tx) => {
    const school = await schoolOf(tx, actor);
    // A rejected school's admin still reaches its pages (to read why), not the label.
    const verification = (await tx.schoolVerifications.ofSchools([school.id])).get(school.id);
    if (verification?.status === "rejected") throw new DomainError("school_suspended");
    const state = await stateOf(deps, tx, school);
    if (state.current)
      throw new DomainError("school_label_held", { until: state.current.validUntil?.slice(0, 10) ?? "" });
    if (state.latest?.status === "submitted") throw new DomainError("school_label_pending");
    if (state.criteria.some((criterion) => !criterion.met))
      throw new DomainError("school_label_criteria_unmet");
    const label: SchoolLabel = {
      id: deps.ids.newId(),
      schoolId: school.id,
      country: school.country,
      status: "submitted",
      appliedBy: actor.accountId,
      esafety,
      appliedAt: deps.clock.now(),
      decidedBy: undefined,
      decisionNote: undefined,
      decidedAt: undefined,
      validUntil: undefined,
    };
    await tx.schoolLabels.insert(label);
    await emit(tx, deps, {
      type: "school_label_applied",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { schoolLabelId: label.id, schoolId: school.id, country: school.country },
    });
    return label;
  });
}

async function requireAssessor(tx: Tx, accountId: Id, country: string): Promise<void> {
  if (!mayActForCountry(await tx.grants.forAccount(accountId), country, "score_labels")) {
    throw new DomainError("not_moderator_for_country", { country });
  }
}

/** The country's applications awaiting its national unit, each with its school's criteria now. */
export async function schoolLabelsToDecide(
  deps: CoreDeps,
  actor: { accountId: Id },
  countryCode: string,
): Promise<{ application: SchoolLabel; state: SchoolLabelState }[]> {
  const country = deps.countries.find(countryCode);
  if (!country) throw new DomainError("unknown_country", { value: countryCode.slice(0, 10) });
  return deps.store.transaction(async (tx) => {
    await requireAssessor(tx, actor.accountId, country);
    const applications = await tx.schoolLabels.submittedOf(country, QUEUE);
    const schools = new Map(
      (await tx.schools.getMany(applications.map((a) => a.schoolId))).map((s) => [s.id, s]),
    );
    const shown = [];
    for (const application of applications) {
      const school = schools.get(application.schoolId);
      if (school) shown.push({ application, state: await stateOf(deps, tx, school) });
    }
    return shown;
  });
}

/**
 * The school's national unit awards the label (for two school years, core/rules/schoolLabel.ts)
 * or declines it with a reason; once.
 */
export async function decideSchoolLabel(
  deps: CoreDeps,
  actor: { accountId: Id },
  country: string,
  schoolLabelId: Id,
  decision: { award: boolean; reason?: unknown },
): Promise<SchoolLabel> {
  const reason = labelDecisionReason(decision);
  return deps.store.transaction(async (tx) => {
    const application = await tx.schoolLabels.get(schoolLabelId);
    // The page names the country: another country's application is not on it.
    if (!application || application.country !== country)
      throw new DomainError("not_found", { what: "school_label" });
    await requireAssessor(tx, actor.accountId, application.country);
    if (application.status !== "submitted") throw new DomainError("label_already_decided");
    const now = deps.clock.now();
    const decided: SchoolLabel = {
      ...application,
      status: decision.award ? "awarded" : "declined",
      decidedBy: actor.accountId,
      decisionNote: reason || undefined,
      decidedAt: now,
      validUntil: decision.award ? schoolLabelValidUntil(now) : undefined,
    };
    await tx.schoolLabels.save(decided);
    await emit(tx, deps, {
      type: "school_label_decided",
      actorId: actor.accountId,
      projectId: undefined,
      payload: {
        schoolLabelId,
        schoolId: application.schoolId,
        country: application.country,
        awarded: decision.award,
        ...(reason ? { reason } : {}),
      },
    });
    return decided;
  });
}
