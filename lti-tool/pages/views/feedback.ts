import type { DomainError, Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";

/**
 * The refusal of the last attempt, at the top of its form. app.js moves the focus here so
 * that screen-reader users hear it at once; role="alert" covers the rest.
 */
export function errorSummary(t: Translator, error: DomainError | undefined): SafeHtml | string {
  if (!error) return "";
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
    <h2>${t.t("form.error_heading")}</h2>
    <p>${t.error(error)}</p>
  </div>`;
}

/** The confirmation of the last action (POST-redirect-GET). */
export function flash(done: string | undefined): SafeHtml | string {
  return done ? html`<p class="flash" role="status">${done}</p>` : "";
}

/** A short line shown when a list is empty. */
export function empty(message: string): SafeHtml {
  return html`<p class="empty">${message}</p>`;
}
