import type { Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";

/** A list's address with its filters and, for a later page, the cursor to continue after. */
export function pageHref(
  base: string,
  filters: Readonly<Record<string, string | undefined>>,
  after?: string,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
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
): SafeHtml | string {
  if (!page.next && page.firstPage) return "";
  return html`<nav class="pager" aria-label="${t.t("paging.label")}">
    ${page.firstPage ? "" : html`<a href="${pageHref(base, filters)}">${t.t("paging.first")}</a>`}
    ${page.next ? html`<a href="${pageHref(base, filters, page.next)}" rel="next">${t.t("paging.next")}</a>` : ""}
  </nav>`;
}
