import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project } from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { RetryingMatrixClient } from "../../matrix-bot/homeserver/client.ts";
import { countingProxy, type CountingProxy } from "../support/countingProxy.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import {
  FAST_RETRIES,
  homeserver,
  join,
  link,
  matrixPerson,
  type Person,
  projectRooms,
  startBot,
  stopBots,
} from "./people.ts";

/**
 * The bot's periodic pass on a real Synapse, its Matrix calls counted on the wire: a
 * TwinSpace whose project and rooms did not change costs nothing; a change someone makes in
 * a room, seen in the bot's /sync, brings a full check of that project on the next pass.
 */
describe.each(DATABASE_KINDS)("the periodic pass over an unchanged TwinSpace (%s)", (kind) => {
  let w: World;
  let proxy: CountingProxy;
  let bot: MatrixBot;
  let project: Project;
  let rooms: Record<string, string>;
  let anna: Person;
  let marie: Person;
  let luca: Person;

  beforeAll(async () => {
    w = await World.create(kind);
    const annaTeacher = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    const marieTeacher = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    const lucaTeacher = await w.teacher("Luca Bianchi", await w.school("Liceo Volta", "IT", "Como"));
    project = await w.activeProject(annaTeacher, marieTeacher);
    await join(w, project.id, annaTeacher, lucaTeacher);
    anna = await matrixPerson("Anna Rossi");
    marie = await matrixPerson("Marie Dupont");
    luca = await matrixPerson("Luca Bianchi");
    await link(w, annaTeacher, anna);
    await link(w, marieTeacher, marie);
    await link(w, lucaTeacher, luca);
    proxy = await countingProxy(homeserver().url);
    const account = await matrixPerson("twinbot", { admin: true });
    const client = new RetryingMatrixClient(proxy.url, account.accessToken, FAST_RETRIES);
    bot = (await startBot(w, { account, client })).bot;
    await bot.syncChat(); // the first sync is history; from here on the bot sees what happens
    await bot.drainOutbox();
    await bot.syncChat(); // the bot's own work comes back: not a change by anyone else
    rooms = await projectRooms(w, project.id);
  });

  afterAll(async () => {
    await stopBots();
    proxy.close();
    await w.destroy();
  });

  const callsOf = async (work: () => Promise<unknown>) => {
    proxy.calls.clear();
    await work();
    return proxy.total();
  };
  const periodicPass = () => bot.fullPass(undefined, { onlyChanged: true });
  const membershipOf = async (userId: string, room: string) =>
    (
      (await anna.client.getStateEvent(rooms[room]!, "m.room.member", userId)) as {
        membership: string;
      }
    ).membership;

  it("makes no Matrix call for a TwinSpace whose project and rooms did not change", async () => {
    expect(Object.keys(rooms)).toHaveLength(5);
    expect(await callsOf(periodicPass)).toBe(0);
    expect(await callsOf(() => bot.reconciler.reconcile(project.id))).toBe(0);
  });

  it("still reads every room on a forced pass (reconcile all)", async () => {
    const calls = await callsOf(() => bot.fullPass());
    // One state read and one directory read per room, and nothing to change.
    expect(calls).toBe(10);
    expect(await callsOf(periodicPass)).toBe(0);
  });

  it("re-invites a teacher kicked by hand, seen in /sync, on the next periodic pass", async () => {
    await anna.client.joinRoom(rooms.space!);
    await anna.client.joinRoom(rooms.forum!);
    await luca.client.joinRoom(rooms.space!);
    await luca.client.joinRoom(rooms.forum!);
    await anna.client.kick(rooms.forum!, luca.userId, "Oops");
    expect(await membershipOf(luca.userId, "forum")).toBe("leave");
    await bot.syncChat();
    expect(await callsOf(periodicPass)).toBeGreaterThan(0);
    expect(await membershipOf(luca.userId, "forum")).toBe("invite");
    await bot.syncChat(); // the bot's own invitation: nothing new for the next pass
    expect(await callsOf(periodicPass)).toBe(0);
  });

  it("keeps looking while a problem stays (a ban), and invites the teacher back once it is lifted", async () => {
    await anna.client.ban(rooms.forum!, luca.userId, "Spam");
    await bot.syncChat();
    expect(await callsOf(periodicPass)).toBeGreaterThan(0);
    await bot.syncChat(); // the founders' notice is the bot's own message
    // Nothing new happened, but the ban is still a problem: the pass reads the rooms again.
    await callsOf(periodicPass);
    expect(proxy.calls.get("GET /_matrix/client/v3/rooms/…/state")).toBe(5);
    expect(await membershipOf(luca.userId, "forum")).toBe("ban");
    await anna.client.unban(rooms.forum!, luca.userId);
    await bot.syncChat();
    await periodicPass();
    expect(await membershipOf(luca.userId, "forum")).toBe("invite");
    await bot.syncChat();
    expect(await callsOf(periodicPass)).toBe(0);
  });

  it("looks again after a teacher leaves a room by herself, and respects her choice", async () => {
    await marie.client.leave(rooms.space!);
    await bot.syncChat();
    const calls = await callsOf(periodicPass);
    expect(proxy.calls.get("GET /_matrix/client/v3/rooms/…/state")).toBe(5);
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(await membershipOf(marie.userId, "space")).toBe("leave");
    expect(await callsOf(periodicPass)).toBe(0);
  });
});
