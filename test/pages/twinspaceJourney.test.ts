import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPupilsToProject, type Project, registerPupils } from "../../core/index.ts";
import { launchChromium, Visitor } from "../support/browser.ts";
import { World } from "../support/world.ts";
import { type Client, inBrowser, startPages } from "./client.ts";

/**
 * The TwinSpace documentation in a real browser (every page audited by axe-core, WCAG 2.1 AA):
 * a teacher writes a page with the toolbar and a photo from the materials, a pupil proposes an
 * edit that a teacher approves, the founder publishes the page, and a visitor without a session
 * finds it in the gallery with the photo's GPS data gone.
 */
describe("the TwinSpace documentation journey in Chromium", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let dir: string;
  let project: Project;
  let asAda: Client;
  let asLuca: Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ot-journey-"));
    process.env.MATERIALS_DIR = join(dir, "materials");
    w = await World.create("sqlite");
    app = await startPages(w);
    browser = await launchChromium();
    const ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    project = await w.activeProject(ada, marie);
    const { registered } = await registerPupils(w.deps, w.actor(ada), [{ displayName: "Luca Bianchi" }]);
    await addPupilsToProject(w.deps, w.actor(ada), project.id, [registered[0]!.id]);
    asAda = await app.as(ada);
    asLuca = await app.pupil(registered[0]!.id);
  });
  afterAll(async () => {
    await browser?.close();
    await app.tool.stop();
    await w.destroy();
    rmSync(dir, { recursive: true, force: true });
    delete process.env.MATERIALS_DIR;
  });

  it("goes from a page with a photo to the public gallery", async () => {
    const photo = join(dir, "river.jpg");
    writeFileSync(
      photo,
      await sharp({ create: { width: 80, height: 60, channels: 3, background: "#2a6" } })
        .jpeg()
        .withExif({ IFD0: { Make: "PhoneCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "45/1 48/1 0/1" } })
        .toBuffer(),
    );

    // The teacher uploads the photo from the project page's TwinSpace section.
    const ada = await inBrowser(browser, asAda);
    await ada.goto(`${app.tool.url}/app/projects/${project.id}`);
    await ada.follow(ada.page.getByRole("link", { name: /^Materials/ }));
    await ada.page.getByLabel("File", { exact: true }).setInputFiles(photo);
    await ada.follow(ada.page.getByRole("button", { name: "Upload" }));
    await expect
      .poll(() => ada.page.getByRole("status").innerText())
      .toContain("The file is in the library.");
    const fileHref = await ada.page.getByRole("link", { name: "river.jpg" }).getAttribute("href");

    // She writes a page with the toolbar, opened to pupils' proposals.
    await ada.goto(`${app.tool.url}/app/projects/${project.id}/pages`);
    await ada.page.getByLabel("Title").fill("Our river");
    const text = ada.page.getByLabel("Text");
    await text.fill("Clean water");
    await text.selectText();
    await ada.page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bold" }).click();
    await text.press("End");
    await text.pressSequentially(`<p><img src="${fileHref}" alt="The river in October"></p>`);
    await ada.page.getByLabel("The project's pupils may propose changes").check();
    await ada.follow(ada.page.getByRole("button", { name: "Add the page" }));
    const article = ada.page.locator("article");
    await expect.poll(() => article.innerHTML()).toContain("<strong>Clean water</strong>");
    const pageUrl = ada.page.url();

    // The pupil proposes a change; it shows once a teacher approved it.
    const luca = await inBrowser(browser, asLuca);
    await luca.goto(pageUrl);
    await luca.follow(luca.page.getByRole("link", { name: "Propose a change" }));
    const body = luca.page.getByLabel("Text");
    await body.fill(`${await body.inputValue()}<p>We found three kinds of fish.</p>`);
    await luca.follow(luca.page.getByRole("button", { name: "Send to the teachers" }));
    expect(await luca.page.locator("article").innerText()).not.toContain("three kinds of fish");

    await ada.goto(pageUrl);
    await ada.follow(ada.page.getByRole("link", { name: /^Proposed by Luca Bianchi/ }));
    expect(await ada.page.locator("ins").first().innerText()).toContain("three kinds of fish");
    await ada.follow(ada.page.getByRole("button", { name: "Approve and publish" }));
    expect(await ada.page.locator("article").innerText()).toContain("We found three kinds of fish.");

    // The founder publishes it, confirming the pupils' consent for the photo.
    await ada.page.getByLabel("Consent was obtained").check();
    await ada.follow(ada.page.getByRole("button", { name: "Publish this page" }));
    await expect.poll(() => ada.page.getByRole("status").innerText()).toContain("on the public showcase");

    // A visitor without a session finds it in the gallery; the photo has no GPS data.
    const visitor = await Visitor.open(browser, { locale: "en", tool: app.tool.url });
    await visitor.goto(`${app.tool.url}/showcase`);
    await visitor.page.getByLabel("Country").selectOption("FR");
    await visitor.follow(visitor.page.getByRole("button", { name: "Search" }));
    await visitor.follow(visitor.page.getByRole("link", { name: project.title }));
    expect(await visitor.page.locator("main").innerText()).toContain("We found three kinds of fish.");
    const image = visitor.page.getByRole("img", { name: "The river in October" });
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(80);
    const src = await image.getAttribute("src");
    const shown = Buffer.from(await (await fetch(`${app.tool.url}${src}`)).arrayBuffer());
    expect((await sharp(shown).metadata()).exif).toBeUndefined();
  });
});
