import type { Countries } from "../countries.ts";
import { DomainError } from "../errors.ts";
import type { Id, Project, ProjectKind, ProjectStatus, School } from "../model.ts";
import type { ProjectLabelKind } from "../rules/labelKinds.ts";
import { type KeysetCursor, keysetPage, parseCursor } from "../paging.ts";
import type { CountryProjectFilters } from "../ports.ts";
import { mayActForCountry } from "../rules/authority.ts";
import { PROJECT_LABEL_KINDS } from "../rules/labelKinds.ts";
import { PUPIL_AGE_MAX, PUPIL_AGE_MIN, SUBJECTS } from "../vocabulary.ts";
import type { Actor, CoreDeps } from "./context.ts";

/** The statuses and kinds the country's list filters on (drafts are the founders' own). */
export const COUNTRY_PROJECT_STATUSES: readonly ProjectStatus[] = [
  "awaiting_approval",
  "rejected",
  "active",
  "closed",
];
export const PROJECT_KINDS: readonly ProjectKind[] = ["european", "national", "school"];

/** Raw filter values from a form or a query string. */
export interface CountryProjectQuery {
  status?: unknown;
  kind?: unknown;
  title?: unknown;
  partnerCountry?: unknown;
  subject?: unknown;
  age?: unknown;
  /** Day bounds (YYYY-MM-DD, as a date field sends them), both included. */
  foundedFrom?: unknown;
  foundedTo?: unknown;
  approvedFrom?: unknown;
  approvedTo?: unknown;
  label?: unknown;
  /** The cursor of the previous page (`createdAt~id`), as `countryProjects` handed it out. */
  after?: unknown;
}

export interface CountryProjectPage {
  projects: Project[];
  /** The labels each listed project holds. */
  labels: Map<Id, ProjectLabelKind[]>;
  schools: Map<Id, School>;
  founderNames: Map<Id, string>;
  /** The cursor of the next page; undefined on the last one. */
  next: string | undefined;
}

function choice<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new DomainError("filter_invalid", { field });
}

/** The query's fields a filter form and its links carry (all but the page cursor). */
export const COUNTRY_PROJECT_FILTERS = [
  "title",
  "status",
  "kind",
  "partnerCountry",
  "subject",
  "age",
  "foundedFrom",
  "foundedTo",
  "approvedFrom",
  "approvedTo",
  "label",
] as const satisfies readonly (keyof CountryProjectQuery)[];

function day(field: string, value: unknown): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))
    return value;
  throw new DomainError("filter_invalid", { field });
}

function age(value: unknown): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = typeof value === "string" && /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (n >= PUPIL_AGE_MIN && n <= PUPIL_AGE_MAX) return n;
  throw new DomainError("filter_invalid", { field: "age" });
}

function partner(value: unknown, countries: Pick<Countries, "find">): string | undefined {
  if (value === undefined || value === "") return undefined;
  const code = typeof value === "string" ? countries.find(value) : undefined;
  if (code) return code;
  throw new DomainError("filter_invalid", { field: "partnerCountry" });
}

export function parseCountryProjectQuery(
  query: CountryProjectQuery,
  countries: Pick<Countries, "find">,
): {
  filters: CountryProjectFilters;
  after: KeysetCursor | undefined;
} {
  const title = typeof query.title === "string" ? query.title.trim().toLowerCase().slice(0, 200) : "";
  const after = parseCursor(query.after);
  return {
    filters: {
      status: choice("status", query.status, COUNTRY_PROJECT_STATUSES),
      kind: choice("kind", query.kind, PROJECT_KINDS),
      title: title === "" ? undefined : title,
      partnerCountry: partner(query.partnerCountry, countries),
      subject: choice("subject", query.subject, SUBJECTS),
      pupilAge: age(query.age),
      foundedFrom: day("foundedFrom", query.foundedFrom),
      foundedTo: day("foundedTo", query.foundedTo),
      approvedFrom: day("approvedFrom", query.approvedFrom),
      approvedTo: day("approvedTo", query.approvedTo),
      label: choice("label", query.label, PROJECT_LABEL_KINDS),
    },
    after,
  };
}

/**
 * One page of the projects a country's national unit decides on (issue 15): its staff and
 * moderators only, filtered and keyset-paged so a page costs the same at any size.
 */
export async function countryProjects(
  deps: CoreDeps,
  actor: Actor,
  countryCode: string,
  query: CountryProjectQuery,
  limit = 50,
): Promise<CountryProjectPage> {
  const country = deps.countries.find(countryCode);
  if (!country) throw new DomainError("unknown_country", { value: countryCode.slice(0, 10) });
  const { filters, after } = parseCountryProjectQuery(query, deps.countries);
  return deps.store.transaction(async (tx) => {
    const grants = await tx.grants.forAccount(actor.accountId);
    if (!mayActForCountry(grants, country, "list_country_projects")) {
      throw new DomainError("not_moderator_for_country", { country });
    }
    const { items: projects, next } = keysetPage(
      await tx.projects.pageForCountry(country, filters, after, limit + 1),
      limit,
      (project) => ({ at: project.createdAt, id: project.id }),
    );
    const schools = new Map(
      (await tx.schools.getMany(projects.map((p) => p.schoolId))).map((s) => [s.id, s]),
    );
    const people = projects.flatMap((p) => (p.cofounderId ? [p.founderId, p.cofounderId] : [p.founderId]));
    const founderNames = new Map((await tx.accounts.getMany(people)).map((a) => [a.id, a.name]));
    return {
      projects,
      labels: await tx.countryWorkspace.projectLabels(projects.map((p) => p.id)),
      schools,
      founderNames,
      next,
    };
  });
}
