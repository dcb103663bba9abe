import { DomainError } from "../errors.ts";
import type { LabelApplication, ProjectKind } from "../model.ts";

/** R12: what each kind of project may receive. */
export function recognitionEligibility(kind: ProjectKind): {
  nationalLabel: boolean;
  europeanLabel: boolean;
  prizes: boolean;
} {
  const european = kind === "european";
  return { nationalLabel: european, europeanLabel: european, prizes: european };
}

/** R12: a teacher applies for at most this many National Quality Labels per school year. */
export const APPLICATIONS_PER_SCHOOL_YEAR = 4;

/** R12: National Quality Labels in this many countries make a project a European candidate. */
export const COUNTRIES_FOR_EUROPEAN_CANDIDACY = 2;

export interface Criterion {
  id: string;
  /** Scores run from 0 to scaleMax. */
  scaleMax: number;
  /** Optional names per locale for criteria added by configuration; default ones are in the catalogues. */
  names?: Record<string, string>;
}

export interface QualityCriteria {
  criteria: Criterion[];
  requirements: { id: string; names?: Record<string, string> }[];
}

/** R13 as eTwinning publishes it today; deployments replace it through configuration. */
export const DEFAULT_QUALITY_CRITERIA: QualityCriteria = {
  criteria: [
    { id: "pedagogical_innovation", scaleMax: 5 },
    { id: "curricular_integration", scaleMax: 5 },
    { id: "partner_collaboration", scaleMax: 5 },
    { id: "use_of_technology", scaleMax: 5 },
    { id: "results_impact_documentation", scaleMax: 5 },
  ],
  requirements: [
    { id: "common_goals_and_plan" },
    { id: "finished_or_nearly" },
    { id: "own_contribution" },
    { id: "collaborative_pupil_activities" },
    { id: "data_protection_copyright_esafety" },
  ],
};

/** Checks a national unit's assessment against the configured criteria (R13). */
export function validateAssessment(
  criteria: QualityCriteria,
  scores: Record<string, unknown>,
  requirements: Record<string, unknown>,
): { scores: Record<string, number>; requirements: Record<string, boolean> } {
  const checkedScores: Record<string, number> = {};
  for (const criterion of criteria.criteria) {
    const raw = scores[criterion.id];
    if (raw === undefined || raw === null || raw === "") continue;
    const score = Number(raw);
    if (!Number.isInteger(score) || score < 0 || score > criterion.scaleMax) {
      throw new DomainError("label_score_invalid", { criterion: criterion.id, max: criterion.scaleMax });
    }
    checkedScores[criterion.id] = score;
  }
  const checkedRequirements: Record<string, boolean> = {};
  for (const requirement of criteria.requirements) {
    const raw = requirements[requirement.id];
    if (raw === undefined || raw === null || raw === "") continue;
    checkedRequirements[requirement.id] = raw === true || raw === "true" || raw === "on" || raw === "yes";
  }
  return { scores: checkedScores, requirements: checkedRequirements };
}

/**
 * R13 (National and European Quality Labels alike): a decision needs every criterion scored and every minimum requirement checked; an
 * award needs every minimum requirement met. The score itself informs the national unit's
 * judgement; no pass mark is imposed because the units set their own.
 */
export function assertDecidable(
  criteria: QualityCriteria,
  application: Pick<LabelApplication, "scores" | "requirements">,
  award: boolean,
): void {
  const unscored = criteria.criteria.some((c) => application.scores[c.id] === undefined);
  const unchecked = criteria.requirements.some((r) => application.requirements[r.id] === undefined);
  if (unscored || unchecked) throw new DomainError("label_assessment_incomplete");
  if (award && criteria.requirements.some((r) => application.requirements[r.id] !== true)) {
    throw new DomainError("label_requirements_unmet");
  }
}

export function totalScore(
  criteria: QualityCriteria,
  scores: Record<string, number>,
): { total: number; max: number } {
  return {
    total: criteria.criteria.reduce((sum, c) => sum + (scores[c.id] ?? 0), 0),
    max: criteria.criteria.reduce((sum, c) => sum + c.scaleMax, 0),
  };
}
