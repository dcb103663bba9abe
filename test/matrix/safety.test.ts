import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type Project,
  type School,
  setModerator,
  type Teacher,
  unlinkMatrixAccount,
} from "../../core/index.ts";
import { startEntry } from "../support/process.ts";
import { World } from "../support/world.ts";
import {
  homeserver,
  join,
  link,
  matrixPerson,
  type Person,
  projectRooms,
  pupilWithMatrix,
  startBot,
  stopBots,
} from "./people.ts";

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Issue "safety", Matrix side: hand-made changes repaired within seconds, a restarted bot
 * that does not wait out its dead predecessor, removals that say why, and no bidi control
 * characters in anything the bot sends.
 */
/** Real Synapse on a machine shared by many test runs: a minute per test rather than 30 s. */
describe("a TwinSpace kept safe on Synapse", { timeout: 60_000 }, () => {
  let w: World;
  let anna: Teacher;
  let galilei: School;
  let moulin: School;
  let annaPerson: Person;

  beforeAll(async () => {
    w = await World.create("sqlite");
    galilei = await w.school("Liceo Galilei", "IT", "Roma");
    anna = await w.teacher("Anna Rossi", galilei);
    moulin = await w.school("Collège Jean Moulin", "FR", "Lyon");
    annaPerson = await matrixPerson("Anna");
    await link(w, anna, annaPerson);
  });

  afterEach(stopBots);

  afterAll(async () => {
    await w.destroy();
  });

  const newProject = async (title: string, partnerSchool = moulin): Promise<Project> => {
    const partner = await w.teacher(`Partner of ${title}`, partnerSchool);
    return w.activeProject(anna, partner, w.form({ title }));
  };

  const membershipIn = async (roomId: string, userId: string) =>
    (await annaPerson.client.getStateEvent(roomId, "m.room.member", userId)) as {
      membership: string;
      reason?: string;
    };

  const widgetIn = async (roomId: string) =>
    annaPerson.client.getStateEvent(roomId, "im.vector.modular.widgets", "opentwinning-video");

  /** A project whose founder is in every room and whose pupil has joined General. */
  async function projectWithPupilInGeneral(title: string) {
    const project = await newProject(title);
    const { person: pupil } = await pupilWithMatrix(w, project.id, anna, "Giulia");
    const started = await startBot(w);
    await started.bot.drainOutbox();
    const rooms = await projectRooms(w, project.id);
    for (const roomId of Object.values(rooms)) await annaPerson.client.joinRoom(roomId);
    await pupil.client.joinRoom(rooms.space!);
    await pupil.client.joinRoom(rooms.general!);
    return { project, pupil, rooms, ...started };
  }

  /** By hand, as a founder may: the pupil kicked from General and the video widget emptied. */
  async function founderBreaksGeneral(rooms: Record<string, string>, pupil: Person): Promise<void> {
    await annaPerson.client.kick(rooms.general!, pupil.userId, "by hand");
    await annaPerson.client.sendStateEvent(
      rooms.general!,
      "im.vector.modular.widgets" as never,
      {} as never,
      "opentwinning-video",
    );
    expect((await membershipIn(rooms.general!, pupil.userId)).membership).toBe("leave");
    expect(await widgetIn(rooms.general!)).toEqual({});
  }

  it("repairs a change it sees in /sync a moment later, and its own repairs start nothing new", async () => {
    const { project, pupil, rooms, bot } = await projectWithPupilInGeneral("Seen in sync");
    await bot.syncChat(); // the first sync is history; from here on the bot sees what happens
    await founderBreaksGeneral(rooms, pupil);
    let passes = 0;
    const reconcile = bot.reconciler.reconcile.bind(bot.reconciler);
    bot.reconciler.reconcile = async (...args) => {
      passes++;
      return reconcile(...args);
    };

    await bot.syncChat();
    await bot.repairChanged(); // too early: a founder's changes come in bursts
    expect(passes).toBe(0);
    await sleep(2_100);
    await bot.repairChanged();

    expect(passes).toBe(1);
    expect((await membershipIn(rooms.general!, pupil.userId)).membership).toBe("invite");
    expect(await widgetIn(rooms.general!)).toMatchObject({ type: "m.jitsi" });
    // The bot's own repairs come back through /sync too; they are not taken for changes.
    await bot.syncChat();
    await sleep(2_100);
    await bot.repairChanged();
    expect(passes).toBe(1);
    expect(project.id).toBeTruthy();
  });

  it("running on its own, puts a kicked pupil and an emptied widget back within seconds, not at the next full pass", async () => {
    const { pupil, rooms, bot } = await projectWithPupilInGeneral("Live repair");
    bot.start(); // the full pass at start runs now; the next one is a minute away (botConfig)
    await sleep(3_000);
    await founderBreaksGeneral(rooms, pupil);
    const changedAt = Date.now();
    const deadline = changedAt + 15_000;
    const repaired = async () =>
      (await membershipIn(rooms.general!, pupil.userId)).membership === "invite" &&
      (await widgetIn(rooms.general!)).type === "m.jitsi";
    while (!(await repaired()) && Date.now() < deadline) await sleep(100);
    expect(await repaired()).toBe(true);
    expect(Date.now() - changedAt).toBeLessThan(8_000);
  });

  it("a restarted bot does not wait out the lease of the instance that died", async () => {
    await newProject("Before the crash");
    const { bot: dead, account } = await startBot(w);
    // The instance works (taking the bot's lease and the outbox's) and is then killed: it
    // never releases anything, its last renewal is now.
    await dead.drainOutbox();
    await dead.fullPass();
    const approved = await newProject("Approved after the crash");
    const { bot: restarted } = await startBot(w, { account });
    const startedAt = Date.now();
    restarted.start();
    const deadline = startedAt + 20_000;
    while (Object.keys(await projectRooms(w, approved.id)).length < 5 && Date.now() < deadline) {
      await sleep(100);
    }
    expect(Object.keys(await projectRooms(w, approved.id))).toHaveLength(5);
    expect(Date.now() - startedAt).toBeLessThan(6_000);
  });

  it("removes a teacher who unlinked their Matrix account saying so, in the teacher's language", async () => {
    const project = await newProject("Unlinked");
    const giulia = await w.teacher("Giulia Verdi", galilei);
    await w.store.transaction(async (tx) => {
      const account = (await tx.accounts.get(giulia.id))!;
      await tx.accounts.update({ ...account, locale: "it" }, w.clock.now());
    });
    const giuliaPerson = await matrixPerson("Giulia");
    await link(w, giulia, giuliaPerson);
    await join(w, project.id, anna, giulia);
    const { bot } = await startBot(w);
    await bot.drainOutbox();
    const rooms = await projectRooms(w, project.id);
    await annaPerson.client.joinRoom(rooms.general!);
    await giuliaPerson.client.joinRoom(rooms.space!);
    await giuliaPerson.client.joinRoom(rooms.general!);

    await unlinkMatrixAccount(w.deps, w.actor(giulia));
    await bot.drainOutbox();

    const member = await membershipIn(rooms.general!, giuliaPerson.userId);
    expect(member.membership).toBe("leave");
    expect(member.reason).toBe(
      "Ha scollegato il proprio account Matrix da OpenTwinning, quindi questo account non è più nel progetto “Unlinked”.",
    );
  });

  it("sends room names, topics and the welcome without bidi controls, and a second pass changes nothing", async () => {
    const partnerSchool = await w.school("Collège \u2066Hugo\u2069", "FR", "Paris");
    const project = await newProject("Stars \u202Egnitaehc\u202C and rivers", partnerSchool);
    const { bot } = await startBot(w);
    await bot.drainOutbox();
    const rooms = await projectRooms(w, project.id);
    const sent = async () => {
      const all: Record<string, unknown>[] = [];
      for (const roomId of Object.values(rooms)) {
        await annaPerson.client.joinRoom(roomId);
        all.push(...((await annaPerson.client.roomState(roomId)) as unknown as Record<string, unknown>[]));
      }
      return all;
    };
    const state = await sent();
    const names = state
      .filter((e) => e.type === "m.room.name")
      .map((e) => (e.content as { name: string }).name);
    expect(names).toHaveLength(5);
    for (const name of names) expect(name).toContain("Stars gnitaehc and rivers");
    const { pinned } = (await annaPerson.client.getStateEvent(
      rooms.general!,
      "m.room.pinned_events",
      "",
    )) as {
      pinned: string[];
    };
    const welcome = await annaPerson.client.fetchRoomEvent(rooms.general!, pinned[0]!);
    expect(String(welcome.content?.body)).toContain("Stars gnitaehc and rivers");
    expect(String(welcome.content?.body)).toContain("Collège Hugo (France)");
    for (const text of [JSON.stringify(state), JSON.stringify(welcome.content)]) {
      expect(text).not.toMatch(BIDI_CONTROLS);
    }
    // The rooms hold the text without the controls; the next pass (a full one, reading the
    // rooms) must not send it again.
    await bot.reconciler.reconcile(project.id, { force: true });
    const ids = (events: Record<string, unknown>[]) => events.map((e) => e.event_id).sort();
    expect(ids(await sent())).toEqual(ids(state));
  });
});

describe("a national unit's room", () => {
  let v: World;

  beforeAll(async () => {
    v = await World.create("sqlite");
  });

  afterEach(stopBots);

  afterAll(async () => {
    await v.destroy();
  });

  it("tells a moderator removed from the national unit's room why, in their own language", async () => {
    const english = await matrixPerson("ModeratorES");
    await link(v, await v.moderator("ES"), english);
    const lucia = await v.account("Lucia Ferri");
    await v.store.transaction(async (tx) => {
      await tx.accounts.update({ ...(await tx.accounts.get(lucia.id))!, locale: "it" }, v.clock.now());
    });
    const luciaPerson = await matrixPerson("Lucia");
    await link(v, lucia, luciaPerson);
    const admin = v.actor(await v.centralAdmin());
    await setModerator(v.deps, admin, lucia.id, "ES", true);
    const { bot } = await startBot(v);
    await bot.nationalUnitsPass();
    const [{ room_id: roomId }] = await v.store.database
      .knex("matrix_rooms")
      .where({ slot: "national_unit/ES" })
      .select("room_id");
    await luciaPerson.client.joinRoom(roomId);

    await setModerator(v.deps, admin, lucia.id, "ES", false);
    await bot.drainNews();

    // The room stays in its English moderator's language; Lucia reads why she left in Italian.
    expect(await luciaPerson.client.getStateEvent(roomId, "m.room.member", luciaPerson.userId)).toMatchObject(
      {
        membership: "leave",
        reason: "Non più moderatore dell'unità nazionale (Spagna).",
      },
    );
  });
});

describe("a bot killed with SIGKILL while provisioning", () => {
  const PROJECTS = 6;
  const ROOMS = PROJECTS * 5;
  let v: World;

  beforeAll(async () => {
    v = await World.create("sqlite");
  });

  afterAll(async () => {
    await v.destroy();
  });

  it("is replaced by its restart at once: the work goes on within seconds and no room is made twice", async () => {
    const [main] = (await v.store.database.knex.raw("PRAGMA database_list")) as { file: string }[];
    const botAccount = await matrixPerson("twinbot");
    // `npm start` as in production: default poll interval and lease.
    const env = {
      PORT: "0",
      DATABASE_URL: `sqlite:${main!.file}`,
      MATRIX_HOMESERVER_URL: homeserver().url,
      MATRIX_BOT_ACCESS_TOKEN: botAccount.accessToken,
    };
    const recordedRooms = async () =>
      Number(
        (
          (await v.store.database.knex("matrix_rooms").whereNotNull("room_id").count({ n: "*" }).first()) as {
            n: number | string;
          }
        ).n,
      );
    const first = await startEntry("app/main.ts", env, /"component":"matrix-bot","msg":"running as/);
    const founder = await v.teacher("Anna Rossi", await v.school("Liceo Galilei", "IT", "Roma"));
    const partners = await v.school("Collège Jean Moulin", "FR", "Lyon");
    for (let i = 1; i <= PROJECTS; i++) {
      const partner = await v.teacher(`Partner ${i}`, partners);
      await v.activeProject(founder, partner, v.form({ title: `Project ${i}` }));
    }
    const deadline = Date.now() + 30_000;
    while ((await recordedRooms()) < 3 && Date.now() < deadline) await sleep(20);
    first.child.kill("SIGKILL");
    await first.stop();
    const beforeRestart = await recordedRooms();
    expect(beforeRestart).toBeLessThan(ROOMS);

    const restarted = await startEntry("app/main.ts", env, /"component":"matrix-bot","msg":"running as/);
    try {
      const readyAt = Date.now();
      while ((await recordedRooms()) === beforeRestart && Date.now() < readyAt + 30_000) await sleep(50);
      // The dead instance's lease lapses 2 s after its last heartbeat, which was before the restart began.
      expect(Date.now() - readyAt).toBeLessThan(3_000);
      while ((await recordedRooms()) < ROOMS && Date.now() < readyAt + 60_000) await sleep(100);
      expect(await recordedRooms()).toBe(ROOMS);
      expect((await botAccount.client.getJoinedRooms()).joined_rooms).toHaveLength(ROOMS);
    } finally {
      await restarted.stop();
    }
  }, 120_000);
});
