import { Router } from "express";
import {
  acceptContact,
  CONTACT_LISTS,
  type ContactList,
  type ContactWithTeacher,
  declineContact,
  DomainError,
  type Id,
  keysetPage,
  PAGE_SIZE,
  parseCursor,
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
import { pageLinks } from "./views/paging.ts";

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
  const { incoming, outgoing, accepted } = await contactPages(pages, ctx, me);
  const csrf = ctx.session.csrfToken;
  const person = (c: ContactWithTeacher) =>
    html`<strong>${userText(c.other.name)}</strong>, ${userText(c.schoolName)} (${country(t, c.other.country)})`;
  const section = (id: string, heading: string, shown: ShownList, rows: SafeHtml[], none: string) =>
    !shown.visible
      ? ""
      : html`<section aria-labelledby="${id}">
      <h2 id="${id}">${heading}</h2>
      ${rows.length > 0 ? html`<ul class="cards">${rows}</ul>` : empty(none)}
      ${pageLinks(t, "/app/contacts", { list: shown.list }, shown)}
    </section>`;
  const body = html`<h1>${t.t("contacts.title")}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)}
    <p><a href="/app/search">${t.t("contacts.find_more")}</a></p>
    ${section(
      "incoming-heading",
      t.t("contacts.incoming"),
      incoming,
      incoming.items.map(
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
      outgoing,
      outgoing.items.map(
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
      accepted,
      accepted.items.map(
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

interface ShownList {
  list: ContactList;
  /** False while a later page of another list is shown alone. */
  visible: boolean;
  items: ContactWithTeacher[];
  next: string | undefined;
  firstPage: boolean;
}

/**
 * The first page of each list, or a later page of the one list a "Next page" link asked for
 * (`?list=accepted&after=…`), which then is shown alone.
 */
async function contactPages(pages: Pages, ctx: PageContext, me: Id): Promise<Record<ContactList, ShownList>> {
  const query = ctx.req.query as Record<string, unknown>;
  const asked = text(query, "list");
  if (asked !== "" && !(CONTACT_LISTS as readonly string[]).includes(asked))
    throw new DomainError("filter_invalid", { field: "list" });
  const after = asked ? parseCursor(text(query, "after")) : undefined;
  return pages.core.store.transaction(async (tx) => {
    const shown = {} as Record<ContactList, ShownList>;
    for (const list of CONTACT_LISTS) {
      const mine = list === asked;
      const page =
        asked && !mine
          ? { items: [], next: undefined }
          : keysetPage(
              await tx.contacts.pageFor(me, list, mine ? after : undefined, PAGE_SIZE + 1),
              PAGE_SIZE,
              ({ contact }) => ({ at: contact.createdAt, id: contact.id }),
            );
      shown[list] = { list, visible: !asked || mine, ...page, firstPage: !(mine && after) };
    }
    return shown;
  });
}
