import { Router } from "express";
import {
  type Contact,
  type DomainError,
  PUPIL_AGE_MAX,
  PUPIL_AGE_MIN,
  type SchoolLabel,
  type SchoolVerificationStatus,
  type TeacherSearchQuery,
  type TeacherSearchResult,
  type Translator,
} from "../../core/index.ts";
import { isStatementTimeout } from "../../store/database.ts";
import { GateBusy } from "../web/admission.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { account, type PageContext, type Pages, page, render, text } from "./context.ts";
import { contactAction } from "./contactActions.ts";
import { type FormState, formState, selectField, textField } from "./views/fields.ts";
import { empty, errorSummary, flash } from "./views/feedback.ts";
import { ageRange, country, languages, subjects } from "./views/format.ts";
import { schoolLabelBadge } from "./views/schoolLabel.ts";
import { schoolVerificationBadge } from "./views/schoolVerification.ts";
import { countryOptions, languageOptions, subjectOptions } from "./views/vocabulary.ts";

export const SEARCH_PAGE_SIZE = 20;
/** Deep pages cost an offset scan; nobody reads 50 pages of partners, they refine the filters. */
const MAX_PAGE = 50;

/** Filters as they appear in the URL (a GET form, so a search can be bookmarked and shared). */
export function searchFilters(source: Record<string, unknown>) {
  const age = Number.parseInt(text(source, "age"), 10);
  const pageNumber = Number.parseInt(text(source, "page"), 10);
  return {
    text: text(source, "text").slice(0, 200),
    country: text(source, "country").toUpperCase().slice(0, 2),
    subject: text(source, "subject").slice(0, 40),
    language: text(source, "language").slice(0, 8),
    age: Number.isInteger(age) && age >= PUPIL_AGE_MIN && age <= PUPIL_AGE_MAX ? String(age) : "",
    page: Number.isInteger(pageNumber) && pageNumber > 1 ? Math.min(pageNumber, MAX_PAGE) : 1,
  };
}

type Filters = ReturnType<typeof searchFilters>;

export function searchUrl(filters: Filters, pageNumber: number): string {
  const params = new URLSearchParams();
  for (const key of ["text", "country", "subject", "language", "age"] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (pageNumber > 1) params.set("page", String(pageNumber));
  const query = params.toString();
  return `/app/search${query ? `?${query}` : ""}`;
}

/** Partner search (R2's first step): filters, pages of 20, "add as contact" on each result. */
export function searchRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/search",
    page(pages, async (ctx) =>
      showSearch(pages, ctx, searchFilters(ctx.req.query as Record<string, unknown>)),
    ),
  );
  return router;
}

export async function showSearch(
  pages: Pages,
  ctx: PageContext,
  filters: Filters,
  error?: DomainError,
): Promise<void> {
  const { t } = ctx;
  const me = account(ctx).accountId;
  const query: TeacherSearchQuery = {
    text: filters.text || undefined,
    country: pages.core.countries.find(filters.country),
    subject: filters.subject || undefined,
    language: filters.language || undefined,
    pupilAge: filters.age ? Number(filters.age) : undefined,
    excludeTeacherId: me,
    limit: SEARCH_PAGE_SIZE,
    offset: (filters.page - 1) * SEARCH_PAGE_SIZE,
  };
  const outcome = await gatedSearch(pages, () =>
    pages.core.store.readOnly(async (tx) => {
      const found = await tx.teachers.search(query);
      const between = await tx.contacts.betweenMany(
        me,
        found.results.map((r) => r.teacher.id),
      );
      const verifications = await tx.schoolVerifications.ofSchools(
        found.results.map((r) => r.teacher.schoolId),
      );
      const schoolLabels = await tx.schoolLabels.currentOf(
        found.results.map((r) => r.teacher.schoolId),
        pages.core.clock.now(),
      );
      return { ...found, contacts: between, verifications, schoolLabels };
    }),
  );
  const stopped = typeof outcome === "string" ? outcome : undefined;
  const { results, hasMore, contacts, verifications, schoolLabels } = (typeof outcome === "string"
    ? undefined
    : outcome) ?? {
    results: [],
    hasMore: false,
    contacts: [],
    verifications: new Map(),
    schoolLabels: new Map(),
  };
  const state = formState(t, filters);
  const back = searchUrl(filters, filters.page);
  const form = html`<form method="get" action="/app/search" class="filters" role="search">
    ${textField({ state, name: "text", label: t.t("search.text"), type: "search", hint: t.t("search.text_hint") })}
    <div class="row">${partnerFilterFields(pages, state)}</div>
    <p><button type="submit" class="primary">${t.t("search.submit")}</button></p>
  </form>`;
  const items = results.map((result) =>
    resultItem(
      ctx,
      result,
      contactWith(contacts, result.teacher.id),
      back,
      verifications.get(result.teacher.schoolId)?.status,
      schoolLabels.get(result.teacher.schoolId),
    ),
  );
  const pager = html`<nav aria-label="${t.t("search.pages")}" class="pager">
    ${filters.page > 1 ? html`<a href="${searchUrl(filters, filters.page - 1)}" rel="prev">${t.t("search.previous")}</a>` : ""}
    <span>${t.t("search.page", { page: filters.page })}</span>
    ${hasMore && filters.page < MAX_PAGE ? html`<a href="${searchUrl(filters, filters.page + 1)}" rel="next">${t.t("search.next")}</a>` : ""}
  </nav>`;
  const tooSlow = stoppedNotice(t, stopped);
  const body = html`<h1>${t.t("search.title")}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)} ${tooSlow} ${form}
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">${t.t("search.results")}</h2>
      ${items.length > 0 ? html`<ul class="cards">${items}</ul>` : empty(t.t("search.none"))} ${pager}
    </section>`;
  render(ctx, t.t("search.title"), body, error ? 422 : stopped ? 503 : 200);
}

/** Country, subject, language and pupils' age: the filters partner search and the board share. */
export function partnerFilterFields(pages: Pages, state: FormState): SafeHtml {
  const { t } = state;
  return html`${selectField({
    state,
    name: "country",
    label: t.t("field.country"),
    placeholder: t.t("search.any_country"),
    options: countryOptions(t, pages.core.countries.list(t.locale)),
  })}
    ${selectField({ state, name: "subject", label: t.t("search.subject"), placeholder: t.t("search.any_subject"), options: subjectOptions(t) })}
    ${selectField({ state, name: "language", label: t.t("search.language"), placeholder: t.t("search.any_language"), options: languageOptions(t) })}
    ${textField({ state, name: "age", label: t.t("search.age"), type: "number", min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX })}`;
}

/** Why a search gave no page: the database's time limit, or the gate turned it away after waiting. */
export type SearchStopped = "search.too_slow" | "search.busy";

/**
 * Runs a search through the admission gate (lti-tool/web/admission.ts); a search the database
 * stopped at its time limit, or the gate turned away after waiting, becomes the reason to show
 * above the kept form, never a stalled server.
 */
export function gatedSearch<T>(pages: Pages, run: () => Promise<T>): Promise<T | SearchStopped> {
  return pages.searchGate.run(run).catch((failure: unknown) => {
    if (isStatementTimeout(failure)) return "search.too_slow" as const;
    if (failure instanceof GateBusy) return "search.busy" as const;
    throw failure;
  });
}

export function stoppedNotice(t: Translator, stopped: SearchStopped | undefined): SafeHtml | string {
  return stopped
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary"><p>${t.t(stopped)}</p></div>`
    : "";
}

function contactWith(contacts: readonly Contact[], teacherId: string): Contact | undefined {
  return contacts.find((c) => c.requesterId === teacherId || c.addresseeId === teacherId);
}

function resultItem(
  ctx: PageContext,
  result: TeacherSearchResult,
  contact: Contact | undefined,
  back: string,
  verification: SchoolVerificationStatus | undefined,
  schoolLabel: SchoolLabel | undefined,
): SafeHtml {
  const { t } = ctx;
  const { teacher } = result;
  const p = teacher.profile;
  const ages = ageRange(p.pupilAgeMin, p.pupilAgeMax);
  return html`<li>
    <h3>${userText(teacher.name)}</h3>
    <p>
      ${userText(result.schoolName)}${result.city ? html`, ${userText(result.city)}` : ""} · ${country(t, teacher.country)}
      ${schoolVerificationBadge(t, verification)} ${schoolLabelBadge(t, schoolLabel)}
      ${p.lookingForPartners ? html`<span class="badge good">${t.t("search.looking")}</span>` : ""}
    </p>
    <dl class="facts">
      ${p.subjects.length > 0 ? html`<dt>${t.t("field.subjects")}</dt><dd>${subjects(t, p.subjects)}</dd>` : ""}
      ${p.languages.length > 0 ? html`<dt>${t.t("field.languages")}</dt><dd>${languages(t, p.languages)}</dd>` : ""}
      ${ages ? html`<dt>${t.t("search.ages")}</dt><dd>${ages}</dd>` : ""}
      ${p.interests ? html`<dt>${t.t("field.interests")}</dt><dd>${p.interests}</dd>` : ""}
    </dl>
    <div class="actions">${contactAction(ctx, teacher, contact, back)}</div>
  </li>`;
}
