import { Method } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPage, type Project, type Teacher } from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { World } from "../support/world.ts";
import { link, matrixPerson, type Person, projectRooms, startBot, stopBots } from "./people.ts";

/** The diary's weekly summary in the Teachers' room, on the real Synapse, with the week set by the test. */
describe("the weekly diary summary in the Teachers' room", () => {
  let w: World;
  let bot: MatrixBot;
  let botAccount: Person;
  let anna: Teacher;
  let annaPerson: Person;
  let project: Project;
  let teachersRoom: string;

  /** The bot's summaries Anna reads in the Teachers' room, oldest first. */
  async function summaries(): Promise<string[]> {
    const path = `/rooms/${encodeURIComponent(teachersRoom)}/messages`;
    const page = await annaPerson.client.http.authedRequest<{
      chunk: { type: string; content: { msgtype?: string; body?: string } }[];
    }>(Method.Get, path, { dir: "b", limit: "100" });
    return page.chunk
      .filter((event) => event.content.msgtype === "m.notice" && event.content.body?.includes("Last week in"))
      .map((event) => event.content.body!)
      .reverse();
  }

  beforeAll(async () => {
    w = await World.create("sqlite");
    anna = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    project = await w.activeProject(anna, marie);
    // On Sunday 22 November (the world's clock): two pages of last week.
    for (const title of ["Our river", "Water samples"]) {
      await createPage(w.deps, { accountId: anna.id }, project.id, {
        title,
        body: "<p>Notes</p>",
        parentId: undefined,
        partnersMayEdit: false,
        pupilsMayPropose: false,
      });
    }
    annaPerson = await matrixPerson("Anna");
    await link(w, anna, annaPerson);
    ({ bot, account: botAccount } = await startBot(w));
    await bot.drainOutbox();
    teachersRoom = (await projectRooms(w, project.id)).teachers!;
    await annaPerson.client.joinRoom(teachersRoom);
  });

  afterAll(async () => {
    await stopBots();
    await w.destroy();
  });

  it("posts last week's counts on Monday, once, even after a restart", async () => {
    await bot.postWeeklyDiaries(new Date("2026-11-23T07:00:00Z"));
    const [summary, ...more] = await summaries();
    expect(more).toHaveLength(0);
    expect(summary).toContain(`Last week in “${project.title}”`);
    expect(summary).toContain("Pages created: 2 · pages changed: 0 · materials added: 0");

    await bot.postWeeklyDiaries(new Date("2026-11-25T12:00:00Z"));
    await stopBots();
    ({ bot } = await startBot(w, { account: botAccount }));
    await bot.postWeeklyDiaries(new Date("2026-11-26T12:00:00Z"));
    expect(await summaries()).toHaveLength(1);
  });

  it("stays quiet about a week in which nothing happened", async () => {
    await bot.postWeeklyDiaries(new Date("2026-11-30T07:00:00Z"));
    expect(await summaries()).toHaveLength(1);
  });
});
