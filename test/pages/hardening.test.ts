import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Teacher } from "../../core/index.ts";
import { escapeHtml, userText } from "../../lti-tool/web/html.ts";
import { launchChromium } from "../support/browser.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const RLO = "\u202e"; // RIGHT-TO-LEFT OVERRIDE: "Ada\u202eecilA" would show as "AdaAlice"

/**
 * The pages' answers to hostile or broken input, through real forms on both databases:
 * control characters refused by name, refused forms answered 422 with what was typed,
 * changes from another origin refused, names and titles isolated from the text around them.
 */
describe.each(DATABASE_KINDS)("pages' input hardening on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher;
  let marie: Teacher;
  let asAda: Client;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"), {
      subjects: ["science"],
      bio: "Physics teacher.",
    });
    marie = await w.teacher(`Marie ${RLO}eiruC`, await w.school(`Lycée ${RLO}eiruC`, "FR", "Paris"));
    asAda = await app.as(ada);
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  const bioOf = async () => (await w.store.read().teachers.get(ada.id))?.profile.bio;
  const count = async (table: string) => Number((await w.store.knex(table).count({ n: "*" }))[0]?.n ?? 0);

  it("refuses a NUL byte in a text with a 422 naming the field, keeps the form, and stores nothing", async () => {
    const refused = await asAda.post("/app/profile", { subjects: "science", bio: "Half\u0000hidden" });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain("“About me” contains an invisible control character");
    expect(refused.html).toContain(">Half\u0000hidden</textarea>");
    expect(await bioOf()).toBe("Physics teacher.");

    const italian = await app.as(ada, { locale: "it" });
    const rifiutato = await italian.post("/app/profile", { subjects: "science", bio: "Bell\u0007" });
    expect(rifiutato.status).toBe(422);
    expect(rifiutato.html).toContain("«Su di me» contiene un carattere di controllo invisibile");
  });

  it("accepts line breaks and tabs where a text has several lines, and refuses them in one-line fields", async () => {
    const saved = await asAda.post("/app/profile", { subjects: "science", bio: "Line one\r\n\tLine two" });
    expect(saved.status).toBe(303);
    expect(await bioOf()).toBe("Line one\r\n\tLine two");

    const projects = await count("projects");
    const refused = await asAda.post("/app/projects/new", {
      title: "Rivers\u001b[2J",
      summary: "Kept summary",
    });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain("“Title” contains an invisible control character");
    expect(refused.html).toContain("Kept summary");
    expect(await count("projects")).toBe(projects);
  });

  it("answers a refused form with 422, the form, the values typed and the error", async () => {
    const refused = await asAda.post("/app/profile", { subjects: "alchemy", bio: "Still here" });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('role="alert"');
    expect(refused.html).toContain("“alchemy” is not a subject we know");
    expect(refused.html).toMatch(/<textarea[^>]*name="bio"[^>]*>Still here<\/textarea>/);
  });

  it("refuses a change posted from another origin, or without one, even with the session's CSRF token", async () => {
    const before = await bioOf();
    for (const headers of [{ origin: "https://attacker.example" }, { origin: "null" }, { origin: "" }]) {
      const forged = await asAda.post("/app/profile", { subjects: "science", bio: "Forged" }, headers);
      expect(forged.status).toBe(403);
      expect(forged.html).toContain("This form was not sent from OpenTwinning");
    }
    expect(await bioOf()).toBe(before);
    // A browser says where a post comes from in Sec-Fetch-Site; under our no-referrer policy it
    // sends `Origin: null` even from our own pages, and Sec-Fetch-Site decides.
    const crossSite = await asAda.post(
      "/app/profile",
      { subjects: "science", bio: "Forged" },
      { origin: app.tool.url, "sec-fetch-site": "cross-site" },
    );
    expect(crossSite.status).toBe(403);
    expect(await bioOf()).toBe(before);
    const fromOurPage = await asAda.post(
      "/app/profile",
      { subjects: "science", bio: "From our page" },
      { origin: "null", "sec-fetch-site": "same-origin" },
    );
    expect(fromOurPage.status).toBe(303);
    expect(await bioOf()).toBe("From our page");
  });

  it("isolates names and school names so that a right-to-left override cannot reorder the page", async () => {
    await w.teacher("سارة Haddad", await w.school("Lycée Averroès", "FR", "Lyon"));
    const found = await asAda.get("/app/search?country=FR");
    expect(found.status).toBe(200);
    expect(found.html).toContain(`<h3>\u2068Marie ${RLO}eiruC\u2069</h3>`);
    // Right-to-left letters take their own direction too; text with neither stays as it is.
    expect(found.html).toContain(`<h3>\u2068سارة Haddad\u2069</h3>`);
    expect(found.html).toContain("Lycée Averroès, Lyon · France");
    expect(found.html).toContain(escapeHtml(userText(`Lycée ${RLO}eiruC`)));
    // Every override in the page is closed by the isolate around the text that brought it.
    for (const [, inside] of found.html.matchAll(/\u2068([^\u2069]*)\u2069/g))
      expect(inside).not.toContain("\u2068");
    const outside = found.html.replace(/\u2068[^\u2069]*\u2069/g, "");
    expect(outside).not.toContain(RLO);
  });

  it("isolates project titles in the pages and in translated sentences", async () => {
    const project = await w.activeProject(ada, marie, w.form({ title: `Rivers ${RLO}sekal` }));
    const page = await asAda.get(`/app/projects/${project.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`<h1>\u2068Rivers ${RLO}sekal\u2069</h1>`);
    expect(page.html.replace(/\u2068[^\u2069]*\u2069/g, "")).not.toContain(RLO);
  });
});

describe("a real browser's form posts pass the same-origin check", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await app.tool.stop();
    await w.destroy();
  });

  it("saves the profile form Chromium submits from the tool's own page", async () => {
    const ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT"), {
      subjects: ["science"],
    });
    const [name, value] = (await app.as(ada)).cookie.split("=") as [string, string];
    const context = await browser.newContext();
    await context.addCookies([{ name, value, url: app.tool.url }]);
    const page = await context.newPage();
    await page.goto(`${app.tool.url}/app/profile`);
    await page.getByLabel("About me").fill("Sent by the browser");
    await page.getByRole("button", { name: "Save my profile" }).click();
    await page.waitForLoadState();
    // Refused, the page would say "This form was not sent from OpenTwinning" (Origin: null).
    expect(await page.locator("h1").textContent()).not.toContain("not sent from OpenTwinning");
    expect(page.url()).toContain("done=profile_saved");
    expect((await w.store.read().teachers.get(ada.id))?.profile.bio).toBe("Sent by the browser");
    await context.close();
  });
});
