import type { Id, Translator } from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import type { IssuedCredentials } from "./pupilAccountsPort.ts";

/**
 * The printable credentials sheet (R11): one card per pupil, cut apart and handed out.
 * Only what the teacher already sees (the name they know the pupil by, the project titles)
 * plus what the pupil needs to sign in with Element. Print styles hide everything else.
 */
export function credentialsSheet(
  t: Translator,
  homeserverUrl: string,
  issued: readonly IssuedCredentials[],
  projects: ReadonlyMap<Id, readonly string[]>,
): SafeHtml {
  const cards = issued.map(
    (entry) => html`<section class="credentials">
      <h2>${userText(entry.pupil.displayName)}</h2>
      ${
        (projects.get(entry.pupil.id) ?? []).length > 0
          ? html`<p>${t.t("sheet.projects", { projects: t.list(projects.get(entry.pupil.id) ?? []) })}</p>`
          : ""
      }
      <dl class="facts">
        <dt>${t.t("sheet.homeserver")}</dt>
        <dd><code>${homeserverUrl}</code></dd>
        <dt>${t.t("sheet.username")}</dt>
        <dd><code>${entry.username}</code></dd>
        <dt>${t.t("sheet.password")}</dt>
        <dd><code>${entry.password}</code></dd>
      </dl>
      <ol>
        <li>${t.t("sheet.step_open")}</li>
        <li>${t.t("sheet.step_server", { homeserver: homeserverUrl })}</li>
        <li>${t.t("sheet.step_sign_in")}</li>
      </ol>
    </section>`,
  );
  return html`<h1>${t.t("sheet.title")}</h1>
    <div class="no-print">
      <p>${t.t("sheet.once")}</p>
      <p><a href="/app/pupils">${t.t("pupil_accounts.back")}</a></p>
    </div>
    ${cards}`;
}
