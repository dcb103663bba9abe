import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project } from "../../core/index.ts";
import { BotLease } from "../../matrix-bot/store/lease.ts";
import { runEntry } from "../support/process.ts";
import { World } from "../support/world.ts";
import { homeserver, matrixPerson, type Person, projectRooms } from "./people.ts";

/** `npm run admin -- reconcile all`: every TwinSpace compared with the homeserver now, with progress. */
describe("reconcile all", () => {
  let w: World;
  let project: Project;
  let botAccount: Person;
  let env: Record<string, string>;

  beforeAll(async () => {
    w = await World.create("sqlite");
    const anna = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    project = await w.activeProject(anna, marie);
    botAccount = await matrixPerson("twinbot");
    const { filename } = (w.store.database.knex.client as { config: { connection: { filename: string } } })
      .config.connection;
    env = {
      DATABASE_URL: `sqlite:${filename}`,
      MATRIX_HOMESERVER_URL: homeserver().url,
      MATRIX_BOT_ACCESS_TOKEN: botAccount.accessToken,
      MATRIX_JITSI_BASE_URL: "https://meet.example.org",
      LOG_LEVEL: "warn",
    };
  });
  afterAll(async () => {
    await w.destroy();
  });

  const reconcileAll = () => runEntry("app/admin.ts", env, ["reconcile", "all"]);

  it("says so while a running bot holds the lease, and changes nothing", async () => {
    const runningBot = new BotLease(w.store.database);
    expect(await runningBot.acquire()).toBe(true);
    const heartbeat = setInterval(() => void runningBot.acquire(), 300);
    try {
      const result = await reconcileAll();
      expect(result.code).toBe(2);
      expect(result.err).toContain("A running bot holds the lease");
      expect(await projectRooms(w, project.id)).toEqual({});
    } finally {
      clearInterval(heartbeat);
      await runningBot.release();
    }
  });

  it("builds the TwinSpace of an approved project no bot has seen, with progress", async () => {
    const result = await reconcileAll();
    expect(result.code).toBe(0);
    expect(result.err).toContain("reconcile 100% (1/1)");
    expect(result.out).toContain("Every TwinSpace was compared with the homeserver.");
    expect(Object.keys(await projectRooms(w, project.id)).sort()).toEqual([
      "forum",
      "general",
      "pupils",
      "space",
      "teachers",
    ]);
  });
});
