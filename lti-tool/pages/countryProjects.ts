import { stringify } from "csv-stringify/sync";
import { Router } from "express";
import {
  type CountryProjectPage,
  type CountryProjectQuery,
  countryProjects,
  type DomainError,
  isDomainError,
  PAGE_SIZE,
  type Project,
} from "../../core/index.ts";
import { html, userText } from "../web/html.ts";
import { actorOf, type PageContext, type Pages, page, param, render, text } from "./context.ts";
import { country, date, kindBadge, statusBadge } from "./views/format.ts";
import { pageHref, pageLinks } from "./views/paging.ts";
import { tableOrEmpty } from "./views/table.ts";

/** Rows per read while exporting: the export walks the same keyset pages as the screen. */
const EXPORT_BATCH = 500;
const STATUSES = ["awaiting_approval", "rejected", "active", "closed"] as const;
const KINDS = ["european", "national", "school"] as const;

/**
 * Every project a country's national unit decides on, for its staff and moderators: filters
 * (status, kind, title), keyset pages, and the same list as CSV. Who may see it is core's
 * `countryProjects`; the pages only pass the query along.
 */
export function countryProjectRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/national-unit/:country/projects",
    page(pages, async (ctx) => {
      const code = param(ctx, "country").toUpperCase();
      const query = queryOf(ctx);
      try {
        const found = await countryProjects(pages.core, actorOf(ctx), code, query, PAGE_SIZE);
        showList(ctx, code, query, found, undefined);
      } catch (error) {
        // A malformed filter re-shows the form with the refusal; other refusals are pages of their own.
        if (!isDomainError(error) || error.code !== "filter_invalid") throw error;
        ctx.res.status(422);
        showList(ctx, code, query, undefined, error);
      }
    }),
  );
  router.get(
    "/national-unit/:country/projects.csv",
    page(pages, async (ctx) => {
      const code = param(ctx, "country").toUpperCase();
      const query = queryOf(ctx);
      const { t } = ctx;
      // Read (and authorise) the first batch before any byte is sent, so a refusal is a page.
      let batch = await countryProjects(
        pages.core,
        actorOf(ctx),
        code,
        { ...query, after: undefined },
        EXPORT_BATCH,
      );
      ctx.res
        .status(200)
        .type("text/csv; charset=utf-8")
        .attachment(`projects-${code}.csv`)
        .write(
          stringify([
            [
              t.t("country_projects.title_column"),
              t.t("pages.status"),
              t.t("country_projects.kind"),
              t.t("country_projects.founders"),
              t.t("country_projects.school"),
              t.t("country_projects.created"),
              t.t("country_projects.activated"),
            ],
          ]),
        );
      for (;;) {
        ctx.res.write(stringify(batch.projects.map((project) => csvRow(ctx, batch, project))));
        if (!batch.next) break;
        batch = await countryProjects(
          pages.core,
          actorOf(ctx),
          code,
          { ...query, after: batch.next },
          EXPORT_BATCH,
        );
      }
      ctx.res.end();
    }),
  );
  return router;
}

function queryOf(ctx: PageContext): CountryProjectQuery {
  const source = ctx.req.query as Record<string, unknown>;
  return {
    status: text(source, "status"),
    kind: text(source, "kind"),
    title: text(source, "title"),
    after: text(source, "after"),
  };
}

/** Spreadsheets run cells starting with = + - @ as formulas: such a title is kept as text. */
function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvRow(ctx: PageContext, found: CountryProjectPage, project: Project): string[] {
  const { t } = ctx;
  const founders = [project.founderId, project.cofounderId ?? ""]
    .flatMap((id) => (id ? [found.founderNames.get(id) ?? ""] : []))
    .join("; ");
  const school = found.schools.get(project.schoolId);
  return [
    cell(project.title),
    t.t(`status.${project.status}`),
    project.kind ? t.t(`kind.${project.kind}`) : "",
    cell(founders),
    cell(school ? `${school.name} (${school.country})` : ""),
    project.createdAt.slice(0, 10),
    project.activatedAt?.slice(0, 10) ?? "",
  ];
}

/** The filters a page link keeps (the cursor is added by the pager). */
function filtersOf(query: CountryProjectQuery): Record<string, string | undefined> {
  const value = (name: "status" | "kind" | "title") =>
    typeof query[name] === "string" ? (query[name] as string) : undefined;
  return { status: value("status"), kind: value("kind"), title: value("title") };
}

function showList(
  ctx: PageContext,
  code: string,
  query: CountryProjectQuery,
  found: CountryProjectPage | undefined,
  error: DomainError | undefined,
): void {
  const { t } = ctx;
  const selected = (name: "status" | "kind", value: string) => (query[name] === value ? html`selected` : "");
  const base = `/app/national-unit/${code}/projects`;
  const title = t.t("country_projects.heading", { country: country(t, code) });
  const rows = (found?.projects ?? []).map((project) => {
    const school = found?.schools.get(project.schoolId);
    return html`<tr>
      <td><a href="/app/projects/${project.id}">${userText(project.title)}</a></td>
      <td>${statusBadge(t, project.status)}</td>
      <td>${kindBadge(t, project.kind)}</td>
      <td>${school ? html`${userText(school.name)} (${country(t, school.country)})` : ""}</td>
      <td>${date(t, project.createdAt)}</td>
    </tr>`;
  });
  const body = html`<h1>${title}</h1>
    ${error ? html`<p class="error" role="alert">${t.error(error)}</p>` : ""}
    <form method="get" action="${base}" class="filters">
      <p>
        <label for="title">${t.t("country_projects.title_filter")}</label>
        <input id="title" name="title" maxlength="200" value="${typeof query.title === "string" ? query.title : ""}" />
      </p>
      <p>
        <label for="status">${t.t("pages.status")}</label>
        <select id="status" name="status">
          <option value="">${t.t("country_projects.any")}</option>
          ${STATUSES.map((s) => html`<option value="${s}" ${selected("status", s)}>${t.t(`status.${s}`)}</option>`)}
        </select>
      </p>
      <p>
        <label for="kind">${t.t("country_projects.kind")}</label>
        <select id="kind" name="kind">
          <option value="">${t.t("country_projects.any")}</option>
          ${KINDS.map((k) => html`<option value="${k}" ${selected("kind", k)}>${t.t(`kind.${k}`)}</option>`)}
        </select>
      </p>
      <p><button type="submit">${t.t("country_projects.filter")}</button></p>
    </form>
    <p><a href="${pageHref(`${base}.csv`, filtersOf(query))}" download>${t.t("country_projects.export")}</a></p>
    ${tableOrEmpty({
      caption: title,
      columns: [
        t.t("country_projects.title_column"),
        t.t("pages.status"),
        t.t("country_projects.kind"),
        t.t("country_projects.school"),
        t.t("country_projects.created"),
      ],
      rows,
      whenEmpty: t.t("country_projects.none"),
    })}
    ${found ? pageLinks(t, base, filtersOf(query), { next: found.next, firstPage: !query.after }) : ""}`;
  render(ctx, title, body);
}
