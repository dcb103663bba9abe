import {
  CENTRAL_SUPPORT_UNIT,
  countryName,
  type DomainError,
  EVENT_AUDIENCES,
  LIMITS,
  MAX_CAPACITY,
  type OnlineEvent,
  type OnlineEventView,
  type Translator,
} from "../../../core/index.ts";
import { certificateButton } from "../../certificates/views.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { isTeacher, type PageContext, text } from "../context.ts";
import { matrixToUrl } from "../twinSpaces.ts";
import { empty, errorSummary, flash } from "../views/feedback.ts";
import { actionButton, csrfField, formState, selectField, textArea, textField } from "../views/fields.ts";
import { programmeText } from "./programme.ts";
import {
  DEFAULT_TIME_ZONE,
  instantToWallTime,
  timeZoneNames,
  zonedDateTime,
  zonedDateTimeText,
  zonedPeriod,
  zonedTime,
} from "./timeZone.ts";

/** Who organises: a country's national unit or the central support service. */
export function unitName(t: Translator, unit: string | undefined): string {
  return unit === undefined || unit === CENTRAL_SUPPORT_UNIT
    ? t.t("events.unit.central")
    : t.t("events.unit.country", { country: countryName(unit, t.locale) });
}

export function audienceText(t: Translator, event: Pick<OnlineEvent, "audience" | "country">): string {
  return event.audience === "all" || event.country === undefined
    ? t.t("events.audience.all")
    : t.t("events.audience.country", { country: countryName(event.country, t.locale) });
}

/** One event in a list: title, when (in the viewer's zone), for whom. */
export function eventCard(t: Translator, event: OnlineEvent, timeZone: string): SafeHtml {
  return html`<li>
    <h3><a href="/app/events/${event.id}">${userText(event.title)}</a></h3>
    <p>${zonedPeriod(t, event.startsAt, event.endsAt, timeZone)}${event.status === "cancelled" ? html` · <span class="badge problem">${t.t("events.status.cancelled")}</span>` : ""}</p>
    <p>${unitName(t, event.country)} · ${audienceText(t, event)}</p>
  </li>`;
}

/** Where a person's time zone is saved: a profile setting, which the events pages post to as well. */
export const TIME_ZONE_PATH = "/app/profile/time-zone";

/** Where saving the time zone may return: the profile, the events list or an event's page. */
export function timeZoneReturn(back: string): string {
  return /^\/app\/events(\/[\w-]+)?$/.test(back) ? back : "/app/profile#time-zone";
}

/**
 * The chooser of the person's time zone. Until one is chosen, app.js preselects the zone the
 * browser reports (data-browser-time-zone); the person confirms it with the button.
 */
function timeZoneForm(
  ctx: PageContext,
  chosen: string | undefined,
  back: string,
  error?: DomainError,
): SafeHtml {
  const { t } = ctx;
  const state = formState(t, { timeZone: chosen ?? DEFAULT_TIME_ZONE }, error);
  return html`<form method="post" action="${TIME_ZONE_PATH}" ${chosen ? "" : html`data-browser-time-zone`}>
    ${csrfField(ctx.session.csrfToken)} ${errorSummary(t, error)}
    <input type="hidden" name="back" value="${back}" />
    ${selectField({ state, name: "timeZone", label: t.t("field.timeZone"), options: timeZoneNames().map((zone) => ({ value: zone, label: zone })) })}
    <p><button type="submit" class="secondary">${t.t("events.time_zone.save")}</button></p>
  </form>`;
}

function zoneSentence(t: Translator, chosen: string | undefined): string {
  return chosen ? t.t("events.time_zone.shown", { zone: chosen }) : t.t("events.time_zone.unset");
}

function profileZoneLink(t: Translator): SafeHtml {
  return html`<a href="/app/profile#time-zone">${t.t("events.time_zone.change")}</a>`;
}

/** The profile's time zone setting: the events pages and the e-mails about events use it. */
export function timeZoneSetting(ctx: PageContext, chosen: string | undefined, error?: DomainError): SafeHtml {
  const { t } = ctx;
  return html`<h2 id="time-zone">${t.t("events.time_zone.heading")}</h2>
    <p>${zoneSentence(t, chosen)}</p>
    ${timeZoneForm(ctx, chosen, "/app/profile#time-zone", error)}`;
}

/**
 * On the events pages: the zone times are shown in and a link to the profile to change it; until
 * one is chosen, the chooser itself, so confirming the browser's zone takes one click.
 */
export function timeZoneNote(ctx: PageContext, chosen: string | undefined, back: string): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="time-zone-heading" class="time-zone">
    <h2 id="time-zone-heading">${t.t("events.time_zone.heading")}</h2>
    <p>${zoneSentence(t, chosen)}</p>
    ${chosen ? html`<p>${profileZoneLink(t)}</p>` : timeZoneForm(ctx, undefined, back)}
  </section>`;
}

export interface EventPageInput {
  view: OnlineEventView;
  timeZone: string | undefined;
  roomId: string | undefined;
  error: DomainError | undefined;
  /** The core clock's now: what has started. */
  now: string;
  /** Whether e-mail is sent (SMTP configured), so a reminder can be promised. */
  emailEnabled: boolean;
}

/** An event's page: what, when, for whom, the programme; the viewer's registration; the organiser's tools. */
export function eventPage(ctx: PageContext, input: EventPageInput): SafeHtml {
  const { t } = ctx;
  const { view } = input;
  const { event } = view;
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  return html`<h1>${userText(event.title)}</h1>
    ${flash(ctx.done)} ${errorSummary(t, input.error)}
    ${event.status === "cancelled" ? html`<p class="badge problem">${t.t("events.cancelled_hint")}</p>` : ""}
    <dl class="facts">
      <dt>${t.t("field.startsAt")}</dt>
      <dd>${zonedDateTime(t, event.startsAt, zone)}</dd>
      <dt>${t.t("field.endsAt")}</dt>
      <dd>${zonedDateTime(t, event.endsAt, zone)}</dd>
      <dt>${t.t("events.organiser")}</dt>
      <dd>${unitName(t, event.country)}</dd>
      <dt>${t.t("field.audience")}</dt>
      <dd>${audienceText(t, event)}</dd>
      <dt>${t.t("events.places")}</dt>
      <dd>${t.t("events.places_taken", { registered: view.registered, capacity: event.capacity })}${view.waiting > 0 ? html` · ${t.t("events.waiting_count", { count: view.waiting })}` : ""}</dd>
    </dl>
    <div class="user-text">${userText(event.description)}</div>
    ${programmeSection(t, event, zone)} ${registrationPanel(ctx, input)}
    ${view.organiser ? organiserPanel(ctx, view, zone, input.now) : ""}
    ${timeZoneNote(ctx, input.timeZone, `/app/events/${event.id}`)}
    <p><a href="/app/events">${t.t("events.back")}</a></p>`;
}

function programmeSection(t: Translator, event: OnlineEvent, zone: string): SafeHtml | string {
  if (event.programme.length === 0) return "";
  return html`<section aria-labelledby="programme-heading">
    <h2 id="programme-heading">${t.t("field.programme")}</h2>
    <ol class="programme">
      ${event.programme.map((item) => html`<li>${zonedTime(t, item.at, zone)} ${userText(item.title)}</li>`)}
    </ol>
  </section>`;
}

/** Register, the waiting list, the video room and, once attendance is recorded, the certificate. */
function registrationPanel(
  ctx: PageContext,
  { view, roomId, now, emailEnabled }: EventPageInput,
): SafeHtml | string {
  const { t } = ctx;
  const { event, mine } = view;
  const started = event.startsAt <= now;
  const csrf = ctx.session.csrfToken;
  const base = `/app/events/${event.id}`;
  if (event.status === "cancelled") return "";
  if (!mine) {
    const full = view.registered >= event.capacity;
    return isTeacher(ctx) && !started
      ? actionButton({
          action: `${base}/register`,
          csrf,
          label: t.t(full ? "events.register_waiting" : "events.register"),
          style: "primary",
        })
      : "";
  }
  if (mine.status === "waiting")
    return html`<p>${t.t("events.waiting_place", { place: view.waitingPlace ?? 1 })}</p>
      ${actionButton({ action: `${base}/leave`, csrf, label: t.t("events.leave_waiting") })}`;
  const certificate = mine.attended
    ? html`<p>${t.t("events.attended_yours")}</p>${certificateButton(t, csrf, { kind: "event_attendance", subjectId: event.id })}`
    : "";
  return html`<section aria-labelledby="registration-heading">
    <h2 id="registration-heading">${t.t("events.your_place")}</h2>
    <p>${t.t("events.registered")}${!started && emailEnabled ? ` ${t.t("events.reminder_coming")}` : ""}</p>
    ${roomPanel(t, roomId)} ${certificate}
    ${started ? "" : actionButton({ action: `${base}/leave`, csrf, label: t.t("events.leave") })}
  </section>`;
}

function roomPanel(t: Translator, roomId: string | undefined): SafeHtml {
  return html`<p>${t.t("events.room_hint")} <a href="/app/matrix">${t.t("events.room_link")}</a></p>
    ${roomId ? html`<p><a href="${matrixToUrl(roomId)}" class="button primary">${t.t("events.room_open")}</a></p>` : ""}`;
}

/** Edit, cancel, and the attendance list once the event has started. */
function organiserPanel(ctx: PageContext, view: OnlineEventView, zone: string, now: string): SafeHtml {
  const { t } = ctx;
  const { event } = view;
  const csrf = ctx.session.csrfToken;
  const base = `/app/events/${event.id}`;
  const started = event.startsAt <= now;
  const manage =
    event.status === "scheduled" && !started
      ? html`<p>
          <a href="${base}/edit" class="button secondary">${t.t("events.edit")}</a>
          ${actionButton({ action: `${base}/cancel`, csrf, label: t.t("events.cancel"), style: "danger" })}
        </p>`
      : "";
  const participants =
    view.participants.length === 0
      ? empty(t.t("events.no_participants"))
      : html`<form method="post" action="${base}/attendance">
          ${csrfField(csrf)}
          <fieldset class="field checkboxes">
            <legend>${t.t("events.attendance")}</legend>
            <p class="hint">${started ? t.t("events.attendance_hint") : t.t("events.attendance_later", { start: zonedDateTimeText(t, event.startsAt, zone) })}</p>
            <ul>
              ${view.participants.map(
                (p, index) => html`<li>
                  <input type="checkbox" id="attended-${index}" name="attended" value="${p.teacherId}" ${p.attended ? html`checked` : ""} ${started ? "" : html`disabled`} />
                  <label for="attended-${index}">${userText(p.name)} (${countryName(p.country, t.locale)})</label>
                </li>`,
              )}
            </ul>
          </fieldset>
          ${started && event.status === "scheduled" ? html`<p><button type="submit" class="primary">${t.t("events.attendance_save")}</button></p>` : ""}
        </form>`;
  return html`<section aria-labelledby="organiser-heading">
    <h2 id="organiser-heading">${t.t("events.participants")}</h2>
    ${manage} ${participants}
  </section>`;
}

/** What the organiser's form shows: strings as typed, or the stored event in the organiser's zone. */
export type EventFormValues = Record<string, unknown>;

export function formValuesOf(event: OnlineEvent, timeZone: string): EventFormValues {
  return {
    title: event.title,
    description: event.description,
    startsAt: instantToWallTime(event.startsAt, timeZone),
    endsAt: instantToWallTime(event.endsAt, timeZone),
    audience: event.audience,
    capacity: String(event.capacity),
    programme: programmeText(event.programme, timeZone),
    unit: event.country ?? CENTRAL_SUPPORT_UNIT,
  };
}

/** The organiser's form: new (`id` undefined) or editing an event. */
export function eventForm(
  ctx: PageContext,
  input: {
    values: EventFormValues;
    timeZone: string;
    id: string | undefined;
    error: DomainError | undefined;
  },
): SafeHtml {
  const { t } = ctx;
  const state = formState(t, input.values, input.error);
  const unit = text(input.values, "unit");
  const title = t.t(input.id ? "events.edit" : "events.new");
  const audience =
    unit === CENTRAL_SUPPORT_UNIT
      ? html`<p>${t.t("field.audience")}: ${t.t("events.audience.all")}</p><input type="hidden" name="audience" value="all" />`
      : selectField({
          state,
          name: "audience",
          label: t.t("field.audience"),
          options: EVENT_AUDIENCES.map((value) => ({
            value,
            label:
              value === "all"
                ? t.t("events.audience.all")
                : t.t("events.audience.country", { country: countryName(unit, t.locale) }),
          })),
        });
  return html`<h1>${title}</h1>
    <p>${unit ? unitName(t, unit) : ""}</p>
    <form method="post" action="${input.id ? `/app/events/${input.id}/edit` : "/app/events/new"}">
      ${csrfField(ctx.session.csrfToken)} ${errorSummary(t, input.error)}
      <input type="hidden" name="unit" value="${unit}" />
      ${textField({ state, name: "title", label: t.t("field.title"), required: true, maxlength: LIMITS.title })}
      ${textArea({ state, name: "description", label: t.t("field.description"), required: true, maxlength: LIMITS.longText / 5, rows: 5 })}
      <p class="hint">${t.t("events.form.times_in", { zone: input.timeZone })} ${profileZoneLink(t)}</p>
      ${textField({ state, name: "startsAt", type: "datetime-local", label: t.t("field.startsAt"), required: true })}
      ${textField({ state, name: "endsAt", type: "datetime-local", label: t.t("field.endsAt"), required: true })}
      ${textArea({ state, name: "programme", label: t.t("field.programme"), hint: t.t("events.form.programme_hint"), rows: 6 })}
      ${audience}
      ${textField({ state, name: "capacity", type: "number", label: t.t("field.capacity"), required: true, min: 1, max: MAX_CAPACITY })}
      <p><button type="submit" class="primary">${t.t(input.id ? "events.form.save" : "events.form.create")}</button></p>
    </form>`;
}
