import { Router } from "express";
import {
  CENTRAL_SUPPORT_UNIT,
  DomainError,
  isDomainError,
  planRegistrationLink,
  type RegistrationLinkTarget,
} from "../../core/index.ts";
import { type RegistrationPreset, RegistrationTokens } from "../lti/store.ts";
import { html } from "../web/html.ts";
import {
  actorOf,
  formBody,
  isCentralAdmin,
  type PageContext,
  type Pages,
  page,
  render,
  text,
} from "./context.ts";
import { csrfField, formState, selectField, textField } from "./views/fields.ts";
import { errorSummary } from "./views/feedback.ts";
import { countryOptions } from "./views/vocabulary.ts";

/** The central admin's registration links (for a new school, a national unit's or the central support service's LMS). */
export function adminRegistrationLinkRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/admin/registration-links",
    page(pages, async (ctx) => {
      // The grants were read from core for this request; making a link checks again.
      if (!isCentralAdmin(ctx)) throw new DomainError("not_central_admin");
      showForm(pages, ctx, {}, undefined);
    }),
  );
  router.post(
    "/admin/registration-links",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const actor = actorOf(ctx); // pupils are refused here, before the form is read
      let target;
      try {
        target = await planRegistrationLink(pages.core, actor, {
          kind: text(body, "kind"),
          schoolName: text(body, "schoolName"),
          country: text(body, "country"),
        });
      } catch (error) {
        // A refused role is a page of its own (page()); a form mistake re-shows the form.
        if (!isDomainError(error) || error.code === "not_central_admin") throw error;
        ctx.res.status(422);
        return showForm(pages, ctx, body, error);
      }
      const token = await new RegistrationTokens(pages.database.knex).create(presetOf(target));
      const { t } = ctx;
      render(
        ctx,
        t.t("links.made_title"),
        html`<h1>${t.t("links.made_title")}</h1>
            <p>${t.t("links.made_intro")}</p>
            <p><code>${pages.publicUrl()}/lti/register/${token}</code></p>
            <p><a href="/app/admin/registration-links">${t.t("links.another")}</a></p>`,
      );
    }),
  );
  return router;
}

function presetOf(target: RegistrationLinkTarget): RegistrationPreset {
  switch (target.kind) {
    case "school":
      return { schoolName: target.schoolName, country: target.country };
    case "national_unit":
      return { schoolName: undefined, country: undefined, nationalUnit: target.country };
    case "central_support":
      return { schoolName: undefined, country: undefined, nationalUnit: CENTRAL_SUPPORT_UNIT };
  }
}

function showForm(
  pages: Pages,
  ctx: PageContext,
  values: Record<string, unknown>,
  error: DomainError | undefined,
) {
  const { t } = ctx;
  const state = formState(t, values, error);
  const body = html`<h1>${t.t("links.title")}</h1>
    <p>${t.t("links.intro")}</p>
    ${errorSummary(t, error)}
    <form method="post" action="/app/admin/registration-links" novalidate>
      ${csrfField(ctx.session.csrfToken)}
      ${selectField({
        state,
        name: "kind",
        label: t.t("links.kind"),
        options: [
          { value: "school", label: t.t("links.kind_school") },
          { value: "national_unit", label: t.t("links.kind_unit") },
          { value: "central_support", label: t.t("links.kind_central") },
        ],
      })}
      ${textField({ state, name: "schoolName", label: t.t("links.school_name"), hint: t.t("links.school_name_hint") })}
      ${selectField({
        state,
        name: "country",
        label: t.t("field.country"),
        placeholder: t.t("links.choose_country"),
        options: countryOptions(t, pages.core.countries.list(t.locale)),
      })}
      <p><button type="submit" class="primary">${t.t("links.create")}</button></p>
    </form>`;
  render(ctx, t.t("links.title"), body);
}
