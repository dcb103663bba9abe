import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/**
 * A tool served over plain http (development cookies, SameSite=Lax) launched from an LMS on
 * another site: browsers drop the state cookie on the LMS's form POST, in the iframe and in a
 * new window alike. Measured in a real Moodle, the "open in a new window" step then looped;
 * the launch must instead say that the tool needs https, and how to fix it.
 */
describe("a plain-http tool launched from another site", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  let browser: Browser;

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world, cookies: "development" });
    platform = await startPlatform({ host: "127.0.0.1" });
    await platform.register(await tool.registrationUrl(), { schoolName: "Liceo Dev", country: "IT" });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  const teacher = { user: { id: "t-http", name: "Paola Neri" }, roles: [ROLES.instructor] };

  it("says the tool must be served over https instead of offering a new window that fails again", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    await page.goto(platform.embedUrl(teacher));
    const launchFrame = () => page.frames().find((f) => f.url().startsWith(`${tool.url}/lti/launch`));
    await expect.poll(launchFrame).toBeDefined();
    const frame = launchFrame()!;
    await frame.waitForLoadState();
    const text = await frame.locator("main").innerText();
    expect(text).toContain("OpenTwinning must be served over https");
    expect(text).toContain("PUBLIC_URL=https://");
    expect(text).not.toContain("Open in a new window");
    await context.close();
  });
});
