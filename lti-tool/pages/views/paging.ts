import type { Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";

/**
 * Where a list sits on its page: the query parameter of its cursor ("after", unless a page
 * holds two lists) and the heading a link returns to.
 */
export interface ListPlace {
  cursor?: string;
  anchor?: string;
}

/** A list's address with its filters and, for a later page, the cursor to continue after. */
export function pageHref(
  base: string,
  filters: Readonly<Record<string, string | undefined>>,
  after?: string,
  place: ListPlace = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (after) params.set(place.cursor ?? "after", after);
  const query = params.toString();
  return `${query ? `${base}?${query}` : base}${place.anchor ? `#${place.anchor}` : ""}`;
}

/**
 * The links under a keyset-paged list: "Next page" while rows remain, and "First page" once
 * past the first (a keyset page has no number to go back to). Filters are kept.
 */
export function pageLinks(
  t: Translator,
  base: string,
  filters: Readonly<Record<string, string | undefined>>,
  page: { next: string | undefined; firstPage: boolean },
  place: ListPlace = {},
): SafeHtml | string {
  if (!page.next && page.firstPage) return "";
  return html`<nav class="pager" aria-label="${t.t("paging.label")}">
    ${page.firstPage ? "" : html`<a href="${pageHref(base, filters, undefined, place)}">${t.t("paging.first")}</a>`}
    ${page.next ? html`<a href="${pageHref(base, filters, page.next, place)}" rel="next">${t.t("paging.next")}</a>` : ""}
  </nav>`;
}
