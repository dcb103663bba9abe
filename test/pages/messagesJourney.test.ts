import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Teacher } from "../../core/index.ts";
import { launchChromium } from "../support/browser.ts";
import { World } from "../support/world.ts";
import { type Client, inBrowser, startPages } from "./client.ts";

/**
 * A conversation between two contacts in a real browser (every page audited by axe-core):
 * one writes from the contacts page, the other finds it unread in Messages, reads it, replies,
 * and reports a message to the national unit.
 */
describe("a conversation between contacts in Chromium", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let giulia: Teacher;
  let claire: Teacher;
  let asGiulia: Client;
  let asClaire: Client;

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
    browser = await launchChromium();
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT"));
    claire = await w.teacher("Claire Martin", await w.school("Lycée Hugo", "FR"));
    await w.contacts(giulia, claire);
    asGiulia = await app.as(giulia);
    asClaire = await app.as(claire);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.tool.stop();
    await w?.destroy();
  });

  it("writes, reads, replies and reports", async () => {
    const g = await inBrowser(browser, asGiulia);
    await g.goto(`${app.tool.url}/app/contacts`);
    await g.follow(g.page.getByRole("link", { name: "Write to Claire Martin" }));
    await g.page.getByLabel("Your message").fill("Hello Claire,\nshall we start on Monday?");
    await g.follow(g.page.getByRole("button", { name: "Send" }));
    expect(await g.page.getByRole("status").innerText()).toContain("Message sent.");
    await expect.poll(() => g.page.locator("ol.messages").innerText()).toContain("shall we start on Monday?");

    const c = await inBrowser(browser, asClaire);
    await c.goto(`${app.tool.url}/app`);
    await c.follow(c.page.getByRole("navigation").getByRole("link", { name: "Messages" }));
    expect(await c.page.locator("main").innerText()).toContain("1 unread");
    await c.follow(c.page.getByRole("link", { name: "Giulia Rossi" }));
    expect(await c.page.locator("ol.messages").innerText()).toContain(
      "Hello Claire,\nshall we start on Monday?",
    );
    await c.page.getByLabel("Your message").fill("Yes, Monday is fine.");
    await c.follow(c.page.getByRole("button", { name: "Send" }));

    await g.goto(`${app.tool.url}/app/messages/with/${claire.id}`);
    expect(await g.page.locator("ol.messages").innerText()).toContain("Yes, Monday is fine.");

    // Claire reports Giulia's message: the form folds out under the message.
    await c.page.getByText("Report this message").click();
    await c.page.getByLabel("Why are you reporting it?").fill("Just checking the reports.");
    await c.follow(c.page.getByRole("button", { name: "Send the report" }));
    expect(await c.page.getByRole("status").innerText()).toContain(
      "the national unit will look at the message",
    );
    expect(await w.store.knex("message_reports").where({ reporter_id: claire.id })).toHaveLength(1);
    await g.close();
    await c.close();
  });
});
