import type { Contact, Teacher } from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { account, type PageContext } from "./context.ts";
import { actionButton } from "./views/fields.ts";

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
    return actionButton({
      action: "/app/contacts/request",
      csrf,
      label: t.t("contacts.add"),
      context: userText(other.name),
      hidden: { teacherId: other.id, back },
      style: "primary",
    });
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
