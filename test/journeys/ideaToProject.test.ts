import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestContact, type Teacher } from "../../core/index.ts";
import { EMAIL_CONSUMER, type EmailNotifications } from "../../lti-tool/email/emailNotifications.ts";
import { inBrowser, startPages } from "../pages/client.ts";
import { launchChromium, textOf, Visitor } from "../support/browser.ts";
import { mailerFor, type ReceivedMail, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";
import { englishIn, englishTexts } from "./language.ts";

/**
 * Issue 16 (1, 3) end to end, with the e-mails: Giulia (Italian, e-mails at once) posts an
 * idea; Claire (French, a daily digest of everything) finds it with the board's filters and
 * replies, which asks Giulia to become her contact; Giulia follows her e-mail to the idea and
 * accepts; Claire founds the project
 * from the idea with the form filled in, and Giulia accepts to co-found it. What arrived at the
 * real SMTP server: Giulia's e-mails at once in Italian, Claire's in one French digest when the
 * day is over, every one with both parts and a one-click unsubscribe link that works in a
 * browser without a session, and nothing twice.
 */
describe("from an idea to a project, with the e-mails", () => {
  let w: World;
  let smtp: SmtpReceiver;
  let app: Awaited<ReturnType<typeof startPages>>;
  let mailer: EmailNotifications;
  let browser: Browser;
  let giulia: Teacher;
  let claire: Teacher;

  const HOUR = 3_600_000;
  /** A moment after the world's clock, which dates the events. */
  const later = (ms: number) => new Date(Date.parse(w.clock.now()) + ms);
  const unsubscribeLink = (mail: ReceivedMail | undefined) =>
    /<([^>]+)>/.exec(mail?.header("List-Unsubscribe") ?? "")?.[1] ?? "";

  beforeAll(async () => {
    w = await World.create("sqlite");
    smtp = new SmtpReceiver();
    await smtp.start();
    app = await startPages(w, { emailEnabled: true });
    mailer = mailerFor(w, smtp, app.tool);
    browser = await launchChromium();
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"), undefined, "it");
    claire = await w.teacher(
      "Claire Martin",
      await w.school("Collège Jean Moulin", "FR", "Lyon"),
      undefined,
      "fr",
    );
  });
  afterAll(async () => {
    await browser?.close();
    await app?.tool.stop();
    await smtp?.stop();
    await w?.destroy();
  });

  it("goes from an idea to a project; each reads the e-mails in their language, Claire's in one digest", async () => {
    const asGiulia = await inBrowser(browser, await app.as(giulia, { locale: "it" }), "it", {
      lang: "it",
      untranslated: englishTexts("it"),
    });
    const asClaire = await inBrowser(browser, await app.as(claire, { locale: "fr" }), "fr", {
      lang: "fr",
      untranslated: englishTexts("fr"),
    });
    const g = asGiulia.page;
    const c = asClaire.page;

    // Claire wants one e-mail a day at most: a daily digest for every kind.
    await asClaire.goto(`${app.tool.url}/app/profile`);
    const choices = c.locator('form[action="/app/profile/email"] select');
    for (const choice of await choices.all()) await choice.selectOption({ label: "Récapitulatif quotidien" });
    await asClaire.follow(c.locator('form[action="/app/profile/email"]').getByRole("button"));
    expect(await c.getByRole("status").innerText()).toContain("enregistr");

    // Giulia posts an idea.
    await asGiulia.goto(`${app.tool.url}/app/ideas/new`);
    await g.getByLabel("Titolo").fill("Robot che misurano il clima");
    await g.getByLabel("Che cosa vorresti fare").fill("Gli alunni costruiscono stazioni meteo.");
    await g.getByRole("group", { name: "Materie" }).getByLabel("Informatica / TIC").check();
    await g.getByRole("group", { name: "Lingue" }).getByLabel("Francese").check();
    await g.getByLabel("Età degli alunni da").fill("12");
    await g.getByLabel("Età degli alunni a").fill("14");
    await g.getByLabel("Partner cercato").selectOption({ label: "Una scuola di un altro paese" });
    await asGiulia.follow(g.getByRole("button", { name: "Pubblica un'idea" }));
    await expect.poll(() => g.getByRole("status").innerText()).toContain("in bacheca per 90 giorni");

    // Claire finds it with the board's filters (an idea of another subject stays out) and replies.
    await asClaire.goto(`${app.tool.url}/app/ideas`);
    await c.getByLabel("Pays").selectOption({ label: "Italie" });
    await c.getByLabel("Matière").selectOption({ label: "Informatique / TIC" });
    await c.getByLabel("Âge des élèves").fill("13");
    await c.getByLabel("Partenaire recherché").selectOption({ label: "Un établissement d'un autre pays" });
    await asClaire.follow(c.getByRole("button", { name: "Rechercher" }));
    await asClaire.follow(c.getByRole("link", { name: "Robot che misurano il clima" }));
    await asClaire.follow(c.getByRole("button", { name: "Répondre : je suis intéressé" }));
    expect(await c.getByRole("status").innerText()).toContain("a reçu votre demande de contact");
    // A teacher replies once: the page says so instead of offering the reply again.
    expect(await textOf(c.locator("main"))).toContain("Vous avez répondu à cette idée le 22 novembre 2026");
    expect(await c.getByRole("button", { name: "Répondre : je suis intéressé" }).count()).toBe(0);

    // Giulia gets one e-mail at once, in Italian, about the reply (which carries the contact
    // request); its link leads to the idea, where she finds who replied and accepts.
    await mailer.drain();
    const [request, ...more] = smtp.to(giulia.email);
    expect(more).toEqual([]);
    expect(request?.subject).toBe(
      "OpenTwinning: Claire Martin ha risposto alla tua idea nella bacheca delle idee.",
    );
    expect(request?.html).toContain('lang="it"');
    expect(request?.html).toContain("Claire Martin ha risposto alla tua idea nella bacheca delle idee.");
    const ideaLink = /https?:\/\/\S+\/app\/ideas\/[\w-]+/.exec(request?.text ?? "")?.[0] ?? "";
    expect(ideaLink).not.toBe("");
    await asGiulia.goto(ideaLink);
    expect(await textOf(g.getByRole("region", { name: "Docenti che hanno risposto" }))).toContain(
      "Claire Martin",
    );
    await asGiulia.follow(g.getByRole("link", { name: "Rispondi alle loro richieste di contatto" }));
    await asGiulia.follow(g.getByRole("button", { name: /Accetta/ }).first());

    // Claire founds the project from the idea: the form comes filled in.
    await asClaire.page.reload();
    await asClaire.follow(c.getByRole("link", { name: "Fonder un projet à partir de cette idée" }));
    expect(await c.getByLabel(/^Titre/).inputValue()).toBe("Robot che misurano il clima");
    expect(
      await c.getByRole("group", { name: "Matières" }).getByLabel("Informatique / TIC").isChecked(),
    ).toBe(true);
    expect(await c.getByLabel("Âge des élèves de").inputValue()).toBe("12");
    expect(await c.getByRole("combobox", { name: /Cofondateur/ }).inputValue()).toBe(giulia.id);
    await c.getByLabel(/^Description/).fill("Des stations météo dans deux écoles.");
    await c.getByLabel("Objectifs communs").fill("Comprendre le climat ensemble.");
    await c
      .getByLabel("Intégration dans le programme")
      .fill("Sciences et technologie, 2 heures par semaine.");
    await c
      .getByLabel("Déroulement du travail et activités")
      .fill("Des tâches mensuelles en équipes mixtes.");
    await c.getByLabel(/^Étape 1/).fill("Présentations");
    await c.getByLabel("Date prévue de l'étape 1").fill("2027-01-15");
    await c.getByLabel("Outils numériques").fill("Le chat du TwinSpace.");
    await c.getByLabel("Résultats attendus").fill("Un livre numérique.");
    await c.getByLabel("Règles de sécurité et de confidentialité convenues").fill("Prénoms seulement.");
    await asClaire.follow(c.getByRole("button", { name: "Enregistrer et envoyer au cofondateur" }));

    // Giulia is asked at once, in Italian, and accepts to co-found it.
    await mailer.drain();
    const asked = smtp.to(giulia.email)[1];
    expect(asked?.subject).toContain("Robot che misurano il clima");
    const projectLink = /https?:\/\/\S+\/app\/projects\/[\w-]+/.exec(asked?.text ?? "")?.[0] ?? "";
    expect(projectLink).not.toBe("");
    await asGiulia.goto(projectLink);
    await asGiulia.follow(g.getByRole("button", { name: "Accetta e cofonda" }));
    await mailer.drain();

    // Claire's news waits for the digest: nothing during the day, one French e-mail after it.
    expect(smtp.to(claire.email)).toEqual([]);
    expect(await mailer.sendDigests(later(HOUR))).toBe(0);
    expect(smtp.to(claire.email)).toEqual([]);
    w.clock.advanceDays(1);
    expect(await mailer.sendDigests(later(HOUR))).toBe(1);
    const [digest, ...others] = smtp.to(claire.email);
    expect(others).toEqual([]);
    expect(digest?.subject).toBe("OpenTwinning : 2 notifications aujourd'hui");
    expect(digest?.text).toContain("Giulia Rossi a accepté votre demande de contact.");
    expect(digest?.text).toContain("Giulia Rossi cofonde « Robot che misurano il clima »");
    expect(digest?.html).toContain('lang="fr"');
    // French punctuation: a space before the colon.
    expect(digest?.text).toContain(`Ne plus recevoir ces e-mails : ${unsubscribeLink(digest)}`);
    expect(englishIn(`${digest?.subject}\n${digest?.text}`, englishTexts("fr"))).toEqual([]);
    for (const mail of smtp.to(giulia.email)) {
      expect(mail.html).toContain('lang="it"');
      expect(englishIn(`${mail.subject}\n${mail.text}`, englishTexts("it"))).toEqual([]);
    }

    // Handling the whole event log again (delivery is at least once) sends nothing twice.
    const sent = smtp.received.length;
    await w.store.knex("consumer_cursors").where({ consumer: EMAIL_CONSUMER }).update({ position: 0 });
    await mailer.drain();
    expect(await mailer.sendDigests(later(2 * HOUR))).toBe(0);
    expect(smtp.received).toHaveLength(sent);

    // Each unsubscribes in one click from a browser without a session, in their language.
    const stranger = await Visitor.open(browser, { locale: "en", tool: app.tool.url });
    await stranger.goto(unsubscribeLink(request));
    expect(await textOf(stranger.page.locator("main"))).toContain("Richieste di contatto");
    await stranger.follow(stranger.page.getByRole("button"));
    expect(await textOf(stranger.page.locator("main"))).toContain("Fatto");
    await stranger.goto(unsubscribeLink(digest));
    await stranger.follow(stranger.page.getByRole("button"));
    expect(await stranger.page.locator("html").getAttribute("lang")).toBe("fr");

    const hans = await w.teacher("Hans Gruber", await w.school("Gymnasium Wien", "AT", "Wien"));
    await requestContact(w.deps, w.actor(hans), giulia.id);
    await requestContact(w.deps, w.actor(hans), claire.id);
    await mailer.drain();
    w.clock.advanceDays(2);
    expect(await mailer.sendDigests(later(0))).toBe(0);
    expect(smtp.received).toHaveLength(sent);
  });
});
