import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  admitStaffFromLaunch,
  createOnlineEvent,
  registerPupils,
  remindUpcomingOnlineEvents,
  type Teacher,
} from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/**
 * Issue 16 (5): training and online events. A national unit's staff (for their country) and the
 * central support service (for all teachers) organise events; teachers of the audience register
 * up to the capacity, later ones wait and move up when a place frees; participants are reminded
 * a day before; the organiser records attendance and attendees download a certificate that the
 * public check confirms. Dates show in the viewer's chosen time zone.
 */
describe.each(DATABASE_KINDS)("training and events on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher;
  let marco: Teacher;
  let luca: Teacher;
  let claire: Teacher; // French: outside Italy's country events
  let staffIt: Account;
  let staffEs: Account;
  let as: Record<"giulia" | "marco" | "luca" | "claire" | "staffIt" | "staffEs" | "admin", Client>;
  let eventId = "";

  const idOf = (location: string | null) => location?.split("/").pop()?.split("?")[0] ?? "";
  const form = (overrides: Record<string, string> = {}) => ({
    title: "Coding in primary school",
    description: "A webinar on <b>unplugged</b> coding activities.",
    startsAt: "2026-12-03T16:00",
    endsAt: "2026-12-03T18:00",
    programme: "16:00 Welcome\n17:30 Questions\n16:15 Unplugged activities",
    audience: "country",
    capacity: "2",
    unit: "IT",
    ...overrides,
  });
  const staffOf = (country: string, subject: string) =>
    admitStaffFromLaunch(
      w.deps,
      {
        issuer: `https://lms.unit-${country}.example`,
        subject,
        name: `Staff ${country}`,
        email: "",
        locale: "en",
      },
      country,
    );

  beforeAll(async () => {
    w = await World.create(kind);
    const galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    giulia = await w.teacher("Giulia Rossi", galilei);
    marco = await w.teacher("Marco Bianchi", galilei);
    luca = await w.teacher("Luca Verdi", await w.school("IC Dante", "IT", "Roma"));
    claire = await w.teacher("Claire Martin", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    staffIt = await staffOf("IT", "anna");
    staffEs = await staffOf("ES", "pablo");
    app = await startPages(w);
    as = {
      giulia: await app.as(giulia),
      marco: await app.as(marco),
      luca: await app.as(luca),
      claire: await app.as(claire),
      staffIt: await app.as(staffIt, { roles: [] }),
      staffEs: await app.as(staffEs, { roles: [] }),
      admin: await app.as(await w.centralAdmin(), { roles: [] }),
    };
  });
  afterAll(async () => {
    await app?.tool.stop();
    await w?.destroy();
  });

  it("only a national unit's staff (for their country) and the central support service organise events", async () => {
    expect((await as.giulia.get("/app/events/new?unit=IT")).status).toBe(403);
    expect((await as.giulia.post("/app/events/new", form())).status).toBe(403);
    // Spain's staff cannot publish for Italy.
    expect((await as.staffEs.post("/app/events/new", form())).status).toBe(403);
    expect(Number((await w.store.knex("online_events").count({ n: "*" }).first())?.n)).toBe(0);

    // Times are typed in the organiser's zone: Italy's staff chose Rome (UTC+1 in December).
    expect((await as.staffIt.post("/app/profile/time-zone", { timeZone: "Europe/Rome" })).status).toBe(303);
    const bad = await as.staffIt.post("/app/events/new", form({ endsAt: "2026-12-03T15:00" }));
    expect(bad.status).toBe(422);
    expect(bad.html).toContain("The end must come after the start");
    const badLine = await as.staffIt.post("/app/events/new", form({ programme: "Welcome at four" }));
    expect(badLine.html).toContain("Line 1 of the programme is not a time and a title");

    const created = await as.staffIt.post("/app/events/new", form());
    expect(created.status).toBe(303);
    eventId = idOf(created.location);
    const row = await w.store.knex("online_events").where({ id: eventId }).first();
    expect(row).toMatchObject({ starts_at: "2026-12-03T15:00:00.000Z", country: "IT", capacity: 2 });
    // The programme is kept in time order.
    expect(JSON.parse(row.programme as string).map((i: { title: string }) => i.title)).toEqual([
      "Welcome",
      "Unplugged activities",
      "Questions",
    ]);
    expect((await as.staffEs.get(`/app/events/${eventId}/edit`)).status).toBe(404);
    expect((await as.staffEs.post(`/app/events/${eventId}/cancel`)).status).toBe(404);
  });

  it("teachers of the audience find the event, in their own time zone; others and pupils do not", async () => {
    const list = await as.giulia.get("/app/events");
    expect(list.html).toContain("Coding in primary school");
    // No zone chosen yet: UTC, with the chooser (preselected by the browser's zone through app.js).
    const page = await as.giulia.get(`/app/events/${eventId}`);
    expect(page.html).toContain("Thursday, December 3, 2026 at 03:00 PM UTC");
    expect(page.html).toContain("data-browser-time-zone");
    expect(page.html).toContain("&lt;b&gt;unplugged&lt;/b&gt;");
    const unknownZone = await as.giulia.post("/app/profile/time-zone", { timeZone: "Mars/Olympus" });
    expect(unknownZone.status).toBe(422);
    expect(unknownZone.html).toContain("Choose your time zone from the list.");
    await as.giulia.post("/app/profile/time-zone", { timeZone: "Europe/Lisbon" });
    expect((await as.giulia.get(`/app/events/${eventId}`)).html).toContain(
      "December 3, 2026 at 03:00 PM GMT+0",
    );
    await as.giulia.post("/app/profile/time-zone", { timeZone: "Europe/Rome" });
    const rome = await as.giulia.get(`/app/events/${eventId}`);
    expect(rome.html).toContain("Thursday, December 3, 2026 at 04:00 PM GMT+1");
    expect(rome.html).not.toContain("data-browser-time-zone");
    expect(rome.html).toContain("Unplugged activities");

    expect((await as.claire.get("/app/events")).html).not.toContain("Coding in primary school");
    expect((await as.claire.get(`/app/events/${eventId}`)).status).toBe(404);
    expect((await as.claire.post(`/app/events/${eventId}/register`)).status).toBe(404);

    const { registered } = await registerPupils(w.deps, w.actor(giulia), [{ displayName: "Pia" }]);
    const asPupil = await app.pupil(registered[0]?.id ?? "");
    expect((await asPupil.get("/app/events")).status).toBe(403);
    expect((await asPupil.get(`/app/events/${eventId}`)).status).toBe(403);
  });

  it("registers up to the capacity, then a waiting list that moves up when someone cancels", async () => {
    expect((await as.giulia.post(`/app/events/${eventId}/register`)).location).toContain(
      "done=event_registered",
    );
    expect((await as.marco.post(`/app/events/${eventId}/register`)).location).toContain(
      "done=event_registered",
    );
    const waiting = await as.luca.post(`/app/events/${eventId}/register`);
    expect(waiting.location).toContain("done=event_waiting");
    expect((await as.luca.get(`/app/events/${eventId}`)).html).toContain(
      "You are number 1 on the waiting list",
    );
    const twice = await as.marco.post(`/app/events/${eventId}/register`);
    expect(twice.status).toBe(422);
    expect(twice.html).toContain("You are already registered");
    // The capacity cannot drop below the places taken.
    const smaller = await as.staffIt.post(`/app/events/${eventId}/edit`, form({ capacity: "1" }));
    expect(smaller.status).toBe(422);
    expect(smaller.html).toContain("Places already taken: 2");

    expect((await as.giulia.post(`/app/events/${eventId}/leave`)).location).toContain("done=event_left");
    const promoted = await w.store
      .knex("online_event_registrations")
      .where({ event_id: eventId, teacher_id: luca.id })
      .first();
    expect(promoted).toMatchObject({ status: "registered" });
    expect((await as.luca.get("/app/notifications")).html).toContain(
      "A place freed in “Coding in primary school”: you are now registered.",
    );
    const lucasPlace = (await as.luca.get(`/app/events/${eventId}`)).html;
    expect(lucasPlace).toContain("You are registered.");
    // Without SMTP no reminder comes by e-mail, so the page does not promise one.
    expect(lucasPlace).not.toContain("reminder by e-mail");
    // Giulia registers again: the event is full now, so she waits.
    expect((await as.giulia.post(`/app/events/${eventId}/register`)).location).toContain(
      "done=event_waiting",
    );
  });

  it("reminds the registered participants once, a day before the start", async () => {
    expect(await remindUpcomingOnlineEvents(w.deps)).toBe(0);
    w.clock.current = "2026-12-02T16:00:00.000Z";
    expect(await remindUpcomingOnlineEvents(w.deps)).toBe(1);
    expect(await remindUpcomingOnlineEvents(w.deps)).toBe(0);
    const reminder = "Reminder: “Coding in primary school” starts within a day.";
    expect((await as.marco.get("/app/notifications")).html).toContain(reminder);
    expect((await as.luca.get("/app/notifications")).html).toContain(reminder);
    // Waiting is no place: Giulia is not reminded.
    expect((await as.giulia.get("/app/notifications")).html).not.toContain(reminder);
  });

  it("the organiser records attendance once it started; attendees download a certificate the public check confirms", async () => {
    const early = await as.staffIt.post(`/app/events/${eventId}/attendance`, { attended: [marco.id] });
    expect(early.status).toBe(422);
    expect(early.html).toContain("Attendance is recorded once the event has started");
    w.clock.current = "2026-12-03T15:30:00.000Z";
    // Started: gone from the upcoming list, still among the participant's own events (its room is there).
    const during = await as.marco.get("/app/events");
    expect(during.html).toContain("Your events");
    expect(during.html).toContain("Coding in primary school");
    expect((await as.claire.get("/app/events")).html).not.toContain("Your events");
    expect((await as.giulia.post(`/app/events/${eventId}/register`)).status).toBe(422);
    expect(
      (await as.staffEs.post(`/app/events/${eventId}/attendance`, { attended: [marco.id] })).status,
    ).toBe(404);
    // A waiting teacher's id is ignored: only participants attend.
    const recorded = await as.staffIt.post(`/app/events/${eventId}/attendance`, {
      attended: [marco.id, giulia.id],
    });
    expect(recorded.location).toContain("done=event_attendance_recorded");
    const attended = await w.store
      .knex("online_event_registrations")
      .where({ event_id: eventId, attended: true });
    expect(attended.map((r: { teacher_id: string }) => r.teacher_id)).toEqual([marco.id]);

    expect((await as.marco.get(`/app/events/${eventId}`)).html).toContain(
      "Certificate of attendance: download the PDF",
    );
    expect((await as.marco.get("/app/certificates")).html).toContain("Coding in primary school");
    const issued = await as.marco.post(`/app/certificates/event_attendance/${eventId}`);
    expect(issued.status).toBe(303);
    const token = issued.location?.split("/").pop() ?? "";
    const pdf = await as.marco.get(`/app/certificates/pdf/${token}`);
    expect(pdf.status).toBe(200);
    const check = await fetch(`${app.tool.url}/verify/${token}`);
    const checked = await check.text();
    expect(check.status).toBe(200);
    expect(checked).toContain("This certificate is genuine.");
    expect(checked).toContain("Coding in primary school");
    expect(checked).toContain("Marco Bianchi");
    // Luca had a place but was not ticked: no certificate.
    expect((await as.luca.post(`/app/certificates/event_attendance/${eventId}`)).status).toBe(404);
    // Unticked later, the certificate is withdrawn.
    await as.staffIt.post(`/app/events/${eventId}/attendance`, { attended: [luca.id] });
    expect((await fetch(`${app.tool.url}/verify/${token}`)).status).toBe(410);
  });

  it("the central support service organises for all teachers; cancelling tells everyone registered", async () => {
    const created = await as.admin.post(
      "/app/events/new",
      form({
        unit: "central",
        capacity: "1",
        startsAt: "2026-12-10T10:00",
        endsAt: "2026-12-10T11:00",
        programme: "",
        title: "eTwinning for newcomers",
      }),
    );
    expect(created.status).toBe(303);
    const centralId = idOf(created.location);
    expect((await as.claire.get("/app/events")).html).toContain("eTwinning for newcomers");
    expect((await as.claire.post(`/app/events/${centralId}/register`)).location).toContain(
      "done=event_registered",
    );
    expect((await as.giulia.post(`/app/events/${centralId}/register`)).location).toContain(
      "done=event_waiting",
    );
    // A unit's staff do not manage the central support service's events.
    expect((await as.staffIt.post(`/app/events/${centralId}/cancel`)).status).toBe(404);
    expect((await as.admin.post(`/app/events/${centralId}/cancel`)).location).toContain(
      "done=event_cancelled",
    );
    const told = "The event “eTwinning for newcomers” was cancelled.";
    expect((await as.claire.get("/app/notifications")).html).toContain(told);
    expect((await as.giulia.get("/app/notifications")).html).toContain(told);
    expect((await as.claire.get("/app/events")).html).not.toContain("eTwinning for newcomers");
    const late = await as.marco.post(`/app/events/${centralId}/register`);
    expect(late.status).toBe(422);
    expect(late.html).toContain("This event was cancelled");
  });

  it("pages the upcoming events 20 at a time, soonest first, and refuses a forged page link", async () => {
    const central = w.actor(await w.centralAdmin());
    for (let n = 1; n <= 21; n++) {
      const day = String(n).padStart(2, "0");
      await createOnlineEvent(w.deps, central, {
        title: `Monthly webinar ${day}`,
        description: "For every teacher.",
        startsAt: `2027-01-${day}T10:00:00.000Z`,
        endsAt: `2027-01-${day}T11:00:00.000Z`,
        audience: "all",
        capacity: 100,
      });
    }
    const first = await as.claire.get("/app/events");
    expect(first.html.match(/Monthly webinar \d\d/g)).toHaveLength(20);
    expect(first.html.indexOf("Monthly webinar 01")).toBeLessThan(first.html.indexOf("Monthly webinar 02"));
    const next = /href="(\/app\/events\?after=[^"]+)"/.exec(first.html)?.[1]?.replace(/&amp;/g, "&");
    expect(next).toBeDefined();
    const second = await as.claire.get(next!);
    expect(second.html.match(/Monthly webinar \d\d/g)).toEqual(["Monthly webinar 21"]);
    expect((await as.claire.get("/app/events?after=yesterday")).status).toBe(422);
  });
});
