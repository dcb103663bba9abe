import { Router } from "express";
import {
  cancelOnlineEvent,
  createOnlineEvent,
  DomainError,
  leaveOnlineEvent,
  myOnlineEvents,
  organisedOnlineEvents,
  organiserUnits,
  parseCursor,
  recordEventAttendance,
  registerForOnlineEvent,
  upcomingOnlineEvents,
  updateOnlineEvent,
  viewOnlineEvent,
} from "../../../core/index.ts";
import {
  account,
  actorOf,
  attempt,
  formBody,
  idActionRoute,
  isTeacher,
  type PageContext,
  type Pages,
  page,
  param,
  render,
  text,
  texts,
} from "../context.ts";
import { parseProgramme } from "./programme.ts";
import { DEFAULT_TIME_ZONE, wallTimeToInstant } from "./timeZone.ts";
import { eventPage, eventForm, formValuesOf, type EventFormValues } from "./views.ts";
import { eventList, organisedList } from "./lists.ts";

const PAGE_SIZE = 20;

/**
 * Training and online events (core/usecases/onlineEvents.ts). Teachers find upcoming events of
 * their audience at /app/events, register or join the waiting list, and download a certificate
 * once the organiser recorded their attendance. Organisers (a national unit's staff, the central
 * support service) create, edit and cancel events and record attendance. Dates are shown in the
 * viewer's chosen time zone (a profile setting: POST /app/profile/time-zone).
 */
export function eventRoutes(pages: Pages): Router {
  const router = Router();
  // The zone the person chose, carried by the session from the launch and the profile.
  const chosenZone = (ctx: PageContext) => account(ctx).timeZone;
  const zoneOf = async (ctx: PageContext) => chosenZone(ctx) ?? DEFAULT_TIME_ZONE;

  router.get(
    "/events",
    page(pages, (ctx) => showList(ctx)),
  );
  router.get(
    "/events/organised",
    page(pages, async (ctx) => {
      const query = ctx.req.query as Record<string, unknown>;
      const unit = text(query, "unit") || firstUnit(ctx);
      const after = parseCursor(query.after);
      const list = await organisedOnlineEvents(pages.core, actorOf(ctx), unit, after, PAGE_SIZE);
      render(
        ctx,
        ctx.t.t("events.organised_title"),
        organisedList(ctx, { unit, list, after, timeZone: await zoneOf(ctx) }),
      );
    }),
  );
  router.get(
    "/events/new",
    page(pages, async (ctx) => {
      const unit = text(ctx.req.query as Record<string, unknown>, "unit") || firstUnit(ctx);
      if (!organiserUnits(ctx.grants).includes(unit)) throw new DomainError("event_not_organiser");
      showForm(ctx, { unit, audience: "country", capacity: "50" }, await zoneOf(ctx));
    }),
  );
  router.post(
    "/events/new",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const timeZone = await zoneOf(ctx);
      await attempt(
        ctx,
        () =>
          createOnlineEvent(pages.core, actorOf(ctx), {
            ...eventInput(body, timeZone),
            unit: text(body, "unit"),
          }),
        (event) => ({ path: `/app/events/${event.id}`, done: "event_created" }),
        (error) => showForm(ctx, body, timeZone, undefined, formRefusal(error)),
      );
    }),
  );
  router.get(
    "/events/:id",
    page(pages, (ctx) => showEvent(pages, ctx, param(ctx, "id"))),
  );
  router.get(
    "/events/:id/edit",
    page(pages, async (ctx) => {
      const view = await viewOnlineEvent(pages.core, actorOf(ctx), param(ctx, "id"));
      if (!view.organiser) throw new DomainError("event_not_organiser");
      const timeZone = await zoneOf(ctx);
      showForm(ctx, formValuesOf(view.event, timeZone), timeZone, view.event.id);
    }),
  );
  router.post(
    "/events/:id/edit",
    page(pages, async (ctx) => {
      const id = param(ctx, "id");
      const body = formBody(ctx);
      const timeZone = await zoneOf(ctx);
      await attempt(
        ctx,
        () => updateOnlineEvent(pages.core, actorOf(ctx), id, eventInput(body, timeZone)),
        () => ({ path: `/app/events/${id}`, done: "event_updated" }),
        (error) => showForm(ctx, body, timeZone, id, formRefusal(error)),
      );
    }),
  );
  const action = <T>(
    path: string,
    run: (ctx: PageContext, id: string) => Promise<T>,
    done: (result: T) => string,
  ) =>
    idActionRoute(router, pages, {
      route: `/events/:id/${path}`,
      run,
      success: (result, id) => ({ path: `/app/events/${id}`, done: done(result) }),
      showAgain: (ctx, id, error) => showEvent(pages, ctx, id, error),
    });
  action(
    "register",
    (ctx, id) => registerForOnlineEvent(pages.core, actorOf(ctx), id),
    (registration) => (registration.status === "waiting" ? "event_waiting" : "event_registered"),
  );
  action(
    "leave",
    (ctx, id) => leaveOnlineEvent(pages.core, actorOf(ctx), id),
    () => "event_left",
  );
  action(
    "cancel",
    (ctx, id) => cancelOnlineEvent(pages.core, actorOf(ctx), id),
    () => "event_cancelled",
  );
  action(
    "attendance",
    (ctx, id) => recordEventAttendance(pages.core, actorOf(ctx), id, texts(formBody(ctx), "attended")),
    () => "event_attendance_recorded",
  );
  return router;

  async function showList(ctx: PageContext): Promise<void> {
    const after = parseCursor((ctx.req.query as Record<string, unknown>).after);
    const timeZone = chosenZone(ctx);
    const teacher = isTeacher(ctx);
    const upcoming = teacher
      ? await upcomingOnlineEvents(pages.core, actorOf(ctx), after, PAGE_SIZE)
      : undefined;
    const mine = teacher ? await myOnlineEvents(pages.core, actorOf(ctx)) : [];
    const units = organiserUnits(ctx.grants);
    render(ctx, ctx.t.t("events.title"), eventList(ctx, { upcoming, mine, after, timeZone, units }));
  }

  async function showEvent(pages: Pages, ctx: PageContext, id: string, error?: DomainError): Promise<void> {
    const view = await viewOnlineEvent(pages.core, actorOf(ctx), id);
    const roomId =
      view.mine?.status === "registered" || view.organiser
        ? await pages.twinSpaces.eventRoom?.(id)
        : undefined;
    render(
      ctx,
      view.event.title,
      eventPage(ctx, {
        view,
        timeZone: chosenZone(ctx),
        roomId,
        error,
        now: pages.core.clock.now(),
        emailEnabled: pages.emailEnabled,
      }),
      error ? 422 : 200,
    );
  }
}

/** Without a unit in the address, an organiser's own (the first, for someone organising for several). */
function firstUnit(ctx: PageContext): string {
  return organiserUnits(ctx.grants)[0] ?? "";
}

/** A refusal of the person (not an organiser, no such event) is a page of its own, not the form again. */
function formRefusal(error: DomainError): DomainError {
  if (error.code === "event_not_organiser" || error.code === "not_found") throw error;
  return error;
}

/** The form's fields as core takes them: wall times read in the organiser's zone, the programme parsed. */
function eventInput(body: Record<string, unknown>, timeZone: string) {
  const startsAt = wallTimeToInstant(text(body, "startsAt"), timeZone) ?? "";
  return {
    title: text(body, "title"),
    description: text(body, "description"),
    startsAt,
    endsAt: wallTimeToInstant(text(body, "endsAt"), timeZone) ?? "",
    audience: text(body, "audience"),
    capacity: text(body, "capacity"),
    programme: parseProgramme(text(body, "programme"), startsAt, timeZone),
  };
}

function showForm(
  ctx: PageContext,
  values: EventFormValues,
  timeZone: string,
  id?: string,
  error?: DomainError,
): void {
  const title = ctx.t.t(id ? "events.edit" : "events.new");
  render(ctx, title, eventForm(ctx, { values, timeZone, id, error }), error ? 422 : 200);
}
