import { type Contact, MESSAGE_LIMITS, type Teacher } from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { account, type PageContext } from "./context.ts";
import { actionButton, csrfField } from "./views/fields.ts";

/** Only this tool's own pages, so that `back` can never send anyone elsewhere. */
export function safeBack(value: string, fallback: string): string {
  return /^\/app(?:[/?#]|$)/.test(value) && !value.includes("//") ? value : fallback;
}

/**
 * What the viewer can do with another teacher, by the state of their contact (R2): ask,
 * see that the request waits, accept theirs, or — once contacts — found a project together.
 */
export function contactAction(
  ctx: PageContext,
  other: Pick<Teacher, "id" | "name">,
  contact: Contact | undefined,
  back: string,
): SafeHtml {
  const { t } = ctx;
  const me = account(ctx).accountId;
  const csrf = ctx.session.csrfToken;
  if (!contact) {
    // The note is optional and folded away, so the list of results stays short.
    return html`<form method="post" action="/app/contacts/request" class="inline">
      ${csrfField(csrf)}
      <input type="hidden" name="teacherId" value="${other.id}" />
      <input type="hidden" name="back" value="${back}" />
      <details>
        <summary>${t.t("contacts.note")}</summary>
        <label for="note-${other.id}" class="vh">${t.t("contacts.note")}</label>
        <textarea id="note-${other.id}" name="note" rows="2" maxlength="${MESSAGE_LIMITS.contactNote}"></textarea>
      </details>
      <button type="submit" class="primary">
        ${t.t("contacts.add")}<span class="vh"> – ${userText(other.name)}</span>
      </button>
    </form>`;
  }
  if (contact.status === "accepted") {
    return html`<span class="badge good">${t.t("contacts.is_contact")}</span>
      <a href="/app/projects/new?cofounder=${other.id}">${t.t("contacts.found_with", { name: userText(other.name) })}</a>`;
  }
  if (contact.requesterId === me)
    return html`<span class="badge waiting">${t.t("contacts.request_sent")}</span>`;
  return actionButton({
    action: `/app/contacts/${contact.id}/accept`,
    csrf,
    label: t.t("contacts.accept"),
    context: userText(other.name),
    hidden: { back },
    style: "primary",
  });
}

/** The note a pending request carries, shown to the addressee as text. */
export function contactNote(ctx: PageContext, contact: Contact): SafeHtml | string {
  if (!contact.message || contact.addresseeId !== account(ctx).accountId) return "";
  return html`<blockquote class="message-body">
    <span class="vh">${ctx.t.t("contacts.note_from")}</span> ${contact.message}
  </blockquote>`;
}
