import { DomainError } from "../errors.ts";
import { parseNameCursor } from "../paging.ts";
import type { CountrySchoolRow, CountryTeacherRow, NameCursor } from "../ports.ts";
import { type CountryAction, mayActForCountry } from "../rules/authority.ts";
import type { Actor, CoreDeps } from "./context.ts";

/** Raw values of a by-name list's form or links. */
export interface NameListQuery {
  name?: unknown;
  /** The cursor of the previous page (`name~id`), as the list handed it out. */
  after?: unknown;
}

export interface NameListPage<Row> {
  rows: Row[];
  /** The cursor of the next page; undefined on the last one. */
  next: string | undefined;
}

export interface CountryFigures {
  /** The last 24 months ("YYYY-MM"), oldest first; each series has one number per month. */
  months: string[];
  founded: number[];
  approved: number[];
  /** Projects running at the end of the month (approved, not yet closed). */
  active: number[];
  /** Labels awarded (every kind) in the month. */
  labelled: number[];
  /** Median days from asking the unit to its decision, over the same months. */
  medianDecisionDays: number | undefined;
  /** The same median month by month (by the month of the decision); undefined where none was decided. */
  monthlyMedianDecisionDays: (number | undefined)[];
}

export const FIGURE_MONTHS = 24;

async function authorised<T>(
  deps: CoreDeps,
  actor: Actor,
  countryCode: string,
  action: CountryAction,
  read: (tx: Parameters<Parameters<CoreDeps["store"]["readOnly"]>[0]>[0], country: string) => Promise<T>,
): Promise<T> {
  const country = deps.countries.find(countryCode);
  if (!country) throw new DomainError("unknown_country", { value: countryCode.slice(0, 10) });
  return deps.store.readOnly(async (tx) => {
    if (!mayActForCountry(await tx.grants.forAccount(actor.accountId), country, action)) {
      throw new DomainError("not_moderator_for_country", { country });
    }
    return read(tx, country);
  });
}

function parseNameQuery(query: NameListQuery): { name: string | undefined; after: NameCursor | undefined } {
  const name = typeof query.name === "string" ? query.name.trim().slice(0, 200) : "";
  return { name: name === "" ? undefined : name, after: parseNameCursor(query.after) };
}

function paged<Row extends { cursor: NameCursor }>(rows: Row[], limit: number): NameListPage<Row> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    rows: shown,
    next: rows.length > limit && last ? `${last.cursor.name}~${last.cursor.id}` : undefined,
  };
}

/** One page of the country's schools by name, with their verification and counts (issue 15). */
export async function countrySchools(
  deps: CoreDeps,
  actor: Actor,
  countryCode: string,
  query: NameListQuery,
  limit = 50,
): Promise<NameListPage<CountrySchoolRow>> {
  const { name, after } = parseNameQuery(query);
  return authorised(deps, actor, countryCode, "list_country_people", async (tx, country) => {
    const rows = await tx.countryWorkspace.schoolsPage(country, name, after, limit + 1);
    const verifications = await tx.schoolVerifications.ofSchools(rows.map((row) => row.school.id));
    return paged(
      rows.map((row) => ({ ...row, verification: verifications.get(row.school.id)?.status ?? "unverified" })),
      limit,
    );
  });
}

/** One page of the country's teachers by name: school and projects count, nothing else. */
export async function countryTeachers(
  deps: CoreDeps,
  actor: Actor,
  countryCode: string,
  query: NameListQuery,
  limit = 50,
): Promise<NameListPage<CountryTeacherRow>> {
  const { name, after } = parseNameQuery(query);
  return authorised(deps, actor, countryCode, "list_country_people", async (tx, country) =>
    paged(await tx.countryWorkspace.teachersPage(country, name, after, limit + 1), limit),
  );
}

/** The months ("YYYY-MM") of the last `count` months up to the one of `now`, oldest first. */
export function lastMonths(now: string, count: number): string[] {
  const year = Number(now.slice(0, 4));
  const month = Number(now.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(year, month - (count - 1 - i), 1));
    return at.toISOString().slice(0, 7);
  });
}

/**
 * The country's figures over the last 24 months (issue 15): projects founded, approved,
 * running and labelled by month, and the median time to a decision (over the period and by
 * month). Aggregates only: the
 * store counts by month, this turns approvals and closures into the running total.
 */
export async function countryFigures(
  deps: CoreDeps,
  actor: Actor,
  countryCode: string,
): Promise<CountryFigures> {
  const months = lastMonths(deps.clock.now(), FIGURE_MONTHS);
  const since = months[0]!;
  return authorised(deps, actor, countryCode, "list_country_projects", async (tx, country) => {
    const counts = await tx.countryWorkspace.monthlyCounts(country, since);
    const of = (series: Map<string, number>) => months.map((m) => series.get(m) ?? 0);
    const from = `${since}-01T00:00:00.000Z`;
    const medians = await tx.countryWorkspace.monthlyMedianDecisionDays(country, from);
    const approved = of(counts.approved);
    const closed = of(counts.closed);
    let running = counts.activeBefore;
    const active = months.map((_, i) => (running += approved[i]! - closed[i]!));
    return {
      months,
      founded: of(counts.founded),
      approved,
      active,
      labelled: of(counts.labelled),
      medianDecisionDays: (await tx.countryWorkspace.decisionDays(country, `${since}-01T00:00:00.000Z`))
        .median,
      monthlyMedianDecisionDays: months.map((m) => medians.get(m)),
    };
  });
}
