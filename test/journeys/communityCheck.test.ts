import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createGroup,
  createOnlineEvent,
  postIdea,
  recordEventAttendance,
  registerForOnlineEvent,
  type Teacher,
} from "../../core/index.ts";
import type { EmailNotifications } from "../../lti-tool/email/emailNotifications.ts";
import { inBrowser, startPages } from "../pages/client.ts";
import { launchChromium, textOf, type Visitor } from "../support/browser.ts";
import { mailerFor, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";
import { englishIn, englishTexts } from "./language.ts";

/**
 * Issue 16 walked again by a teacher in Germany (de) and one in Poland (pl), in Chromium, with
 * what they noticed then: a refused group proposal that named a catalogue key instead of the
 * field, a waiting list counted as "{number}", a date shown as escaped markup to the organiser,
 * an idea's start month left as "2027-02", and a closed group whose moderator never heard of
 * a request to join (and whose e-mails did not say which group).
 */
describe("the teachers' community, checked in German and Polish", () => {
  let w: World;
  let smtp: SmtpReceiver;
  let app: Awaited<ReturnType<typeof startPages>>;
  let mailer: EmailNotifications;
  let browser: Browser;
  let hans: Teacher;
  let agnieszka: Teacher;

  /** A teacher's browser that fails on a page declaring another language or showing English. */
  const visitor = async (who: { id: string; schoolId?: string }, locale: "de" | "pl", roles?: []) =>
    inBrowser(browser, await app.as(who, { locale, ...(roles ? { roles } : {}) }), locale, {
      lang: locale,
      untranslated: englishTexts(locale),
    });
  const main = (v: Visitor) => textOf(v.page.locator("main"));

  beforeAll(async () => {
    w = await World.create("sqlite");
    smtp = new SmtpReceiver();
    await smtp.start();
    app = await startPages(w, { emailEnabled: true });
    mailer = mailerFor(w, smtp, app.tool);
    browser = await launchChromium();
    hans = await w.teacher("Hans Müller", await w.school("Gymnasium Köln", "DE", "Köln"), undefined, "de");
    agnieszka = await w.teacher(
      "Agnieszka Nowak",
      await w.school("Szkoła Podstawowa 5", "PL", "Kraków"),
      undefined,
      "pl",
    );
  });
  afterAll(async () => {
    await browser?.close();
    await app?.tool.stop();
    await smtp?.stop();
    await w?.destroy();
  });

  it("names the missing field of a group proposal in the teacher's language", async () => {
    for (const [who, locale, said] of [
      [hans, "de", "Bitte füllen Sie „Name“ aus."],
      [agnieszka, "pl", "Wypełnij pole „Nazwa”."],
    ] as const) {
      const v = await visitor(who, locale);
      await v.goto(`${app.tool.url}/app/groups/new`);
      // What a browser without form validation (or a name of spaces only) sends.
      await v.page.getByRole("textbox").first().fill("   ");
      await v.page.evaluate(() =>
        document.querySelectorAll("form").forEach((form) => {
          form.noValidate = true;
        }),
      );
      await v.follow(v.page.locator("main form button[type=submit]").last());
      expect(await main(v)).toContain(said);
      expect(await main(v)).not.toContain("field.");
      await v.close();
    }
  });

  it("shows the central support service the groups teachers proposed, on its dashboard", async () => {
    const admin = await w.centralAdmin();
    const asAdmin = await visitor(admin, "de", []);
    await asAdmin.goto(`${app.tool.url}/app`);
    expect(await main(asAdmin)).toContain("Nichts wartet auf Ihre Entscheidung.");

    const proposer = await visitor(hans, "de");
    await proposer.goto(`${app.tool.url}/app/groups/new`);
    await proposer.page.getByLabel(/^Name/).fill("Theater auf Englisch");
    await proposer.page.getByLabel(/^Beschreibung/).fill("Schultheater in der Fremdsprache.");
    await proposer.follow(proposer.page.getByRole("button", { name: "Vorschlag senden" }));
    await proposer.close();

    await asAdmin.goto(`${app.tool.url}/app`);
    await asAdmin.follow(asAdmin.page.getByRole("link", { name: "1 Gruppenvorschlag zu entscheiden" }));
    expect(await main(asAdmin)).toContain("Theater auf Englisch");
    await asAdmin.close();
  });

  it("shows an idea's start as a month in words", async () => {
    const idea = await postIdea(w.deps, w.actor(hans), {
      title: "Klima-Roboter",
      summary: "Wetterstationen bauen.",
      subjects: ["science"],
      languages: ["de", "pl"],
      pupilAgeMin: 12,
      pupilAgeMax: 14,
      partnerScope: "any",
      startMonth: "2027-02",
    });
    for (const [who, locale, month] of [
      [hans, "de", "Februar 2027"],
      [agnieszka, "pl", "luty 2027"],
    ] as const) {
      const v = await visitor(who, locale);
      await v.goto(`${app.tool.url}/app/ideas/${idea.id}`);
      expect(await main(v)).toContain(month);
      expect(await main(v)).not.toContain("2027-02");
      await v.close();
    }
  });

  it("counts the waiting list and dates the attendance for the organiser, in words", async () => {
    const staff = await w.staff("Anna Schmidt", "DE", "de");
    const event = await createOnlineEvent(w.deps, w.actor(staff), {
      title: "Webinar: KI im Unterricht",
      description: "Werkzeuge für die Klasse.",
      startsAt: "2026-12-03T15:00:00.000Z",
      endsAt: "2026-12-03T16:00:00.000Z",
      audience: "all",
      capacity: 1,
      unit: "DE",
    });
    await registerForOnlineEvent(w.deps, w.actor(hans), event.id);
    await registerForOnlineEvent(w.deps, w.actor(agnieszka), event.id);

    const organiser = await visitor(staff, "de", []);
    await organiser.goto(`${app.tool.url}/app/events/${event.id}`);
    const text = await main(organiser);
    expect(text).toContain("Plätze 1 von 1 vergeben · Warteliste: 1");
    expect(text).toContain(
      "sobald die Veranstaltung begonnen hat (Donnerstag, 3. Dezember 2026 um 15:00 UTC)",
    );
    expect(text).not.toMatch(/\{\w+\}|<time/);

    const waiting = await visitor(agnieszka, "pl");
    await waiting.goto(`${app.tool.url}/app/events/${event.id}`);
    expect(await main(waiting)).toContain("lista oczekujących: 1");
    await organiser.close();
    await waiting.close();

    // Hans is promised the reminder before the start; once it took place, only his certificate.
    const participant = await visitor(hans, "de");
    await participant.goto(`${app.tool.url}/app/events/${event.id}`);
    const reminder = "Einen Tag vor Beginn erhalten Sie eine Erinnerung per E-Mail.";
    expect(await main(participant)).toContain(`Sie sind angemeldet. ${reminder}`);
    w.clock.advanceDays(12);
    await recordEventAttendance(w.deps, w.actor(staff), event.id, [hans.id]);
    await participant.goto(`${app.tool.url}/app/events/${event.id}`);
    expect(await main(participant)).toContain("Teilnahme");
    expect(await main(participant)).not.toContain(reminder);
    await participant.close();
  });

  it("tells a closed group's moderators of a request to join, and each e-mail names the group", async () => {
    const group = await createGroup(w.deps, w.actor(await w.centralAdmin()), {
      name: "Robotik im Unterricht",
      description: "Lehrkräfte, die mit ihren Klassen Roboter bauen.",
      access: "closed",
      moderatorId: hans.id,
    });
    await mailer.drain();
    smtp.received.length = 0;

    // Agnieszka asks to join from the group's page.
    const asAgnieszka = await visitor(agnieszka, "pl");
    await asAgnieszka.goto(`${app.tool.url}/app/groups/${group.id}`);
    await asAgnieszka.follow(asAgnieszka.page.getByRole("button", { name: "Poproś o przyjęcie" }));
    expect(await asAgnieszka.page.getByRole("status").innerText()).toContain("moderator");

    // Hans, the moderator, hears of it at once, in German, with the way to the request.
    await mailer.drain();
    const [asked, ...more] = smtp.to(hans.email);
    expect(more).toEqual([]);
    expect(asked?.subject).toBe(
      "OpenTwinning: Agnieszka Nowak möchte Ihrer Gruppe „Robotik im Unterricht“ beitreten. " +
        "Nehmen Sie die Anfrage auf der Seite der Gruppe an, oder lehnen Sie sie ab.",
    );
    expect(englishIn(`${asked?.subject}\n${asked?.text}`, englishTexts("de"))).toEqual([]);
    const groupLink = /https?:\/\/\S+\/app\/groups\/[\w-]+/.exec(asked?.text ?? "")?.[0] ?? "";
    expect(groupLink).toBe(`${app.tool.url}/app/groups/${group.id}`);

    const asHans = await visitor(hans, "de");
    await asHans.goto(`${app.tool.url}/app/notifications`);
    expect(await main(asHans)).toContain(
      "Agnieszka Nowak möchte Ihrer Gruppe „Robotik im Unterricht“ beitreten.",
    );
    await asHans.goto(groupLink);
    await asHans.follow(asHans.page.getByRole("button", { name: "Annehmen – Agnieszka Nowak" }));

    // Agnieszka's e-mail says which group took her in, in Polish.
    await mailer.drain();
    const [accepted] = smtp.to(agnieszka.email);
    expect(accepted?.subject).toBe(
      "OpenTwinning: Moderator przyjął Cię do grupy „Robotik im Unterricht”. Jej pokój Matrix na Ciebie czeka.",
    );
    expect(englishIn(`${accepted?.subject}\n${accepted?.text}`, englishTexts("pl"))).toEqual([]);
    await asAgnieszka.goto(`${app.tool.url}/app/groups/${group.id}`);
    expect(await main(asAgnieszka)).toContain("Opuść grupę");
    await asAgnieszka.close();
    await asHans.close();
  });
});
