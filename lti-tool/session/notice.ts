import type { Response } from "express";
import type { Translator } from "../../core/index.ts";
import { html, type SafeHtml } from "../web/html.ts";
import { layout } from "../web/layout.ts";

export interface Notice {
  title: string;
  /** What happened and what to do next, in the reader's words. */
  message: string;
  /** Optional extra content (a link, a button). */
  action?: SafeHtml;
}

/** A short page that explains a refusal or a next step; used for 4xx answers. */
export function sendNotice(res: Response, status: number, t: Translator, notice: Notice): void {
  const body = html`<h1>${notice.title}</h1>
    <p>${notice.message}</p>
    ${notice.action}`;
  res
    .status(status)
    .type("html")
    .send(layout({ t, title: notice.title, body }));
}

/**
 * A link, as a button, that opens `href` in a window of its own: inside the LMS's frame the
 * browser may withhold this site's cookies, and a top-level window gets them.
 */
export function newWindowAction(href: string, label: SafeHtml | string, className = "button"): SafeHtml {
  return html`<p>
    <a class="${className}" href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>
  </p>`;
}
