import { randomBytes } from "node:crypto";
import { Method } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  createMatrixLinkCode,
  decideApproval,
  leaveProject,
  linkMatrixAccount,
  resubmitProject,
  setModerator,
  type Project,
  type School,
  type Teacher,
} from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { RetryingMatrixClient } from "../../matrix-bot/homeserver/client.ts";
import { SLOT_MARKER } from "../../matrix-bot/homeserver/rooms.ts";
import { World } from "../support/world.ts";
import {
  FAST_RETRIES,
  homeserver,
  join,
  link,
  matrixPerson,
  type Person,
  personClient,
  projectRooms,
  pupilWithMatrix,
  say,
  startBot,
  stopBots,
} from "./people.ts";

/** Chat commands on the real Synapse: what each person sees in their Matrix client. */
describe("chat commands with the bot", () => {
  let w: World;
  let bot: MatrixBot;
  let botAccount: Person;
  let galilei: School;
  let anna: Teacher;
  let marie: Teacher;
  let annaPerson: Person;
  let project: Project;
  let rooms: Record<string, string>;

  /** The bot's notices after `eventId` (all recent ones for ""), oldest first, as the person reads them. */
  async function notices(person: Person, roomId: string, eventId: string) {
    const { chunk } = await person.client.createMessagesRequest(roomId, null, 30, "b" as never);
    const at = chunk.findIndex((event) => event.event_id === eventId);
    const after = at < 0 ? chunk : chunk.slice(0, at);
    return after
      .filter((event) => event.sender === botAccount.userId && event.content?.msgtype === "m.notice")
      .map((event) => ({ body: String(event.content?.body), html: String(event.content?.formatted_body) }))
      .reverse();
  }

  /** Sends a message, lets the bot read the chat once, and returns its answer (undefined: none). */
  async function ask(person: Person, roomId: string, text: string): Promise<string | undefined> {
    const eventId = await say(person, roomId, text);
    await bot.syncChat();
    const answers = await notices(person, roomId, eventId);
    expect(answers.length).toBeLessThanOrEqual(1);
    return answers[0]?.body;
  }

  /** A person opens a direct message with the bot, which accepts it. */
  async function directMessage(person: Person): Promise<string> {
    const { room_id } = await person.client.createRoom({
      is_direct: true,
      preset: "trusted_private_chat" as never,
      invite: [botAccount.userId],
    });
    await bot.syncChat();
    return room_id;
  }

  async function recordedRoom(slot: string): Promise<string> {
    const row = await w.store.database.knex("matrix_rooms").where({ slot }).first("room_id");
    return row.room_id;
  }

  async function linkedPerson(account: Account, name: string): Promise<Person> {
    const person = await matrixPerson(name);
    await link(w, account, person);
    return person;
  }

  beforeAll(async () => {
    w = await World.create("sqlite");
    galilei = await w.school("Liceo Galilei", "IT", "Roma");
    anna = await w.teacher("Anna Rossi", galilei);
    marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    project = await w.activeProject(anna, marie);
    annaPerson = await linkedPerson(anna, "Anna");
    ({ bot, account: botAccount } = await startBot(w));
    await bot.syncChat(); // the first sync: only history, no answers
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    for (const roomId of Object.values(rooms)) await annaPerson.client.joinRoom(roomId);
  });

  afterAll(async () => {
    await stopBots();
    await w.destroy();
  });

  it("links a teacher: a code from the profile page, `link <code>` in a direct message, both sides confirm", async () => {
    const luca = await w.teacher("Luca Bianchi", galilei);
    const lucaPerson = await matrixPerson("Luca");
    const { code } = await createMatrixLinkCode(w.deps, w.actor(luca));
    const dm = await directMessage(lucaPerson);
    expect(await ask(lucaPerson, dm, "projects")).toContain("I don't know who you are");
    expect(await ask(lucaPerson, dm, `link ${code}`)).toBe(
      `Done: ${lucaPerson.userId} is now linked to Luca Bianchi in OpenTwinning. I will invite you to your projects' rooms.`,
    );
    const account = await w.deps.store.transaction((tx) => tx.accounts.get(luca.id));
    expect(account?.matrixUserId).toBe(lucaPerson.userId);
    expect(await ask(lucaPerson, dm, `link ${code}`)).toContain("code");
    expect(await ask(lucaPerson, dm, "projects")).toBe(
      "You have no projects yet. Found one or accept an invitation in OpenTwinning.",
    );
    // Answers follow the sender's language (their account's, from their LMS).
    await w.deps.store.transaction((tx) => tx.accounts.update({ ...account!, locale: "it" }, w.clock.now()));
    expect(await ask(lucaPerson, dm, "projects")).toBe(
      "Non hai ancora progetti. Fondane uno o accetta un invito in OpenTwinning.",
    );
  });

  it("invites from the project's General room, by Matrix ID and by name; the invitee accepts in a DM and is invited to the rooms", async () => {
    const elena = await w.teacher("Elena Verdi", galilei);
    const elenaPerson = await linkedPerson(elena, "Elena");
    expect(await ask(annaPerson, rooms.general!, `!tw invite ${elenaPerson.userId}`)).toBe(
      "Invitation sent to Elena Verdi. They can accept it in OpenTwinning or by sending me “accept”.",
    );
    const dm = await directMessage(elenaPerson);
    const list = (await ask(elenaPerson, dm, "invitations"))!;
    expect(list).toContain("“Our rivers, our future”, from Anna Rossi");
    const code = /• (\w{8}) /.exec(list)![1]!;
    expect(await ask(elenaPerson, dm, `accept ${code}`)).toBe(
      "Welcome to “Our rivers, our future”. You will be invited to its rooms in a moment.",
    );
    await bot.drainOutbox();
    const membership = (room: string) =>
      annaPerson.client.getStateEvent(rooms[room]!, "m.room.member", elenaPerson.userId) as Promise<{
        membership: string;
      }>;
    for (const room of Object.keys(rooms)) expect((await membership(room)).membership).toBe("invite");
    await elenaPerson.client.joinRoom(rooms.general!);
    expect((await membership("general")).membership).toBe("join");

    const pablo = await w.teacher("Pablo García", await w.school("IES Cervantes", "ES", "Sevilla"));
    expect(await ask(annaPerson, rooms.general!, "!tw invite Pablo García")).toBe(
      "Invitation sent to Pablo García. They can accept it in OpenTwinning or by sending me “accept”.",
    );
    const invited = await w.deps.store.transaction((tx) => tx.invitations.pendingForTeacher(pablo.id));
    expect(invited.map((i) => i.projectId)).toEqual([project.id]);
  });

  it("national units decide from their rooms; founders hear it in their project room and by direct message", async () => {
    const moderatorIT = await linkedPerson(await w.moderator("IT"), "Moderator IT");
    const moderatorFR = await linkedPerson(await w.moderator("FR"), "Moderator FR");
    await bot.drainNews();
    await bot.nationalUnitsPass();
    const roomIT = await recordedRoom("national_unit/IT");
    const roomFR = await recordedRoom("national_unit/FR");
    await moderatorIT.client.joinRoom(roomIT);
    await moderatorFR.client.joinRoom(roomFR);
    const annaDm = await directMessage(annaPerson);

    const sara = await w.teacher("Sara Neri", galilei);
    const european = await w.projectAwaitingApproval(
      sara,
      marie,
      w.form({ title: "Stars over <b>Europe</b>" }),
    );
    const code = european.id.slice(0, 8);
    const beforeIT = await say(moderatorIT, roomIT, "Good morning");
    await bot.drainNews();
    const [posted] = await notices(moderatorIT, roomIT, beforeIT);
    expect(posted?.body).toContain("A project awaits the decision of Italy: “Stars over <b>Europe</b>”");
    expect(posted?.body).toContain("Pupils compare the rivers of their towns.");
    expect(posted?.html).toContain("Stars over &lt;b&gt;Europe&lt;/b&gt;");

    expect(await ask(moderatorIT, roomIT, `!tw approve ${code}`)).toBe(
      "You approved “Stars over <b>Europe</b>”. The founders are told.",
    );
    expect(await ask(moderatorFR, roomFR, `!tw reject ${code} The calendar has no dates.`)).toBe(
      "You rejected “Stars over <b>Europe</b>”. The founders are told, with your reason.",
    );
    const saraPerson = await linkedPerson(sara, "Sara");
    await bot.drainNews();
    const saraDm = await recordedRoom(`direct/${saraPerson.userId}`);
    await saraPerson.client.joinRoom(saraDm);
    const told = (await notices(saraPerson, saraDm, "")).map((n) => n.body);
    expect(told.join("\n")).toContain("The national unit of Italy approved “Stars over <b>Europe</b>”.");
    expect(told.join("\n")).toContain("The national unit of France rejected “Stars over <b>Europe</b>”.");
    expect(told.join("\n")).toContain("Reason: The calendar has no dates.");

    // Resubmitted, the project is posted again; Sara, who left her DM, is invited back to hear the news.
    await saraPerson.client.leave(saraDm);
    await resubmitProject(w.deps, w.actor(sara), european.id);
    const beforeRound2 = await say(moderatorIT, roomIT, "Round two");
    await bot.drainNews();
    expect((await notices(moderatorIT, roomIT, beforeRound2)).map((n) => n.body.split("\n")[0])).toEqual([
      `A project awaits the decision of Italy: “Stars over <b>Europe</b>” (${code})`,
    ]);
    expect(await ask(moderatorIT, roomIT, `!tw approve ${code}`)).toContain("You approved");
    await bot.drainNews();
    expect(await recordedRoom(`direct/${saraPerson.userId}`)).toBe(saraDm);
    await saraPerson.client.joinRoom(saraDm);
    const round2 = (await notices(saraPerson, saraDm, "")).map((n) => n.body);
    expect(round2.filter((body) => body.includes("Italy approved"))).toHaveLength(2);

    // A national project approved by Italy becomes active: its founders read it in their Teachers' room.
    const giulia = await w.teacher("Giulia Conti", await w.school("IC Manzoni", "IT", "Milano"));
    const national = await w.projectAwaitingApproval(anna, giulia, w.form({ title: "Dante today" }));
    await bot.drainNews();
    // A moderator of another country cannot decide for Italy, even naming the project.
    expect(await ask(moderatorFR, roomFR, `!tw approve ${national.id.slice(0, 8)}`)).toContain(
      "No project awaiting your unit's decision",
    );
    expect(await ask(moderatorIT, roomIT, `!tw approve ${national.id.slice(0, 8)}`)).toContain(
      "You approved",
    );
    await bot.drainOutbox();
    const teachersRoom = (await projectRooms(w, national.id)).teachers!;
    await annaPerson.client.joinRoom(teachersRoom);
    const inRoom = (await notices(annaPerson, teachersRoom, "")).map((n) => n.body);
    await bot.drainNews();
    const afterNews = (await notices(annaPerson, teachersRoom, "")).map((n) => n.body);
    expect(afterNews.filter((body) => !inRoom.includes(body))).toEqual([
      "The national unit of Italy approved “Dante today”.",
    ]);
    // Anna's own DM with the bot is reused; she hears of her project only, not of Sara's.
    const dmNews = (await notices(annaPerson, annaDm, "")).map((n) => n.body);
    expect(dmNews).toContain("The national unit of Italy approved “Dante today”.");
    expect(dmNews.join("\n")).not.toContain("Stars over");
    expect(await recordedRoom(`direct/${annaPerson.userId}`)).toBe(annaDm);

    // A moderator whose grant is revoked leaves the unit's room, told why.
    await setModerator(w.deps, w.actor(await w.centralAdmin()), (await w.moderator("FR")).id, "FR", false);
    await bot.drainNews();
    const member = await moderatorFR.client.getStateEvent(roomFR, "m.room.member", moderatorFR.userId);
    expect(member).toMatchObject({ membership: "leave", reason: "No longer a moderator of France." });
  });

  it("refuses each wrong sender with the reason: unlinked, pupil, non-member, wrong room", async () => {
    const stranger = await matrixPerson("Stranger");
    const dm = await directMessage(stranger);
    expect(await ask(stranger, dm, "invitations")).toContain("I don't know who you are in OpenTwinning yet");

    const { person: pupil } = await pupilWithMatrix(w, project.id, anna, "Marco");
    await bot.drainOutbox();
    await pupil.client.joinRoom(rooms.space!);
    await pupil.client.joinRoom(rooms.general!);
    expect(await ask(pupil, rooms.general!, "!tw members")).toBe(
      "Commands are for teachers. If you need something in this project, ask your teacher.",
    );

    const nico = await w.teacher("Nico Romano", galilei);
    const nicoPerson = await linkedPerson(nico, "Nico");
    await join(w, project.id, anna, nico);
    await bot.drainOutbox();
    await nicoPerson.client.joinRoom(rooms.general!);
    await leaveProject(w.deps, w.actor(nico), project.id);
    // Before the bot has taken him out of the rooms, his commands no longer work.
    expect(await ask(nicoPerson, rooms.general!, "!tw members")).toBe(
      "Only teachers of this project can use this command here.",
    );
    expect(await ask(annaPerson, rooms.general!, "!tw approve 12345678")).toBe(
      "“approve” works in your national unit's room only.",
    );
    expect(await ask(annaPerson, rooms.general!, "Shall we meet at 10?")).toBeUndefined();
  });

  it("skips news it cannot deliver after a few tries (a founder linked to a Matrix ID on a server it cannot reach), then goes on", async () => {
    const ghost = await w.teacher("Gino Fantasma", galilei);
    const { code } = await createMatrixLinkCode(w.deps, w.actor(ghost));
    await linkMatrixAccount(w.deps, "@nobody:elsewhere.example", code);
    const partner = await w.teacher("Paola Reale", await w.school("IC Verga", "IT", "Catania"));
    const ghostly = await w.projectAwaitingApproval(ghost, partner, w.form({ title: "Ghost stories" }));
    await bot.drainNews();
    await decideApproval(w.deps, w.actor(await w.moderator("IT")), ghostly.id, "IT", {
      approve: false,
      reason: "Too spooky.",
    });
    await expect(bot.drainNews()).rejects.toThrow();
    await expect(bot.drainNews()).rejects.toThrow();
    await bot.drainNews(); // the third failure is skipped: the news consumer is not stuck
    await resubmitProject(w.deps, w.actor(ghost), ghostly.id);
    await bot.drainNews();
    const asBot: Person = { ...botAccount, client: personClient(botAccount.userId, botAccount.accessToken) };
    const posted = await notices(asBot, await recordedRoom("national_unit/IT"), "");
    expect(posted.filter((n) => n.body.includes("“Ghost stories”"))).toHaveLength(2);
  });

  it("ignores its own messages, edits of old commands, history from before it joined or started; joins only its rooms and DMs", async () => {
    const asBot: Person = { ...botAccount, client: personClient(botAccount.userId, botAccount.accessToken) };
    expect(await ask(asBot, rooms.general!, "!tw status")).toBeUndefined();

    const command = await say(annaPerson, rooms.general!, "!tw status");
    await bot.syncChat();
    const edit = await annaPerson.client.http.authedRequest<{ event_id: string }>(
      Method.Put,
      `/rooms/${encodeURIComponent(rooms.general!)}/send/m.room.message/${randomBytes(8).toString("hex")}`,
      undefined,
      {
        msgtype: "m.text",
        body: "* !tw members",
        "m.new_content": { msgtype: "m.text", body: "!tw members" },
        "m.relates_to": { rel_type: "m.replace", event_id: command },
      },
    );
    await bot.syncChat();
    expect(await notices(annaPerson, rooms.general!, edit.event_id)).toEqual([]);

    // Written before the bot joined the DM: history, not a command.
    const early = await matrixPerson("Early");
    const { room_id: dm } = await early.client.createRoom({
      is_direct: true,
      preset: "trusted_private_chat" as never,
      invite: [botAccount.userId],
    });
    const before = await say(early, dm, "help");
    await bot.syncChat();
    await bot.syncChat();
    expect(await notices(early, dm, before)).toEqual([]);

    // Written while no bot ran: a restarted bot carries on from its saved position and does not answer it.
    await stopBots();
    const missed = await say(annaPerson, rooms.general!, "!tw status");
    ({ bot } = await startBot(w, { account: botAccount }));
    await bot.syncChat();
    expect(await notices(annaPerson, rooms.general!, missed)).toEqual([]);
    expect(await ask(annaPerson, rooms.general!, "!tw status")).toContain("Our rivers, our future");

    // A room that is neither the bot's nor a direct message: the invitation is refused.
    const { room_id: group } = await annaPerson.client.createRoom({ invite: [botAccount.userId] });
    await bot.syncChat();
    const member = (await annaPerson.client.getStateEvent(group, "m.room.member", botAccount.userId)) as {
      membership: string;
    };
    expect(member.membership).toBe("leave");
    expect(await early.client.getStateEvent(dm, "m.room.member", botAccount.userId)).toMatchObject({
      membership: "join",
    });
  });

  it("makes a national unit's room once, even when it crashed between createRoom and recording it", async () => {
    await stopBots();
    const moderatorES = await linkedPerson(await w.moderator("ES"), "Moderator ES");
    const real = new RetryingMatrixClient(homeserver().url, botAccount.accessToken, FAST_RETRIES);
    const crashing = new Proxy(real, {
      get(target, property) {
        if (property === "createRoom") {
          return async (options: object) => {
            await target.createRoom(options);
            throw new Error("simulated crash after createRoom");
          };
        }
        const value = Reflect.get(target, property) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const { bot: crashed } = await startBot(w, { account: botAccount, client: crashing });
    await expect(crashed.nationalUnitsPass()).rejects.toThrow("simulated crash");
    await w.store.database.knex("matrix_bot_lease").update({ until: 0 }); // its lease expired
    ({ bot } = await startBot(w, { account: botAccount }));
    await bot.nationalUnitsPass();
    const roomES = await recordedRoom("national_unit/ES");
    const marked: string[] = [];
    for (const roomId of await real.getJoinedRooms()) {
      const marker = await real.getRoomStateEvent(roomId, SLOT_MARKER, "").catch(() => undefined);
      if ((marker as { slot?: string } | undefined)?.slot === "national_unit/ES") marked.push(roomId);
    }
    expect(marked).toEqual([roomES]);
    await moderatorES.client.joinRoom(roomES);
    expect(await moderatorES.client.getStateEvent(roomES, "m.room.name", "")).toEqual({
      name: "National unit · Spain",
    });
  });

  it("running on its own loop, answers; of two running instances only the lease holder answers, once", async () => {
    await stopBots();
    const instances = [
      (await startBot(w, { account: botAccount })).bot,
      (await startBot(w, { account: botAccount })).bot,
    ];
    for (const instance of instances) instance.start();
    const eventId = await say(annaPerson, rooms.general!, "!tw milestones");
    const deadline = Date.now() + 10_000;
    while ((await notices(annaPerson, rooms.general!, eventId)).length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const answers = await notices(annaPerson, rooms.general!, eventId);
    expect(answers.map((a) => a.body.split("\n")[0])).toEqual(["Milestones of “Our rivers, our future”"]);
  });
});
