import { Router } from "express";
import { chooseInterfaceLanguage, INTERFACE_LOCALES, languageName } from "../../core/index.ts";
import { sendNotice } from "../session/notice.ts";
import { changeSessionViewer } from "../session/session.ts";
import { html, type SafeHtml } from "../web/html.ts";
import { actorOf, attempt, formBody, type PageContext, type Pages, page, text } from "./context.ts";
import { csrfField, formState, selectField } from "./views/fields.ts";

/**
 * The language of the person's pages, e-mails and bot messages, chosen on the profile page.
 * It is stored on the account and wins over the LMS launch's language until reset ("").
 */
export function interfaceLanguageRoutes(pages: Pages): Router {
  const router = Router();
  router.post(
    "/profile/language",
    page(pages, async (ctx) => {
      await attempt(
        ctx,
        async () => {
          const account = await chooseInterfaceLanguage(
            pages.core,
            actorOf(ctx),
            text(formBody(ctx), "locale"),
          );
          await changeSessionViewer(pages.database.knex, ctx.session.csrfToken, { locale: account.locale });
        },
        () => ({ path: "/app/profile#language", done: "language_saved" }),
        (error) => {
          const { t } = ctx;
          sendNotice(ctx.res, 422, t, {
            title: t.t("language.invalid.title"),
            message: t.error(error),
            action: html`<p><a href="/app/profile#language">${t.t("email.back_to_profile")}</a></p>`,
          });
        },
      );
    }),
  );
  return router;
}

/** The profile page's language section: each language named in itself, so anyone finds theirs. */
export async function languageSection(ctx: PageContext, pages: Pages): Promise<SafeHtml> {
  const { t } = ctx;
  const me = await pages.core.store.transaction((tx) => tx.accounts.get(actorOf(ctx).accountId));
  const state = formState(t, { locale: me?.chosenLocale ?? "" });
  const options = [
    { value: "", label: t.t("language.from_lms") },
    ...INTERFACE_LOCALES.map((code) => ({ value: code, label: ownName(code) })),
  ];
  return html`<h2 id="language">${t.t("language.title")}</h2>
    <form method="post" action="/app/profile/language">
      ${csrfField(ctx.session.csrfToken)}
      ${selectField({ state, name: "locale", label: t.t("language.label"), hint: t.t("language.hint"), options })}
      <p><button type="submit" class="secondary">${t.t("language.save")}</button></p>
    </form>`;
}

function ownName(code: string): string {
  const name = languageName(code, code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
