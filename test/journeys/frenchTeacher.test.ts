import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptContact,
  createGroup,
  createProject,
  postIdea,
  decideApproval,
  sendMessage,
  type Teacher,
} from "../../core/index.ts";
import { launchChromium, textOf, Visitor } from "../support/browser.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { mailerFor, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";
import { englishIn, englishTexts } from "./language.ts";

/**
 * Issue 16 (6): Claire teaches in Lyon and her LMS speaks French. Launched from it, she goes
 * through the whole community in Chromium: profile, partner search, contacts, messages, the
 * ideas board, groups, a project with its TwinSpace pages, notifications, and her e-mails.
 * Every page must say it is French (`<html lang="fr">`) and show no English text of the
 * catalogues (test/journeys/language.ts); a leak is a bug to fix, never to allow.
 */
describe("the French teacher's whole journey, in French", () => {
  let w: World;
  let tool: RunningTool;
  let platform: Platform;
  let smtp: SmtpReceiver;
  let browser: Browser;
  let giulia: Teacher;
  const english = englishTexts("fr");
  const claireUser = { id: "moodle-claire", name: "Claire Martin", email: "claire.martin@lyon.example" };

  beforeAll(async () => {
    w = await World.create("sqlite");
    tool = await startTool({ world: w, emailEnabled: true, cookies: "secure" });
    platform = await startPlatform();
    smtp = new SmtpReceiver();
    await smtp.start();
    browser = await launchChromium();
    await platform.register(await tool.registrationUrl(), {
      schoolName: "Collège Jean Moulin",
      country: "FR",
    });
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"), {
      subjects: ["science"],
      languages: ["fr", "it"],
      pupilAgeMin: 12,
      pupilAgeMax: 14,
      interests: "Météo et climat",
      lookingForPartners: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await smtp?.stop();
    await tool?.stop();
    await w?.destroy();
  });

  it("speaks French on every page and in every e-mail", async () => {
    const claire = await Visitor.open(browser, {
      locale: "fr-FR",
      tool: tool.url,
      untranslated: english,
      lang: "fr",
    });
    const page = claire.page;
    const main = () => textOf(page.locator("main"));
    await claire.launch(
      platform.launchUrl({ user: claireUser, roles: [ROLES.instructor], locale: "fr-FR" }),
      "/app",
    );
    expect(await main()).toContain("Tableau de bord");
    const nav = page.getByRole("navigation", { name: "Navigation principale" });

    // Profile: what she teaches, and e-mails about contacts once a day.
    await claire.follow(nav.getByRole("link", { name: "Profil" }));
    await page.getByLabel("Centres d'intérêt").fill("Climat, robots");
    await claire.follow(page.getByRole("button", { name: "Enregistrer mon profil" }));
    await claire.screenshot("journey-profile");

    // Partner search: she finds Giulia and asks her to become a contact.
    await claire.follow(nav.getByRole("link", { name: "Trouver des partenaires" }));
    await page.getByLabel("Mots").fill("climat");
    await claire.follow(page.getByRole("button", { name: "Rechercher" }));
    expect(await main()).toContain("Giulia Rossi");
    await page.locator("summary", { hasText: "Message joint à votre demande" }).click();
    await page.getByRole("textbox", { name: "Message joint à votre demande (facultatif)" }).fill("Bonjour !");
    await claire.follow(page.getByRole("button", { name: "Ajouter comme contact" }).first());
    // Asking twice (a form sent again) is refused with the reason, in French.
    await claire.forge("/app/contacts/request", { teacherId: giulia.id, back: "/app/search" });
    expect(await main()).toContain("une demande entre vous attend une réponse");

    const request = await w.store.knex("contacts").where({ addressee_id: giulia.id }).first();
    await acceptContact(w.deps, w.actor(giulia), request.id);
    const claireId: string = request.requester_id;

    // Contacts and messages: she writes to Giulia, who answers.
    await claire.follow(nav.getByRole("link", { name: "Contacts" }));
    expect(await main()).toContain("Giulia Rossi");
    await claire.follow(page.getByRole("link", { name: "Écrire à Giulia Rossi" }));
    await page.getByLabel("Votre message").fill("Bonjour Giulia, on commence lundi ?");
    await claire.follow(page.getByRole("button", { name: "Envoyer" }));
    expect(await page.getByRole("status").innerText()).toContain("Message envoyé.");
    await sendMessage(w.deps, w.actor(giulia), claireId, "Sì, lunedì va bene!");
    await claire.follow(nav.getByRole("link", { name: "Messages" }));
    await claire.follow(page.getByRole("link", { name: /Giulia Rossi/ }).first());
    expect(await main()).toContain("Sì, lunedì va bene!");

    // The ideas board: she posts an idea.
    await claire.follow(nav.getByRole("link", { name: "Tableau de recherche de partenaires" }));
    await claire.follow(page.getByRole("link", { name: "Publier une idée" }));
    await page.getByLabel("Titre").fill("Des robots qui mesurent le climat");
    await page.getByLabel("Ce que vous aimeriez faire").fill("Les élèves construisent des stations météo.");
    await page.getByRole("group", { name: "Matières" }).getByLabel("Sciences", { exact: true }).check();
    await claire.follow(page.getByRole("button", { name: "Publier une idée" }));
    expect(await page.getByRole("status").innerText()).toContain("sur le tableau pour 90 jours");

    // Giulia's idea: Claire reads it on the board.
    await postIdea(w.deps, w.actor(giulia), {
      title: "Météo partagée",
      summary: "Nos élèves comparent la météo de Pise et de Lyon.",
      subjects: ["science"],
      languages: ["fr"],
      pupilAgeMin: 12,
      pupilAgeMax: 14,
      partnerScope: "abroad",
    });
    await claire.follow(nav.getByRole("link", { name: "Tableau de recherche de partenaires" }));
    await claire.follow(page.getByRole("link", { name: "Météo partagée" }));
    expect(await main()).toContain("Fonder un projet à partir de cette idée");

    // Groups: she finds one and joins it.
    await createGroup(w.deps, w.actor(await w.centralAdmin()), {
      name: "Climat à l'école",
      description: "Des mesures météo partagées entre classes.",
      access: "open",
      moderatorId: giulia.id,
    });
    await claire.follow(nav.getByRole("link", { name: "Groupes" }));
    await page.getByLabel("Nom ou thème").fill("climat");
    await claire.follow(page.getByRole("button", { name: "Rechercher" }));
    await claire.follow(page.getByRole("link", { name: "Climat à l'école" }));
    await claire.follow(page.getByRole("button", { name: "Rejoindre le groupe" }));
    expect(await main()).toContain("Quitter le groupe");

    // Giulia founds a project with her; Claire accepts from the dashboard; both units approve.
    const proposed = await createProject(w.deps, w.actor(giulia), {
      form: w.form({
        title: "Nos rivières, notre avenir",
        summary: "Les élèves comparent les rivières de leurs villes.",
        description: "Des prélèvements d'eau, des cartes et un livre numérique commun.",
        objectives: "Comprendre ensemble la vie des rivières.",
        curricularIntegration: "Sciences et géographie, 2 heures par semaine.",
        workProcess: "Des tâches mensuelles en équipes mixtes.",
        milestones: [{ title: "Présentations", dueDate: "2026-12-15" }],
        ictTools: "Le chat et le forum du TwinSpace.",
        expectedResults: "Un livre numérique.",
        safetyRules: "Prénoms seulement ; pas de visages sur les photos.",
      }),
      cofounderId: claireId,
      submit: true,
    });
    await claire.follow(nav.getByRole("link", { name: "Tableau de bord" }));
    await claire.follow(page.getByRole("link", { name: "Nos rivières, notre avenir" }).first());
    await claire.follow(page.getByRole("button", { name: "Accepter et cofonder" }));
    for (const country of ["IT", "FR"])
      await decideApproval(w.deps, w.actor(await w.moderator(country)), proposed.id, country, {
        approve: true,
      });

    // The project and its TwinSpace pages: she adds one.
    await claire.follow(nav.getByRole("link", { name: "Tableau de bord" }));
    await claire.follow(page.getByRole("link", { name: "Nos rivières, notre avenir" }).first());
    await claire.screenshot("journey-project");
    await claire.follow(page.getByRole("link", { name: /^Ressources/ }));
    await claire.goto(`${tool.url}/app/messages/project/${proposed.id}`);
    await claire.goto(`${tool.url}/app/projects/${proposed.id}/pages`);
    await page.getByLabel("Titre").fill("Notre rivière");
    await page.getByLabel("Texte", { exact: true }).fill("<p>L'eau du Rhône en octobre.</p>");
    await claire.follow(page.getByRole("button", { name: "Ajouter la page" }));
    expect(await page.locator("article").innerText()).toContain("L'eau du Rhône en octobre.");

    // Founding her own project, proposing a group, her Matrix account.
    await claire.follow(nav.getByRole("link", { name: "Fonder un projet" }));
    await claire.follow(nav.getByRole("link", { name: "Groupes" }));
    await claire.follow(page.getByRole("link", { name: "Proposer un groupe" }));
    await claire.follow(nav.getByRole("link", { name: "Compte Matrix" }));

    // Notifications.
    await claire.follow(nav.getByRole("link", { name: /^Notifications/ }));
    await claire.screenshot("journey-notifications");

    // Her e-mails: French, both parts, no English.
    await mailerFor(w, smtp, tool).drain();
    const mails = smtp.to(claireUser.email);
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      expect(mail.html).toContain('lang="fr"');
      // Sentences put together as French writes them: a space before the colon.
      expect(mail.subject).toMatch(/^OpenTwinning : /);
      expect(mail.text).toContain("Ne plus recevoir ces e-mails : http");
      expect(englishIn(`${mail.subject}\n${mail.text}`, english)).toEqual([]);
    }
    // Giulia's message e-mail leads to the conversation.
    const message = mails.find((mail) => mail.subject.includes("Giulia Rossi vous a envoyé un message"));
    await claire.goto(/https?:\/\/\S+\/app\/messages\/with\/[\w-]+/.exec(message?.text ?? "")?.[0] ?? "");
    expect(await main()).toContain("Sì, lunedì va bene!");
    // The unsubscribe page her e-mails link to, opened without a session.
    const stranger = await Visitor.open(browser, {
      locale: "en",
      tool: tool.url,
      untranslated: english,
      lang: "fr",
    });
    const unsubscribe = /<([^>]+)>/.exec(mails[0]?.header("List-Unsubscribe") ?? "")?.[1] ?? "";
    await stranger.goto(unsubscribe);
    await stranger.follow(stranger.page.getByRole("button"));
    expect(await textOf(stranger.page.locator("main"))).toContain("Demandes de contact");
  });
});
