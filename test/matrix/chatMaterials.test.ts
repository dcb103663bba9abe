import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Method } from "matrix-js-sdk";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project, Teacher } from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { startPages } from "../pages/client.ts";
import { hasGps, photoWithGps } from "../support/photos.ts";
import { World } from "../support/world.ts";
import {
  link,
  matrixPerson,
  type Person,
  projectRooms,
  pupilWithMatrix,
  startBot,
  stopBots,
} from "./people.ts";

/**
 * Materials shared in the TwinSpace (issue 14), on the real Synapse: a file posted in a
 * project room reaches the project's library through the bot's /sync, prepared as an upload.
 */
describe("files posted in the TwinSpace rooms join the project's materials", () => {
  let w: World;
  let bot: MatrixBot;
  let app: Awaited<ReturnType<typeof startPages>>;
  let dir: string;
  let anna: Teacher;
  let annaPerson: Person;
  let pupilId: string;
  let project: Project;
  let rooms: Record<string, string>;

  /** Uploads the bytes to the homeserver and posts them as an m.image, as a chat client does. */
  async function postImage(person: Person, roomId: string, name: string, bytes: Buffer): Promise<string> {
    const { content_uri: url } = await person.client.uploadContent(new Blob([new Uint8Array(bytes)]), {
      type: "image/jpeg",
      name,
    });
    const path = `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${randomBytes(8).toString("hex")}`;
    const sent = await person.client.http.authedRequest<{ event_id: string }>(Method.Put, path, undefined, {
      msgtype: "m.image",
      body: name,
      url,
      info: { mimetype: "image/jpeg", size: bytes.length },
    });
    return sent.event_id;
  }

  const rows = () => w.store.database.knex("materials").where({ project_id: project.id }).select("*");
  const library = async (as: "anna" | "pupil") => {
    const client = as === "anna" ? await app.as(anna) : await app.pupil(pupilId);
    return (await client.get(`/app/projects/${project.id}/materials`)).html;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ot-chat-materials-"));
    process.env.MATERIALS_DIR = dir;
    w = await World.create("sqlite");
    anna = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    project = await w.activeProject(anna, marie);
    annaPerson = await matrixPerson("Anna");
    await annaPerson.client.setDisplayName("Anna Rossi");
    await link(w, anna, annaPerson);
    pupilId = (await pupilWithMatrix(w, project.id, anna, "Luca Bianchi")).pupil.id;
    ({ bot } = await startBot(w));
    await bot.syncChat(); // the first sync: only history
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    for (const room of ["space", "general", "teachers"]) await annaPerson.client.joinRoom(rooms[room]!);
    app = await startPages(w);
  });

  afterAll(async () => {
    await app.tool.stop();
    await stopBots();
    await w.destroy();
    rmSync(dir, { recursive: true, force: true });
    delete process.env.MATERIALS_DIR;
  });

  let photoEvent: string;
  /** The bot's sync position before the photo was read. */
  let beforePhoto: unknown;

  it("stores a photo posted in General without its GPS position, in the room's folder, for the project's pupils too", async () => {
    const photo = await photoWithGps();
    expect(await hasGps(photo)).toBe(true);
    beforePhoto = await w.store.database.knex("matrix_sync").where({ name: "matrix-bot" }).first();
    photoEvent = await postImage(annaPerson, rooms.general!, "field-trip.jpg", photo);
    await bot.syncChat();

    const page = await library("pupil");
    expect(page).toContain("field-trip.jpg");
    expect(page).toContain("From the chat: General");
    const [row] = await rows();
    expect(row).toMatchObject({ name: "field-trip.jpg", media_type: "image/jpeg", uploaded_by: null });
    const stored = await sharp(join(dir, row.storage_key)).toBuffer({ resolveWithObject: true });
    expect(await hasGps(stored.data)).toBe(false);
    expect((await sharp(join(dir, row.storage_key)).metadata()).exif).toBeUndefined();
    expect([stored.info.width, stored.info.height]).toEqual([64, 48]);
    const source = await w.store.database.knex("chat_materials").where({ event_id: photoEvent }).first();
    expect(source).toMatchObject({ room_id: rooms.general, author_name: "Anna Rossi", material_id: row.id });
  });

  it("stores nothing twice: a second sync, or the same events read again after a lost position", async () => {
    await bot.syncChat();
    expect(await rows()).toHaveLength(1);
    // As after a crash before the position was saved: the photo's event comes again.
    await w.store.database.knex("matrix_sync").where({ name: "matrix-bot" }).update(beforePhoto);
    await postImage(annaPerson, rooms.teachers!, "marks.jpg", await photoWithGps());
    await bot.syncChat();
    expect(await rows()).toHaveLength(1);
    expect(await library("anna")).not.toContain("marks.jpg"); // the Teachers' room stays out of the pupils' library
    expect(readdirSync(join(dir, project.id))).toHaveLength(2); // the photo and its thumbnail
  });

  it("removes the photo and its bytes when the post is redacted", async () => {
    await annaPerson.client.redactEvent(rooms.general!, photoEvent);
    await bot.syncChat();
    expect(await rows()).toHaveLength(0);
    expect(await library("anna")).not.toContain("field-trip.jpg");
    expect(readdirSync(join(dir, project.id))).toHaveLength(0);
  });
});
