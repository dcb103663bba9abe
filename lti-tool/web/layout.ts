import type { Translator } from "../../core/index.ts";
import { html, type SafeHtml } from "./html.ts";

export interface PageOptions {
  t: Translator;
  title: string;
  body: SafeHtml;
}

/** The page shell every page shares: language, title, stylesheet, skip link, main landmark. */
export function layout({ t, title, body }: PageOptions): string {
  return html`<!doctype html>
    <html lang="${t.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${t.t("app.name")}</title>
        <link rel="stylesheet" href="/assets/style.css" />
      </head>
      <body>
        <a class="skip" href="#main">${t.t("layout.skip")}</a>
        <main id="main">${body}</main>
      </body>
    </html>`.value;
}
