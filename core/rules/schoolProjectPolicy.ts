import { DomainError } from "../errors.ts";
import type { CalendarDate, SchoolProjectPolicy, SchoolProjectWindow } from "../model.ts";
import { parseCalendarDate } from "./dates.ts";

/** School projects are closed until a central admin opens them (R5: they were an emergency measure). */
export const CLOSED_POLICY: SchoolProjectPolicy = {
  default: { enabled: false, from: undefined, until: undefined },
  byCountry: {},
};

/** R5: whether a school project may be founded in `country` on `today`. */
export function schoolProjectsAllowed(
  policy: SchoolProjectPolicy,
  country: string,
  today: CalendarDate,
): boolean {
  const window = policy.byCountry[country] ?? policy.default;
  if (!window.enabled) return false;
  if (window.from !== undefined && today < window.from) return false;
  if (window.until !== undefined && today > window.until) return false;
  return true;
}

export function validateWindow(input: {
  enabled: boolean;
  from?: string | undefined;
  until?: string | undefined;
}): SchoolProjectWindow {
  const from = input.from ? parseCalendarDate("from", input.from) : undefined;
  const until = input.until ? parseCalendarDate("until", input.until) : undefined;
  if (from !== undefined && until !== undefined && until < from) {
    throw new DomainError("policy_range_invalid", { from, until });
  }
  return { enabled: input.enabled, from, until };
}
