import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  admitStaffFromLaunch,
  createOnlineEvent,
  type OnlineEvent,
  remindUpcomingOnlineEvents,
  type Teacher,
} from "../../core/index.ts";
import { launchChromium, textOf, Visitor } from "../support/browser.ts";
import { mailerFor, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";
import { type Client, inBrowser, startPages } from "./client.ts";

/**
 * Issue 16's journey for training and events, in Chromium (pages audited by axe-core): a
 * teacher finds an event of her national unit and registers; a day before, the reminder
 * arrives by e-mail (read from the test SMTP server); after the event the organiser records
 * her attendance; she downloads the certificate, and its verification address confirms it.
 */
describe("a teacher's training event in Chromium", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let smtp: SmtpReceiver;
  let giulia: Teacher;
  let asGiulia: Client;
  let asStaff: Client;
  let event: OnlineEvent;

  const mailer = () => mailerFor(w, smtp, app.tool);

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w, { emailEnabled: true });
    browser = await launchChromium();
    smtp = new SmtpReceiver();
    await smtp.start();
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"));
    const staff = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "anna", name: "Anna Staff", email: "", locale: "en" },
      "IT",
    );
    event = await createOnlineEvent(w.deps, w.actor(staff), {
      title: "Coding in primary school",
      description: "A webinar on unplugged coding activities.",
      startsAt: "2026-12-03T15:00:00.000Z",
      endsAt: "2026-12-03T17:00:00.000Z",
      programme: [{ at: "2026-12-03T15:00:00.000Z", title: "Welcome" }],
      audience: "country",
      capacity: 30,
    });
    asGiulia = await app.as(giulia);
    asStaff = await app.as(staff, { roles: [] });
  });
  afterAll(async () => {
    await browser?.close();
    await smtp?.stop();
    await app?.tool.stop();
    await w?.destroy();
  });

  it("registers, is reminded by e-mail, attends, and downloads a certificate its address confirms", async () => {
    const teacher = await inBrowser(browser, asGiulia);
    await teacher.goto(`${app.tool.url}/app/events`);
    await teacher.follow(teacher.page.getByRole("link", { name: "Coding in primary school" }));
    await teacher.follow(teacher.page.getByRole("button", { name: "Register" }));
    expect(await textOf(teacher.page.locator("main"))).toContain("You are registered.");

    // A day before: the reminder job marks the event and the outbox mails her, once.
    w.clock.current = "2026-12-02T16:00:00.000Z";
    expect(await remindUpcomingOnlineEvents(w.deps)).toBe(1);
    await mailer().drain();
    expect(await remindUpcomingOnlineEvents(w.deps)).toBe(0);
    await mailer().drain();
    const mails = smtp.to("giulia.rossi@example.org");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain("Reminder: “Coding in primary school” starts within a day.");
    expect(mails[0]?.text).toContain(`${app.tool.url}/app/events/${event.id}`);
    expect(mails[0]?.header("List-Unsubscribe")).toContain("/email/unsubscribe/");

    // After the start the organiser ticks her as attending.
    w.clock.current = "2026-12-03T17:30:00.000Z";
    const recorded = await asStaff.post(`/app/events/${event.id}/attendance`, { attended: giulia.id });
    expect(recorded.status).toBe(303);

    await teacher.goto(`${app.tool.url}/app/events/${event.id}`);
    const [download] = await Promise.all([
      teacher.page.waitForEvent("download"),
      teacher.page.getByRole("button", { name: "Certificate of attendance: download the PDF" }).click(),
    ]);
    const { text } = await extractText(new Uint8Array(readFileSync(await download.path())), {
      mergePages: true,
    });
    expect(text).toContain("Giulia Rossi");
    expect(text).toContain("Coding in primary school");
    const url = /https?:\/\/\S+\/verify\/[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(url).toBeDefined();
    await teacher.close();

    const reader = await Visitor.open(browser, { locale: "en", tool: app.tool.url });
    await reader.goto(url!);
    const main = await textOf(reader.page.locator("main"));
    expect(main).toContain("This certificate is genuine.");
    expect(main).toContain("Certificate of attendance");
    expect(main).toContain("Giulia Rossi");
    expect(main).toMatch(/Event\s*Coding in primary school/);
    await reader.close();
  });
});
