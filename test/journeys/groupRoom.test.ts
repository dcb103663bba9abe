import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGroup, type Group, type Teacher } from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { groupSlot } from "../../matrix-bot/twinspace/groupRoom.ts";
import { matrixToUrl } from "../../lti-tool/pages/twinSpaces.ts";
import { matrixPerson, pagesMatrix, type Person, say, startBot, stopBots } from "../matrix/people.ts";
import { inBrowser, startPages } from "../pages/client.ts";
import { launchChromium, textOf } from "../support/browser.ts";
import { World } from "../support/world.ts";

/**
 * Issue 16 (4) as a teacher lives it, in Chromium and on the real Synapse: Claire finds a
 * group about robots, joins it, follows the page's way into its discussion (linking her Matrix
 * account with a code sent to the bot), and once the reconciler has run she is invited into
 * the group's room, which the group's page then opens (not before: the bot invites only a
 * linked account).
 */
describe("a teacher joins a group and finds its room", () => {
  let w: World;
  let bot: MatrixBot;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let claire: Teacher;
  let clairePerson: Person;
  /** The bot's account, whose view of the room shows who is in it. */
  let botPerson: Person;
  let group: Group;

  const roomOf = async (groupId: string): Promise<string> =>
    (
      await w.store
        .knex("matrix_rooms")
        .where({ slot: groupSlot(groupId).key })
        .first("room_id")
    )?.room_id;

  beforeAll(async () => {
    w = await World.create("sqlite");
    const giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"));
    claire = await w.teacher("Claire Martin", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    clairePerson = await matrixPerson("Claire");
    const started = await startBot(w);
    bot = started.bot;
    botPerson = started.account;
    await bot.syncChat(); // the first sync reads history only
    group = await createGroup(w.deps, w.actor(await w.centralAdmin()), {
      name: "Robotics in class",
      description: "Teachers who build robots with their pupils.",
      access: "open",
      moderatorId: giulia.id,
    });
    await bot.drainOutbox();
    app = await startPages(w, {
      twinSpaces: new RecordedTwinSpaces(w.store.database),
      matrix: pagesMatrix(w, started.account.accessToken),
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.tool.stop();
    await stopBots();
    await w?.destroy();
  });

  it("finds the group, joins it, links her Matrix account, and is in the group's room", async () => {
    const c = await inBrowser(browser, await app.as(claire));
    const page = c.page;
    await c.goto(`${app.tool.url}/app`);
    await c.follow(page.getByRole("navigation").getByRole("link", { name: "Groups" }));
    await page.getByLabel("Name or topic").fill("robots");
    await c.follow(page.getByRole("button", { name: "Search" }));
    await c.follow(page.getByRole("link", { name: "Robotics in class" }));
    await c.follow(page.getByRole("button", { name: "Join the group" }));
    expect(await page.getByRole("status").innerText()).toContain("You are a member of the group.");
    const groupPage = page.url();
    const roomId = await roomOf(group.id);
    const openRoom = page.getByRole("link", { name: "Open the group's room" });
    // Without a linked Matrix account the bot cannot invite her: the page offers the way to link one.
    expect(await openRoom.count()).toBe(0);

    // The page sends her to link her Matrix account: a code she sends the bot in a direct chat.
    await c.follow(page.getByRole("link", { name: "Link your Matrix account" }));
    await c.follow(page.getByRole("button", { name: "Get a link code" }));
    const code = /link ([A-Z2-9]{8})/.exec(await textOf(page.locator("main")))?.[1] ?? "";
    expect(code).not.toBe("");
    const { room_id: direct } = await clairePerson.client.createRoom({
      is_direct: true,
      preset: "trusted_private_chat" as never,
      invite: [botPerson.userId],
    });
    await bot.syncChat();
    await say(clairePerson, direct, `link ${code}`);
    await bot.syncChat();
    await c.goto(`${app.tool.url}/app/matrix`);
    expect(await textOf(page.locator("main"))).toContain(clairePerson.userId);

    // The reconciler runs: she is invited into the group's room, which the group's page now opens.
    await bot.drainOutbox();
    const membership = async () =>
      (
        (await botPerson.client.getStateEvent(roomId, "m.room.member", clairePerson.userId)) as {
          membership: string;
        }
      ).membership;
    expect(await membership()).toBe("invite");
    await c.goto(groupPage);
    expect(await openRoom.getAttribute("href")).toBe(matrixToUrl(roomId));
    expect(await page.getByRole("link", { name: "Link your Matrix account" }).count()).toBe(0);
    await clairePerson.client.joinRoom(roomId);
    const name = (await clairePerson.client.getStateEvent(roomId, "m.room.name", "")) as { name: string };
    expect(name.name).toBe("Robotics in class");
    expect(await membership()).toBe("join");
  });
});
