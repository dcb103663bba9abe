import { DomainError } from "../errors.ts";
import type { Id, Project, ProjectKind, ProjectStatus, School } from "../model.ts";
import { type KeysetCursor, keysetPage, parseCursor } from "../paging.ts";
import type { CountryProjectFilters } from "../ports.ts";
import { mayActForCountry } from "../rules/authority.ts";
import type { Actor, CoreDeps } from "./context.ts";

const STATUSES: readonly ProjectStatus[] = ["awaiting_approval", "rejected", "active", "closed"];
const KINDS: readonly ProjectKind[] = ["european", "national", "school"];

/** Raw filter values from a form or a query string. */
export interface CountryProjectQuery {
  status?: unknown;
  kind?: unknown;
  title?: unknown;
  /** The cursor of the previous page (`createdAt~id`), as `countryProjects` handed it out. */
  after?: unknown;
}

export interface CountryProjectPage {
  projects: Project[];
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

export function parseCountryProjectQuery(query: CountryProjectQuery): {
  filters: CountryProjectFilters;
  after: KeysetCursor | undefined;
} {
  const title = typeof query.title === "string" ? query.title.trim().toLowerCase().slice(0, 200) : "";
  const after = parseCursor(query.after);
  return {
    filters: {
      status: choice("status", query.status, STATUSES),
      kind: choice("kind", query.kind, KINDS),
      title: title === "" ? undefined : title,
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
  const { filters, after } = parseCountryProjectQuery(query);
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
    return { projects, schools, founderNames, next };
  });
}
