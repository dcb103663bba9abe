import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Teacher } from "../../core/index.ts";
import { launchChromium } from "../support/browser.ts";
import { World } from "../support/world.ts";
import { inBrowser, startPages } from "./client.ts";

/**
 * The partner-finding board in a real browser (each page audited by axe-core): Giulia, who
 * reads Italian, posts an idea; Claire finds it, replies; Giulia accepts the contact request
 * and Claire founds the project from the idea with the form filled in.
 */
describe("the partner-finding board in Chromium", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let giulia: Teacher;
  let claire: Teacher;

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
    browser = await launchChromium();
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"));
    claire = await w.teacher("Claire Martin", await w.school("Collège Jean Moulin", "FR", "Lyon"));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.tool.stop();
    await w?.destroy();
  });

  it("goes from an idea on the board to a project form filled in from it", async () => {
    const asGiulia = await inBrowser(browser, await app.as(giulia, { locale: "it" }), "it");
    await asGiulia.goto(`${app.tool.url}/app`);
    await asGiulia.follow(asGiulia.page.getByRole("link", { name: "Bacheca delle idee" }));
    await asGiulia.follow(asGiulia.page.getByRole("link", { name: "Pubblica un'idea" }));
    await asGiulia.page.getByLabel("Titolo").fill("Robot che misurano il clima");
    await asGiulia.page.getByLabel("Che cosa vorresti fare").fill("Gli alunni costruiscono stazioni meteo.");
    await asGiulia.page.getByRole("group", { name: "Materie" }).getByLabel("Informatica / TIC").check();
    await asGiulia.follow(asGiulia.page.getByRole("button", { name: "Pubblica un'idea" }));
    await expect
      .poll(() => asGiulia.page.getByRole("status").innerText())
      .toContain("in bacheca per 90 giorni");

    const asClaire = await inBrowser(browser, await app.as(claire), "en");
    await asClaire.goto(`${app.tool.url}/app/ideas`);
    await asClaire.page.getByLabel("Words in the title or description").fill("clima");
    await asClaire.follow(asClaire.page.getByRole("button", { name: "Search" }));
    await asClaire.follow(asClaire.page.getByRole("link", { name: "Robot che misurano il clima" }));
    await asClaire.follow(asClaire.page.getByRole("button", { name: "Reply: I am interested" }));
    await expect
      .poll(() => asClaire.page.getByRole("status").innerText())
      .toContain("has your contact request");

    await asGiulia.goto(`${app.tool.url}/app/contacts`);
    await asGiulia.follow(asGiulia.page.getByRole("button", { name: /Accetta/ }).first());

    await asClaire.page.reload();
    await asClaire.follow(asClaire.page.getByRole("link", { name: "Found a project from this idea" }));
    expect(await asClaire.page.locator("input[name=title]").inputValue()).toBe("Robot che misurano il clima");
    expect(await asClaire.page.getByLabel(/^Computing/).isChecked()).toBe(true);
    expect(await asClaire.page.getByRole("combobox", { name: /co-founder/i }).inputValue()).toBe(giulia.id);
  });
});
