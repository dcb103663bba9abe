import { Router } from "express";
import {
  countText,
  type DomainError,
  type RejectedSchool,
  rejectedSchools,
  type School,
  schoolsToVerify,
  verifySchool,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { actorOf, type PageContext, type Pages, render } from "./context.ts";
import { countryQueueRoutes, type FailedDecision, refusedElsewhere } from "./countryQueue.ts";
import { decisionForms } from "./views/decision.ts";
import { empty, errorSummary, flash } from "./views/feedback.ts";
import { actionButton } from "./views/fields.ts";
import { country } from "./views/format.ts";

/**
 * A national unit's staff confirm or reject the newly registered schools of their country
 * (core's `schoolsToVerify` / `verifySchool` decide who may).
 */
export function schoolVerificationRoutes(pages: Pages): Router {
  const router = Router();
  const show = async (ctx: PageContext, code: string, failed?: FailedDecision) => {
    const { t } = ctx;
    const { schools, waiting } = await schoolsToVerify(pages.core, actorOf(ctx), code);
    const rejected = await rejectedSchools(pages.core, actorOf(ctx), code);
    const title = t.t("verify.heading", { country: country(t, code) });
    const body = html`<h1>${title}</h1>
      ${flash(ctx.done)}
      ${errorSummary(
        t,
        refusedElsewhere(failed, [
          ...schools.map((school) => school.id),
          ...rejected.map(({ school }) => school.id),
        ]),
      )}
      <p>${t.t("verify.intro")}</p>
      ${
        schools.length > 0
          ? html`<p>
              ${t.t("verify.waiting", { number: countText(t, waiting) })}
              ${waiting.count > schools.length ? t.t("verify.first_shown", { shown: schools.length }) : ""}
            </p>`
          : ""
      }
      ${
        schools.length > 0
          ? html`<ul class="cards">
              ${schools.map((school) => schoolItem(ctx, code, school, failed?.id === school.id ? failed : undefined))}
            </ul>`
          : empty(t.t("verify.none"))
      }
      ${rejected.length > 0 ? rejectedSection(ctx, code, rejected) : ""}`;
    render(ctx, title, body, failed ? 422 : 200);
  };

  countryQueueRoutes(router, pages, {
    path: "schools",
    idParam: "schoolId",
    show,
    yes: "confirm",
    decide: (actor, code, id, confirm, reason) =>
      verifySchool(pages.core, actor, code, id, { confirm, reason }),
    done: (confirm) => (confirm ? "school_verified" : "school_rejected"),
  });
  return router;
}

function schoolItem(
  ctx: PageContext,
  code: string,
  school: School,
  failed: { error: DomainError; values: Record<string, unknown> } | undefined,
) {
  const { t } = ctx;
  const action = `/app/national-unit/${code}/schools/${school.id}`;
  const name = userText(school.name);
  return html`<li>
    <h2>${name}</h2>
    <p>${school.city ? html`${userText(school.city)}, ` : ""}${country(t, school.country)}</p>
    ${decisionForms({
      t,
      csrf: ctx.session.csrfToken,
      action,
      name,
      reasonId: `reason-${school.id}`,
      yes: { decision: "confirm", label: t.t("verify.confirm") },
      no: {
        decision: "reject",
        label: t.t("verify.reject"),
        confirm: t.t("verify.reject_confirm"),
        reason: t.t("verify.reason"),
        reasonHint: t.t("verify.reason_hint"),
      },
      failed,
    })}
  </li>`;
}

/**
 * The country's rejected schools, each with its reason and a button that lifts the rejection:
 * without it a rejection made in error, or a school that proved real, could never launch again.
 */
function rejectedSection(ctx: PageContext, code: string, rejected: readonly RejectedSchool[]): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="rejected-heading">
    <h2 id="rejected-heading">${t.t("verify.rejected_heading", { country: country(t, code) })}</h2>
    <p>${t.t("verify.rejected_intro")}</p>
    <ul class="cards">
      ${rejected.map(
        ({ school, verification }) => html`<li>
          <h3>${userText(school.name)}</h3>
          <p>${school.city ? html`${userText(school.city)}, ` : ""}${country(t, school.country)}</p>
          <p>
            ${verification.decidedAt ? t.t("verify.rejected_on", { date: t.date(verification.decidedAt) }) : ""}
            ${userText(verification.reason ?? "")}
          </p>
          ${actionButton({
            action: `/app/national-unit/${code}/schools/${school.id}`,
            csrf: ctx.session.csrfToken,
            label: t.t("verify.confirm"),
            context: userText(school.name),
            hidden: { decision: "confirm" },
          })}
        </li>`,
      )}
    </ul>
  </section>`;
}
