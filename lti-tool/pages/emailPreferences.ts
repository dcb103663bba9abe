import { Router } from "express";
import { html, type SafeHtml } from "../web/html.ts";
import { sendNotice } from "../session/notice.ts";
import { EMAIL_KINDS, EMAIL_MODES, isEmailMode } from "../email/kinds.ts";
import { EmailPreferences, type EmailModes } from "../email/preferences.ts";
import { RefusedAddresses } from "../email/refusedAddresses.ts";
import { actorOf, formBody, type PageContext, type Pages, page, redirectDone } from "./context.ts";
import { csrfField, formState, selectField } from "./views/fields.ts";

/** The person's e-mail choices (lti-tool/email/), saved from the profile page. */
export function emailPreferenceRoutes(pages: Pages): Router {
  const router = Router();
  const preferences = new EmailPreferences(pages.database.knex);
  router.post(
    "/profile/email",
    page(pages, async (ctx) => {
      const { accountId } = actorOf(ctx);
      const body = formBody(ctx);
      const chosen = EMAIL_KINDS.map((kind) => [kind, body[kind]] as const);
      if (!chosen.every(([, mode]) => isEmailMode(mode))) {
        const { t } = ctx;
        sendNotice(ctx.res, 422, t, {
          title: t.t("email.invalid.title"),
          message: t.t("email.invalid.body"),
          action: html`<p><a href="/app/profile#email">${t.t("email.back_to_profile")}</a></p>`,
        });
        return;
      }
      await preferences.save(accountId, Object.fromEntries(chosen) as EmailModes);
      redirectDone(ctx, "/app/profile#email", "email_saved");
    }),
  );
  return router;
}

/** The profile page's e-mail section: the choices, or why there are none on this server. */
export async function emailSection(ctx: PageContext, pages: Pages): Promise<SafeHtml> {
  const { t } = ctx;
  const heading = html`<h2 id="email">${t.t("email.title")}</h2>`;
  if (!pages.emailEnabled) return html`${heading}<p>${t.t("email.off")}</p>`;
  const { accountId } = actorOf(ctx);
  const me = (await pages.core.store.transaction((tx) => tx.accounts.getMany([accountId])))[0];
  if (!me?.email) return html`${heading}<p>${t.t("email.no_address")}</p>`;
  const modes = await new EmailPreferences(pages.database.knex).modesOf(accountId);
  const refusal = await new RefusedAddresses(pages.database.knex).of(accountId, me.email);
  const state = formState(t, modes);
  const options = EMAIL_MODES.map((mode) => ({ value: mode, label: t.t(`email.mode.${mode}`) }));
  return html`${heading}
    <p>${t.t("email.intro", { address: me.email })}</p>
    ${
      refusal
        ? html`<p class="error" role="alert">
          ${t.t("email.refused", {
            address: refusal.address,
            date: t.date(refusal.refusedAt.slice(0, 10)),
            code: refusal.responseCode,
          })}
        </p>`
        : ""
    }
    <form method="post" action="/app/profile/email">
      ${csrfField(ctx.session.csrfToken)}
      ${EMAIL_KINDS.map((kind) => selectField({ state, name: kind, label: t.t(`email.kind.${kind}`), options }))}
      <p><button type="submit" class="secondary">${t.t("email.save")}</button></p>
    </form>`;
}
