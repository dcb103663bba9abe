import {
  type Criterion,
  type DomainError,
  type QualityCriteria,
  totalScore,
  type Translator,
} from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";
import { text } from "../context.ts";
import { csrfField, type FormState, selectField } from "./fields.ts";
import { errorSummary } from "./feedback.ts";

/**
 * The per-criterion scoring of a Quality Label (R13), one view for the National Quality Label
 * (a national unit) and the European one (the central support service): the same configured
 * criteria, scales and minimum requirements, the same form field names.
 */

/** A criterion's name: configured names per language first (R13: criteria are configuration), else the catalogue's. */
export function criterionName(
  t: Translator,
  criterion: { id: string; names?: Record<string, string> },
): string {
  return criterion.names?.[t.locale] ?? t.t(`criterion.${criterion.id}`);
}

/** The stored scores and requirements as the form's values. */
export function storedAssessment(assessment: {
  scores: Record<string, number>;
  requirements: Record<string, boolean>;
}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [id, score] of Object.entries(assessment.scores)) values[`score_${id}`] = String(score);
  for (const [id, met] of Object.entries(assessment.requirements))
    values[`requirement_${id}`] = met ? "yes" : "no";
  return values;
}

/** The form's scores and requirements, for core's validateAssessment. */
export function assessmentInput(
  criteria: QualityCriteria,
  body: Record<string, unknown>,
): { scores: Record<string, unknown>; requirements: Record<string, unknown> } {
  return {
    scores: Object.fromEntries(criteria.criteria.map((c) => [c.id, text(body, `score_${c.id}`)])),
    requirements: Object.fromEntries(
      criteria.requirements.map((r) => [r.id, text(body, `requirement_${r.id}`)]),
    ),
  };
}

/** One criterion: the evidence shown (a teacher's text, or each country's), then its score. */
export function criterionBlock(
  state: FormState,
  criterion: Criterion,
  evidence: SafeHtml | string,
): SafeHtml {
  const { t } = state;
  return html`<div class="criterion">
    <h3>${criterionName(t, criterion)}</h3>
    ${evidence}
    ${selectField({
      state,
      name: `score_${criterion.id}`,
      label: t.t("assess.score", { criterion: criterionName(t, criterion), max: criterion.scaleMax }),
      placeholder: t.t("assess.not_scored"),
      options: Array.from({ length: criterion.scaleMax + 1 }, (_, score) => ({
        value: String(score),
        label: String(score),
      })),
    })}
  </div>`;
}

/** The minimum requirements, each met, not met, or not checked yet. */
export function requirementFields(state: FormState, criteria: QualityCriteria): SafeHtml[] {
  const { t } = state;
  return criteria.requirements.map((requirement) =>
    selectField({
      state,
      name: `requirement_${requirement.id}`,
      label: requirement.names?.[t.locale] ?? t.t(`requirement.${requirement.id}`),
      placeholder: t.t("assess.not_checked"),
      options: [
        { value: "yes", label: t.t("assess.met") },
        { value: "no", label: t.t("assess.not_met") },
      ],
    }),
  );
}

/**
 * A decided assessment, read-only: each criterion with its evidence and the score it got, the
 * total and the requirements as checked. Fields without a button to save them would only
 * mislead, and a decided total is no longer "so far".
 */
function decidedAssessment(spec: {
  state: FormState;
  criteria: QualityCriteria;
  scores: Record<string, number>;
  evidenceOf: (criterionId: string) => SafeHtml;
}): SafeHtml {
  const { t, values } = spec.state;
  const total = totalScore(spec.criteria, spec.scores);
  const checked = (id: string) => {
    const value = values[`requirement_${id}`];
    return t.t(value === "yes" ? "assess.met" : value === "no" ? "assess.not_met" : "assess.not_checked");
  };
  return html`<h2>${t.t("assess.criteria")}</h2>
    ${spec.criteria.criteria.map((criterion) => {
      const score = spec.scores[criterion.id];
      return html`<div class="criterion">
        <h3>${criterionName(t, criterion)}</h3>
        ${spec.evidenceOf(criterion.id)}
        <p>
          ${
            score === undefined
              ? t.t("assess.not_scored")
              : t.t("assess.score_given", { score, max: criterion.scaleMax })
          }
        </p>
      </div>`;
    })}
    <p>${t.t("assess.total_decided", { total: total.total, max: total.max })}</p>
    <h2>${t.t("assess.requirements")}</h2>
    <ul>
      ${spec.criteria.requirements.map(
        (requirement) =>
          html`<li>
            ${t.t("email.labelled", {
              label: requirement.names?.[t.locale] ?? t.t(`requirement.${requirement.id}`),
              text: checked(requirement.id),
            })}
          </li>`,
      )}
    </ul>`;
}

/**
 * The whole scoring form: each criterion with its evidence and score, the total so far, the
 * requirements, then the decision's note and save / award / refuse buttons; once decided, the
 * assessment read-only.
 */
export function assessmentForm(spec: {
  state: FormState;
  csrf: string;
  action: string;
  error: DomainError | undefined;
  criteria: QualityCriteria;
  scores: Record<string, number>;
  evidenceOf: (criterionId: string) => SafeHtml;
  /** Absent once decided: the assessment is then shown read-only. */
  decision?: { note: SafeHtml; award: string; refuse: { value: string; label: string } };
}): SafeHtml {
  const { state, decision } = spec;
  if (!decision) return decidedAssessment(spec);
  const { t } = state;
  const total = totalScore(spec.criteria, spec.scores);
  return html`<form method="post" action="${spec.action}" novalidate>
    ${csrfField(spec.csrf)} ${errorSummary(t, spec.error)}
    <h2>${t.t("assess.criteria")}</h2>
    ${spec.criteria.criteria.map((criterion) => criterionBlock(state, criterion, spec.evidenceOf(criterion.id)))}
    <p>${t.t("assess.total", { total: total.total, max: total.max })}</p>
    <h2>${t.t("assess.requirements")}</h2>
    ${requirementFields(state, spec.criteria)}
    ${decision.note}
    <div class="actions">
      <button type="submit" name="decision" value="save" class="secondary">${t.t("assess.save")}</button>
      <button type="submit" name="decision" value="award" class="primary">${decision.award}</button>
      <button type="submit" name="decision" value="${decision.refuse.value}" class="danger">${decision.refuse.label}</button>
    </div>
  </form>`;
}
