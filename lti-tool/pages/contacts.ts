import { Router } from "express";
import {
  acceptContact,
  type ContactWithTeacher,
  declineContact,
  type DomainError,
  removeContact,
  requestContact,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { contactNote, safeBack } from "./contactActions.ts";
import {
  account,
  actorOf,
  attempt,
  formBody,
  type PageContext,
  type Pages,
  page,
  param,
  render,
  text,
} from "./context.ts";
import { searchFilters, showSearch } from "./search.ts";
import { actionButton } from "./views/fields.ts";
import { empty, errorSummary, flash } from "./views/feedback.ts";
import { country } from "./views/format.ts";

/** Contacts (R2): requests in and out, accepted contacts; send, accept, decline, remove. */
export function contactRoutes(pages: Pages): Router {
  const router = Router();

  router.get(
    "/contacts",
    page(pages, async (ctx) => showContacts(pages, ctx)),
  );

  /** Runs a contact action; a refusal is shown on the page the person came from. */
  const act = (run: (ctx: PageContext) => Promise<unknown>, done: string) =>
    page(pages, async (ctx) => {
      const back = safeBack(text(formBody(ctx), "back"), "/app/contacts");
      await attempt(
        ctx,
        () => run(ctx),
        () => ({ path: back, done }),
        (error) => {
          if (!back.startsWith("/app/search")) return showContacts(pages, ctx, error);
          const query = Object.fromEntries(new URL(back, "http://pages.invalid").searchParams);
          return showSearch(pages, ctx, searchFilters(query), error);
        },
      );
    });

  router.post(
    "/contacts/request",
    act(
      (ctx) => requestContact(pages.core, actorOf(ctx), text(formBody(ctx), "teacherId"), formBody(ctx).note),
      "contact_requested",
    ),
  );
  router.post(
    "/contacts/:id/accept",
    act((ctx) => acceptContact(pages.core, actorOf(ctx), param(ctx, "id")), "contact_accepted"),
  );
  router.post(
    "/contacts/:id/decline",
    act((ctx) => declineContact(pages.core, actorOf(ctx), param(ctx, "id")), "contact_declined"),
  );
  router.post(
    "/contacts/:id/remove",
    act((ctx) => removeContact(pages.core, actorOf(ctx), param(ctx, "id")), "contact_removed"),
  );
  return router;
}

async function showContacts(pages: Pages, ctx: PageContext, error?: DomainError): Promise<void> {
  const { t } = ctx;
  const me = account(ctx).accountId;
  const all = await pages.core.store.transaction((tx) => tx.contacts.listFor(me));
  const incoming = all.filter((c) => c.contact.status === "pending" && c.contact.addresseeId === me);
  const outgoing = all.filter((c) => c.contact.status === "pending" && c.contact.requesterId === me);
  const accepted = all.filter((c) => c.contact.status === "accepted");
  const csrf = ctx.session.csrfToken;
  const person = (c: ContactWithTeacher) =>
    html`<strong>${userText(c.other.name)}</strong>, ${userText(c.schoolName)} (${country(t, c.other.country)})`;
  const section = (id: string, heading: string, rows: SafeHtml[], none: string) =>
    html`<section aria-labelledby="${id}">
      <h2 id="${id}">${heading}</h2>
      ${rows.length > 0 ? html`<ul class="cards">${rows}</ul>` : empty(none)}
    </section>`;
  const body = html`<h1>${t.t("contacts.title")}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)}
    <p><a href="/app/search">${t.t("contacts.find_more")}</a></p>
    ${section(
      "incoming-heading",
      t.t("contacts.incoming"),
      incoming.map(
        (c) =>
          html`<li>
            ${person(c)} ${contactNote(ctx, c.contact)}
            <div class="actions">
              ${actionButton({ action: `/app/contacts/${c.contact.id}/accept`, csrf, label: t.t("contacts.accept"), context: userText(c.other.name), style: "primary" })}
              ${actionButton({ action: `/app/contacts/${c.contact.id}/decline`, csrf, label: t.t("contacts.decline"), context: userText(c.other.name) })}
            </div>
          </li>`,
      ),
      t.t("contacts.no_incoming"),
    )}
    ${section(
      "outgoing-heading",
      t.t("contacts.outgoing"),
      outgoing.map(
        (c) =>
          html`<li>
            ${person(c)}
            <div class="actions">
              ${actionButton({ action: `/app/contacts/${c.contact.id}/remove`, csrf, label: t.t("contacts.withdraw"), context: userText(c.other.name) })}
            </div>
          </li>`,
      ),
      t.t("contacts.no_outgoing"),
    )}
    ${section(
      "contacts-heading",
      t.t("contacts.accepted"),
      accepted.map(
        (c) =>
          html`<li>
            ${person(c)}
            <div class="actions">
              <a href="/app/messages/with/${c.other.id}">${t.t("contacts.write", { name: userText(c.other.name) })}</a>
              <a href="/app/projects/new?cofounder=${c.other.id}">${t.t("contacts.found_with", { name: userText(c.other.name) })}</a>
              ${actionButton({ action: `/app/contacts/${c.contact.id}/remove`, csrf, label: t.t("contacts.remove"), context: userText(c.other.name), style: "danger" })}
            </div>
          </li>`,
      ),
      t.t("contacts.none"),
    )}`;
  render(ctx, t.t("contacts.title"), body, error ? 422 : 200);
}
