import { countriesActedFor } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";
import type { PageContext } from "../context.ts";

/** The parts of a national unit's workspace for one country, each shown if the person may open it. */
export function workspaceItems(ctx: PageContext, code: string): { href: string; label: string }[] {
  const { t } = ctx;
  const base = `/app/national-unit/${code}`;
  const may = (action: "list_country_projects" | "list_country_people") =>
    countriesActedFor(ctx.grants, action).includes(code);
  return [
    ...(may("list_country_projects") ? [{ href: `${base}/projects`, label: t.t("workspace.projects") }] : []),
    ...(may("list_country_people")
      ? [
          { href: `${base}/all-schools`, label: t.t("workspace.schools") },
          { href: `${base}/teachers`, label: t.t("workspace.teachers") },
        ]
      : []),
    ...(may("list_country_projects") ? [{ href: `${base}/figures`, label: t.t("workspace.figures") }] : []),
  ];
}

/** Links between the workspace's lists and charts, the current one marked. */
export function workspaceLinks(ctx: PageContext, code: string): SafeHtml {
  const path = ctx.req.originalUrl.split("?")[0]?.replace(/\.csv$/, "");
  return html`<nav aria-label="${ctx.t.t("workspace.label")}" class="subnav">
    <ul>
      ${workspaceItems(ctx, code).map(
        (item) =>
          html`<li><a href="${item.href}" ${item.href === path ? html`aria-current="page"` : ""}>${item.label}</a></li>`,
      )}
    </ul>
  </nav>`;
}
