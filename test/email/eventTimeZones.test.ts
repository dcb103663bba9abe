import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cancelOnlineEvent,
  createOnlineEvent,
  type Account,
  remindUpcomingOnlineEvents,
  type Teacher,
  updateOnlineEvent,
} from "../../core/index.ts";
import type { EmailNotifications } from "../../lti-tool/email/emailNotifications.ts";
import { type Client, startPages } from "../pages/client.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { mailerFor, type ReceivedMail, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";

/**
 * Issue 16 (5): event times people can trust wherever they read them. The time zone is a
 * profile setting (the events pages link to it), and every e-mail about an event says when it
 * takes place in the reader's language and zone, the zone named; without a zone, in UTC, said so.
 */
describe.each(DATABASE_KINDS)(
  "event times in the reader's zone, on the pages and in e-mails, on %s",
  (kind) => {
    let w: World;
    let smtp: SmtpReceiver;
    let app: Awaited<ReturnType<typeof startPages>>;
    let mailer: EmailNotifications;
    let admin: Account;
    let giulia: Teacher; // reads Italian, lives in Rome
    let eleni: Teacher; // reads Greek, lives in Athens
    let ada: Teacher; // reads English, never chose a zone
    let asGiulia: Client;
    let asEleni: Client;
    let eventId = "";
    const EVENT = {
      title: "Climate in class",
      description: "A webinar for all teachers.",
      startsAt: "2026-12-08T16:00:00.000Z",
      endsAt: "2026-12-08T17:00:00.000Z",
      audience: "all",
      capacity: "2",
      programme: [],
    };

    /** Intl separates times with narrow and thin spaces; people read them as spaces. */
    const plain = (text: string | undefined) => (text ?? "").replace(/[\u00a0\u2009\u202f]/g, " ");
    const only = (teacher: Teacher): ReceivedMail => {
      const [mail, ...more] = smtp.to(teacher.email);
      expect(more).toHaveLength(0);
      return mail as ReceivedMail;
    };

    beforeAll(async () => {
      w = await World.create(kind);
      smtp = new SmtpReceiver();
      await smtp.start();
      giulia = await w.teacher(
        "Giulia Rossi",
        await w.school("Liceo Galilei", "IT", "Pisa"),
        undefined,
        "it",
      );
      eleni = await w.teacher(
        "Eleni Papadopoulou",
        await w.school("Lykeio Plakas", "GR", "Athina"),
        undefined,
        "el",
      );
      ada = await w.teacher("Ada Byrne", await w.school("St Columba's", "IE", "Dublin"));
      admin = await w.centralAdmin();
      const event = await createOnlineEvent(w.deps, w.actor(admin), { ...EVENT, unit: "central" });
      eventId = event.id;
      app = await startPages(w, { emailEnabled: true });
      mailer = mailerFor(w, smtp, app.tool);
      asGiulia = await app.as(giulia, { locale: "it" });
      asEleni = await app.as(eleni, { locale: "el" });
    });
    afterAll(async () => {
      await app?.tool.stop();
      await smtp?.stop();
      await w?.destroy();
    });

    it("a teacher sets the time zone on the profile; the events pages show times in it and link back", async () => {
      const profile = await asGiulia.get("/app/profile");
      expect(profile.html).toContain('id="time-zone"');
      expect(profile.html).toContain("Date e orari sono mostrati in UTC");
      // Until one is saved, app.js preselects the zone the browser reports.
      expect(profile.html).toContain("data-browser-time-zone");
      const unknown = await asGiulia.post("/app/profile/time-zone", { timeZone: "Mars/Olympus" });
      expect(unknown.status).toBe(422);
      expect(unknown.html).toContain("Scegli il tuo fuso orario dall&#39;elenco.");
      expect(await w.store.knex("account_time_zones").where({ account_id: giulia.id })).toHaveLength(0);

      const saved = await asGiulia.post("/app/profile/time-zone", {
        timeZone: "Europe/Rome",
        back: "https://evil.example/",
      });
      expect(saved.status).toBe(303);
      expect(saved.location).toBe("/app/profile?done=time_zone_saved#time-zone");
      expect((await asGiulia.get("/app/profile")).html).toContain(
        "Date e orari sono mostrati nel tuo fuso orario, Europe/Rome.",
      );
      const list = plain((await asGiulia.get("/app/events")).html);
      expect(list).toContain("martedì 8 dicembre 2026, 17:00–18:00 (Europe/Rome)");
      expect(list).toContain('<a href="/app/profile#time-zone">Cambia il fuso orario nel tuo profilo</a>');
      expect(list).not.toContain("data-browser-time-zone");

      // Before choosing, the events page offers the chooser itself; saving there returns to the event.
      const before = await asEleni.get(`/app/events/${eventId}`);
      expect(before.html).toContain("data-browser-time-zone");
      const fromEvent = await asEleni.post("/app/profile/time-zone", {
        timeZone: "Europe/Athens",
        back: `/app/events/${eventId}`,
      });
      expect(fromEvent.location).toBe(`/app/events/${eventId}?done=time_zone_saved`);
      const athens = plain((await asEleni.get(`/app/events/${eventId}`)).html);
      expect(athens).toContain("Τρίτη 8 Δεκεμβρίου 2026 στις 06:00 μ.μ.");
      expect((await asEleni.get("/app/profile")).html).toContain(
        "Οι ημερομηνίες και οι ώρες εμφανίζονται στη ζώνη ώρας σας, Europe/Athens.",
      );
    });

    it("the reminder says when, at each reader's own hour and in their language, in both parts", async () => {
      for (const client of [asGiulia, asEleni])
        expect((await client.post(`/app/events/${eventId}/register`)).location).toContain(
          "done=event_registered",
        );
      expect((await (await app.as(ada)).post(`/app/events/${eventId}/register`)).location).toContain(
        "done=event_waiting",
      );
      await mailer.drain();
      w.clock.current = "2026-12-07T17:00:00.000Z";
      expect(await remindUpcomingOnlineEvents(w.deps)).toBe(1);
      await mailer.drain();

      const italian = only(giulia);
      expect(italian.subject).toContain("Promemoria");
      const rome = "Quando: martedì 8 dicembre 2026, 17:00–18:00 (Europe/Rome)";
      expect(plain(italian.text)).toContain(rome);
      expect(plain(italian.html)).toContain(rome);
      const greek = only(eleni);
      const athens = "Πότε: Τρίτη 8 Δεκεμβρίου 2026, 6:00–7:00 μ.μ. (Europe/Athens)";
      expect(plain(greek.text)).toContain(athens);
      expect(plain(greek.html)).toContain(athens);
      // Waiting is no place: no reminder.
      expect(smtp.to(ada.email)).toHaveLength(0);
    });

    it("a place freed, a move and a cancellation say when too; a reader without a zone reads UTC, named", async () => {
      smtp.received.length = 0;
      expect((await asGiulia.post(`/app/events/${eventId}/leave`)).location).toContain("done=event_left");
      await mailer.drain();
      const promoted = only(ada);
      expect(promoted.subject).toContain("A place freed in “Climate in class”");
      expect(plain(promoted.text)).toContain("When: Tuesday, December 8, 2026, 4:00 – 5:00 PM (UTC)");

      // The organiser moves the event an hour later: its people are told the new time.
      smtp.received.length = 0;
      const later = { ...EVENT, startsAt: "2026-12-08T17:00:00.000Z", endsAt: "2026-12-08T18:30:00.000Z" };
      await updateOnlineEvent(w.deps, w.actor(admin), eventId, later);
      await mailer.drain();
      const moved = only(eleni);
      expect(moved.subject).toContain("Η εκδήλωση «Climate in class» έχει νέα ημερομηνία ή ώρα.");
      const athens = "Πότε: Τρίτη 8 Δεκεμβρίου 2026, 7:00–8:30 μ.μ. (Europe/Athens)";
      expect(plain(moved.text)).toContain(athens);
      const utc = "When: Tuesday, December 8, 2026, 5:00 – 6:30 PM (UTC)";
      expect(plain(only(ada).text)).toContain(utc);
      // A new description alone is no news.
      smtp.received.length = 0;
      await updateOnlineEvent(w.deps, w.actor(admin), eventId, { ...later, description: "Bring a map." });
      await mailer.drain();
      expect(smtp.received).toHaveLength(0);

      await cancelOnlineEvent(w.deps, w.actor(admin), eventId);
      await mailer.drain();
      expect(only(eleni).subject).toContain("ακυρώθηκε");
      expect(plain(only(eleni).text)).toContain(athens);
      expect(plain(only(ada).text)).toContain(utc);
      // Giulia left before: nothing to tell her.
      expect(smtp.to(giulia.email)).toHaveLength(0);
    });
  },
);
