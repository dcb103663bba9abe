import { Router } from "express";
import {
  DomainError,
  findAccountsToGrant,
  grantAudit,
  isDomainError,
  lookalikeSchools,
  type MembershipPolicy,
  moderatorsPage,
  parseNameCursor,
  type SchoolProjectPolicy,
  type SchoolProjectWindow,
  setMembershipPolicy,
  setModerator,
  setSchoolProjectPolicy,
} from "../../core/index.ts";
import { Deployments } from "../lti/store.ts";
import { html, type SafeHtml } from "../web/html.ts";
import { auditSection, type GrantSearch, lookalikesSection, moderatorsSection } from "./adminGrants.ts";
import {
  actorOf,
  attempt,
  formBody,
  isCentralAdmin,
  type PageContext,
  type Pages,
  page,
  render,
  text,
} from "./context.ts";
import {
  actionButton,
  checkboxField,
  csrfField,
  type FormState,
  formState,
  selectField,
  textField,
} from "./views/fields.ts";
import { empty, errorSummary, flash } from "./views/feedback.ts";
import { country, date } from "./views/format.ts";
import { countryOptions } from "./views/vocabulary.ts";

type AdminSection = "school" | "membership" | "moderators";

interface Failed {
  section: AdminSection;
  error: DomainError;
  values: Record<string, unknown>;
}

/**
 * Central administration: the school-project policy (R5), the membership policy (R9),
 * moderators per country (R6) granted to one chosen account, the audit trail of grants and
 * look-alike schools.
 */
export function adminRoutes(pages: Pages): Router {
  const router = Router();

  const show = async (ctx: PageContext, failed?: Failed) => {
    const { t } = ctx;
    if (!isCentralAdmin(ctx)) throw new DomainError("not_central_admin");
    const { schoolPolicy, membershipPolicy } = await pages.core.store.transaction(async (tx) => ({
      schoolPolicy: await tx.settings.schoolProjectPolicy(),
      membershipPolicy: await tx.settings.membershipPolicy(),
    }));
    const moderatorName = text(queryOf(ctx), "moderator_q");
    const moderators = {
      term: moderatorName.trim(),
      firstPage: !text(queryOf(ctx), "moderators_after"),
      ...(await moderatorsPage(
        pages.core,
        actorOf(ctx),
        moderatorName,
        parseNameCursor(text(queryOf(ctx), "moderators_after")),
      )),
    };
    const state = (section: AdminSection, stored: Record<string, unknown>) =>
      failed?.section === section ? formState(t, failed.values, failed.error) : formState(t, stored);
    const countries = countryOptions(t, pages.core.countries.list(t.locale));
    // A refused grant shows the accounts to choose from again (for an email: those sharing it).
    const posted = failed?.values ?? {};
    const search = await searchAccounts(
      ctx,
      text(posted, "email") || text(posted, "find") || text(queryOf(ctx), "find"),
    );
    const auditBefore = Number(text(queryOf(ctx), "audit_before"));
    const paged = Number.isSafeInteger(auditBefore) && auditBefore > 0;
    const audit = await grantAudit(pages.core, actorOf(ctx), paged ? auditBefore : undefined);
    const lookalikes = await lookalikeSchools(pages.core, actorOf(ctx));
    const deployments = await new Deployments(pages.database.knex).ofSchools([
      ...(search.candidates ?? []).flatMap((c) => (c.school ? [c.school.id] : [])),
      ...lookalikes.flat().map((school) => school.id),
    ]);
    const body = html`<h1>${t.t("admin.title")}</h1>
      ${flash(ctx.done)}
      ${schoolPolicySection(ctx, schoolPolicy, state("school", windowValues(schoolPolicy.default)), failed, countries)}
      ${membershipSection(ctx, membershipPolicy, state("membership", {}), failed)}
      ${moderatorsSection(ctx, moderators, failed?.section === "moderators" ? failed.error : undefined, search, deployments, countries)}
      ${lookalikesSection(ctx, lookalikes, deployments)}
      ${auditSection(ctx, audit, paged)}`;
    render(ctx, t.t("admin.title"), body, failed ? 422 : 200);
  };

  const searchAccounts = async (ctx: PageContext, term: string): Promise<GrantSearch> => {
    if (term === "") return { term, candidates: undefined, error: undefined };
    try {
      return {
        term,
        candidates: await findAccountsToGrant(pages.core, actorOf(ctx), term),
        error: undefined,
      };
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return { term, candidates: undefined, error };
    }
  };

  router.get(
    "/admin",
    page(pages, async (ctx) => show(ctx)),
  );

  const adminAction = (
    section: AdminSection,
    done: string,
    run: (ctx: PageContext, body: Record<string, unknown>) => Promise<unknown>,
  ) =>
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      await attempt(
        ctx,
        () => run(ctx, body),
        () => ({ path: "/app/admin", done }),
        (error) => show(ctx, { section, error, values: body }),
      );
    });

  router.post(
    "/admin/school-policy",
    adminAction("school", "policy_saved", (ctx, body) =>
      setSchoolProjectPolicy(pages.core, actorOf(ctx), text(body, "country") || undefined, {
        enabled: text(body, "enabled") === "on",
        from: text(body, "from") || undefined,
        until: text(body, "until") || undefined,
      }),
    ),
  );
  router.post(
    "/admin/school-policy/remove",
    adminAction("school", "policy_saved", (ctx, body) =>
      setSchoolProjectPolicy(pages.core, actorOf(ctx), text(body, "country"), undefined),
    ),
  );
  router.post(
    "/admin/membership-policy",
    adminAction("membership", "policy_saved", (ctx, body) =>
      setMembershipPolicy(pages.core, actorOf(ctx), {
        nationalProjectsAcceptForeignTeachers: text(body, "foreign") === "on",
      }),
    ),
  );
  router.post(
    "/admin/moderators",
    // The page posts a chosen account id; an email is accepted only when one account alone uses it.
    adminAction("moderators", "moderator_added", (ctx, body) =>
      setModerator(
        pages.core,
        actorOf(ctx),
        text(body, "accountId") || { email: text(body, "email") },
        text(body, "country"),
        true,
      ),
    ),
  );
  router.post(
    "/admin/moderators/remove",
    adminAction("moderators", "moderator_removed", (ctx, body) =>
      setModerator(pages.core, actorOf(ctx), text(body, "accountId"), text(body, "country"), false),
    ),
  );
  return router;
}

function windowValues(window: SchoolProjectWindow): Record<string, unknown> {
  return { enabled: window.enabled ? "on" : "", from: window.from ?? "", until: window.until ?? "" };
}

function windowText(ctx: PageContext, window: SchoolProjectWindow): SafeHtml {
  const { t } = ctx;
  if (!window.enabled) return html`${t.t("admin.closed")}`;
  return html`${t.t("admin.open")}${window.from ? html` ${t.t("admin.from")} ${date(t, window.from)}` : ""}${
    window.until ? html` ${t.t("admin.until")} ${date(t, window.until)}` : ""
  }`;
}

function windowFields(state: FormState, idPrefix: string): SafeHtml {
  const { t } = state;
  return html`${checkboxField({ state, name: "enabled", id: `${idPrefix}-enabled`, label: t.t("admin.enabled"), checked: state.values.enabled === "on" })}
    <div class="row">
      ${textField({ state, name: "from", id: `${idPrefix}-from`, label: t.t("field.from"), type: "date" })}
      ${textField({ state, name: "until", id: `${idPrefix}-until`, label: t.t("field.until"), type: "date" })}
    </div>`;
}

function schoolPolicySection(
  ctx: PageContext,
  policy: SchoolProjectPolicy,
  state: FormState,
  failed: Failed | undefined,
  countries: ReturnType<typeof countryOptions>,
): SafeHtml {
  const { t } = ctx;
  const csrf = ctx.session.csrfToken;
  const failedCountry = failed?.section === "school" && text(failed.values, "country") !== "";
  const defaultState = failedCountry ? formState(t, windowValues(policy.default)) : state;
  const countryState = failedCountry ? state : formState(t, {});
  const overrides = Object.entries(policy.byCountry).sort(([a], [b]) => a.localeCompare(b));
  return html`<section aria-labelledby="school-heading">
    <h2 id="school-heading">${t.t("admin.school_heading")}</h2>
    <p>${t.t("admin.school_intro")}</p>
    ${failed?.section === "school" ? errorSummary(t, failed.error) : ""}
    <p>${t.t("admin.default_now")} ${windowText(ctx, policy.default)}</p>
    <form method="post" action="/app/admin/school-policy" novalidate>
      ${csrfField(csrf)}
      <fieldset>
        <legend>${t.t("admin.default")}</legend>
        ${windowFields(defaultState, "default")}
      </fieldset>
      <button type="submit" class="primary">${t.t("admin.save_default")}</button>
    </form>
    <h3>${t.t("admin.by_country")}</h3>
    ${
      overrides.length > 0
        ? html`<ul>
          ${overrides.map(
            ([code, window]) => html`<li>
              ${country(t, code)}: ${windowText(ctx, window)}
              ${actionButton({ action: "/app/admin/school-policy/remove", csrf, label: t.t("admin.remove_override"), context: country(t, code), hidden: { country: code } })}
            </li>`,
          )}
        </ul>`
        : empty(t.t("admin.no_overrides"))
    }
    <form method="post" action="/app/admin/school-policy" novalidate>
      ${csrfField(csrf)}
      <fieldset>
        <legend>${t.t("admin.override")}</legend>
        ${selectField({ state: countryState, name: "country", id: "override-country", label: t.t("field.country"), options: countries, required: true })}
        ${windowFields(countryState, "override")}
      </fieldset>
      <button type="submit" class="secondary">${t.t("admin.save_override")}</button>
    </form>
  </section>`;
}

function membershipSection(
  ctx: PageContext,
  policy: MembershipPolicy,
  state: FormState,
  failed: Failed | undefined,
): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="membership-heading">
    <h2 id="membership-heading">${t.t("admin.membership_heading")}</h2>
    ${failed?.section === "membership" ? errorSummary(t, failed.error) : ""}
    <form method="post" action="/app/admin/membership-policy">
      ${csrfField(ctx.session.csrfToken)}
      ${checkboxField({
        state,
        name: "foreign",
        label: t.t("admin.foreign"),
        hint: t.t("admin.foreign_hint"),
        checked: policy.nationalProjectsAcceptForeignTeachers,
      })}
      <button type="submit" class="primary">${t.t("admin.save_membership")}</button>
    </form>
  </section>`;
}

function queryOf(ctx: PageContext): Record<string, unknown> {
  return ctx.req.query as Record<string, unknown>;
}
