/**
 * Issue 15 (4) on the real Synapse: during a national unit's look, the bot reads the shared
 * rooms' recent history for the unit's staff: a message and a file posted in General show
 * (the file by its name), a pupil's messages in the Pupils' room and in their direct chat
 * with the bot never do.
 *
 *   npx vitest run test/matrix/twinspaceLook.test.ts
 */
import { randomBytes } from "node:crypto";
import { Method } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project } from "../../core/index.ts";
import { RetryingMatrixClient } from "../../matrix-bot/homeserver/client.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { BotTranscripts } from "../../matrix-bot/twinspace/transcripts.ts";
import { type Client, startPages } from "../pages/client.ts";
import { World } from "../support/world.ts";
import {
  homeserver,
  link,
  matrixPerson,
  type Person,
  projectRooms,
  pupilWithMatrix,
  say,
  startBot,
  stopBots,
} from "./people.ts";

describe("a national unit's look at the TwinSpace's rooms, on Synapse", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let project: Project;
  let rooms: Record<string, string>;
  let anna: Person;
  let pupil: Person;
  let asItaly: Client;
  let asSpain: Client;

  const staffOf = async (country: string) =>
    app.as(await w.staff(`Staff ${country}`, country), { roles: [] });
  const room = (purpose: string) => `/app/projects/${project.id}/look/${purpose}`;

  beforeAll(async () => {
    w = await World.create("sqlite");
    const annaTeacher = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    project = await w.activeProject(annaTeacher, marie);
    anna = await matrixPerson("Anna");
    await anna.client.setDisplayName("Anna Rossi");
    await link(w, annaTeacher, anna);
    ({ person: pupil } = await pupilWithMatrix(w, project.id, annaTeacher, "Luca Bianchi"));
    const { bot, account: botAccount } = await startBot(w);
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    for (const purpose of ["space", "general", "forum", "teachers"])
      await anna.client.joinRoom(rooms[purpose]!);
    for (const purpose of ["space", "general", "pupils"]) await pupil.client.joinRoom(rooms[purpose]!);

    await say(anna, rooms.general!, "Bottles for the water samples on Friday");
    await anna.client.http.authedRequest(
      Method.Put,
      `/rooms/${encodeURIComponent(rooms.general!)}/send/m.room.message/${randomBytes(8).toString("hex")}`,
      undefined,
      { msgtype: "m.file", body: "river-plan.pdf", url: "mxc://school.example/river-plan" },
    );
    await say(anna, rooms.teachers!, "Marks next week");
    await say(pupil, rooms.general!, "I bring two bottles");
    await say(pupil, rooms.pupils!, "only for the pupils");
    // The pupil's direct chat with the bot (pupils cannot open rooms themselves).
    const direct = await botAccount.client.createRoom({ is_direct: true, invite: [pupil.userId] });
    await pupil.client.joinRoom(direct.room_id);
    await say(pupil, direct.room_id, "a secret in my direct chat");

    app = await startPages(w, {
      twinSpaces: new RecordedTwinSpaces(w.store.database),
      transcripts: new BotTranscripts(new RetryingMatrixClient(homeserver().url, botAccount.accessToken)),
    });
    asItaly = await staffOf("IT");
    asSpain = await staffOf("ES");
  });
  afterAll(async () => {
    await app.tool.stop();
    await stopBots();
    await w.destroy();
  });

  it("is closed until the unit opens its look", async () => {
    expect((await asItaly.get(room("general"))).status).toBe(404);
  });

  it("shows General's messages and files by name, the Teachers' room, and nothing of the pupils' own rooms", async () => {
    expect((await asItaly.post(`/app/projects/${project.id}/look`)).status).toBe(303);
    const general = await asItaly.get(room("general"));
    expect(general.status).toBe(200);
    expect(general.html).toContain("Bottles for the water samples on Friday");
    expect(general.html).toContain("Anna Rossi");
    expect(general.html).toContain("File: river-plan.pdf");
    expect(general.html).not.toContain("mxc://");
    expect(general.html).toContain("I bring two bottles");
    expect(general.html).not.toMatch(/<form[^>]*action="\/app\/projects\//);
    expect((await asItaly.get(room("teachers"))).html).toContain("Marks next week");

    const pupils = await asItaly.get(room("pupils"));
    expect(pupils.status).toBe(404);
    const everything = [general.html, pupils.html, (await asItaly.get(room("forum"))).html].join("\n");
    expect(everything).not.toContain("only for the pupils");
    expect(everything).not.toContain("a secret in my direct chat");
  });

  it("refuses another country's staff", async () => {
    expect((await asSpain.post(`/app/projects/${project.id}/look`)).status).toBeGreaterThanOrEqual(403);
    expect((await asSpain.get(room("general"))).status).toBe(404);
  });
});
