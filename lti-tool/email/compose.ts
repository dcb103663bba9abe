import type { Notification, Translator } from "../../core/index.ts";
import { linkOf, sentence } from "../pages/notifications/page.ts";
import { html } from "../web/html.ts";

export interface ComposeInput {
  t: Translator;
  /** One notification for an immediate e-mail, several for a digest. */
  notifications: readonly Notification[];
  digest: boolean;
  names: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  publicUrl: string;
  unsubscribeUrl: string;
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * An e-mail's subject, plain-text and HTML parts, in the reader's language. It says what the
 * in-app notification says (teachers' names and project titles, never a pupil) and links to
 * the page where the person acts, and to the one-click unsubscribe page.
 */
export function composeEmail(input: ComposeInput): ComposedEmail {
  const { t, notifications, publicUrl, unsubscribeUrl } = input;
  const lines = notifications.map((n) => ({
    sentence: sentence(t, n, input.names, input.titles),
    link: `${publicUrl}${linkOf(n)}`,
  }));
  const first = lines[0]?.sentence ?? "";
  const subject = input.digest
    ? t.t("email.digest.subject", { count: lines.length })
    : t.t("email.labelled", { label: t.t("app.name"), text: first });
  const intro = input.digest ? t.t("email.digest.intro", { count: lines.length }) : "";
  const footer = t.t(input.digest ? "email.footer.digest" : "email.footer.kind");
  const text = [
    ...(intro ? [intro, ""] : []),
    ...lines.flatMap((line) => [line.sentence, line.link, ""]),
    "--",
    footer,
    t.t("email.labelled", { label: t.t("email.unsubscribe"), text: unsubscribeUrl }),
    t.t("email.labelled", { label: t.t("email.preferences"), text: `${publicUrl}/app/profile#email` }),
  ].join("\n");
  const body = html`<!doctype html>
    <html lang="${t.locale}">
      <head><meta charset="utf-8" /><title>${subject}</title></head>
      <body>
        ${intro ? html`<p>${intro}</p>` : ""}
        <ul>
          ${lines.map((line) => html`<li><a href="${line.link}">${line.sentence}</a></li>`)}
        </ul>
        <hr />
        <p>${footer}</p>
        <p>
          <a href="${unsubscribeUrl}">${t.t("email.unsubscribe")}</a> ·
          <a href="${publicUrl}/app/profile#email">${t.t("email.preferences")}</a>
        </p>
      </body>
    </html>`;
  return { subject, text, html: body.toString() };
}
