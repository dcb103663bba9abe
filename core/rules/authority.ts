import type { Grant } from "../model.ts";

/**
 * Who may do what beyond teaching, in one table. A national unit acts through its staff
 * (people who launch from the unit's own LMS deployment) and through moderators the central
 * admin names (often teachers who moderate). Staff are not teachers: without a teacher
 * record they never appear in partner search, cannot be invited and cannot found projects.
 */
export type CountryAction =
  | "decide_approvals"
  | "score_labels"
  | "moderation_room"
  | "list_country_projects"
  | "list_country_people"
  | "verify_schools"
  | "read_message_reports"
  | "look_inside_twinspaces"
  | "organise_events";

const MAY_ACT_FOR_COUNTRY: Record<CountryAction, readonly Grant["role"][]> = {
  decide_approvals: ["moderator", "staff"],
  score_labels: ["moderator", "staff"],
  moderation_room: ["moderator", "staff"],
  list_country_projects: ["moderator", "staff"],
  // The country's schools and teachers (names, no contact details, never pupils).
  list_country_people: ["moderator", "staff"],
  // Vouching for a school is the unit's own act, not a moderating teacher's.
  verify_schools: ["staff"],
  // Reports on teachers' messages (issue 16) go to the unit of the sender's country.
  read_message_reports: ["moderator", "staff"],
  // Monitoring a project the unit approved is the unit's own act too; a moderating teacher
  // reads a TwinSpace only while assessing its Quality Label (core/usecases/pages.ts).
  look_inside_twinspaces: ["staff"],
  // Training and events (issue 16): the unit's own offer to its teachers, not a moderator's task.
  organise_events: ["staff"],
};

/** The country a grant acts for, if it is a national unit's grant. */
export function grantCountry(grant: Grant): string | undefined {
  return grant.role === "central_admin" ? undefined : grant.country;
}

export function mayActForCountry(grants: readonly Grant[], country: string, action: CountryAction): boolean {
  return grants.some(
    (grant) => MAY_ACT_FOR_COUNTRY[action].includes(grant.role) && grantCountry(grant) === country,
  );
}

/** Every country whose national unit these grants act for (decisions, queues, rooms). */
export function countriesActedFor(
  grants: readonly Grant[],
  action: CountryAction = "decide_approvals",
): string[] {
  return [
    ...new Set(
      grants.flatMap((grant) => {
        const country = grantCountry(grant);
        return country && MAY_ACT_FOR_COUNTRY[action].includes(grant.role) ? [country] : [];
      }),
    ),
  ];
}

/** The countries whose national unit employs this person (launched from its LMS). */
export function staffCountries(grants: readonly Grant[]): string[] {
  return grants.flatMap((grant) => (grant.role === "staff" ? [grant.country] : []));
}

export function sameGrant(a: Grant, b: Grant): boolean {
  return a.role === b.role && grantCountry(a) === grantCountry(b);
}

/** The unit a look by the central support service is recorded for. */
export const CENTRAL_SUPPORT_UNIT = "central";

/**
 * Who may look inside a running project's TwinSpace, read-only (issue 15, point 4): the staff of
 * a country whose national unit approved the project, or the central support service. Answers
 * the unit they look for (a country code or `CENTRAL_SUPPORT_UNIT`), or undefined.
 */
export function lookingUnit(
  grants: readonly Grant[],
  approvedCountries: readonly string[],
): string | undefined {
  const country = approvedCountries.find((c) => mayActForCountry(grants, c, "look_inside_twinspaces"));
  if (country) return country;
  return grants.some((grant) => grant.role === "central_admin") ? CENTRAL_SUPPORT_UNIT : undefined;
}
