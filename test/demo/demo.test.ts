import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Demo, startDemo } from "../../demo/demo.ts";
import { launchChromium } from "../support/browser.ts";

/**
 * `npm run demo -- --seed` walked in Chromium as a newcomer does: the demo LMS's page, a
 * link per person, each opening OpenTwinning in a new tab through a real LTI launch.
 */
describe("the demo", () => {
  let demo: Demo;
  let browser: Browser;
  let context: BrowserContext;
  let lms: Page;

  beforeAll(async () => {
    demo = await startDemo({ homeserver: inject("synapse"), seed: true });
    browser = await launchChromium();
    context = await browser.newContext();
    lms = await context.newPage();
    await lms.goto(demo.url);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  /** Clicks a person's link on the demo page and returns the tab it opened, once the tool has answered. */
  async function launchAs(name: string | RegExp): Promise<Page> {
    const [tab] = await Promise.all([context.waitForEvent("page"), lms.getByRole("link", { name }).click()]);
    await tab.waitForURL(`${demo.toolUrl}/app**`);
    return tab;
  }

  it("offers teachers of four schools in three countries, the national units, an IT admin and a pupil", async () => {
    expect(await lms.getByRole("heading", { level: 1 }).textContent()).toBe("OpenTwinning demo LMS");
    const links = await lms.getByRole("link").allTextContents();
    expect(links.filter((text) => text.includes("teacher at"))).toHaveLength(4);
    expect(new Set(links.flatMap((text) => /\((?:[^,]+), (\w\w)\)/.exec(text)?.slice(1) ?? []))).toEqual(
      new Set(["IT", "FR", "DE"]),
    );
    expect(links.filter((text) => text.startsWith("National unit"))).toHaveLength(3);
    expect(links.some((text) => text.includes("IT admin"))).toBe(true);
    expect(links.some((text) => text.includes("pupil"))).toBe(true);
  });

  it("launches a teacher onto their dashboard and the seeded approved project's TwinSpace rooms", async () => {
    const tab = await launchAs(/Giulia Rossi, teacher/);
    expect(await tab.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");
    await tab.getByRole("link", { name: "Rivers of Florence and Lyon" }).click();
    // The bot builds the TwinSpace on the local Synapse; its rooms appear on the project page.
    const general = tab.getByRole("link", { name: /General chat/ });
    await expect
      .poll(async () => (await tab.reload(), await general.count()), { timeout: 60_000, interval: 1000 })
      .toBe(1);
    expect(await general.getAttribute("href")).toMatch(/^https:\/\/matrix\.to\/#\/[#!]/);
    await tab.close();
  });

  it("launches a national unit's moderator, who has the national unit's pages", async () => {
    const tab = await launchAs("National unit FR (moderator)");
    await expect(
      tab.getByRole("navigation").getByRole("link", { name: "National unit" }).count(),
    ).resolves.toBe(1);
    await tab.close();
  });

  it("launches a school's IT admin, who has the school's personal-data pages", async () => {
    const tab = await launchAs(/IT admin of Liceo Galilei/);
    const nav = await tab.getByRole("navigation").getByRole("link").allTextContents();
    expect(nav).toContain("Personal data");
    await tab.close();
  });

  it("launches the seeded pupil onto their project", async () => {
    const tab = await launchAs(/pupil in/);
    await expect(
      tab.getByRole("navigation").getByRole("link", { name: "My projects" }).count(),
    ).resolves.toBe(1);
    await expect(tab.getByText("Rivers of Florence and Lyon").count()).resolves.toBeGreaterThan(0);
    await tab.close();
  });
});
