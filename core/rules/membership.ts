import type { Countries } from "../countries.ts";
import type { ErrorCode } from "../errors.ts";
import type { MembershipPolicy, ProjectKind } from "../model.ts";

export interface ProjectPlace {
  kind: ProjectKind;
  /** The founders' school: school projects stay inside it. */
  schoolId: string;
  /** The founders' countries: one for national and school projects, two for european ones. */
  founderCountries: readonly string[];
}

export interface CandidatePlace {
  schoolId: string;
  country: string;
}

export const DEFAULT_MEMBERSHIP_POLICY: MembershipPolicy = { nationalProjectsAcceptForeignTeachers: false };

/**
 * R9 and R10: may a registered teacher from `candidate`'s school join the project?
 * Returns the refusal, or undefined when they may.
 * - school projects take teachers of that one school only;
 * - national projects take teachers of the founders' country (teachers of other countries
 *   only when the membership policy says so; the project then stays national);
 * - european projects take teachers of any participating country, including more teachers
 *   of a partner's own school ("vertical" growth, R10).
 */
export function membershipRefusal(
  project: ProjectPlace,
  candidate: CandidatePlace,
  countries: Countries,
  policy: MembershipPolicy,
): ErrorCode | undefined {
  if (!countries.has(candidate.country)) return "country_not_participating";
  switch (project.kind) {
    case "school":
      return candidate.schoolId === project.schoolId ? undefined : "school_project_other_school";
    case "national":
      if (project.founderCountries.includes(candidate.country)) return undefined;
      return policy.nationalProjectsAcceptForeignTeachers ? undefined : "national_project_foreign_teacher";
    case "european":
      return undefined;
  }
}
