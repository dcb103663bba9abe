import type { Instant } from "../model.ts";
import { schoolYearOf } from "./dates.ts";

/**
 * The eTwinning School label. The sources name it but not its criteria; these follow the
 * real eTwinning School label as published by the central support service, adapted to what
 * OpenTwinning records. Decided here (issue 15):
 *
 * - `registered_two_years`: the school has been registered for at least two years
 *   (eTwinning asks for two years of activity).
 * - `active_teachers`: at least two of its teachers registered a year ago or more and are
 *   members of a running (active or closed) project — "two teachers active for a year".
 * - `quality_labels`: at least one National Quality Label awarded to a teacher of the school
 *   in the current or the previous school year ("projects with Quality Labels").
 * - `esafety`: the applicant states the school's e-safety practice (policy, pupils' training);
 *   nothing in OpenTwinning shows it, so the national unit judges the statement.
 *
 * The first three are computed and must all be met before a school may apply; its national
 * unit then awards or declines (with a reason). An awarded label holds for two school years:
 * the one of the award and the next; it lapses at the end of August of the second, a date
 * computed at the award, so no scheduled job is needed.
 */
export const SCHOOL_LABEL_RULES = {
  schoolYearsRegistered: 2,
  activeTeachers: 2,
  teacherYearsRegistered: 1,
  qualityLabels: 1,
  /** The current school year and this many before it count for Quality Labels. */
  qualityLabelYearsBack: 1,
  /** The label's period in school years, the award's included. */
  schoolYearsValid: 2,
} as const;

export type SchoolLabelCriterion = "registered_two_years" | "active_teachers" | "quality_labels";

/** What the database tells about a school for the label's computed criteria. */
export interface SchoolLabelFacts {
  registeredAt: Instant;
  /** Teachers registered by `teachersSince` and members of a running project. */
  activeTeachers: number;
  /** National Quality Labels awarded to the school's teachers since `labelsSince`. */
  qualityLabels: number;
}

/** The instants the facts are counted from, for `now`. */
export function schoolLabelWindow(now: Instant): { teachersSince: Instant; labelsSince: Instant } {
  const startYear = Number(schoolYearOf(now).slice(0, 4)) - SCHOOL_LABEL_RULES.qualityLabelYearsBack;
  return {
    teachersSince: yearsBefore(now, SCHOOL_LABEL_RULES.teacherYearsRegistered),
    labelsSince: `${startYear}-09-01T00:00:00.000Z`,
  };
}

/** Each computed criterion and whether the school meets it now. */
export function schoolLabelCriteria(
  facts: SchoolLabelFacts,
  now: Instant,
): { id: SchoolLabelCriterion; met: boolean }[] {
  return [
    {
      id: "registered_two_years",
      met: facts.registeredAt <= yearsBefore(now, SCHOOL_LABEL_RULES.schoolYearsRegistered),
    },
    { id: "active_teachers", met: facts.activeTeachers >= SCHOOL_LABEL_RULES.activeTeachers },
    { id: "quality_labels", met: facts.qualityLabels >= SCHOOL_LABEL_RULES.qualityLabels },
  ];
}

/** The last instant of the label's period: 31 August of its second school year, end of day. */
export function schoolLabelValidUntil(awardedAt: Instant): Instant {
  const endYear = Number(schoolYearOf(awardedAt).slice(5, 9)) + SCHOOL_LABEL_RULES.schoolYearsValid - 1;
  return `${endYear}-08-31T23:59:59.999Z`;
}

/** The school years a label awarded at `awardedAt` covers, as "2026/2027–2027/2028". */
export function schoolLabelPeriod(awardedAt: Instant): { from: string; until: string } {
  const first = schoolYearOf(awardedAt);
  const start = Number(first.slice(0, 4)) + SCHOOL_LABEL_RULES.schoolYearsValid - 1;
  return { from: first, until: `${start}/${start + 1}` };
}

function yearsBefore(instant: Instant, years: number): Instant {
  const date = new Date(instant);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString();
}
