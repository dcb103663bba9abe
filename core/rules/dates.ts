import { DomainError } from "../errors.ts";
import type { CalendarDate, Instant } from "../model.ts";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a YYYY-MM-DD date that exists in the calendar (no 2025-02-30). */
export function parseCalendarDate(field: string, value: unknown): CalendarDate {
  const text = typeof value === "string" ? value.trim() : "";
  const match = DATE.exec(text);
  if (!match) throw new DomainError("milestone_date_invalid", { field });
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    throw new DomainError("milestone_date_invalid", { field });
  }
  return text;
}

/** The calendar date of an instant, in UTC (the platform's reference day). */
export function calendarDateOf(instant: Instant): CalendarDate {
  return instant.slice(0, 10);
}

/**
 * The school year an instant falls in, as "2025/2026". Years start on 1 September, as in
 * most participating countries and in eTwinning's label calendar (R12's yearly limit).
 */
export function schoolYearOf(instant: Instant): string {
  const year = Number(instant.slice(0, 4));
  const month = Number(instant.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return `${start}/${start + 1}`;
}
