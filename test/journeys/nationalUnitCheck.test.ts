import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Account, type School, verifySchool } from "../../core/index.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { inBrowser, startPages } from "../pages/client.ts";
import { launchChromium, textOf } from "../support/browser.ts";
import { awardNationalLabels } from "../support/labels.ts";
import { World } from "../support/world.ts";
import { englishTexts } from "./language.ts";

/**
 * Issue 15 walked as a French-speaking national unit's staff member and the central support
 * service would (findings of the check before the outside review): no catalogue key shown in
 * place of a sentence, a refused decision always says why, and figures read as the language
 * writes them.
 */
describe("a national unit's workspace, checked as its people meet it", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let galilei: School;
  let hugo: School;
  let staff: Account;

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
    browser = await launchChromium();
    galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    hugo = await w.school("Lycée Hugo", "FR", "Lyon");
    const giulia = await w.teacher("Giulia Rossi", galilei);
    const claire = await w.teacher("Claire Martin", hugo);
    const rivers = await w.activeProject(giulia, claire, w.form({ title: "Rivers of Europe" }));
    await awardNationalLabels(w, rivers, [giulia, claire]);
    staff = await w.staff("Marta Staffetta", "IT", "fr");
    const fake = await w.school("Liceo Galileo Galilei", "IT", "Nowhere");
    await verifySchool(w.deps, w.actor(staff), "IT", fake.id, {
      confirm: false,
      reason: "Not in the register.",
    });
  });
  afterAll(async () => {
    await browser.close();
    await app.tool.stop();
    await w.destroy();
  });

  it("shows the staff member's pages in French, with no catalogue key or English left", async () => {
    const marta = await inBrowser(browser, await app.as(staff, { roles: [], locale: "fr" }), "fr", {
      untranslated: englishTexts("fr"),
      lang: "fr",
    });
    const pages = [
      "/app",
      "/app/notifications",
      "/app/national-unit/IT/all-schools",
      "/app/national-unit/IT/teachers",
      "/app/national-unit/IT/schools",
    ];
    const texts = new Map<string, string>();
    for (const path of pages) {
      await marta.goto(`${app.tool.url}${path}`);
      texts.set(path, await textOf(marta.page.locator("main")));
    }
    for (const [path, text] of texts) {
      // A sentence whose key is missing shows as its key ("notification.grant_added.staff").
      expect(text.match(/\b[a-z]+(?:_[a-z]+)*(?:\.[a-z]+(?:_[a-z]+)*){1,3}\b/g) ?? [], path).toEqual([]);
    }
    // What waits for the unit's staff includes the schools to verify (Liceo Galilei).
    expect(texts.get("/app")).toContain("Nouveaux établissements à vérifier (Italie) : 1");
    // Her first launch made her staff: the notification says so in words.
    expect(texts.get("/app/notifications")).toContain(
      "Vous faites maintenant partie du personnel de l'unité nationale (Italie).",
    );
    // A rejected school stays in reach, to be confirmed if it proves real.
    expect(texts.get("/app/national-unit/IT/schools")).toContain(
      "Refusé le 22 novembre 2026. Motif : Not in the register.",
    );
    // French puts a space before a colon.
    expect(texts.get("/app/national-unit/IT/all-schools")).toContain("Label de qualité national : 1");
    await marta.close();
  });

  it("says why a decision on a school no longer in the queue was refused", async () => {
    const marta = await app.as(staff, { roles: [], locale: "fr" });
    // A stale page, a mistyped address: the school is not Italy's to decide.
    const refused = await marta.post(`/app/national-unit/IT/schools/${hugo.id}`, { decision: "confirm" });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain("Rien n&#39;a été enregistré");
    expect(refused.html).toContain(
      "Cet élément (établissement) n&#39;existe pas ou ne vous est pas visible.",
    );
    expect((await w.store.knex("school_verifications").where({ school_id: hugo.id })).length).toBe(0);
  });

  it("names an account without an email in the central admin's record of grants, without an empty <>", async () => {
    const central = await app.as(await w.centralAdmin(), { roles: [] });
    const page = await central.get("/app/admin");
    expect(page.html).toContain("Marta Staffetta");
    expect(page.html).not.toContain("Marta Staffetta &lt;&gt;");
    // What waits for the central support service: the project labelled in Italy and France.
    const dashboard = (await central.get("/app")).html;
    expect(dashboard).toContain("European Quality Label candidates to decide: 1");
    expect(dashboard).toContain('href="/app/european-labels"');
  });
  it("shows a decided Quality Label's assessment read-only, its total no longer provisional", async () => {
    const application = await w.store.knex("label_applications").where({ country: "IT" }).first();
    const unit = await app.as(await w.moderator("IT"), { roles: [] });
    const page = await unit.get(`/app/moderation/labels/${application.id}`);
    expect(page.status).toBe(200);
    // Fields without a button to save them would mislead: the scores read as text.
    expect(page.html).not.toContain('name="score_');
    expect(page.html).not.toContain('name="requirement_');
    const { criteria, requirements } = w.deps.criteria;
    const max = criteria.reduce((sum, c) => sum + c.scaleMax, 0);
    expect(page.html).toContain(`Score: ${criteria[0]?.scaleMax} of ${criteria[0]?.scaleMax}`);
    expect(page.html).toContain(`Total: ${max} of ${max}.`);
    expect(page.html).not.toContain("Total so far");
    expect(page.html.match(/: met\s*<\/li>/g)).toHaveLength(requirements.length);
  });
  it("exports CSV a spreadsheet opens as it is: UTF-8 marked, cells split as the reader's language expects", async () => {
    const download = async (locale: string) => {
      const client = await app.as(staff, { roles: [], locale });
      const response = await fetch(`${app.tool.url}/app/national-unit/IT/all-schools.csv`, {
        headers: { cookie: client.cookie },
      });
      expect(response.status).toBe(200);
      return new Uint8Array(await response.arrayBuffer());
    };
    const french = await download("fr");
    // The byte order mark that tells Excel the file is UTF-8 ("Vérification", not "VÃ©rification").
    expect([...french.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, galileiRow] = new TextDecoder().decode(french.slice(3)).trim().split("\n");
    // French Excel splits cells at ";" (a comma is the decimal mark).
    expect(header?.split(";")).toEqual([
      "Établissement",
      "Ville",
      "Vérification",
      "Enseignants",
      "Projets fondés",
      "Labels",
    ]);
    expect(galileiRow?.split(";").slice(0, 2)).toEqual(["Liceo Galilei", "Pisa"]);
    const english = new TextDecoder().decode((await download("en")).slice(3));
    expect(english.split("\n")[0]).toBe("School,Town,Verification,Teachers,Projects founded,Labels");
  });
  it("says how many schools wait to be verified when more than the listed ones do", async () => {
    const marta = await app.as(staff, { roles: [], locale: "en" });
    const before = await marta.get("/app/national-unit/IT/schools");
    expect(before.html).toContain("Schools waiting: 1."); // Liceo Galilei
    expect(before.html).not.toContain("registered first are listed");
    for (let i = 0; i < 100; i++) await w.school(`Scuola ${String(i).padStart(3, "0")}`, "IT", "Roma");
    const page = await marta.get("/app/national-unit/IT/schools");
    expect(page.html).toContain("Schools waiting: 101.");
    expect(page.html).toContain("The 100 registered first are listed; the next come up as you decide.");
    // 100 waiting cards, and the rejected school's button below them.
    expect(page.html.match(/value="confirm"/g)).toHaveLength(101);
  });
  it("offers the way back from a refused page, which has no menu inside the LMS's frame", async () => {
    const marta = await app.as(staff, { roles: [], locale: "fr" });
    const refused = await marta.get("/app/national-unit/FR/projects");
    expect(refused.status).toBe(403);
    expect(refused.html).toContain("Seule l&#39;unité nationale de ce pays (France) en décide.");
    expect(refused.html).toContain('<a href="/app">Revenir à mon tableau de bord</a>');
  });
  it("names each Quality Label alike on the pages, in refusals and on the certificate, in every language", () => {
    for (const locale of webMessages.locales) {
      const say = webMessages.translator(locale);
      for (const kind of ["national_quality", "european_quality"]) {
        const name = say.t(`label_kind.${kind}`);
        expect(say.t(`certificate.kind.${kind}_label`), `${locale} ${kind}`).toBe(name);
      }
      // Italian once called the label "Certificato di qualità" in some sentences, "Quality Label" in others.
      if (locale === "it") expect(say.t("thing.label_application")).toContain("Quality Label");
    }
  });
});
