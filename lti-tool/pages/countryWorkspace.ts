import { Router } from "express";
import {
  type CountrySchoolRow,
  type CountryTeacherRow,
  countryFigures,
  countrySchools,
  countryTeachers,
  type DomainError,
  intlLocale,
  isDomainError,
  type NameListPage,
  type NameListQuery,
  PROJECT_LABEL_KINDS,
  type Translator,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { actorOf, type PageContext, type Pages, page, param, render, text } from "./context.ts";
import { barChart } from "./views/barChart.ts";
import { cell, sendCsv } from "./views/csv.ts";
import { formState, textField } from "./views/fields.ts";
import { country } from "./views/format.ts";
import { schoolVerificationBadge } from "./views/schoolVerification.ts";
import { tableOrEmpty } from "./views/table.ts";

const PAGE_SIZE = 50;
const EXPORT_BATCH = 500;

/** One of the workspace's by-name lists: how to read a page and how to show a row. */
interface NameList<Row> {
  path: string;
  heading: string;
  read: (
    pages: Pages,
    actor: ReturnType<typeof actorOf>,
    code: string,
    query: NameListQuery,
    limit: number,
  ) => Promise<NameListPage<Row>>;
  columns: (t: Translator) => string[];
  /** The row's cells on screen (markup) and in the CSV (text), in the columns' order. */
  cells: (t: Translator, row: Row) => { screen: (SafeHtml | string)[]; csv: string[] };
}

/** "National Quality Label: 2; European Quality Label: 1" (kinds it holds none of are left out). */
const labelSummary = (t: Translator, row: CountrySchoolRow) =>
  PROJECT_LABEL_KINDS.flatMap((kind) =>
    row.labels[kind]
      ? [t.t("email.labelled", { label: t.t(`label_kind.${kind}`), text: String(row.labels[kind]) })]
      : [],
  ).join("; ");

const SCHOOLS: NameList<CountrySchoolRow> = {
  path: "all-schools",
  heading: "country_schools.heading",
  read: (pages, actor, code, query, limit) => countrySchools(pages.core, actor, code, query, limit),
  columns: (t) => [
    t.t("country_schools.name"),
    t.t("country_schools.town"),
    t.t("country_schools.verification"),
    t.t("country_schools.teachers"),
    t.t("country_schools.projects"),
    t.t("country_projects.labels"),
  ],
  cells: (t, row) => {
    const labels = labelSummary(t, row);
    return {
      screen: [
        userText(row.school.name),
        userText(row.school.city),
        schoolVerificationBadge(t, row.verification),
        String(row.teachers),
        String(row.projects),
        labels,
      ],
      csv: [
        cell(row.school.name),
        cell(row.school.city),
        t.t(`school.${row.verification}`),
        String(row.teachers),
        String(row.projects),
        labels,
      ],
    };
  },
};

const TEACHERS: NameList<CountryTeacherRow> = {
  path: "teachers",
  heading: "country_teachers.heading",
  read: (pages, actor, code, query, limit) => countryTeachers(pages.core, actor, code, query, limit),
  columns: (t) => [
    t.t("country_teachers.name"),
    t.t("country_teachers.school"),
    t.t("country_teachers.projects"),
  ],
  cells: (_t, row) => ({
    screen: [userText(row.name), userText(row.schoolName), String(row.projects)],
    csv: [cell(row.name), cell(row.schoolName), String(row.projects)],
  }),
};

/**
 * A national unit's country-wide workspace beyond the projects list (issue 15): its schools
 * and teachers by name (with CSV), and its figures by month as charts. Core's use cases
 * decide who may see them.
 */
export function countryWorkspaceRoutes(pages: Pages): Router {
  const router = Router();
  nameListRoutes(pages, router, SCHOOLS);
  nameListRoutes(pages, router, TEACHERS);
  router.get(
    "/national-unit/:country/figures",
    page(pages, async (ctx) => showFigures(pages, ctx, param(ctx, "country").toUpperCase())),
  );
  return router;
}

function nameListRoutes<Row>(pages: Pages, router: Router, list: NameList<Row>): void {
  const queryOf = (ctx: PageContext): NameListQuery => {
    const source = ctx.req.query as Record<string, unknown>;
    return { name: text(source, "name"), after: text(source, "after") };
  };
  router.get(
    `/national-unit/:country/${list.path}`,
    page(pages, async (ctx) => {
      const code = param(ctx, "country").toUpperCase();
      const query = queryOf(ctx);
      try {
        showNameList(ctx, code, list, query, await list.read(pages, actorOf(ctx), code, query, PAGE_SIZE));
      } catch (error) {
        if (!isDomainError(error) || error.code !== "filter_invalid") throw error;
        ctx.res.status(422);
        showNameList(ctx, code, list, query, undefined, error);
      }
    }),
  );
  router.get(
    `/national-unit/:country/${list.path}.csv`,
    page(pages, async (ctx) => {
      const code = param(ctx, "country").toUpperCase();
      const { name } = queryOf(ctx);
      const read = (after: string | undefined) =>
        list.read(pages, actorOf(ctx), code, { name, after }, EXPORT_BATCH);
      await sendCsv(ctx, {
        filename: `${list.path}-${code}.csv`,
        header: list.columns(ctx.t),
        first: await read(undefined),
        rows: (batch) => batch.rows.map((row) => list.cells(ctx.t, row).csv),
        after: read,
      });
    }),
  );
}

function showNameList<Row>(
  ctx: PageContext,
  code: string,
  list: NameList<Row>,
  query: NameListQuery,
  found: NameListPage<Row> | undefined,
  error?: DomainError,
): void {
  const { t } = ctx;
  const base = `/app/national-unit/${code}/${list.path}`;
  const title = t.t(list.heading, { country: country(t, code) });
  const name = typeof query.name === "string" ? query.name : "";
  const link = (after?: string) => {
    const params = new URLSearchParams();
    if (name) params.set("name", name);
    if (after) params.set("after", after);
    const built = params.toString();
    return built ? `?${built}` : "";
  };
  const body = html`<h1>${title}</h1>
    ${error ? html`<p class="error" role="alert">${t.error(error)}</p>` : ""}
    <form method="get" action="${base}" class="filters" role="search">
      ${textField({ state: formState(t, { name }), name: "name", label: t.t("workspace.name_filter"), type: "search", maxlength: 200 })}
      <p><button type="submit" class="primary">${t.t("workspace.show")}</button></p>
    </form>
    <p><a href="${base}.csv${link()}" download>${t.t("workspace.export")}</a></p>
    ${tableOrEmpty({
      caption: title,
      columns: list.columns(t),
      rows: (found?.rows ?? []).map(
        (row) => html`<tr>
          ${list.cells(t, row).screen.map((value) => html`<td>${value}</td>`)}
        </tr>`,
      ),
      whenEmpty: t.t("workspace.none"),
    })}
    ${found?.next ? html`<p><a href="${base}${link(found.next)}">${t.t("workspace.next")}</a></p>` : ""}`;
  render(ctx, title, body);
}

async function showFigures(pages: Pages, ctx: PageContext, code: string): Promise<void> {
  const { t } = ctx;
  const figures = await countryFigures(pages.core, actorOf(ctx), code);
  const monthName = new Intl.DateTimeFormat(t.locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const labels = figures.months.map((m) => monthName.format(new Date(`${m}-01T00:00:00Z`)));
  const first = labels[0] ?? "";
  const last = labels.at(-1) ?? "";
  const chart = (id: string, values: number[], summary: "sum" | "latest") => {
    const peak = values.reduce((best, v, i) => (v > (values[best] ?? 0) ? i : best), 0);
    const total = summary === "sum" ? values.reduce((a, b) => a + b, 0) : (values.at(-1) ?? 0);
    return barChart({
      id: `chart-${id}`,
      title: t.t(`figures.${id}`),
      description: t.t(`figures.desc_${summary}`, {
        from: first,
        to: last,
        total,
        peak: labels[peak] ?? "",
        peakValue: values[peak] ?? 0,
      }),
      labelHeading: t.t("figures.month"),
      valueHeading: t.t(`figures.${id}_value`),
      labels,
      values,
      labelEvery: 3,
    });
  };
  const title = t.t("figures.heading", { country: country(t, code) });
  const median = figures.medianDecisionDays;
  const body = html`<h1>${title}</h1>
    <p>${t.t("figures.intro", { from: first, to: last })}</p>
    ${chart("founded", figures.founded, "sum")} ${chart("approved", figures.approved, "sum")}
    ${chart("active", figures.active, "latest")} ${chart("labelled", figures.labelled, "sum")}
    <p class="figure-median">
      ${median === undefined ? t.t("figures.median_none") : t.t("figures.median", { days: days(t, median) })}
    </p>
    ${median === undefined ? "" : medianChart(t, labels, figures.monthlyMedianDecisionDays)}`;
  render(ctx, title, body);
}

/** Days with at most one decimal, as the page's language writes numbers. */
function days(t: Translator, value: number): string {
  return new Intl.NumberFormat(intlLocale(t.locale), { maximumFractionDigits: 1 }).format(value);
}

/** The median time to a decision month by month; a month without a decision has no bar. */
function medianChart(t: Translator, labels: readonly string[], medians: readonly (number | undefined)[]) {
  const decided = medians.flatMap((value, i) =>
    value === undefined ? [] : [{ value, month: labels[i] ?? "" }],
  );
  const longest = decided.reduce((best, m) => (m.value > best.value ? m : best), decided[0]!);
  const shortest = decided.reduce((best, m) => (m.value < best.value ? m : best), decided[0]!);
  return barChart({
    id: "chart-median",
    title: t.t("figures.median_chart"),
    description: t.t("figures.desc_median", {
      from: labels[0] ?? "",
      to: labels.at(-1) ?? "",
      months: decided.length,
      lowest: days(t, shortest.value),
      highest: days(t, longest.value),
      peak: longest.month,
    }),
    labelHeading: t.t("figures.month"),
    valueHeading: t.t("figures.median_value"),
    labels,
    values: medians,
    noValue: t.t("figures.no_decision"),
    format: (value) => days(t, value),
    labelEvery: 3,
  });
}
