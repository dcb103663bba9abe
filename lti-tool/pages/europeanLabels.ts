import { Router } from "express";
import {
  assessEuropeanLabel,
  decideEuropeanLabel,
  type DomainError,
  type EuropeanCandidate,
  europeanCandidate,
  europeanCandidates,
  LIMITS,
  type Translator,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { actorOf, type PageContext, type Pages, page, param, render } from "./context.ts";
import { assessmentRoute } from "./assessmentRoute.ts";
import { assessmentForm, storedAssessment } from "./views/assessment.ts";
import { formState, textArea } from "./views/fields.ts";
import { flash } from "./views/feedback.ts";
import { countries, country, date } from "./views/format.ts";
import { tableOrEmpty } from "./views/table.ts";

const BASE = "/app/european-labels";

/**
 * The European Quality Label (R12–R13), the central support service's pages: the candidates
 * (projects with National Quality Labels in two or more countries, computed, a keyset page at
 * a time), and each candidate's assessment with the national label's criteria and scoring
 * form; award, or decline with a reason. Core's use cases refuse anyone but a central admin.
 */
export function europeanLabelRoutes(pages: Pages): Router {
  const router = Router();

  router.get(
    "/european-labels",
    page(pages, async (ctx) => {
      const { t } = ctx;
      const after = typeof ctx.req.query.after === "string" ? ctx.req.query.after : undefined;
      const found = await europeanCandidates(pages.core, actorOf(ctx), after ? { after } : {});
      const rows = found.candidates.map(
        (candidate) => html`<tr>
          <th scope="row"><a href="${BASE}/${candidate.project.id}">${userText(candidate.project.title)}</a></th>
          <td>${countries(t, candidate.labelledIn)}</td>
          <td>${statusOf(t, candidate)}</td>
        </tr>`,
      );
      const title = t.t("european.title");
      const body = html`<h1>${title}</h1>
        ${flash(ctx.done)}
        <p>${t.t("european.intro")}</p>
        ${tableOrEmpty({
          caption: t.t("european.candidates"),
          columns: [t.t("european.project"), t.t("european.labelled_in"), t.t("european.status")],
          rows,
          whenEmpty: t.t("european.none"),
        })}
        ${found.next ? html`<p><a href="${BASE}?after=${found.next}">${t.t("european.next")}</a></p>` : ""}`;
      render(ctx, title, body);
    }),
  );

  const showAssessment = async (ctx: PageContext, values?: Record<string, unknown>, error?: DomainError) => {
    const { t } = ctx;
    const candidate = await europeanCandidate(pages.core, actorOf(ctx), param(ctx, "id"));
    const { project, label, nationalLabels } = candidate;
    const assessment = label ?? { scores: {}, requirements: {} };
    const state = formState(t, values ?? storedAssessment(assessment), error);
    const evidenceOf = (criterionId: string): SafeHtml =>
      html`<dl class="evidence">
        ${nationalLabels.map(
          (application) => html`<dt>${country(t, application.country)}</dt>
            <dd class="prose">${application.evidence[criterionId] ?? ""}</dd>`,
        )}
      </dl>`;
    const title = t.t("european.assess_title", { title: userText(project.title) });
    const body = html`<h1>${title}</h1>
      ${flash(ctx.done)}
      <p>
        ${t.t("european.labelled_in_sentence", { countries: countries(t, candidate.labelledIn) })}
        <a href="/app/projects/${project.id}">${t.t("assess.project_link")}</a>
      </p>
      <p class="badge ${label?.status === "awarded" ? "good" : "neutral"}">${statusOf(t, candidate)}</p>
      ${assessmentForm({
        state,
        csrf: ctx.session.csrfToken,
        action: `${BASE}/${project.id}`,
        error,
        criteria: pages.core.criteria,
        scores: assessment.scores,
        evidenceOf,
        decision: label?.status
          ? undefined
          : {
              note: textArea({
                state,
                name: "reason",
                label: t.t("european.reason"),
                hint: t.t("european.reason_hint"),
                maxlength: LIMITS.reason,
                rows: 3,
              }),
              award: t.t("european.award"),
              refuse: { value: "decline", label: t.t("european.decline") },
            },
      })}
      <p><a href="${BASE}">${t.t("european.back")}</a></p>`;
    render(ctx, title, body, error ? 422 : 200);
  };

  router.get(
    "/european-labels/:id",
    page(pages, async (ctx) => showAssessment(ctx)),
  );
  assessmentRoute(router, pages, {
    route: "/european-labels/:id",
    idParam: "id",
    refuse: "decline",
    assess: (actor, id, input) => assessEuropeanLabel(pages.core, actor, id, input),
    decide: (actor, id, award, body) =>
      decideEuropeanLabel(pages.core, actor, id, { award, reason: body.reason }),
    success: (id, decided) => ({
      path: decided ? BASE : `${BASE}/${id}`,
      done: decided ? "european_label_decided" : "assessment_saved",
    }),
    show: (ctx, values, error) => showAssessment(ctx, values, error),
  });
  return router;
}

function statusOf(t: Translator, { label }: EuropeanCandidate): SafeHtml | string {
  if (label?.status === "awarded" && label.awardedAt)
    return html`${t.t("european.status.awarded")} (${date(t, label.awardedAt)})`;
  if (label?.status === "declined") return t.t("european.status.declined");
  return t.t("european.status.open");
}
