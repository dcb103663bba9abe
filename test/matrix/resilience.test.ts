import type { RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import { createServer, type Server, type Socket, connect } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Project, School, Teacher } from "../../core/index.ts";
import { RetryingMatrixClient } from "../../matrix-bot/homeserver/client.ts";
import { HomeserverUnavailable } from "../../matrix-bot/homeserver/retry.ts";
import { World } from "../support/world.ts";
import {
  FAST_RETRIES,
  homeserver,
  join,
  link,
  matrixPerson,
  outcome,
  type Person,
  personClient,
  projectRooms,
  pupilWithMatrix,
  say,
  startBot,
  stopBots,
} from "./people.ts";

/** Restarts, rate limits, outages and hand-made changes: the TwinSpace still ends up right. */
describe("a TwinSpace that survives crashes, rate limits, outages and hand-made changes", () => {
  let w: World;
  let anna: Teacher;
  let moulin: School;
  let annaPerson: Person;

  beforeAll(async () => {
    w = await World.create("sqlite");
    anna = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    moulin = await w.school("Collège Jean Moulin", "FR", "Lyon");
    annaPerson = await matrixPerson("Anna");
    await link(w, anna, annaPerson);
  });

  afterEach(stopBots);

  afterAll(async () => {
    await w.destroy();
  });

  /** A new approved project of Anna's with a new partner (each test gets its own TwinSpace). */
  const newProject = async (title: string) => {
    const partner = await w.teacher(`Partner of ${title}`, moulin);
    return w.activeProject(anna, partner, w.form({ title }));
  };

  /** The rooms the bot is in whose marker names this project: duplicates would show here. */
  async function markedRooms(bot: Person, project: Project): Promise<string[]> {
    const slots: string[] = [];
    for (const roomId of (await bot.client.getJoinedRooms()).joined_rooms) {
      const marker = (await bot.client.getStateEvent(roomId, "org.opentwinning.room", "")) as {
        slot: string;
      };
      if (marker.slot.startsWith(`project/${project.id}/`)) slots.push(marker.slot);
    }
    return slots.sort();
  }

  it("resumes after a crash between createRoom and recording the room, without a second room", async () => {
    const project = await newProject("Crash course");
    const account = await matrixPerson("twinbot");
    const real = new RetryingMatrixClient(homeserver().url, account.accessToken, FAST_RETRIES);
    let created = 0;
    // The homeserver makes the third room, then the bot "dies" before it can record it.
    const crashing = new Proxy(real, {
      get(target, property) {
        if (property === "createRoom") {
          return async (options: object) => {
            const roomId = await target.createRoom(options);
            if (++created === 3) throw new Error("simulated crash after createRoom");
            return roomId;
          };
        }
        const value = Reflect.get(target, property) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const { bot: first } = await startBot(w, { account, client: crashing });
    await expect(first.drainOutbox()).rejects.toThrow("simulated crash");
    expect(Object.values(await projectRooms(w, project.id))).toHaveLength(2);
    // The dead process never released its leases; a minute later they have expired.
    await w.store.knex("consumer_cursors").update({ lease_until: 0 });
    await w.store.knex("matrix_bot_lease").update({ until: 0 });

    const { bot: restarted } = await startBot(w, { account });
    await restarted.drainOutbox();
    const rooms = await projectRooms(w, project.id);
    expect(Object.values(rooms)).toHaveLength(5);
    expect(created).toBe(3);
    expect(await markedRooms(account, project)).toEqual(
      ["forum", "general", "pupils", "space", "teachers"].map((room) => `project/${project.id}/${room}`),
    );
  });

  it("invites the room's people in createRoom, and one by one when the homeserver refused an invitation after making the room", async () => {
    const project = await newProject("Blocked invitation");
    const account = await matrixPerson("twinbot");
    const real = new RetryingMatrixClient(homeserver().url, account.accessToken, FAST_RETRIES);
    const calls = { createRoom: 0, invite: 0, refused: 0 };
    // The General room's createRoom: Synapse makes the room and sends the other invitations,
    // then answers the whole call with the refusal of Anna's (she blocks invitations).
    const refusing = new Proxy(real, {
      get(target, property) {
        if (property === "createRoom") {
          return async (options: RoomCreateOptions) => {
            calls.createRoom++;
            const general = options.initial_state?.some((e) => e.type === "im.vector.modular.widgets");
            if (!general || !options.invite?.includes(annaPerson.userId)) return target.createRoom(options);
            calls.refused++;
            await target.createRoom({
              ...options,
              invite: options.invite.filter((id) => id !== annaPerson.userId),
            });
            throw Object.assign(new Error("M_INVITE_BLOCKED"), {
              errcode: "M_INVITE_BLOCKED",
              statusCode: 403,
            });
          };
        }
        if (property === "inviteUser") {
          return async (userId: string, roomId: string) => {
            calls.invite++;
            return target.inviteUser(userId, roomId);
          };
        }
        const value = Reflect.get(target, property) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const { bot } = await startBot(w, { account, client: refusing });
    await bot.drainOutbox();

    expect(calls).toEqual({ createRoom: 5, invite: 1, refused: 1 });
    const rooms = await projectRooms(w, project.id);
    expect(Object.values(rooms)).toHaveLength(5);
    expect(await markedRooms(account, project)).toEqual(
      ["forum", "general", "pupils", "space", "teachers"].map((room) => `project/${project.id}/${room}`),
    );
    for (const roomId of Object.values(rooms)) {
      const member = (await account.client.getStateEvent(roomId, "m.room.member", annaPerson.userId)) as {
        membership: string;
      };
      expect(member.membership).toBe("invite");
    }
  });

  it("completes a provisioning that the homeserver rate-limits, waiting as long as it asks", async () => {
    const project = await newProject("Slow and steady");
    const admin = await matrixPerson("operator", { admin: true });
    const account = await matrixPerson("twinbot");
    // A low message rate for this bot only (Synapse's per-user override of rc_message): the
    // rest of the test run keeps its raised limits. Synapse also holds each refused request
    // half a second before it answers M_LIMIT_EXCEEDED. Low enough that sends slowed by a busy
    // machine (or the pupil guard's per-event check) still run into it.
    await admin.client.http.authedRequest(
      "POST" as never,
      `/users/${encodeURIComponent(account.userId)}/override_ratelimit`,
      undefined,
      { messages_per_second: 2, burst_count: 3 },
      { prefix: "/_synapse/admin/v1" },
    );
    const waits: number[] = [];
    const policy = {
      ...FAST_RETRIES,
      sleep: (ms: number) => {
        waits.push(ms);
        return FAST_RETRIES.sleep(ms);
      },
    };
    const { bot } = await startBot(w, { account, policy });
    await bot.drainOutbox();
    expect(waits.length).toBeGreaterThan(0);
    const rooms = await projectRooms(w, project.id);
    await annaPerson.client.joinRoom(rooms.general!);
    const { pinned } = (await annaPerson.client.getStateEvent(
      rooms.general!,
      "m.room.pinned_events",
      "",
    )) as {
      pinned: string[];
    };
    expect(pinned).toHaveLength(1);
    expect(await bot.reconciler.reconcile(project.id)).toEqual({ roomsCreated: 0, problems: 0 });
  });

  it("only waits while the homeserver is down: the outbox keeps the work until it answers", async () => {
    const proxy = await tcpProxy(new URL(homeserver().url).port);
    const account = await matrixPerson("twinbot");
    const client = new RetryingMatrixClient(proxy.url, account.accessToken, FAST_RETRIES);
    const { bot } = await startBot(w, { account, client });
    await bot.drainOutbox();
    await proxy.down();
    const project = await newProject("Through the storm");
    await expect(bot.drainOutbox()).rejects.toBeInstanceOf(HomeserverUnavailable);
    expect(Object.values(await projectRooms(w, project.id))).toEqual([]);
    await proxy.up();
    expect(await bot.drainOutbox()).toBeGreaterThan(0);
    expect(Object.keys(await projectRooms(w, project.id))).toHaveLength(5);
    await proxy.close();
  });

  it("puts back what people changed by hand and tells the founders what it must not undo", async () => {
    const project = await newProject("Hands off");
    const pablo = await w.teacher("Pablo García", await w.school("IES Cervantes", "ES", "Sevilla"));
    const pabloPerson = await matrixPerson("Pablo");
    await link(w, pablo, pabloPerson);
    await join(w, project.id, anna, pablo);
    const { person: pupil } = await pupilWithMatrix(w, project.id, anna, "Giulia");
    const { bot, account } = await startBot(w);
    await bot.drainOutbox();
    const rooms = await projectRooms(w, project.id);
    const founder = annaPerson.client;
    for (const roomId of Object.values(rooms)) await founder.joinRoom(roomId);
    await pabloPerson.client.joinRoom(rooms.forum!);
    await pupil.client.joinRoom(rooms.space!);
    await pupil.client.joinRoom(rooms.pupils!);

    // By hand: a founder kicks a teacher, removes the video widget and unpins the welcome ...
    await founder.kick(rooms.forum!, pabloPerson.userId, "oops");
    await founder.sendStateEvent(
      rooms.general!,
      "im.vector.modular.widgets" as never,
      {} as never,
      "opentwinning-video",
    );
    await founder.sendStateEvent(
      rooms.teachers!,
      "m.room.pinned_events" as never,
      { pinned: [] } as never,
      "",
    );
    // ... someone with the bot's own account opens a room and lowers a founder ...
    const operator = personClient(account.userId, account.accessToken);
    await operator.sendStateEvent(
      rooms.forum!,
      "m.room.join_rules" as never,
      { join_rule: "public" } as never,
      "",
    );
    await operator.setPowerLevel(rooms.forum!, annaPerson.userId, 0);
    // ... and a teacher bans a pupil: a moderator's decision the bot leaves alone.
    await founder.ban(rooms.pupils!, pupil.userId, "Rude in the chat");

    await bot.fullPass();

    expect(
      (
        (await founder.getStateEvent(rooms.forum!, "m.room.member", pabloPerson.userId)) as {
          membership: string;
        }
      ).membership,
    ).toBe("invite");
    expect(
      await founder.getStateEvent(rooms.general!, "im.vector.modular.widgets", "opentwinning-video"),
    ).toMatchObject({ type: "m.jitsi" });
    expect(
      ((await founder.getStateEvent(rooms.teachers!, "m.room.pinned_events", "")) as { pinned: string[] })
        .pinned,
    ).toHaveLength(1);
    expect(await founder.getStateEvent(rooms.forum!, "m.room.join_rules", "")).toMatchObject({
      join_rule: "restricted",
    });
    const levels = (await founder.getStateEvent(rooms.forum!, "m.room.power_levels", "")) as {
      users: Record<string, number>;
    };
    expect(levels.users[annaPerson.userId]).toBe(75);
    expect(
      ((await founder.getStateEvent(rooms.pupils!, "m.room.member", pupil.userId)) as { membership: string })
        .membership,
    ).toBe("ban");

    const notices = async () =>
      (await founder.createMessagesRequest(rooms.teachers!, null, 50, "b" as never)).chunk.filter(
        (event) =>
          event.sender === account.userId && String(event.content?.body).includes("could not put everything"),
      );
    const [notice] = await notices();
    expect(String(notice?.content?.body)).toContain(
      `${pupil.userId} is banned from Hands off · Pupils' room`,
    );
    expect(notice?.content?.["m.mentions"]).toEqual({ user_ids: [annaPerson.userId] });
    await bot.fullPass();
    expect(await notices()).toHaveLength(1);
    expect(await outcome(say(pupil, rooms.pupils!, "sorry"))).toBe("M_FORBIDDEN");
  });

  it("runs on its own: a project approved while the bot runs gets its TwinSpace within moments", async () => {
    const { bot } = await startBot(w);
    await bot.drainOutbox();
    bot.start();
    const project = await newProject("Live");
    const deadline = Date.now() + 15_000;
    while (Object.keys(await projectRooms(w, project.id)).length < 5 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Object.keys(await projectRooms(w, project.id))).toHaveLength(5);
  });
});

/** A TCP forwarder to Synapse that can be taken down (connections refused) and brought back. */
async function tcpProxy(
  targetPort: string,
): Promise<{ url: string; down(): Promise<void>; up(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((socket) => {
        const upstream = connect(Number(targetPort), "127.0.0.1");
        sockets.add(socket).add(upstream);
        socket.pipe(upstream).pipe(socket);
        const drop = () => {
          socket.destroy();
          upstream.destroy();
        };
        socket.on("error", drop).on("close", drop);
        upstream.on("error", drop).on("close", drop);
      });
      server.listen(port, "127.0.0.1", () => {
        const address = server!.address();
        port = typeof address === "object" && address ? address.port : port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server?.close(() => resolve());
    });
  await listen();
  return { url: `http://127.0.0.1:${port}`, down: stop, up: listen, close: stop };
}
