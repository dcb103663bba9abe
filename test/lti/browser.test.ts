import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/**
 * Launches in a real browser, inside the LMS's iframe and in a new window. The platform
 * runs on 127.0.0.1 and the tool on localhost: two different sites, as in production, so
 * the tool's cookies are third-party inside the iframe. The tool uses its production cookie
 * policy (SameSite=None; Secure; Partitioned; Chromium treats http://localhost as secure).
 * Browsers that block the tool's cookies inside the iframe altogether (Safari, strict
 * privacy settings) are imitated by dropping the Cookie header of the iframe's requests.
 */
describe("launching in chromium", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  let browser: Browser;

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world, cookies: "secure" });
    platform = await startPlatform({ host: "127.0.0.1" });
    await platform.register(await tool.registrationUrl(), { schoolName: "Liceo Manzoni", country: "IT" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  const teacher = { user: { id: "t-browser", name: "Paola Neri" }, roles: [ROLES.instructor], locale: "it" };

  /** Whether the request is the tool's, made inside an iframe (not a top-level window). */
  function inToolFrame(request: Request, path: RegExp): boolean {
    let inFrame = false;
    try {
      inFrame = request.frame().parentFrame() !== null;
    } catch {
      // A navigation that opens a new window has no frame yet: it is top level.
    }
    return inFrame && request.url().startsWith(tool.url) && path.test(new URL(request.url()).pathname);
  }

  /**
   * Imitates a browser that keeps no cookies of the tool inside the iframe: the tool's
   * answers to requests in the iframe (matching `path`) lose their Set-Cookie. With
   * `sendStored`, requests still carry the cookies stored before (so only later cookies are
   * lost). Chromium adds cookies below the interception layer, so the request is made here.
   */
  async function blockFrameCookies(
    context: BrowserContext,
    path: RegExp,
    options: { sendStored: boolean },
  ): Promise<void> {
    await context.route(`${tool.url}/**`, async (route) => {
      const request = route.request();
      if (!inToolFrame(request, path)) return route.continue();
      const stored = options.sendStored ? await context.cookies(tool.url) : [];
      const response = await fetch(request.url(), {
        method: request.method(),
        headers: { ...request.headers(), cookie: stored.map((c) => `${c.name}=${c.value}`).join("; ") },
        body: request.postData() ?? undefined,
        redirect: "manual",
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!["set-cookie", "content-length", "content-encoding"].includes(name)) headers[name] = value;
      });
      await route.fulfill({
        status: response.status,
        headers,
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
  }

  /** The session works top-level in this page: /lti/continue sends it on to /healthz. */
  async function hasSession(page: Page): Promise<boolean> {
    const response = await page.goto(`${tool.url}/lti/continue?next=/healthz`);
    return response?.url() === `${tool.url}/healthz`;
  }

  it("launches inside the LMS's iframe with partitioned third-party cookies", async () => {
    const context = await browser.newContext({ locale: "it-IT" });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    await page.goto(platform.embedUrl(teacher));
    const frame = page.frameLocator("#tool");
    await expect
      .poll(() =>
        page
          .frames()
          .map((f) => f.url())
          .find((url) => url.startsWith(tool.url)),
      )
      .toBe(`${tool.url}/app`);
    expect(await frame.locator("body").textContent()).not.toContain("Apri in una nuova finestra");
    const cookies = await context.cookies(tool.url);
    const session = cookies.find((cookie) => cookie.name === "__Host-ot_session");
    expect(session).toMatchObject({
      secure: true,
      sameSite: "None",
      httpOnly: true,
      partitionKey: "http://127.0.0.1",
    });
    await context.close();
  });

  it("launches in a new window (top level) as well", async () => {
    const context = await browser.newContext({ locale: "it-IT" });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    await page.goto(platform.launchUrl(teacher));
    await page.waitForURL(`${tool.url}/app`);
    expect(await hasSession(page)).toBe(true);
    await context.close();
  });

  it("offers a new window when the browser blocks the cookies in the iframe, and the new window works", async () => {
    const context = await browser.newContext({ locale: "it-IT" });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    await blockFrameCookies(context, /./, { sendStored: false });
    await page.goto(platform.embedUrl(teacher));
    const frame = page.frameLocator("#tool");
    const button = frame.getByRole("link", { name: "Apri in una nuova finestra" });
    await button.waitFor();
    const [popup] = await Promise.all([context.waitForEvent("page"), button.click()]);
    await popup.waitForURL(`${tool.url}/app`);
    expect(await hasSession(popup)).toBe(true);
    await context.close();
  });

  it("hands the session over to a new window when only the session cookie is blocked", async () => {
    const context = await browser.newContext({ locale: "it-IT" });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    await blockFrameCookies(context, /^\/lti\/launch$/, { sendStored: true });
    await page.goto(platform.embedUrl(teacher));
    const frame = page.frameLocator("#tool");
    await frame.getByRole("heading", { name: "Ancora un passaggio" }).waitFor();
    const link = frame.getByRole("link", { name: "Apri in una nuova finestra" });
    const handoff = `${tool.url}${await link.getAttribute("href")}`;
    const [popup] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await popup.waitForURL(`${tool.url}/app`);
    expect(await hasSession(popup)).toBe(true);
    // The handoff link works once.
    expect((await popup.goto(handoff))?.status()).toBe(401);
    await context.close();
  });

  it("works with development cookies (SameSite=Lax) when the LMS runs on the same site", async () => {
    const devTool = await startTool({ world, cookies: "development" });
    const localPlatform = await startPlatform({ host: "localhost" });
    try {
      await localPlatform.register(await devTool.registrationUrl(), {
        schoolName: "Liceo Dev",
        country: "IT",
      });
      const context = await browser.newContext({ locale: "it-IT" });
      context.setDefaultTimeout(5000);
      const page = await context.newPage();
      await page.goto(localPlatform.embedUrl(teacher));
      await expect
        .poll(() =>
          page
            .frames()
            .map((f) => f.url())
            .find((url) => url.startsWith(devTool.url)),
        )
        .toBe(`${devTool.url}/app`);
      const session = (await context.cookies(devTool.url)).find((cookie) => cookie.name === "ot_session");
      expect(session).toMatchObject({ secure: false, sameSite: "Lax", httpOnly: true });
      await context.close();
    } finally {
      await localPlatform.stop();
      await devTool.stop();
    }
  });
});
