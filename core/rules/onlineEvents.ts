import { DomainError } from "../errors.ts";
import type { Id, Instant } from "../model.ts";
import { LIMITS, MULTI_LINE, requiredText } from "./text.ts";

/**
 * Training and online events (issue 16, point 5): webinars and learning events that a national
 * unit's staff organise for their country's teachers (or for all), or that the central support
 * service organises for all teachers. Teachers register up to the capacity; later ones wait in
 * order of arrival and move up when a place frees. Pupils never see or join an event.
 */
export const EVENT_AUDIENCES = ["country", "all"] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

export type OnlineEventStatus = "scheduled" | "cancelled";

export interface ProgrammeItem {
  at: Instant;
  title: string;
}

export interface OnlineEventForm {
  title: string;
  description: string;
  /** In the order of their times. */
  programme: ProgrammeItem[];
  startsAt: Instant;
  endsAt: Instant;
  audience: EventAudience;
  capacity: number;
}

export interface OnlineEvent extends OnlineEventForm {
  id: Id;
  /** The organising national unit's country; undefined for the central support service. */
  country: string | undefined;
  status: OnlineEventStatus;
  organisedBy: Id;
  createdAt: Instant;
}

export type RegistrationStatus = "registered" | "waiting";

export interface EventRegistration {
  eventId: Id;
  teacherId: Id;
  status: RegistrationStatus;
  registeredAt: Instant;
  attended: boolean;
}

export const MAX_CAPACITY = 1000;
export const MAX_PROGRAMME_ITEMS = 30;
/** The reminder goes this long before the start. */
export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;
/** An event lasts at most this long: a webinar or a learning day, not a course. */
const MAX_DURATION_MS = 3 * 24 * 60 * 60 * 1000;

export function isEventAudience(value: unknown): value is EventAudience {
  return (EVENT_AUDIENCES as readonly unknown[]).includes(value);
}

function instant(field: string, value: unknown): Instant {
  const time = typeof value === "string" && value !== "" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new DomainError("event_time_invalid", { field });
  return new Date(time).toISOString();
}

/**
 * Checks an organiser's form: an event starts in the future, ends after it starts, within
 * three days; its programme items lie between start and end and are kept in time order.
 */
export function validateEventForm(
  input: { [K in keyof OnlineEventForm]?: unknown },
  now: Instant,
): OnlineEventForm {
  const title = requiredText("title", input.title, LIMITS.title);
  const description = requiredText("description", input.description, LIMITS.longText / 5, MULTI_LINE);
  const startsAt = instant("startsAt", input.startsAt);
  const endsAt = instant("endsAt", input.endsAt);
  if (startsAt <= now) throw new DomainError("event_starts_in_past", { field: "startsAt" });
  const length = Date.parse(endsAt) - Date.parse(startsAt);
  if (length <= 0 || length > MAX_DURATION_MS)
    throw new DomainError("event_ends_invalid", { field: "endsAt" });
  if (!isEventAudience(input.audience)) throw new DomainError("invalid_input", { field: "audience" });
  const capacity = typeof input.capacity === "string" ? Number(input.capacity) : input.capacity;
  if (typeof capacity !== "number" || !Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY)
    throw new DomainError("event_capacity_invalid", { field: "capacity", max: MAX_CAPACITY });
  return {
    title,
    description,
    programme: validateProgramme(input.programme, startsAt, endsAt),
    startsAt,
    endsAt,
    audience: input.audience,
    capacity,
  };
}

function validateProgramme(value: unknown, startsAt: Instant, endsAt: Instant): ProgrammeItem[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new DomainError("invalid_input", { field: "programme" });
  if (value.length > MAX_PROGRAMME_ITEMS)
    throw new DomainError("too_many_items", { field: "programme", max: MAX_PROGRAMME_ITEMS });
  const items = value.map((item: { at?: unknown; title?: unknown }) => {
    const at = instant("programme", item.at);
    if (at < startsAt || at > endsAt)
      throw new DomainError("event_programme_outside", { field: "programme" });
    return { at, title: requiredText("programme", item.title, LIMITS.title) };
  });
  return items.sort((a, b) => a.at.localeCompare(b.at));
}

/** Whether a teacher of `country` is among the event's audience. */
export function inAudience(event: Pick<OnlineEvent, "audience" | "country">, country: string): boolean {
  return event.audience === "all" || event.country === undefined || event.country === country;
}

/** A teacher who registers takes a place while one is free, else waits. */
export function registrationStatus(registered: number, capacity: number): RegistrationStatus {
  return registered < capacity ? "registered" : "waiting";
}
