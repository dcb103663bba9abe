import { Router } from "express";
import {
  applyForSchoolLabel,
  decideSchoolLabel,
  type DomainError,
  LIMITS,
  type SchoolLabel,
  type SchoolLabelState,
  type SchoolMemberActor,
  schoolLabelsToDecide,
  schoolLabelState,
} from "../../core/index.ts";
import { countryQueueRoutes, type FailedDecision, refusedElsewhere } from "./countryQueue.ts";
import { certificateButton } from "../certificates/views.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import {
  account,
  actorOf,
  attempt,
  formBody,
  isTeacher,
  type PageContext,
  type Pages,
  page,
  render,
} from "./context.ts";
import { decisionForms } from "./views/decision.ts";
import { csrfField, formState, textArea } from "./views/fields.ts";
import { errorSummary, flash } from "./views/feedback.ts";
import { country } from "./views/format.ts";
import { schoolLabelBadge } from "./views/schoolLabel.ts";

/**
 * The eTwinning School label (core/rules/schoolLabel.ts): a school's admin or teacher sees which
 * criteria the school meets and applies; the school's national unit awards or declines. Core's
 * use cases decide who may.
 */
export function schoolLabelRoutes(pages: Pages): Router {
  const router = Router();

  const showSchool = async (ctx: PageContext, values: Record<string, unknown> = {}, error?: DomainError) => {
    const { t } = ctx;
    const state = await schoolLabelState(pages.core, schoolMember(ctx));
    const form = formState(t, values, error);
    const title = t.t("school_label.title", { school: userText(state.school.name) });
    const body = html`<h1>${title}</h1>
      ${flash(ctx.done)}
      <p>${t.t("school_label.intro")}</p>
      ${state.current ? currentLabel(ctx, state.current) : ""} ${latestLine(ctx, state)}
      <h2>${t.t("school_label.criteria")}</h2>
      ${criteriaList(ctx, state, mayApply(state))}
      ${
        mayApply(state)
          ? html`<form method="post" action="/app/school-label" novalidate>
              ${csrfField(ctx.session.csrfToken)} ${errorSummary(t, error)}
              ${textArea({
                state: form,
                name: "esafety",
                label: t.t("school_label.esafety"),
                hint: t.t("school_label.esafety_hint"),
                required: true,
                maxlength: LIMITS.longText,
                rows: 4,
              })}
              <p><button type="submit" class="primary">${t.t("school_label.apply")}</button></p>
            </form>`
          : html`${errorSummary(t, error)}`
      }`;
    render(ctx, title, body, error ? 422 : 200);
  };

  router.get(
    "/school-label",
    page(pages, async (ctx) => showSchool(ctx)),
  );
  router.post(
    "/school-label",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      await attempt(
        ctx,
        () => applyForSchoolLabel(pages.core, schoolMember(ctx), { esafety: body.esafety }),
        () => ({ path: "/app/school-label", done: "school_label_applied" }),
        (error) => showSchool(ctx, body, error),
      );
    }),
  );

  const showQueue = async (ctx: PageContext, code: string, failed?: FailedDecision) => {
    const { t } = ctx;
    const queue = await schoolLabelsToDecide(pages.core, actorOf(ctx), code);
    const title = t.t("school_label.queue_title", { country: country(t, code) });
    const elsewhere = refusedElsewhere(
      failed,
      queue.map(({ application }) => application.id),
    );
    const body = html`<h1>${title}</h1>
      ${flash(ctx.done)} ${errorSummary(t, elsewhere)}
      ${
        queue.length > 0
          ? html`<ul class="cards">
              ${queue.map(({ application, state }) =>
                queueItem(ctx, code, application, state, failed?.id === application.id ? failed : undefined),
              )}
            </ul>`
          : html`<p class="empty">${t.t("school_label.queue_empty")}</p>`
      }`;
    render(ctx, title, body, failed ? 422 : 200);
  };

  countryQueueRoutes(router, pages, {
    path: "school-labels",
    idParam: "labelId",
    show: showQueue,
    yes: "award",
    decide: (actor, code, id, award, reason) =>
      decideSchoolLabel(pages.core, actor, code, id, { award, reason }),
    done: () => "school_label_decided",
  });
  return router;
}

function schoolMember(ctx: PageContext): SchoolMemberActor {
  const viewer = account(ctx);
  return {
    accountId: viewer.accountId,
    schoolAdminOf: viewer.roles.includes("school_admin") ? viewer.schoolId : undefined,
  };
}

/** The label the school holds now; its teachers download its certificate here (a school admin is no teacher). */
function currentLabel(ctx: PageContext, label: SchoolLabel): SafeHtml {
  const { t } = ctx;
  return html`<p>${schoolLabelBadge(t, label)}</p>
    ${
      isTeacher(ctx)
        ? certificateButton(t, ctx.session.csrfToken, { kind: "school_label", subjectId: label.id })
        : ""
    }`;
}

function mayApply(state: SchoolLabelState): boolean {
  return !state.current && state.latest?.status !== "submitted" && state.criteria.every((c) => c.met);
}

/** The criteria; the e-safety one asks for the statement only where the form below does. */
function criteriaList(ctx: PageContext, state: SchoolLabelState, formBelow: boolean): SafeHtml {
  const { t } = ctx;
  return html`<ul class="criteria">
    ${state.criteria.map(
      (criterion) => html`<li>
        <span class="badge ${criterion.met ? "good" : "waiting"}"
          >${t.t(criterion.met ? "school_label.met" : "school_label.not_met")}</span
        >
        ${t.t(`school_label.criterion.${criterion.id}`)}
      </li>`,
    )}
    <li>${t.t(formBelow ? "school_label.criterion.esafety" : "school_label.criterion.esafety_stated")}</li>
  </ul>`;
}

function latestLine(ctx: PageContext, state: SchoolLabelState): SafeHtml | string {
  const { t } = ctx;
  const latest = state.latest;
  // Read separately, the current label and the latest application are the same one by id only.
  if (!latest || latest.id === state.current?.id) return "";
  if (latest.status === "submitted")
    return html`<p class="badge waiting">${t.t("school_label.submitted", { date: t.date(latest.appliedAt) })}</p>`;
  if (latest.status === "declined")
    return html`<p>${t.t("school_label.declined", { reason: latest.decisionNote ?? "" })}</p>`;
  return html`<p>${t.t("school_label.lapsed")}</p>`;
}

function queueItem(
  ctx: PageContext,
  code: string,
  application: SchoolLabel,
  state: SchoolLabelState,
  failed: { error: DomainError; values: Record<string, unknown> } | undefined,
): SafeHtml {
  const { t } = ctx;
  const action = `/app/national-unit/${code}/school-labels/${application.id}`;
  const name = userText(state.school.name);
  return html`<li>
    <h2>${name}</h2>
    <p>${state.school.city ? html`${userText(state.school.city)}, ` : ""}${country(t, state.school.country)}</p>
    ${criteriaList(ctx, state, false)}
    <h3>${t.t("school_label.esafety")}</h3>
    <p class="prose">${application.esafety}</p>
    ${decisionForms({
      t,
      csrf: ctx.session.csrfToken,
      action,
      name,
      reasonId: `reason-${application.id}`,
      yes: { decision: "award", label: t.t("school_label.award") },
      no: {
        decision: "decline",
        label: t.t("school_label.decline"),
        confirm: t.t("school_label.decline_confirm"),
        reason: t.t("school_label.reason"),
        reasonHint: t.t("school_label.reason_hint"),
      },
      failed,
    })}
  </li>`;
}
