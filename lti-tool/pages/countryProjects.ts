import { Router } from "express";
import {
  COUNTRY_PROJECT_FILTERS,
  type CountryProjectPage,
  type CountryProjectQuery,
  countryProjects,
  type DomainError,
  isDomainError,
  COUNTRY_PROJECT_STATUSES,
  PROJECT_KINDS,
  PROJECT_LABEL_KINDS,
  PUPIL_AGE_MAX,
  PUPIL_AGE_MIN,
  PAGE_SIZE,
  type Project,
  type ProjectLabelKind,
  type Translator,
} from "../../core/index.ts";
import { html, userText } from "../web/html.ts";
import { actorOf, type PageContext, type Pages, page, param, render, text } from "./context.ts";
import { cell, sendCsv } from "./views/csv.ts";
import { formState, selectField, textField } from "./views/fields.ts";
import { country, date, kindBadge, statusBadge } from "./views/format.ts";
import { pageHref, pageLinks } from "./views/paging.ts";
import { tableOrEmpty } from "./views/table.ts";
import { countryOptions, subjectOptions } from "./views/vocabulary.ts";

/** Rows per read while exporting: the export walks the same keyset pages as the screen. */
const EXPORT_BATCH = 500;

/** A project's labels in the reader's words ("National Quality Label, European Quality Label"). */
export function labelNames(t: Translator, kinds: readonly ProjectLabelKind[] | undefined): string {
  return t.list((kinds ?? []).map((kind) => t.t(`label_kind.${kind}`)));
}

/**
 * Every project a country's national unit decides on, for its staff and moderators: filters
 * (status, kind, title, partner country, subject, pupils' age, dates, labels), keyset pages,
 * and the same list as CSV. Who may see it is core's `countryProjects`; the pages only pass
 * the query along.
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
        showList(pages, ctx, code, query, found, undefined);
      } catch (error) {
        // A malformed filter re-shows the form with the refusal; other refusals are pages of their own.
        if (!isDomainError(error) || error.code !== "filter_invalid") throw error;
        ctx.res.status(422);
        showList(pages, ctx, code, query, undefined, error);
      }
    }),
  );
  router.get(
    "/national-unit/:country/projects.csv",
    page(pages, async (ctx) => {
      const code = param(ctx, "country").toUpperCase();
      const query = queryOf(ctx);
      const { t } = ctx;
      const read = (after: string | undefined) =>
        countryProjects(pages.core, actorOf(ctx), code, { ...query, after }, EXPORT_BATCH);
      await sendCsv(ctx, {
        filename: `projects-${code}.csv`,
        header: [
          t.t("country_projects.title_column"),
          t.t("pages.status"),
          t.t("country_projects.kind"),
          t.t("country_projects.founders"),
          t.t("country_projects.school"),
          t.t("country_projects.created"),
          t.t("country_projects.activated"),
          t.t("country_projects.subjects"),
          t.t("country_projects.ages"),
          ...PROJECT_LABEL_KINDS.map((kind) => t.t(`label_kind.${kind}`)),
        ],
        first: await read(undefined),
        rows: (batch) => batch.projects.map((project) => csvRow(ctx, batch, project)),
        after: read,
      });
    }),
  );
  return router;
}

function queryOf(ctx: PageContext): CountryProjectQuery {
  const source = ctx.req.query as Record<string, unknown>;
  const query: CountryProjectQuery = { after: text(source, "after") };
  for (const name of COUNTRY_PROJECT_FILTERS) query[name] = text(source, name);
  return query;
}

function csvRow(ctx: PageContext, found: CountryProjectPage, project: Project): string[] {
  const { t } = ctx;
  const founders = [project.founderId, project.cofounderId ?? ""]
    .flatMap((id) => (id ? [found.founderNames.get(id) ?? ""] : []))
    .join("; ");
  const school = found.schools.get(project.schoolId);
  const labels = found.labels.get(project.id) ?? [];
  return [
    cell(project.title),
    t.t(`status.${project.status}`),
    project.kind ? t.t(`kind.${project.kind}`) : "",
    cell(founders),
    cell(school ? `${school.name} (${school.country})` : ""),
    project.createdAt.slice(0, 10),
    project.activatedAt?.slice(0, 10) ?? "",
    project.subjects.map((code) => t.t(`subject.${code}`)).join("; "),
    `${project.pupilAgeMin}-${project.pupilAgeMax}`,
    ...PROJECT_LABEL_KINDS.map((kind) => (labels.includes(kind) ? t.t("country_projects.yes") : "")),
  ];
}

/** The filters a page link or the CSV link keeps (the cursor is added by the pager). */
function filtersOf(query: CountryProjectQuery): Record<string, string | undefined> {
  return Object.fromEntries(
    COUNTRY_PROJECT_FILTERS.map((name) => {
      const value = query[name];
      return [name, typeof value === "string" ? value : undefined];
    }),
  );
}

function filterForm(
  pages: Pages,
  ctx: PageContext,
  base: string,
  query: CountryProjectQuery,
  error?: DomainError,
) {
  const { t } = ctx;
  const state = formState(t, query as Record<string, unknown>, error);
  const any = t.t("country_projects.any");
  return html`<form method="get" action="${base}" class="filters" role="search">
    ${textField({ state, name: "title", label: t.t("country_projects.title_filter"), type: "search", maxlength: 200 })}
    <div class="row">
      ${selectField({
        state,
        name: "status",
        label: t.t("pages.status"),
        placeholder: any,
        options: COUNTRY_PROJECT_STATUSES.map((s) => ({ value: s, label: t.t(`status.${s}`) })),
      })}
      ${selectField({
        state,
        name: "kind",
        label: t.t("country_projects.kind"),
        placeholder: any,
        options: PROJECT_KINDS.map((k) => ({ value: k, label: t.t(`kind.${k}`) })),
      })}
      ${selectField({
        state,
        name: "partnerCountry",
        label: t.t("country_projects.partner_country"),
        hint: t.t("country_projects.partner_country_hint"),
        placeholder: any,
        options: countryOptions(t, pages.core.countries.list(t.locale)),
      })}
      ${selectField({ state, name: "subject", label: t.t("search.subject"), placeholder: any, options: subjectOptions(t) })}
      ${textField({ state, name: "age", label: t.t("search.age"), type: "number", min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX })}
      ${selectField({
        state,
        name: "label",
        label: t.t("country_projects.label"),
        placeholder: any,
        options: PROJECT_LABEL_KINDS.map((kind) => ({ value: kind, label: t.t(`label_kind.${kind}`) })),
      })}
    </div>
    <fieldset class="row">
      <legend>${t.t("country_projects.founded_between")}</legend>
      ${textField({ state, name: "foundedFrom", label: t.t("country_projects.from"), type: "date" })}
      ${textField({ state, name: "foundedTo", label: t.t("country_projects.to"), type: "date" })}
    </fieldset>
    <fieldset class="row">
      <legend>${t.t("country_projects.approved_between")}</legend>
      ${textField({ state, name: "approvedFrom", label: t.t("country_projects.from"), type: "date" })}
      ${textField({ state, name: "approvedTo", label: t.t("country_projects.to"), type: "date" })}
    </fieldset>
    <p><button type="submit" class="primary">${t.t("country_projects.filter")}</button></p>
  </form>`;
}

function showList(
  pages: Pages,
  ctx: PageContext,
  code: string,
  query: CountryProjectQuery,
  found: CountryProjectPage | undefined,
  error: DomainError | undefined,
): void {
  const { t } = ctx;
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
      <td>${labelNames(t, found?.labels.get(project.id))}</td>
    </tr>`;
  });
  const body = html`<h1>${title}</h1>
    ${error ? html`<p class="error" role="alert">${t.error(error)}</p>` : ""}
    ${filterForm(pages, ctx, base, query, error)}
    <p><a href="${pageHref(`${base}.csv`, filtersOf(query))}" download>${t.t("country_projects.export")}</a></p>
    ${tableOrEmpty({
      caption: title,
      columns: [
        t.t("country_projects.title_column"),
        t.t("pages.status"),
        t.t("country_projects.kind"),
        t.t("country_projects.school"),
        t.t("country_projects.created"),
        t.t("country_projects.labels"),
      ],
      rows,
      whenEmpty: t.t("country_projects.none"),
    })}
    ${found ? pageLinks(t, base, filtersOf(query), { next: found.next, firstPage: !query.after }) : ""}`;
  render(ctx, title, body);
}
