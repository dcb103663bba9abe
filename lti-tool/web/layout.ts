import type { Translator } from "../../core/index.ts";
import { html, type SafeHtml } from "./html.ts";

export interface PageOptions {
  t: Translator;
  title: string;
  body: SafeHtml;
  /** The signed-in person's navigation (lti-tool/pages); public and LTI pages have none. */
  nav?: SafeHtml | undefined;
  /** The session's CSRF token: with `nav`, the header gets the sign-out button. */
  csrfToken?: string | undefined;
  /** Extra `<head>` elements: the public showcase's social previews (Open Graph). */
  head?: SafeHtml | undefined;
}

/**
 * The page shell every page shares: language, title, stylesheet, skip link, the navigation
 * landmark when there is one, the main landmark. The script is a small progressive
 * enhancement (lti-tool/web/assets/app.js); every page works without it.
 */
export function layout({ t, title, body, nav, csrfToken, head }: PageOptions): string {
  return html`<!doctype html>
    <html lang="${t.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${t.t("app.name")}</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <script src="/assets/app.js" defer></script>
        ${head}
      </head>
      <body>
        <a class="skip" href="#main">${t.t("layout.skip")}</a>
        ${
          nav
            ? html`<header class="site">
              <p class="brand">${t.t("app.name")}</p>
              ${nav} ${csrfToken ? signOutForm(t, csrfToken) : ""}
            </header>`
            : ""
        }
        <main id="main" tabindex="-1">${body}</main>
      </body>
    </html>`.value;
}

/** Visible on every signed-in page: on a shared classroom PC the next person must not find the session open. */
function signOutForm(t: Translator, csrfToken: string): SafeHtml {
  return html`<form class="sign-out" method="post" action="/sign-out">
    <input type="hidden" name="_csrf" value="${csrfToken}" />
    <button type="submit">${t.t("session.sign_out.action")}</button>
  </form>`;
}
