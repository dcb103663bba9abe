import { intlLocale, type Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";

/**
 * Dates and times in the reader's own time zone, on the events pages and in e-mails about an
 * event. The person chooses it on their profile (or, the first time, on the events page; stored
 * per account, core's setMyTimeZone); until they do, times are shown in UTC and the chooser is
 * preselected, by app.js, with the zone their browser reports. Instants are stored in UTC; the
 * organiser's form reads wall times in the organiser's zone.
 */
export const DEFAULT_TIME_ZONE = "UTC";

/** The zone's offset from UTC at an instant, in milliseconds (Intl knows every zone's rules). */
function offsetMs(instantMs: number, timeZone: string): number {
  const whole = instantMs - (((instantMs % 1000) + 1000) % 1000);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(whole));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - whole;
}

/** "2026-12-03T16:00" read in `timeZone` as an ISO instant; undefined when malformed. */
export function wallTimeToInstant(wall: string, timeZone: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls "13th month" or "25:00" over: such a wall time is not one.
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 16) !== wall.trim()) return undefined;
  // Twice: the first guess may sit across a daylight-saving change from the answer.
  const first = asUtc - offsetMs(asUtc, timeZone);
  return new Date(asUtc - offsetMs(first, timeZone)).toISOString();
}

/** An instant as the wall time of `timeZone`, in the form a datetime-local field takes. */
export function instantToWallTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return new Date(ms + offsetMs(ms, timeZone)).toISOString().slice(0, 16);
}

/** A weekday, date and time, spelled out as people read them in their language. */
const SPELLED_OUT: Intl.DateTimeFormatOptions = {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};

/**
 * A date and time as people read it in their language and zone, with the zone's short name.
 * Plain text, for a translated sentence (whose parameters are escaped); `zonedDateTime` marks it up.
 */
export function zonedDateTimeText(t: Translator, iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(t.locale), {
    ...SPELLED_OUT,
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

export function zonedDateTime(t: Translator, iso: string, timeZone: string): SafeHtml {
  return html`<time datetime="${iso}">${zonedDateTimeText(t, iso, timeZone)}</time>`;
}

/**
 * When an event takes place, in the reader's language and zone, the zone named so nobody
 * mistakes it for their own: "martedì 8 dicembre 2026, 17:00–18:00 (Europe/Rome)". Plain
 * text: the e-mails' text part takes it as it is, the pages wrap it in `zonedPeriod`.
 */
export function zonedPeriodText(t: Translator, startsAt: string, endsAt: string, timeZone: string): string {
  const period = new Intl.DateTimeFormat(intlLocale(t.locale), { ...SPELLED_OUT, timeZone }).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
  return t.t("events.period", { period, zone: timeZone });
}

export function zonedPeriod(t: Translator, startsAt: string, endsAt: string, timeZone: string): SafeHtml {
  return html`<time datetime="${startsAt}">${zonedPeriodText(t, startsAt, endsAt, timeZone)}</time>`;
}

/** Only the time (a programme item's), in the viewer's zone. */
export function zonedTime(t: Translator, iso: string, timeZone: string): SafeHtml {
  const text = new Intl.DateTimeFormat(intlLocale(t.locale), {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
  return html`<time datetime="${iso}">${text}</time>`;
}

/** Every zone the runtime knows, UTC first. */
export function timeZoneNames(): string[] {
  return [
    DEFAULT_TIME_ZONE,
    ...Intl.supportedValuesOf("timeZone").filter((name) => name !== DEFAULT_TIME_ZONE),
  ];
}
