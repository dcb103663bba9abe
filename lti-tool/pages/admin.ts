import { Router } from "express";
import {
  type Account,
  DomainError,
  type Grant,
  type MembershipPolicy,
  type SchoolProjectPolicy,
  type SchoolProjectWindow,
  setMembershipPolicy,
  setModerator,
  setSchoolProjectPolicy,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
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

/** Central administration: the school-project policy (R5), the membership policy (R9), moderators per country (R6). */
export function adminRoutes(pages: Pages): Router {
  const router = Router();

  const show = async (ctx: PageContext, failed?: Failed) => {
    const { t } = ctx;
    if (!isCentralAdmin(ctx)) throw new DomainError("not_central_admin");
    const { schoolPolicy, membershipPolicy, moderators } = await pages.core.store.transaction(async (tx) => {
      const grants = (await tx.grants.list()).filter((g) => g.grant.role === "moderator");
      const accounts = new Map(
        (await tx.accounts.getMany(grants.map((g) => g.accountId))).map((a) => [a.id, a]),
      );
      return {
        schoolPolicy: await tx.settings.schoolProjectPolicy(),
        membershipPolicy: await tx.settings.membershipPolicy(),
        moderators: grants.map((g) => ({ grant: g.grant, account: accounts.get(g.accountId) })),
      };
    });
    const state = (section: AdminSection, stored: Record<string, unknown>) =>
      failed?.section === section ? formState(t, failed.values, failed.error) : formState(t, stored);
    const countries = countryOptions(t, pages.core.countries.list(t.locale));
    const body = html`<h1>${t.t("admin.title")}</h1>
      ${flash(ctx.done)}
      ${schoolPolicySection(ctx, schoolPolicy, state("school", windowValues(schoolPolicy.default)), failed, countries)}
      ${membershipSection(ctx, membershipPolicy, state("membership", {}), failed)}
      ${moderatorsSection(ctx, moderators, state("moderators", {}), failed, countries)}`;
    render(ctx, t.t("admin.title"), body, failed ? 422 : 200);
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
    adminAction("moderators", "moderator_added", async (ctx, body) => {
      const found = await pages.core.store.transaction((tx) => tx.accounts.findByEmail(text(body, "email")));
      if (!found) throw new DomainError("not_found", { what: "account" });
      return setModerator(pages.core, actorOf(ctx), found.id, text(body, "country"), true);
    }),
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

function moderatorsSection(
  ctx: PageContext,
  moderators: { grant: Grant; account: Account | undefined }[],
  state: FormState,
  failed: Failed | undefined,
  countries: ReturnType<typeof countryOptions>,
): SafeHtml {
  const { t } = ctx;
  const rows = moderators.flatMap(({ grant, account }) =>
    grant.role === "moderator" && account
      ? [
          html`<tr>
            <td>${country(t, grant.country)}</td>
            <th scope="row">${userText(account.name)}</th>
            <td>${account.email}</td>
            <td>
              ${actionButton({
                action: "/app/admin/moderators/remove",
                csrf: ctx.session.csrfToken,
                label: t.t("admin.remove_moderator"),
                context: `${userText(account.name)}, ${country(t, grant.country)}`,
                hidden: { accountId: account.id, country: grant.country },
                style: "danger",
              })}
            </td>
          </tr>`,
        ]
      : [],
  );
  return html`<section aria-labelledby="moderators-heading">
    <h2 id="moderators-heading">${t.t("admin.moderators_heading")}</h2>
    ${failed?.section === "moderators" ? errorSummary(t, failed.error) : ""}
    ${
      rows.length > 0
        ? html`<table>
          <caption class="vh">${t.t("admin.moderators_heading")}</caption>
          <thead>
            <tr>
              <th scope="col">${t.t("field.country")}</th>
              <th scope="col">${t.t("profile.name")}</th>
              <th scope="col">${t.t("field.email")}</th>
              <th scope="col"><span class="vh">${t.t("pages.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>`
        : empty(t.t("admin.no_moderators"))
    }
    <form method="post" action="/app/admin/moderators" novalidate>
      ${csrfField(ctx.session.csrfToken)}
      <fieldset>
        <legend>${t.t("admin.add_moderator")}</legend>
        <p class="hint">${t.t("admin.add_moderator_hint")}</p>
        <div class="row">
          ${textField({ state, name: "email", id: "moderator-email", label: t.t("field.email"), type: "email", required: true, autocomplete: "off" })}
          ${selectField({ state, name: "country", id: "moderator-country", label: t.t("field.country"), options: countries, required: true })}
        </div>
      </fieldset>
      <button type="submit" class="primary">${t.t("admin.add")}</button>
    </form>
  </section>`;
}
