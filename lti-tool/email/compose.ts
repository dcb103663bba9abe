import type { Notification, OnlineEvent, Translator } from "../../core/index.ts";
import { zonedPeriodText } from "../pages/events/timeZone.ts";
import { linkOf, sentence } from "../pages/notifications/page.ts";
import { html } from "../web/html.ts";

export interface ComposeInput {
  t: Translator;
  /** One notification for an immediate e-mail, several for a digest. */
  notifications: readonly Notification[];
  digest: boolean;
  names: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  /** The online events the notifications name, by id: when they take place. */
  events: ReadonlyMap<string, Pick<OnlineEvent, "startsAt" | "endsAt">>;
  /** The reader's time zone (UTC when they chose none): event times are said in it. */
  timeZone: string;
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
 * the page where the person acts, and to the one-click unsubscribe page. A notification about an
 * online event also says when it takes place, in the reader's time zone, named.
 */
export function composeEmail(input: ComposeInput): ComposedEmail {
  const { t, notifications, publicUrl, unsubscribeUrl } = input;
  const lines = notifications.map((n) => ({
    sentence: sentence(t, n, input.names, input.titles),
    when: whenOf(input, n),
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
    ...lines.flatMap((line) => [line.sentence, ...(line.when ? [line.when] : []), line.link, ""]),
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
          ${lines.map(
            (line) =>
              html`<li><a href="${line.link}">${line.sentence}</a>${line.when ? html`<br />${line.when}` : ""}</li>`,
          )}
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

/** "When: martedì 8 dicembre 2026, 17:00–18:00 (Europe/Rome)" for a notification about an online event. */
function whenOf(input: ComposeInput, notification: Notification): string | undefined {
  const { t } = input;
  const event = input.events.get(notification.params.event ?? "");
  if (!event) return undefined;
  const period = zonedPeriodText(t, event.startsAt, event.endsAt, input.timeZone);
  return t.t("email.labelled", { label: t.t("events.when"), text: period });
}
