import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  addPupilsToProject,
  createPage,
  postIdea,
  registerPupils,
  replyToIdea,
  requestContact,
  savePage,
  setModerator,
  type Teacher,
} from "../../core/index.ts";
import { EMAIL_CONSUMER, type EmailNotifications } from "../../lti-tool/email/emailNotifications.ts";
import { type Client, startPages } from "../pages/client.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { expectNotLogged } from "../support/logCapture.ts";
import { mailerFor, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";

const HOUR = 3_600_000;

describe.each(DATABASE_KINDS)("e-mail notifications through a real SMTP server on %s", (kind) => {
  let w: World;
  let smtp: SmtpReceiver;
  let app: Awaited<ReturnType<typeof startPages>>;
  let mailer: EmailNotifications;
  let ada: Teacher; // English
  let marie: Teacher; // reads Italian
  let lise: Teacher;
  let grace: Teacher;
  let enzo: Teacher;
  let asLise: Client;

  const address = (teacher: Teacher) => teacher.email;
  /** A moment relative to the world's clock, which dates the events. */
  const later = (ms: number) => new Date(Date.parse(w.clock.now()) + ms);
  const cursor = async () =>
    Number(
      (await w.store.knex("consumer_cursors").where({ consumer: EMAIL_CONSUMER }).first("position"))
        ?.position,
    );

  beforeAll(async () => {
    w = await World.create(kind);
    smtp = new SmtpReceiver();
    await smtp.start();
    const volta = await w.school("Liceo Volta", "IT", "Como");
    ada = await w.teacher("Ada Lovelace", volta);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    lise = await w.teacher("Lise Meitner", await w.school("Gymnasium Wien", "AT"));
    grace = await w.teacher("Grace Hopper", await w.school("Liceo Fermi", "IT", "Roma"));
    enzo = await w.teacher("Enzo Ferrari", volta);
    await w.store.knex("accounts").where({ id: marie.id }).update({ locale: "it" });
    app = await startPages(w, { emailEnabled: true });
    mailer = mailerFor(w, smtp, app.tool);
    asLise = await app.as(lise);
  });
  afterAll(async () => {
    await app?.tool.stop();
    await smtp?.stop();
    await w?.destroy();
  });

  it("mails a contact request at once, in the recipient's language, with both parts and a one-click unsubscribe", async () => {
    await requestContact(w.deps, w.actor(ada), marie.id);
    await mailer.drain();
    const [mail, ...more] = smtp.to(address(marie));
    expect(more).toHaveLength(0);
    expect(mail?.subject).toContain("Ada Lovelace vorrebbe diventare tuo contatto");
    expect(mail?.text).toContain(`${app.tool.url}/app/contacts`);
    expect(mail?.html).toContain('lang="it"');
    expect(mail?.html).toContain("Non ricevere più queste e-mail");
    expect(mail?.header("List-Unsubscribe")).toMatch(
      new RegExp(`^<${app.tool.url}/email/unsubscribe/[\\w.-]+>$`),
    );
    expect(mail?.header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    // The one who asked is not told about their own request.
    expect(smtp.to(address(ada))).toHaveLength(0);
  });

  it("retries after the SMTP server fails, without moving past the unsent e-mail, and never mails twice", async () => {
    await requestContact(w.deps, w.actor(lise), ada.id);
    const before = await cursor();
    smtp.failNext(1);
    await expect(mailer.drain()).rejects.toThrow();
    expect(await cursor()).toBe(before);
    expect(smtp.to(address(ada))).toHaveLength(0);
    await mailer.drain();
    expect(smtp.to(address(ada))).toHaveLength(1);
    // Handling the whole log again (at least once) sends nothing more.
    await w.store.knex("consumer_cursors").where({ consumer: EMAIL_CONSUMER }).update({ position: 0 });
    await mailer.drain();
    expect(smtp.to(address(ada))).toHaveLength(1);
    expect(smtp.to(address(marie))).toHaveLength(1);
  });

  it("collects news for the daily digest and sends it once, a day after the oldest", async () => {
    const admin = await w.centralAdmin();
    await setModerator(w.deps, w.actor(admin), grace.id, "IT", true);
    await mailer.drain();
    expect(smtp.to(address(grace))).toHaveLength(0);
    expect(await mailer.sendDigests(later(HOUR))).toBe(0);
    expect(await mailer.sendDigests(later(25 * HOUR))).toBe(1);
    expect(await mailer.sendDigests(later(26 * HOUR))).toBe(0);
    const [digest, ...more] = smtp.to(address(grace));
    expect(more).toHaveLength(0);
    expect(digest?.subject).toBe("OpenTwinning: 1 notification today");
    expect(digest?.text).toContain("You are now a moderator of the national unit of Italy.");
    expect(digest?.header("List-Unsubscribe")).toContain("/email/unsubscribe/");
  });

  it("unsubscribes in one click without a session, and refuses a forged link", async () => {
    const link = /<([^>]+)>/.exec(smtp.to(address(marie))[0]?.header("List-Unsubscribe") ?? "")?.[1] ?? "";
    const forged = `${link.slice(0, -2)}${link.endsWith("AA") ? "BB" : "AA"}`;
    const refused = await fetch(forged, { headers: { "accept-language": "en" } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("The unsubscribe link is incomplete or was changed");
    const forgedPost = await fetch(forged, {
      method: "POST",
      body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
    });
    expect(forgedPost.status).toBe(403);
    expect(await w.store.knex("email_preferences").where({ account_id: marie.id })).toHaveLength(0);

    const confirm = await fetch(link);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain("Non ricevere più e-mail su «Richieste di contatto»?");
    // What a mail client sends for RFC 8058: a POST with no cookie and no Origin.
    const done = await fetch(link, {
      method: "POST",
      body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Fatto: non ricevi più e-mail su «Richieste di contatto».");

    await requestContact(w.deps, w.actor(grace), marie.id);
    await mailer.drain();
    expect(smtp.to(address(marie))).toHaveLength(1);
    // The link works for whoever holds it: it never reaches a log line.
    expectNotLogged({ "unsubscribe token": link.split("/").pop() ?? "" });
  });

  it("follows the choices a person makes on the profile page", async () => {
    const profile = await asLise.get("/app/profile");
    expect(profile.html).toContain("E-mail notifications");
    expect(profile.html).toMatch(/name="contacts"[^]*?value="immediate"\s+selected/);

    const bad = await asLise.post("/app/profile/email", { contacts: "hourly", invitations: "never" });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain("Choose “At once”, “Daily digest” or “Never” for every kind of notification");
    expect(await w.store.knex("email_preferences").where({ account_id: lise.id })).toHaveLength(0);

    const saved = await asLise.post("/app/profile/email", {
      contacts: "digest",
      messages: "never",
      invitations: "never",
      decisions: "immediate",
      projects: "never",
      roles: "never",
      events: "never",
      school: "never",
    });
    expect(saved.status).toBe(303);
    expect((await asLise.get("/app/profile?done=email_saved")).html).toContain(
      "Your e-mail choices are saved.",
    );

    await requestContact(w.deps, w.actor(enzo), lise.id);
    await mailer.drain();
    expect(smtp.to(address(lise))).toHaveLength(0);
    expect(await mailer.sendDigests(later(25 * HOUR))).toBe(1);
    const [digest] = smtp.to(address(lise));
    expect(digest?.text).toContain("Enzo Ferrari would like to become your contact.");
  });

  it("keeps sending in the background, waiting longer while the SMTP server refuses", async () => {
    const worker = mailer.start();
    try {
      smtp.failNext(2);
      await requestContact(w.deps, w.actor(enzo), grace.id);
      const fromEnzo = () => smtp.to(address(grace)).filter((mail) => mail.subject.includes("Enzo Ferrari"));
      await vi.waitFor(() => expect(fromEnzo()).toHaveLength(1), { timeout: 10_000, interval: 50 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fromEnzo()).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });

  it("stops mailing an address its server refuses for good, without holding up anyone else, until it changes", async () => {
    const carl = await w.teacher("Carl Sagan", await w.school("Gymnasium Graz", "AT"));
    const nora = await w.teacher("Nora Vega", await w.school("Colegio Sol", "ES", "Sevilla"));
    smtp.refuse(address(carl));
    await requestContact(w.deps, w.actor(nora), carl.id);
    await requestContact(w.deps, w.actor(carl), ada.id);
    const before = smtp.to(address(ada)).length;
    await mailer.drain();
    // The refusal is not retried, and the e-mail behind it went out.
    expect(smtp.to(address(ada))).toHaveLength(before + 1);
    expect(smtp.refusedAttempts).toBe(1);
    const page = await (await app.as(carl)).get("/app/profile");
    expect(page.html).toContain(`Your mail server refused our e-mails to ${address(carl)}`);

    await requestContact(w.deps, w.actor(grace), carl.id);
    await mailer.drain();
    expect(smtp.refusedAttempts).toBe(1);

    // The LMS sends a new address at the next launch: e-mail starts again.
    await w.store.knex("accounts").where({ id: carl.id }).update({ email: "carl.sagan@graz.example" });
    await requestContact(w.deps, w.actor(lise), carl.id);
    await mailer.drain();
    expect(smtp.to("carl.sagan@graz.example")).toHaveLength(1);
    expect((await (await app.as(carl)).get("/app/profile")).html).not.toContain("refused our e-mails");
  });

  it("tells an idea's author of each reply in one e-mail linking the idea, also from a contact", async () => {
    const rosa = await w.teacher("Rosa Luxe", await w.school("Liceo Dante", "IT", "Firenze"));
    const omar = await w.teacher("Omar Said", await w.school("Lycée Rimbaud", "FR", "Nice"));
    const ines = await w.teacher("Ines Ruiz", await w.school("Colegio Luna", "ES", "Cádiz"));
    await w.contacts(ines, rosa);
    const idea = await postIdea(w.deps, w.actor(rosa), {
      title: "Poems across borders",
      summary: "Pupils write poems together.",
      subjects: [],
      languages: [],
      pupilAgeMin: 12,
      pupilAgeMax: 14,
      partnerScope: "any",
      startMonth: "",
    });
    await mailer.drain();
    const before = smtp.to(address(rosa)).length;
    // A stranger's reply also asks for contact: one e-mail, about the reply.
    await replyToIdea(w.deps, w.actor(omar), idea.id);
    // A contact's reply asks for nothing more: without this e-mail the author would not know.
    await replyToIdea(w.deps, w.actor(ines), idea.id);
    await mailer.drain();
    const replies = smtp.to(address(rosa)).slice(before);
    expect(replies.map((mail) => mail.subject)).toEqual([
      "OpenTwinning: Omar Said replied to your idea on the partner-finding board.",
      "OpenTwinning: Ines Ruiz replied to your idea on the partner-finding board.",
    ]);
    for (const mail of replies) expect(mail.text).toContain(`${app.tool.url}/app/ideas/${idea.id}`);
  });

  it("asks the founders by e-mail to decide a pupil's proposed change, without naming the pupil", async () => {
    const paola = await w.teacher("Paola Neri", await w.school("Liceo Manzoni", "IT", "Milano"));
    const jean = await w.teacher("Jean Valjean", await w.school("Lycée Hugo", "FR", "Paris"));
    const project = await w.activeProject(paola, jean);
    const { registered } = await registerPupils(w.deps, w.actor(paola), [{ displayName: "Luca Bianchi" }]);
    const pupilId = registered[0]!.id;
    await addPupilsToProject(w.deps, w.actor(paola), project.id, [pupilId]);
    const page = await createPage(w.deps, w.actor(paola), project.id, {
      title: "Our river",
      body: "<p>Clean water.</p>",
      partnersMayEdit: false,
      pupilsMayPropose: true,
    });
    await mailer.drain();
    const before = smtp.to(address(paola)).length;
    await savePage(w.deps, { pupilId }, project.id, page.id, {
      title: "Our river",
      body: "<p>Clean water and fish.</p>",
      basedOn: 1,
    });
    await mailer.drain();
    const [asked, ...more] = smtp.to(address(paola)).slice(before);
    expect(more).toEqual([]);
    expect(asked?.subject).toContain("A pupil proposed a change to a TwinSpace page");
    expect(asked?.text).toContain(`${app.tool.url}/app/projects/${project.id}`);
    expect(`${asked?.text}${asked?.html}`).not.toContain("Luca");
  });

  it("says on the profile page when this server sends no e-mail", async () => {
    const off = await startPages(w);
    try {
      const page = await (await off.as(lise)).get("/app/profile");
      expect(page.html).toContain("This server sends no e-mail");
      expect(page.html).not.toContain('action="/app/profile/email"');
    } finally {
      await off.tool.stop();
    }
  });
});
