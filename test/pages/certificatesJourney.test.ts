import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project } from "../../core/index.ts";
import { launchChromium, textOf, Visitor } from "../support/browser.ts";
import { World } from "../support/world.ts";
import { type Client, inBrowser, startPages } from "./client.ts";

/**
 * A teacher downloads the certificate of her participation from the project page in Chromium
 * (pages audited by axe-core), and someone she shows it to opens its verification address
 * without any account.
 */
describe("a certificate and its check in Chromium", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let project: Project;
  let asAda: Client;

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
    browser = await launchChromium();
    const ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    project = await w.activeProject(ada, marie, { ...w.form(), title: "Rivers of Europe" });
    asAda = await app.as(ada);
  });
  afterAll(async () => {
    await browser?.close();
    await app.tool.stop();
    await w.destroy();
  });

  it("goes from the project page to a PDF whose address confirms it is genuine", async () => {
    const ada = await inBrowser(browser, asAda);
    await ada.goto(`${app.tool.url}/app/projects/${project.id}`);
    const section = ada.page.getByRole("region", { name: "Certificates" });
    const [download] = await Promise.all([
      ada.page.waitForEvent("download"),
      section.getByRole("button", { name: "Certificate of participation: download the PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("certificate-participation.pdf");
    const { text } = await extractText(new Uint8Array(readFileSync(await download.path())), {
      mergePages: true,
    });
    expect(text).toContain("Ada Lovelace");
    expect(text).toContain("Rivers of Europe");
    const url = /https?:\/\/\S+\/verify\/[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(url).toBeDefined();

    // Her certificates page lists the same certificate.
    await ada.follow(section.getByRole("link", { name: "All my certificates" }));
    expect(await textOf(ada.page.locator("main"))).toMatch(
      /Certificate of participation: “\u2068?Rivers of Europe\u2069?”/,
    );
    await ada.close();

    // Whoever she shows it to opens the address with no account and no LMS.
    const reader = await Visitor.open(browser, { locale: "en", tool: app.tool.url });
    await reader.goto(url!);
    const main = await textOf(reader.page.locator("main"));
    expect(main).toContain("This certificate is genuine.");
    expect(main).toContain("Ada Lovelace");
    expect(main).toContain("Liceo Volta");
    expect(main).toContain("Rivers of Europe");

    // A certificate someone made up is not.
    await reader.goto(`${url!.slice(0, -4)}AAAA`);
    expect(await textOf(reader.page.locator("main"))).toContain("this certificate is not genuine");
    await reader.close();
  });
});
