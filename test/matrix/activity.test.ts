import { randomBytes } from "node:crypto";
import { Method } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project, Teacher } from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { World } from "../support/world.ts";
import { startPages } from "../pages/client.ts";
import {
  link,
  matrixPerson,
  type Person,
  projectRooms,
  pupilWithMatrix,
  say,
  startBot,
  stopBots,
} from "./people.ts";

/**
 * The TwinSpace seen from the LMS, on the real Synapse: what people write in the rooms
 * reaches the project page through the bot's /sync.
 */
describe("TwinSpace activity on the project page, from the bot's sync", () => {
  let w: World;
  let bot: MatrixBot;
  let app: Awaited<ReturnType<typeof startPages>>;
  let anna: Teacher;
  let annaPerson: Person;
  let pupil: Person;
  let pupilId: string;
  let project: Project;
  let rooms: Record<string, string>;

  async function replyInThread(person: Person, roomId: string, rootId: string, text: string): Promise<void> {
    const path = `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${randomBytes(8).toString("hex")}`;
    await person.client.http.authedRequest(Method.Put, path, undefined, {
      msgtype: "m.text",
      body: text,
      "m.relates_to": { rel_type: "m.thread", event_id: rootId, is_falling_back: true },
    });
  }

  const annasPage = async () => (await (await app.as(anna)).get(`/app/projects/${project.id}`)).html;
  const pupilsPage = async () => (await (await app.pupil(pupilId)).get(`/app/projects/${project.id}`)).html;

  beforeAll(async () => {
    w = await World.create("sqlite");
    anna = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    project = await w.activeProject(anna, marie);
    annaPerson = await matrixPerson("Anna");
    await annaPerson.client.setDisplayName("Anna Rossi");
    await link(w, anna, annaPerson);
    const luca = await pupilWithMatrix(w, project.id, anna, "Luca Bianchi");
    pupil = luca.person;
    pupilId = luca.pupil.id;
    ({ bot } = await startBot(w));
    await bot.syncChat(); // the first sync: only history
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    for (const room of ["space", "general", "forum", "teachers", "pupils"]) {
      await annaPerson.client.joinRoom(rooms[room]!);
    }
    for (const room of ["space", "general", "forum", "pupils"]) await pupil.client.joinRoom(rooms[room]!);
    app = await startPages(w, { twinSpaces: new RecordedTwinSpaces(w.store.database) });
  });

  afterAll(async () => {
    await app.tool.stop();
    await stopBots();
    await w.destroy();
  });

  it("shows a teacher the Forum topic the bot read, with its replies and the new messages per room", async () => {
    const root = await say(annaPerson, rooms.forum!, "Water samples: who brings the bottles?\nMore below");
    await replyInThread(pupil, rooms.forum!, root, "I can");
    await say(annaPerson, rooms.teachers!, "Marks next week");
    await say(pupil, rooms.pupils!, "ciao a tutti");
    await bot.syncChat();

    const page = await annasPage();
    expect(page).toContain("Water samples: who brings the bottles?");
    expect(page).not.toContain("More below");
    expect(page).toContain("by Anna Rossi");
    expect(page).toContain("1 reply");
    expect(page).toMatch(/Forum: 2 new messages/);
    expect(page).toMatch(/Teachers&#39; room: 1 new message\b/);
  });

  it("shows the pupil the topic and the pupils' rooms, never the Teachers' room", async () => {
    const page = await pupilsPage();
    expect(page).toContain("Water samples: who brings the bottles?");
    expect(page).toMatch(/Pupils&#39; room: 1 new message\b/);
    expect(page).not.toContain("Teachers&#39; room");
  });

  it("drops a topic a moderator redacts", async () => {
    const root = await say(annaPerson, rooms.forum!, "Posted by mistake");
    await bot.syncChat();
    expect(await annasPage()).toContain("Posted by mistake");
    await annaPerson.client.redactEvent(rooms.forum!, root);
    await bot.syncChat();
    expect(await annasPage()).not.toContain("Posted by mistake");
    expect(await pupilsPage()).not.toContain("Posted by mistake");
  });
});
