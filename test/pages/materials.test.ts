import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Project, type Pupil, type Teacher } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { hasGps, photoWithGps } from "../support/photos.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";
import { twinSpaceCast } from "./twinSpaceCast.ts";

/** A PNG whose header claims 20,000 × 20,000 pixels (a decompression bomb), with valid checksums. */
async function hugePngHeader(): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: "#000" } })
    .png()
    .toBuffer();
  const bomb = Buffer.from(png);
  bomb.writeUInt32BE(20_000, 16);
  bomb.writeUInt32BE(20_000, 20);
  bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
  return bomb;
}

function zipBomb(dir: string): Buffer {
  const zeros = join(dir, "zeros.bin");
  writeFileSync(zeros, Buffer.alloc(20 * 1024 * 1024));
  const archive = join(dir, "bomb.zip");
  execFileSync("zip", ["-q", "-j", archive, zeros]);
  rmSync(zeros);
  return readFileSync(archive);
}

/** Every file under the storage directory, relative to it. */
function storedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe.each(DATABASE_KINDS)("materials over HTTP on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let dir: string;
  let scratch: string;
  let ada: Teacher;
  let lise: Teacher;
  let project: Project;
  let luca: Pupil;
  let outsider: Pupil;
  let asAda: Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ot-materials-"));
    scratch = mkdtempSync(join(tmpdir(), "ot-scratch-"));
    process.env.MATERIALS_DIR = dir;
    process.env.MATERIALS_MAX_FILE_MB = "0.5";
    process.env.MATERIALS_QUOTA_MB = "1";
    w = await World.create(kind);
    app = await startPages(w);
    ({ ada, lise, project, luca, outsider } = await twinSpaceCast(w));
    asAda = await app.as(ada);
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
    rmSync(dir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
    delete process.env.MATERIALS_DIR;
    delete process.env.MATERIALS_MAX_FILE_MB;
    delete process.env.MATERIALS_QUOTA_MB;
  });

  const library = () => `/app/projects/${project.id}/materials`;

  /** Posts the upload form as a browser does: multipart, the token in the action, our Origin. */
  const upload = async (client: Client, name: string, bytes: Buffer, folder = "") => {
    const form = new FormData();
    form.append("folder", folder);
    form.append("file", new Blob([new Uint8Array(bytes)]), name);
    const response = await fetch(`${app.tool.url}${library()}?_csrf=${encodeURIComponent(client.csrf)}`, {
      method: "POST",
      headers: { cookie: client.cookie, origin: app.tool.url },
      body: form,
      redirect: "manual",
    });
    return { status: response.status, html: await response.text() };
  };

  const rows = () => w.store.database.knex("materials").where({ project_id: project.id }).select("*");

  /** The href of a file's link in the library, by the name it is shown under. */
  const fileLink = async (client: Client, name: string): Promise<string> => {
    const page = await client.get(library());
    const match = new RegExp(`href="([^"]+/file)">${name}<`).exec(page.html);
    if (!match?.[1]) throw new Error(`no link to ${name}`);
    return match[1];
  };

  it("stores a photo re-encoded without EXIF or GPS, with a thumbnail, for the project's people only", async () => {
    const photo = await photoWithGps();
    expect(await hasGps(photo)).toBe(true);
    const sent = await upload(asAda, "trip.jpg", photo, "Autumn trip");
    expect(sent.status).toBe(303);

    const link = await fileLink(asAda, "trip.jpg");
    const asLuca = await app.pupil(luca.id);
    const file = await fetch(`${app.tool.url}${link}`, { headers: { cookie: asLuca.cookie } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    // A photo of pupils stays out of the cache of a shared classroom PC.
    expect(file.headers.get("cache-control")).toContain("no-store");
    const stored = Buffer.from(await file.arrayBuffer());
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect([metadata.width, metadata.height]).toEqual([64, 48]);
    expect(stored.includes(Buffer.from("PhoneCam"))).toBe(false);
    expect(stored.includes(Buffer.from("Family Rossi"))).toBe(false);

    const thumbnail = await fetch(`${app.tool.url}${link.replace(/file$/, "thumbnail")}`, {
      headers: { cookie: asAda.cookie },
    });
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).format).toBe("webp");

    const asLise = await app.as(lise);
    expect((await asLise.get(link)).status).toBe(200);
    const asOutsider = await app.pupil(outsider.id);
    expect((await asOutsider.get(link)).status).toBe(404);
    expect((await asOutsider.get(library())).status).toBe(404);
  });

  it("drops what a polyglot hides after the image", async () => {
    const polyglot = Buffer.concat([
      await photoWithGps(),
      Buffer.from("<html><script>alert(1)</script></html>"),
    ]);
    expect((await upload(asAda, "poly.jpg", polyglot)).status).toBe(303);
    const file = await asAda.get(await fileLink(asAda, "poly.jpg"));
    expect(file.html).not.toContain("<script");
  });

  it("refuses what is not an accepted type by content, whatever its name, and stores nothing", async () => {
    const before = { files: storedFiles(dir).length, rows: (await rows()).length };
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const bomb = zipBomb(scratch);
    for (const [name, bytes] of [
      ["drawing.svg", svg],
      ["photo.jpg", svg],
      ["homework.docx", bomb],
      ["page.html", Buffer.from("<!doctype html><script>alert(1)</script>")],
    ] as const) {
      const refused = await upload(asAda, name, bytes);
      expect(refused.status).toBe(422);
      expect(refused.html).toContain("This kind of file cannot go into the library");
    }
    expect(storedFiles(dir).length).toBe(before.files);
    expect((await rows()).length).toBe(before.rows);
  });

  it("refuses an image of 20,000 × 20,000 pixels before decoding it", async () => {
    const before = storedFiles(dir).length;
    const refused = await upload(asAda, "huge.png", await hugePngHeader());
    expect(refused.status).toBe(422);
    expect(refused.html).toContain("20000 × 20000");
    expect(storedFiles(dir).length).toBe(before);
  });

  it("shows a name with path separators by its last part and stores it under the tool's own key", async () => {
    expect((await upload(asAda, "../../../etc/cron.d/evil.jpg", await photoWithGps())).status).toBe(303);
    expect((await upload(asAda, "C:\\fakepath\\class.jpg", await photoWithGps())).status).toBe(303);
    const page = await asAda.get(library());
    expect(page.html).toContain(">evil.jpg<");
    expect(page.html).toContain(">class.jpg<");
    for (const path of storedFiles(dir)) expect(path).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}(\.thumb)?$/);
  });

  it("refuses a file over the per-file limit and a library over its quota, leaving nothing behind", async () => {
    const before = { files: storedFiles(dir).length, rows: (await rows()).length };
    const big = await upload(
      asAda,
      "big.pdf",
      Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(700 * 1024)]),
    );
    expect(big.status).toBe(413);
    expect(big.html).toContain("larger than 0.5 MB");
    // Fill the 1 MB library with documents just under the per-file limit.
    const doc = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(300 * 1024)]);
    let answer = await upload(asAda, "a.pdf", doc);
    for (let i = 0; i < 4 && answer.status === 303; i++) answer = await upload(asAda, `b${i}.pdf`, doc);
    expect(answer.status).toBe(422);
    expect(answer.html).toContain("library is full: 0.9 MB of 1 MB are used");
    const used = (await rows()).reduce((sum, row) => sum + Number(row.size), 0);
    expect(used).toBeLessThanOrEqual(1024 * 1024);
    expect(storedFiles(dir).length - before.files).toBe((await rows()).length - before.rows);
  });

  it("lets only the project's teachers upload, and the uploader or founders remove", async () => {
    const asLuca = await app.pupil(luca.id);
    expect((await upload(asLuca, "selfie.jpg", await photoWithGps())).status).toBe(403);
    const asLise = await app.as(lise);
    const link = await fileLink(asAda, "trip.jpg");
    const remove = link.replace(/file$/, "remove");
    expect((await asLise.post(remove)).status).toBe(403);
    const files = storedFiles(dir).length;
    expect((await asAda.post(remove)).status).toBe(303);
    expect(storedFiles(dir).length).toBe(files - 2); // the photo and its thumbnail
    expect((await asAda.get(link)).status).toBe(404);
  });
});

describe("materials when the storage cannot write", () => {
  it("refuses the upload with a clear message and records nothing", async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), "ot-blocked-")), "not-a-directory");
    writeFileSync(blocker, "");
    process.env.MATERIALS_DIR = blocker;
    const w = await World.create("sqlite");
    const app = await startPages(w);
    try {
      const ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
      const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
      const project = await w.activeProject(ada, marie);
      const asAda = await app.as(ada);
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(await photoWithGps())]), "trip.jpg");
      const response = await fetch(
        `${app.tool.url}/app/projects/${project.id}/materials?_csrf=${encodeURIComponent(asAda.csrf)}`,
        {
          method: "POST",
          headers: { cookie: asAda.cookie, origin: app.tool.url },
          body: form,
          redirect: "manual",
        },
      );
      expect(response.status).toBe(422);
      expect(await response.text()).toContain("The file could not be stored");
      expect(await w.store.database.knex("materials").count({ n: "*" }).first()).toEqual({ n: 0 });
    } finally {
      delete process.env.MATERIALS_DIR;
      await app.tool.stop();
      await w.destroy();
    }
  });
});
