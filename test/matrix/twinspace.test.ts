import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Project, setMemberRole, type Teacher } from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { startPages } from "../pages/client.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
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

/**
 * A european project's TwinSpace on a real Synapse, walked by its people: two founders
 * (Italy, France), a project admin from the founder's own school (R10), a Spanish teacher,
 * a pupil, and someone outside the project.
 */
describe.each(DATABASE_KINDS)("the TwinSpace of an approved european project (%s)", (kind) => {
  let w: World;
  let bot: MatrixBot;
  let project: Project;
  let rooms: Record<string, string>;
  let founders: Teacher[];
  const people = {} as Record<
    "anna" | "marie" | "luca" | "pablo" | "giulia" | "outsider" | "botAccount",
    Person
  >;

  beforeAll(async () => {
    w = await World.create(kind);
    const galilei = await w.school("Liceo Galilei", "IT", "Roma");
    const moulin = await w.school("Collège Jean Moulin", "FR", "Lyon");
    const cervantes = await w.school("IES Cervantes", "ES", "Sevilla");
    const anna: Teacher = await w.teacher("Anna Rossi", galilei);
    const marie = await w.teacher("Marie Dupont", moulin);
    const luca = await w.teacher("Luca Bianchi", galilei);
    const pablo = await w.teacher("Pablo García", cervantes);
    project = await w.activeProject(
      anna,
      marie,
      w.form({ safetyRules: "First names only.\nNo faces in photos." }),
    );
    await join(w, project.id, anna, luca);
    await setMemberRole(w.deps, w.actor(anna), project.id, luca.id, "admin");
    await join(w, project.id, marie, pablo);
    for (const [name, teacher] of [
      ["anna", anna],
      ["marie", marie],
      ["luca", luca],
      ["pablo", pablo],
    ] as const) {
      people[name] = await matrixPerson(teacher.name);
      await link(w, teacher, people[name]);
    }
    people.giulia = (await pupilWithMatrix(w, project.id, anna, "Giulia")).person;
    people.outsider = await matrixPerson("Outsider");
    const started = await startBot(w);
    bot = started.bot;
    people.botAccount = started.account;
    founders = [anna, marie];
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
  });

  afterAll(async () => {
    await w.destroy();
  });

  const state = (person: Person, room: string, type: string, key = "") =>
    person.client.getStateEvent(rooms[room]!, type, key) as Promise<Record<string, unknown>>;

  it("makes a space with General, Forum, Teachers' room and Pupils' room, linked both ways", async () => {
    expect(Object.keys(rooms).sort()).toEqual(["forum", "general", "pupils", "space", "teachers"]);
    const anna = people.anna.client;
    await anna.joinRoom(rooms.space!);
    expect(await state(people.anna, "space", "m.room.name")).toEqual({ name: project.title });
    expect(await state(people.anna, "space", "m.room.topic")).toMatchObject({ topic: project.summary });
    const hierarchy = await anna.getRoomHierarchy(rooms.space!);
    const names = hierarchy.rooms.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        `${project.title} · General`,
        `${project.title} · Forum`,
        `${project.title} · Teachers' room`,
        `${project.title} · Pupils' room`,
      ]),
    );
    for (const room of ["general", "forum", "teachers", "pupils"]) {
      await anna.joinRoom(rooms[room]!);
      expect(await state(people.anna, room, "m.space.parent", rooms.space)).toMatchObject({
        canonical: true,
      });
      expect(await state(people.anna, "space", "m.space.child", rooms[room])).toMatchObject({
        suggested: true,
      });
    }
  });

  it("links the project page to the rooms the bot made, through matrix.to", async () => {
    const app = await startPages(w, { twinSpaces: new RecordedTwinSpaces(w.store.database) });
    try {
      const page = await (await app.as(founders[0]!)).get(`/app/projects/${project.id}`);
      for (const room of ["space", "general", "forum", "teachers", "pupils"]) {
        expect(page.html).toContain(`https://matrix.to/#/${encodeURIComponent(rooms[room]!)}`);
      }
    } finally {
      await app.tool.stop();
    }
  });

  it("keeps everyone outside the project out: invitation or space membership only, no guests, not in the directory", async () => {
    expect(await state(people.anna, "space", "m.room.join_rules")).toEqual({ join_rule: "invite" });
    expect(await state(people.anna, "teachers", "m.room.join_rules")).toEqual({ join_rule: "invite" });
    for (const room of ["general", "forum", "pupils"]) {
      expect(await state(people.anna, room, "m.room.join_rules")).toEqual({
        join_rule: "restricted",
        allow: [{ type: "m.room_membership", room_id: rooms.space }],
      });
    }
    for (const room of Object.keys(rooms)) {
      expect(await state(people.anna, room, "m.room.guest_access")).toEqual({ guest_access: "forbidden" });
      expect(await state(people.anna, room, "m.room.history_visibility")).toEqual({
        history_visibility: "shared",
      });
      expect(await people.anna.client.getRoomDirectoryVisibility(rooms[room]!)).toEqual({
        visibility: "private",
      });
      expect(await outcome(people.outsider.client.joinRoom(rooms[room]!))).toBe("M_FORBIDDEN");
    }
    const publicRooms = await people.outsider.client.publicRooms({});
    expect(publicRooms.chunk.map((r) => r.room_id)).not.toEqual(expect.arrayContaining([rooms.space]));
  });

  it("lets a pupil into the space, General, Forum and the Pupils' room, never the Teachers' room", async () => {
    const giulia = people.giulia.client;
    const invited = (await giulia.getJoinedRooms()).joined_rooms;
    expect(invited).toEqual([]);
    for (const room of ["space", "general", "forum", "pupils"]) await giulia.joinRoom(rooms[room]!);
    expect(await outcome(giulia.joinRoom(rooms.teachers!))).toBe("M_FORBIDDEN");
    const seen = (await giulia.getRoomHierarchy(rooms.space!)).rooms.map((r) => r.room_id);
    expect(seen).toEqual(expect.arrayContaining([rooms.general, rooms.forum, rooms.pupils]));
    expect(seen).not.toContain(rooms.teachers);
  });

  it("gives founders and admins a high level, teachers moderation, and pupils no power over the room", async () => {
    const levels = (await state(people.anna, "general", "m.room.power_levels")) as {
      users: Record<string, number>;
      users_default: number;
      invite: number;
      kick: number;
      state_default: number;
      events: Record<string, number>;
    };
    expect(levels.users[people.anna.userId]).toBe(75);
    expect(levels.users[people.marie.userId]).toBe(75);
    expect(levels.users[people.luca.userId]).toBe(75);
    expect(levels.users[people.pablo.userId]).toBe(50);
    expect(levels.users[people.giulia.userId] ?? levels.users_default).toBe(0);
    expect(levels.kick).toBe(50);
    const pupil = people.giulia.client;
    expect(await outcome(pupil.invite(rooms.general!, people.outsider.userId))).toBe("M_FORBIDDEN");
    expect(await outcome(pupil.kick(rooms.general!, people.pablo.userId, "no"))).toBe("M_FORBIDDEN");
    expect(await outcome(pupil.setRoomTopic(rooms.general!, "mine now"))).toBe("M_FORBIDDEN");
    expect(
      await outcome(
        pupil.sendStateEvent(
          rooms.general!,
          "im.vector.modular.widgets" as never,
          { type: "m.custom", url: "https://x.example" } as never,
          "w",
        ),
      ),
    ).toBe("M_FORBIDDEN");
    expect(await outcome(say(people.giulia, rooms.general!, "Ciao a tutti!"))).toBe("ok");
  });

  it("puts a video-meeting widget in General", async () => {
    const widget = await state(people.anna, "general", "im.vector.modular.widgets", "opentwinning-video");
    expect(widget).toMatchObject({
      type: "m.jitsi",
      data: { domain: "meet.example.org", isAudioOnly: false },
    });
    expect(widget.url).toMatch(/^https:\/\/meet\.example\.org\/TwinSpace[0-9a-f]{24}$/);
  });

  it("pins a welcome in every room naming the project, the partner schools and the agreed rules", async () => {
    for (const room of Object.keys(rooms)) {
      const { pinned } = (await state(people.anna, room, "m.room.pinned_events")) as { pinned: string[] };
      expect(pinned).toHaveLength(1);
      const event = await people.anna.client.fetchRoomEvent(rooms[room]!, pinned[0]!);
      const body = String(event.content?.body);
      expect(body).toContain(project.title);
      expect(body).toContain("Liceo Galilei (Italy)");
      expect(body).toContain("Collège Jean Moulin (France)");
      expect(body).toContain("IES Cervantes (Spain)");
      expect(body).toContain("First names only.\nNo faces in photos.");
      if (room === "forum") expect(body).toContain("thread");
    }
  });

  it("changes nothing on a second pass", async () => {
    const before = (await people.botAccount.client.getJoinedRooms()).joined_rooms.length;
    const outcome = await bot.reconciler.reconcile(project.id);
    expect(outcome).toEqual({ roomsCreated: 0, problems: 0 });
    expect((await people.botAccount.client.getJoinedRooms()).joined_rooms).toHaveLength(before);
  });
});
