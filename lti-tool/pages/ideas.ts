import { Router } from "express";
import {
  type DomainError,
  ideaExpiresAt,
  type IdeaView,
  type IdeaWithAuthor,
  isPartnerScope,
  LIMITS,
  PARTNER_SCOPES,
  postIdea,
  PUPIL_AGE_MAX,
  PUPIL_AGE_MIN,
  renewIdea,
  replyToIdea,
  requireTeacher,
  searchIdeas,
  updateIdea,
  viewIdea,
  withdrawIdea,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import {
  actorOf,
  attempt,
  formBody,
  idActionRoute,
  type PageContext,
  type Pages,
  page,
  param,
  render,
  text,
  texts,
} from "./context.ts";
import {
  actionButton,
  checkboxGroup,
  csrfField,
  formState,
  selectField,
  textArea,
  textField,
} from "./views/fields.ts";
import { gatedSearch, partnerFilterFields, stoppedNotice } from "./search.ts";
import { empty, errorSummary, flash } from "./views/feedback.ts";
import { ageRange, country, date, languages, month, subjects } from "./views/format.ts";
import { languageOptions, subjectOptions } from "./views/vocabulary.ts";

const PAGE_SIZE = 20;
/** A teacher's own ideas shown on the board; more would be a board of one's own. */
const OWN_IDEAS = 20;

/**
 * The partner-finding board (core/usecases/ideas.ts): teachers post project ideas, find
 * others' with the partner search's filters, reply (which proposes a contact) and found a
 * project from an idea with the form filled in. Pages of 20, newest renewal first, keyset.
 */
export function ideaRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/ideas",
    page(pages, (ctx) => showBoard(pages, ctx)),
  );
  router.get(
    "/ideas/new",
    page(pages, async (ctx) => {
      await pages.core.store.readOnly((tx) => requireTeacher(tx, actorOf(ctx).accountId));
      showForm(ctx, undefined, { partnerScope: "abroad" });
    }),
  );
  router.post(
    "/ideas/new",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      await attempt(
        ctx,
        () => postIdea(pages.core, actorOf(ctx), ideaFormInput(body)),
        (idea) => ({ path: `/app/ideas/${idea.id}`, done: "idea_posted" }),
        (error) => showForm(ctx, undefined, body, error),
      );
    }),
  );
  router.get(
    "/ideas/:id",
    page(pages, async (ctx) =>
      showIdea(pages, ctx, await viewIdea(pages.core, actorOf(ctx), param(ctx, "id"))),
    ),
  );
  router.get(
    "/ideas/:id/edit",
    page(pages, async (ctx) => {
      const view = await viewIdea(pages.core, actorOf(ctx), param(ctx, "id"));
      if (!view.mine) return showIdea(pages, ctx, view);
      const { idea } = view.found;
      showForm(ctx, idea.id, {
        ...idea,
        pupilAgeMin: String(idea.pupilAgeMin),
        pupilAgeMax: String(idea.pupilAgeMax),
      });
    }),
  );
  router.post(
    "/ideas/:id/edit",
    page(pages, async (ctx) => {
      const id = param(ctx, "id");
      const body = formBody(ctx);
      await attempt(
        ctx,
        () => updateIdea(pages.core, actorOf(ctx), id, ideaFormInput(body)),
        () => ({ path: `/app/ideas/${id}`, done: "idea_saved" }),
        (error) => showForm(ctx, id, body, error),
      );
    }),
  );
  const action = (
    name: string,
    run: (deps: Pages["core"], actor: { accountId: string }, id: string) => Promise<unknown>,
    done: string,
  ) =>
    idActionRoute(router, pages, {
      route: `/ideas/:id/${name}`,
      run: (ctx, id) => run(pages.core, actorOf(ctx), id),
      success: (_result, id) => ({ path: name === "withdraw" ? "/app/ideas" : `/app/ideas/${id}`, done }),
      showAgain: async (ctx, id, error) =>
        showIdea(pages, ctx, await viewIdea(pages.core, actorOf(ctx), id), error),
    });
  action("reply", replyToIdea, "idea_replied");
  action("renew", renewIdea, "idea_renewed");
  action("withdraw", withdrawIdea, "idea_withdrawn");
  return router;
}

function ideaFormInput(body: Record<string, unknown>) {
  return {
    title: text(body, "title"),
    summary: text(body, "summary"),
    subjects: texts(body, "subjects"),
    languages: texts(body, "languages"),
    pupilAgeMin: text(body, "pupilAgeMin"),
    pupilAgeMax: text(body, "pupilAgeMax"),
    partnerScope: text(body, "partnerScope"),
    startMonth: text(body, "startMonth"),
  };
}

/** The board's filters as they appear in the URL (a GET form: a search can be bookmarked). */
function boardFilters(source: Record<string, unknown>) {
  const age = Number.parseInt(text(source, "age"), 10);
  const scope = text(source, "partnerScope");
  return {
    text: text(source, "text").slice(0, 200),
    country: text(source, "country").toUpperCase().slice(0, 2),
    subject: text(source, "subject").slice(0, 40),
    language: text(source, "language").slice(0, 8),
    age: Number.isInteger(age) && age >= PUPIL_AGE_MIN && age <= PUPIL_AGE_MAX ? String(age) : "",
    partnerScope: isPartnerScope(scope) ? scope : undefined,
  };
}

type BoardFilters = ReturnType<typeof boardFilters>;

/** The next page's cursor: the last idea's renewal time and id (`renewedAt~id`). */
function cursorOf(source: Record<string, unknown>) {
  const [renewedAt = "", id = ""] = text(source, "after").split("~");
  return renewedAt && id ? { renewedAt, id } : undefined;
}

function boardUrl(filters: BoardFilters, after?: IdeaWithAuthor): string {
  const params = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  if (after) params.set("after", `${after.idea.renewedAt}~${after.idea.id}`);
  const query = params.toString();
  return `/app/ideas${query ? `?${query}` : ""}`;
}

async function showBoard(pages: Pages, ctx: PageContext): Promise<void> {
  const { t } = ctx;
  const source = ctx.req.query as Record<string, unknown>;
  const filters = boardFilters(source);
  const actor = actorOf(ctx);
  const outcome = await gatedSearch(pages, () =>
    searchIdeas(pages.core, actor, {
      text: filters.text || undefined,
      country: pages.core.countries.find(filters.country),
      subject: filters.subject || undefined,
      language: filters.language || undefined,
      pupilAge: filters.age ? Number(filters.age) : undefined,
      partnerScope: filters.partnerScope,
      after: cursorOf(source),
      limit: PAGE_SIZE,
    }),
  );
  const stopped = typeof outcome === "string" ? outcome : undefined;
  const found = typeof outcome === "string" ? undefined : outcome;
  const own = await pages.core.store.readOnly((tx) => tx.ideas.ofAuthor(actor.accountId, OWN_IDEAS));
  const state = formState(t, filters);
  const form = html`<form method="get" action="/app/ideas" class="filters" role="search">
    ${textField({ state, name: "text", label: t.t("ideas.text"), type: "search" })}
    <div class="row">
      ${partnerFilterFields(pages, state)}
      ${selectField({ state, name: "partnerScope", label: t.t("ideas.partner_scope"), placeholder: t.t("ideas.any_scope"), options: scopeOptions(ctx) })}
    </div>
    <p><button type="submit" class="primary">${t.t("search.submit")}</button></p>
  </form>`;
  const results = found?.results ?? [];
  const last = results.at(-1);
  const tooSlow = stoppedNotice(t, stopped);
  const body = html`<h1>${t.t("ideas.title")}</h1>
    ${flash(ctx.done)}
    <p>${t.t("ideas.intro")} <a href="/app/ideas/new" class="button primary">${t.t("ideas.post")}</a></p>
    ${
      own.length > 0
        ? html`<section aria-labelledby="own-heading">
          <h2 id="own-heading">${t.t("ideas.yours")}</h2>
          <ul>
            ${own.map(
              (idea) =>
                html`<li><a href="/app/ideas/${idea.id}">${userText(idea.title)}</a> · ${expiry(ctx, idea, pages.core.clock.now())}</li>`,
            )}
          </ul>
        </section>`
        : ""
    }
    ${tooSlow} ${form}
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">${t.t("ideas.results")}</h2>
      ${results.length > 0 ? html`<ul class="cards">${results.map((r) => ideaCard(ctx, r))}</ul>` : empty(t.t("ideas.none"))}
      <nav aria-label="${t.t("search.pages")}" class="pager">
        ${cursorOf(source) ? html`<a href="${boardUrl(filters)}">${t.t("ideas.first_page")}</a>` : ""}
        ${found?.hasMore && last ? html`<a href="${boardUrl(filters, last)}" rel="next">${t.t("search.next")}</a>` : ""}
      </nav>
    </section>`;
  render(ctx, t.t("ideas.title"), body, found ? 200 : 503);
}

function scopeOptions(ctx: PageContext) {
  return PARTNER_SCOPES.map((scope) => ({ value: scope, label: ctx.t.t(`ideas.scope.${scope}`) }));
}

function expiry(ctx: PageContext, idea: { renewedAt: string }, now: string): SafeHtml {
  const until = ideaExpiresAt(idea);
  return until > now
    ? html`${ctx.t.t("ideas.until")} ${date(ctx.t, until.slice(0, 10))}`
    : html`<span class="badge">${ctx.t.t("ideas.expired")}</span>`;
}

function facts(ctx: PageContext, found: IdeaWithAuthor): SafeHtml {
  const { t } = ctx;
  const { idea } = found;
  return html`<p>${userText(found.authorName)} · ${userText(found.schoolName)} · ${country(t, idea.country)}</p>
    <dl class="facts">
      <dt>${t.t("ideas.partner_scope")}</dt><dd>${t.t(`ideas.scope.${idea.partnerScope}`)}</dd>
      ${idea.subjects.length > 0 ? html`<dt>${t.t("field.subjects")}</dt><dd>${subjects(t, idea.subjects)}</dd>` : ""}
      ${idea.languages.length > 0 ? html`<dt>${t.t("field.languages")}</dt><dd>${languages(t, idea.languages)}</dd>` : ""}
      <dt>${t.t("search.ages")}</dt><dd>${ageRange(idea.pupilAgeMin, idea.pupilAgeMax)}</dd>
      ${idea.startMonth ? html`<dt>${t.t("ideas.start")}</dt><dd>${month(t, idea.startMonth)}</dd>` : ""}
    </dl>`;
}

function ideaCard(ctx: PageContext, found: IdeaWithAuthor): SafeHtml {
  return html`<li>
    <h3><a href="/app/ideas/${found.idea.id}">${userText(found.idea.title)}</a></h3>
    ${facts(ctx, found)}
  </li>`;
}

function showIdea(pages: Pages, ctx: PageContext, view: IdeaView, error?: DomainError): void {
  const { t } = ctx;
  const { idea } = view.found;
  const csrf = ctx.session.csrfToken;
  const found = view.mine || view.contacts;
  const actions = html`<div class="actions">
    ${
      view.mine
        ? html`<a href="/app/ideas/${idea.id}/edit" class="button secondary">${t.t("ideas.edit")}</a>
          ${actionButton({ action: `/app/ideas/${idea.id}/renew`, csrf, label: t.t("ideas.renew") })}
          ${actionButton({ action: `/app/ideas/${idea.id}/withdraw`, csrf, label: t.t("ideas.withdraw"), style: "danger" })}`
        : view.repliedAt
          ? html`<p>${t.t("ideas.replied", { date: t.date(view.repliedAt) })}</p>`
          : actionButton({
              action: `/app/ideas/${idea.id}/reply`,
              csrf,
              label: t.t("ideas.reply"),
              style: "primary",
            })
    }
    ${found ? html`<a href="/app/projects/new?idea=${idea.id}" class="button secondary">${t.t("ideas.found")}</a>` : ""}
  </div>`;
  const replies = view.mine
    ? html`<section aria-labelledby="replies-heading">
        <h2 id="replies-heading">${t.t("ideas.replies")}</h2>
        ${
          view.replies.length > 0
            ? html`<ul>
              ${view.replies.map((r) => html`<li>${userText(r.name)} · ${date(t, r.repliedAt.slice(0, 10))}</li>`)}
            </ul>`
            : empty(t.t("ideas.no_replies"))
        }
        <p><a href="/app/contacts">${t.t("ideas.see_contacts")}</a></p>
      </section>`
    : "";
  const body = html`<h1>${userText(idea.title)}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)} ${facts(ctx, view.found)}
    <p>${view.mine ? expiry(ctx, idea, pages.core.clock.now()) : ""}</p>
    <div class="user-text">${userText(idea.summary)}</div>
    ${view.mine || view.repliedAt ? "" : html`<p class="hint">${t.t("ideas.reply_hint")}</p>`} ${actions} ${replies}
    <p><a href="/app/ideas">${t.t("ideas.back")}</a></p>`;
  render(ctx, idea.title, body, error ? 422 : 200);
}

function showForm(
  ctx: PageContext,
  id: string | undefined,
  values: Record<string, unknown>,
  error?: DomainError,
): void {
  const { t } = ctx;
  const state = formState(t, values, error);
  const title = t.t(id ? "ideas.edit" : "ideas.post");
  const form = html`<form method="post" action="${id ? `/app/ideas/${id}/edit` : "/app/ideas/new"}">
    ${csrfField(ctx.session.csrfToken)} ${errorSummary(t, error)}
    ${textField({ state, name: "title", label: t.t("field.title"), required: true, maxlength: LIMITS.title })}
    ${textArea({ state, name: "summary", label: t.t("ideas.summary"), hint: t.t("ideas.summary_hint"), required: true, maxlength: LIMITS.longText / 5, rows: 6 })}
    ${checkboxGroup({ state, name: "subjects", label: t.t("field.subjects"), options: subjectOptions(t) })}
    ${checkboxGroup({ state, name: "languages", label: t.t("field.languages"), options: languageOptions(t) })}
    <div class="row">
      ${textField({ state, name: "pupilAgeMin", label: t.t("field.pupilAgeMin"), type: "number", min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX })}
      ${textField({ state, name: "pupilAgeMax", label: t.t("field.pupilAgeMax"), type: "number", min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX })}
    </div>
    ${selectField({ state, name: "partnerScope", label: t.t("ideas.partner_scope"), options: scopeOptions(ctx) })}
    ${textField({ state, name: "startMonth", label: t.t("ideas.start"), hint: t.t("ideas.start_hint"), maxlength: 7 })}
    <p><button type="submit" class="primary">${t.t(id ? "ideas.save" : "ideas.post")}</button></p>
  </form>`;
  render(ctx, title, html`<h1>${title}</h1>${form}`, error ? 422 : 200);
}
