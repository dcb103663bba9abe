import { DomainError } from "../errors.ts";
import type { Grant, Id, Instant } from "../model.ts";
import type { EventParticipantView, Tx } from "../ports.ts";
import type { KeysetCursor, KeysetPage } from "../paging.ts";
import { CENTRAL_SUPPORT_UNIT, countriesActedFor } from "../rules/authority.ts";
import {
  type EventRegistration,
  inAudience,
  type OnlineEvent,
  type OnlineEventForm,
  REMINDER_BEFORE_MS,
  registrationStatus,
  validateEventForm,
} from "../rules/onlineEvents.ts";
import { type Actor, type CoreDeps, emit, requireTeacher } from "./context.ts";

type EventFormInput = { [K in keyof OnlineEventForm]?: unknown };

/**
 * The units a person organises events for: their national unit's country (staff) and, for the
 * central support service, `CENTRAL_SUPPORT_UNIT`. Moderating teachers organise nothing.
 */
export function organiserUnits(grants: readonly Grant[]): string[] {
  const central = grants.some((grant) => grant.role === "central_admin") ? [CENTRAL_SUPPORT_UNIT] : [];
  return [...central, ...countriesActedFor(grants, "organise_events")];
}

/** The central support service manages every event; a unit's staff those of their country. */
function mayOrganise(grants: readonly Grant[], event: Pick<OnlineEvent, "country">): boolean {
  const units = organiserUnits(grants);
  return (
    units.includes(CENTRAL_SUPPORT_UNIT) || (event.country !== undefined && units.includes(event.country))
  );
}

async function requireOrganiser(tx: Tx, actor: Actor, event: OnlineEvent): Promise<void> {
  if (!mayOrganise(await tx.grants.forAccount(actor.accountId), event))
    throw new DomainError("event_not_organiser");
}

async function existing(tx: Tx, id: Id, options: { lock?: boolean } = {}): Promise<OnlineEvent> {
  const event = options.lock ? await tx.onlineEvents.lock(id) : await tx.onlineEvents.get(id);
  if (!event) throw new DomainError("not_found", { what: "event" });
  return event;
}

function refuseStarted(event: OnlineEvent, now: Instant): void {
  if (event.status === "cancelled") throw new DomainError("event_cancelled");
  if (event.startsAt <= now) throw new DomainError("event_started");
}

/** The central support service's events are for all teachers: it has no country of its own. */
function formFor(unit: string, input: EventFormInput, now: Instant): OnlineEventForm {
  const form = validateEventForm(input, now);
  return unit === CENTRAL_SUPPORT_UNIT ? { ...form, audience: "all" } : form;
}

/** An organiser creates an event for their unit (`unit`: a country or `CENTRAL_SUPPORT_UNIT`; needed when they have several). */
export async function createOnlineEvent(
  deps: CoreDeps,
  actor: Actor,
  input: EventFormInput & { unit?: unknown },
): Promise<OnlineEvent> {
  return deps.store.transaction(async (tx) => {
    const units = organiserUnits(await tx.grants.forAccount(actor.accountId));
    if (units.length === 0) throw new DomainError("event_not_organiser");
    const unit = typeof input.unit === "string" && input.unit !== "" ? input.unit : units[0];
    if (unit === undefined || !units.includes(unit)) throw new DomainError("event_not_organiser");
    const now = deps.clock.now();
    const event: OnlineEvent = {
      ...formFor(unit, input, now),
      id: deps.ids.newId(),
      country: unit === CENTRAL_SUPPORT_UNIT ? undefined : unit,
      status: "scheduled",
      organisedBy: actor.accountId,
      createdAt: now,
    };
    await tx.onlineEvents.insert(event);
    await emit(tx, deps, {
      type: "online_event_created",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { eventId: event.id },
    });
    return event;
  });
}

/**
 * An organiser edits an event before it starts. A larger capacity moves the first of the
 * waiting list up; a capacity below the places already taken is refused (nobody is dropped).
 */
export async function updateOnlineEvent(
  deps: CoreDeps,
  actor: Actor,
  id: Id,
  input: EventFormInput,
): Promise<OnlineEvent> {
  return deps.store.transaction(async (tx) => {
    const before = await existing(tx, id, { lock: true });
    await requireOrganiser(tx, actor, before);
    const now = deps.clock.now();
    refuseStarted(before, now);
    const form = formFor(before.country ?? CENTRAL_SUPPORT_UNIT, input, now);
    const registered = await tx.onlineEvents.count(id, "registered");
    if (form.capacity < registered)
      throw new DomainError("event_capacity_below_registered", { field: "capacity", count: registered });
    const event: OnlineEvent = { ...before, ...form };
    await tx.onlineEvents.update(event);
    await emit(tx, deps, {
      type: "online_event_updated",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { eventId: id, moved: event.startsAt !== before.startsAt || event.endsAt !== before.endsAt },
    });
    await fillFreePlaces(tx, deps, event, registered);
    return event;
  });
}

/** An organiser cancels an event before it starts; everyone registered or waiting is told. */
export async function cancelOnlineEvent(deps: CoreDeps, actor: Actor, id: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const event = await existing(tx, id, { lock: true });
    await requireOrganiser(tx, actor, event);
    refuseStarted(event, deps.clock.now());
    await tx.onlineEvents.setStatus(id, "cancelled");
    await emit(tx, deps, {
      type: "online_event_cancelled",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { eventId: id },
    });
  });
}

/** Upcoming events a teacher may join (theirs by audience), soonest first, keyset-paged. */
export async function upcomingOnlineEvents(
  deps: CoreDeps,
  actor: Actor,
  after: KeysetCursor | undefined,
  limit: number,
): Promise<KeysetPage<OnlineEvent>> {
  return deps.store.readOnly(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    return tx.onlineEvents.upcoming({ from: deps.clock.now(), country: teacher.country, after, limit });
  });
}

/** The events a teacher has a place in that have not ended (during an event too: its room is there). */
export async function myOnlineEvents(deps: CoreDeps, actor: Actor): Promise<OnlineEvent[]> {
  return deps.store.readOnly(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    const ids = await tx.onlineEvents.placesOf(teacher.id, deps.clock.now());
    const events = await Promise.all(ids.map((id) => tx.onlineEvents.get(id)));
    return events
      .filter((event): event is OnlineEvent => event !== undefined)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  });
}

/** Events of a unit the person organises for, newest start first, cancelled and past ones too. */
export async function organisedOnlineEvents(
  deps: CoreDeps,
  actor: Actor,
  unit: string,
  after: KeysetCursor | undefined,
  limit: number,
): Promise<KeysetPage<OnlineEvent>> {
  return deps.store.readOnly(async (tx) => {
    if (!organiserUnits(await tx.grants.forAccount(actor.accountId)).includes(unit))
      throw new DomainError("event_not_organiser");
    return tx.onlineEvents.organisedFor(unit === CENTRAL_SUPPORT_UNIT ? undefined : unit, after, limit);
  });
}

export interface OnlineEventView {
  event: OnlineEvent;
  /** The viewer's registration (a place or the waiting list), if any. */
  mine: EventRegistration | undefined;
  /** The viewer's place on the waiting list (1 = next to move up), when they wait. */
  waitingPlace: number | undefined;
  organiser: boolean;
  registered: number;
  waiting: number;
  /** The registered participants (for attendance): shown to organisers only. */
  participants: EventParticipantView[];
}

/**
 * An event's page: teachers of its audience and those registered see it, organisers see it
 * with its participants; anyone else (a pupil, another country's teacher or staff) is told it
 * does not exist.
 */
export async function viewOnlineEvent(deps: CoreDeps, actor: Actor, id: Id): Promise<OnlineEventView> {
  return deps.store.readOnly(async (tx) => {
    const event = await existing(tx, id);
    const organiser = mayOrganise(await tx.grants.forAccount(actor.accountId), event);
    const mine = await tx.onlineEvents.registration(id, actor.accountId);
    if (!organiser && !mine) {
      const teacher = await tx.teachers.get(actor.accountId);
      if (!teacher || !inAudience(event, teacher.country))
        throw new DomainError("not_found", { what: "event" });
    }
    return {
      event,
      mine,
      waitingPlace: mine?.status === "waiting" ? (await tx.onlineEvents.waitingBefore(mine)) + 1 : undefined,
      organiser,
      registered: await tx.onlineEvents.count(id, "registered"),
      waiting: await tx.onlineEvents.count(id, "waiting"),
      participants: organiser ? await tx.onlineEvents.participants(id) : [],
    };
  });
}

/**
 * A teacher of the audience registers before the event starts: a place while one is free,
 * otherwise the end of the waiting list. The event row is locked, so two teachers registering
 * at once never both take the last place.
 */
export async function registerForOnlineEvent(
  deps: CoreDeps,
  actor: Actor,
  id: Id,
): Promise<EventRegistration> {
  return deps.store.transaction(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    const event = await existing(tx, id, { lock: true });
    if (!inAudience(event, teacher.country)) throw new DomainError("not_found", { what: "event" });
    refuseStarted(event, deps.clock.now());
    if (await tx.onlineEvents.registration(id, teacher.id)) throw new DomainError("event_already_registered");
    const registration: EventRegistration = {
      eventId: id,
      teacherId: teacher.id,
      status: registrationStatus(await tx.onlineEvents.count(id, "registered"), event.capacity),
      registeredAt: deps.clock.now(),
      attended: false,
    };
    await tx.onlineEvents.putRegistration(registration);
    await emit(tx, deps, {
      type: "online_event_registered",
      actorId: teacher.id,
      projectId: undefined,
      payload: { eventId: id, teacherId: teacher.id, waiting: registration.status === "waiting" },
    });
    return registration;
  });
}

/** A teacher cancels their registration (or leaves the waiting list) before the start; a freed place goes to the first who waits. */
export async function leaveOnlineEvent(deps: CoreDeps, actor: Actor, id: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const event = await existing(tx, id, { lock: true });
    const mine = await tx.onlineEvents.registration(id, actor.accountId);
    if (!mine) throw new DomainError("event_not_registered");
    refuseStarted(event, deps.clock.now());
    await tx.onlineEvents.removeRegistration(id, actor.accountId);
    await emit(tx, deps, {
      type: "online_event_left",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { eventId: id, teacherId: actor.accountId },
    });
    await fillFreePlaces(tx, deps, event, await tx.onlineEvents.count(id, "registered"));
  });
}

/** Moves the first of the waiting list up into every free place; each is told (system act). */
async function fillFreePlaces(tx: Tx, deps: CoreDeps, event: OnlineEvent, registered: number): Promise<void> {
  const free = event.capacity - registered;
  if (free <= 0) return;
  for (const next of await tx.onlineEvents.waiting(event.id, free)) {
    await tx.onlineEvents.putRegistration({ ...next, status: "registered" });
    await emit(tx, deps, {
      type: "online_event_promoted",
      actorId: undefined,
      projectId: undefined,
      payload: { eventId: event.id, teacherId: next.teacherId },
    });
  }
}

/**
 * The organiser records who attended, once the event has started (and again to correct it):
 * those ticked among the registered participants attended, the others did not. Attendance
 * gives the participation certificate.
 */
export async function recordEventAttendance(
  deps: CoreDeps,
  actor: Actor,
  id: Id,
  attendedIds: readonly Id[],
): Promise<number> {
  return deps.store.transaction(async (tx) => {
    const event = await existing(tx, id, { lock: true });
    await requireOrganiser(tx, actor, event);
    if (event.status === "cancelled") throw new DomainError("event_cancelled");
    if (event.startsAt > deps.clock.now()) throw new DomainError("event_not_started");
    const registered = new Set((await tx.onlineEvents.participants(id)).map((p) => p.teacherId));
    const attended = [...new Set(attendedIds)].filter((teacherId) => registered.has(teacherId));
    await tx.onlineEvents.setAttendance(id, attended);
    await emit(tx, deps, {
      type: "online_event_attendance_recorded",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { eventId: id, attended: attended.length },
    });
    return attended.length;
  });
}

/**
 * The reminder job (run by the e-mail worker's tick): every scheduled event that starts within
 * a day and was not reminded yet is marked and gets one `online_event_reminder_due`, which the
 * outbox fans out to its participants. Marking and the event commit together, so a rerun or a
 * second instance never reminds twice.
 */
export async function remindUpcomingOnlineEvents(deps: CoreDeps): Promise<number> {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const until = new Date(Date.parse(now) + REMINDER_BEFORE_MS).toISOString();
    let reminded = 0;
    for (const event of await tx.onlineEvents.remindersDue(now, until)) {
      if (!(await tx.onlineEvents.markReminded(event.id, now))) continue;
      await emit(tx, deps, {
        type: "online_event_reminder_due",
        actorId: undefined,
        projectId: undefined,
        payload: { eventId: event.id },
      });
      reminded++;
    }
    return reminded;
  });
}

/** Where the dates a person sees are shown: the time zone they chose, if any. */
export async function myTimeZone(deps: CoreDeps, actor: Actor): Promise<string | undefined> {
  return deps.store.readOnly((tx) => tx.onlineEvents.timeZoneOf(actor.accountId));
}

/** A person chooses the time zone of the dates they see (an IANA name, e.g. Europe/Rome). */
export async function setMyTimeZone(deps: CoreDeps, actor: Actor, timeZone: unknown): Promise<string> {
  if (typeof timeZone !== "string" || !isTimeZone(timeZone))
    throw new DomainError("time_zone_unknown", { field: "timeZone" });
  await deps.store.transaction((tx) => tx.onlineEvents.setTimeZone(actor.accountId, timeZone));
  return timeZone;
}

/** Whether the runtime knows the zone by this name (Intl's list, plus UTC). */
export function isTimeZone(name: string): boolean {
  return name === "UTC" || Intl.supportedValuesOf("timeZone").includes(name);
}
