import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admitStaffFromLaunch, type Project } from "../../core/index.ts";
import { launchChromium, textOf } from "../support/browser.ts";
import { World } from "../support/world.ts";
import { inBrowser, startPages } from "./client.ts";

/**
 * Issue 15 (2) in Chromium: a national unit's staff member filters the country's projects
 * with the form and opens the figures, whose charts (the median time to a decision by month
 * among them) are images with an accessible name and description, their numbers a table
 * (every page is audited with axe on the way).
 */
describe("a national unit's staff in the browser", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let rivers: Project;
  let numbers: Project;

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
    browser = await launchChromium();
    const giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"));
    const claire = await w.teacher("Claire Martin", await w.school("Lycée Hugo", "FR", "Lyon"));
    const marco = await w.teacher("Marco Bianchi", await w.school("Liceo Volta", "IT", "Como"));
    rivers = await w.activeProject(giulia, claire, w.form({ title: "Rivers of Europe" }));
    numbers = await w.activeProject(
      giulia,
      marco,
      w.form({ title: "Numbers at home", subjects: ["mathematics"] }),
    );
  });
  afterAll(async () => {
    await browser.close();
    await app.tool.stop();
    await w.destroy();
  });

  it("filters the country's projects by subject, then opens the figures' charts", async () => {
    const staff = await admitStaffFromLaunch(
      w.deps,
      {
        issuer: "https://lms.unit-it.example",
        subject: "marta",
        name: "Marta Staffetta",
        email: "",
        locale: "en",
      },
      "IT",
    );
    const marta = await inBrowser(browser, await app.as(staff, { roles: [] }));
    await marta.goto(`${app.tool.url}/app`);
    await marta.follow(marta.page.getByRole("link", { name: "Projects of Italy" }));

    await marta.page.getByLabel("Subject").selectOption("mathematics");
    await marta.follow(marta.page.getByRole("button", { name: "Show projects" }));
    const table = marta.page.getByRole("table", { name: "Projects of Italy" });
    expect(await textOf(table)).toContain(numbers.title);
    expect(await textOf(table)).not.toContain(rivers.title);
    expect(marta.page.url()).toContain("subject=mathematics");
    await marta.screenshot("country-projects-filtered");

    await marta.follow(marta.page.getByRole("link", { name: "Figures of Italy" }));
    const founded = marta.page.getByRole("img", { name: "Projects founded" });
    await expect.poll(() => founded.count()).toBe(1);
    expect(await founded.evaluate((svg) => svg.tagName)).toBe("svg");
    const description = await founded.evaluate(
      (svg) => document.getElementById(svg.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
    );
    expect(description).toMatch(/Bar chart by month from .* 2 in all/);
    // The median time to a decision, month by month: an image too, and its numbers as a table.
    const median = marta.page.getByRole("img", { name: "Median days to a decision, by month" });
    await expect.poll(() => median.count()).toBe(1);
    expect(
      await median.evaluate(
        (svg) => document.getElementById(svg.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
      ),
    ).toMatch(/months with a decision: 1; the median ranged from 0 to 0 days, longest in Nov 2026/);
    const medians = marta.page.getByRole("table", { name: "Median days to a decision, by month" });
    expect(await textOf(medians)).toMatch(/Nov 2026\s*0/);
    expect(await textOf(medians)).toMatch(/Oct 2026\s*no decision/);
    await marta.screenshot("country-figures");
    await marta.close();
  });
});
