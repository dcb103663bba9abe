import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeProject,
  leaveProject,
  type Project,
  removeMember,
  removePupilFromProject,
  type School,
  setMemberRole,
  type Teacher,
  updateProject,
} from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { World } from "../support/world.ts";
import {
  join,
  link,
  matrixPerson,
  outcome,
  type Person,
  projectRooms,
  pupilWithMatrix,
  say,
  startBot,
} from "./people.ts";

/** Room membership follows project membership both ways, driven by the outbox. */
describe("TwinSpace membership following the project", () => {
  let w: World;
  let bot: MatrixBot;
  let project: Project;
  let rooms: Record<string, string>;
  let anna: Teacher;
  let marie: Teacher;
  let galilei: School;
  let annaPerson: Person;

  /** What the room's state says of a user, as a founder sees it. */
  const memberOf = async (room: string, userId: string) =>
    (await annaPerson.client.getStateEvent(rooms[room]!, "m.room.member", userId)) as {
      membership: string;
      reason?: string;
    };

  beforeAll(async () => {
    w = await World.create("sqlite");
    galilei = await w.school("Liceo Galilei", "IT", "Roma");
    anna = await w.teacher("Anna Rossi", galilei);
    marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    project = await w.activeProject(anna, marie);
    annaPerson = await matrixPerson("Anna");
    await link(w, anna, annaPerson);
    ({ bot } = await startBot(w));
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    for (const roomId of Object.values(rooms)) await annaPerson.client.joinRoom(roomId);
  });

  afterAll(async () => {
    await w.destroy();
  });

  it("invites a teacher who joins the project to every room, and a founder who links later", async () => {
    const luca = await w.teacher("Luca Bianchi", galilei);
    const lucaPerson = await matrixPerson("Luca");
    await link(w, luca, lucaPerson);
    await join(w, project.id, anna, luca);
    const mariePerson = await matrixPerson("Marie");
    await link(w, marie, mariePerson);
    await bot.drainOutbox();
    for (const room of Object.keys(rooms)) {
      expect((await memberOf(room, lucaPerson.userId)).membership).toBe("invite");
      expect((await memberOf(room, mariePerson.userId)).membership).toBe("invite");
    }
  });

  it("removes a teacher removed from the project from every room, with the founders' reason", async () => {
    const pablo = await w.teacher("Pablo García", await w.school("IES Cervantes", "ES", "Sevilla"));
    const pabloPerson = await matrixPerson("Pablo");
    await link(w, pablo, pabloPerson);
    await join(w, project.id, marie, pablo);
    await bot.drainOutbox();
    await pabloPerson.client.joinRoom(rooms.general!);
    await removeMember(w.deps, w.actor(anna), project.id, pablo.id, "Moved to another school");
    await bot.drainOutbox();
    for (const room of Object.keys(rooms)) {
      const member = await memberOf(room, pabloPerson.userId);
      expect(member.membership).toBe("leave");
      expect(member.reason).toContain("Moved to another school");
    }
    expect(await outcome(pabloPerson.client.joinRoom(rooms.general!))).toBe("M_FORBIDDEN");
  });

  it("takes a teacher who leaves out, together with the pupils they brought (R11)", async () => {
    const elena = await w.teacher("Elena Verdi", galilei);
    const elenaPerson = await matrixPerson("Elena");
    await link(w, elena, elenaPerson);
    await join(w, project.id, anna, elena);
    const { person: pupil } = await pupilWithMatrix(w, project.id, elena, "Marco");
    await bot.drainOutbox();
    expect((await memberOf("pupils", pupil.userId)).membership).toBe("invite");
    expect(
      await outcome(annaPerson.client.getStateEvent(rooms.teachers!, "m.room.member", pupil.userId)),
    ).toBe("M_NOT_FOUND");
    await leaveProject(w.deps, w.actor(elena), project.id);
    await bot.drainOutbox();
    expect(await memberOf("general", elenaPerson.userId)).toMatchObject({ membership: "leave" });
    expect((await memberOf("general", elenaPerson.userId)).reason).toContain("Left the project");
    for (const room of ["space", "general", "forum", "pupils"]) {
      expect((await memberOf(room, pupil.userId)).membership).toBe("leave");
    }
  });

  it("takes a pupil out when their teacher removes them", async () => {
    const { pupil, person } = await pupilWithMatrix(w, project.id, anna, "Sofia");
    await bot.drainOutbox();
    await person.client.joinRoom(rooms.space!);
    await person.client.joinRoom(rooms.pupils!);
    await removePupilFromProject(w.deps, w.actor(anna), project.id, pupil.id);
    await bot.drainOutbox();
    expect(await memberOf("pupils", person.userId)).toMatchObject({ membership: "leave" });
    expect((await memberOf("pupils", person.userId)).reason).toContain("No longer taking part");
  });

  it("moves a teacher who links another Matrix account: the old one leaves, the new one is invited", async () => {
    const newAccount = await matrixPerson("Anna Work");
    await link(w, anna, newAccount);
    await bot.drainOutbox();
    expect((await memberOf("teachers", newAccount.userId)).membership).toBe("invite");
    for (const roomId of Object.values(rooms)) await newAccount.client.joinRoom(roomId);
    const old = (await newAccount.client.getStateEvent(rooms.space!, "m.room.member", annaPerson.userId)) as {
      membership: string;
    };
    expect(old.membership).toBe("leave");
    annaPerson = newAccount;
  });

  it("follows the project: a new title and new rules reach the room names and the pinned welcome, a new role the power levels", async () => {
    const { pinned } = (await annaPerson.client.getStateEvent(rooms.forum!, "m.room.pinned_events", "")) as {
      pinned: string[];
    };
    await updateProject(w.deps, w.actor(anna), project.id, {
      form: w.form({ title: "Rivers and lakes", safetyRules: "First names only. Parents agreed to photos." }),
    });
    const luca = await w.teacher("Luca Bianchi", galilei);
    const lucaPerson = await matrixPerson("Luca");
    await link(w, luca, lucaPerson);
    await join(w, project.id, anna, luca);
    await setMemberRole(w.deps, w.actor(anna), project.id, luca.id, "admin");
    await bot.drainOutbox();
    expect(await annaPerson.client.getStateEvent(rooms.forum!, "m.room.name", "")).toEqual({
      name: "Rivers and lakes · Forum",
    });
    expect(await annaPerson.client.getStateEvent(rooms.forum!, "m.room.pinned_events", "")).toEqual({
      pinned,
    });
    const edits = await annaPerson.client.relations(rooms.forum!, pinned[0]!, "m.replace");
    // Newest edit first, as clients show it.
    const latest = edits.events[0]?.getContent()["m.new_content"] as { body: string };
    expect(latest.body).toContain("Welcome to Rivers and lakes · Forum");
    expect(latest.body).toContain("Parents agreed to photos.");
    const levels = (await annaPerson.client.getStateEvent(rooms.forum!, "m.room.power_levels", "")) as {
      users: Record<string, number>;
    };
    expect(levels.users[lucaPerson.userId]).toBe(75);
  });

  it("makes a closed project's rooms read-only with a notice, deleting nothing", async () => {
    const earlier = await say(annaPerson, rooms.general!, "Our last river report is online.");
    await closeProject(w.deps, w.actor(anna), project.id);
    await bot.drainOutbox();
    const levels = (await annaPerson.client.getStateEvent(rooms.general!, "m.room.power_levels", "")) as {
      events_default: number;
    };
    expect(levels.events_default).toBe(100);
    expect(await outcome(say(annaPerson, rooms.general!, "one more thing"))).toBe("M_FORBIDDEN");
    const history = await annaPerson.client.createMessagesRequest(rooms.general!, null, 20, "b" as never);
    const bodies = history.chunk.map((event) => String(event.content?.body ?? ""));
    expect(bodies.some((body) => body.includes("This project was closed on"))).toBe(true);
    expect(history.chunk.map((event) => event.event_id)).toContain(earlier);
    expect(Object.keys(await projectRooms(w, project.id))).toHaveLength(5);
  });
});
