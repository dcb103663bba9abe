import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project, Teacher } from "../../core/index.ts";
import { join as joinProject } from "../matrix/people.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 32, height: 24, channels: 3, background: "#48c" } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "45/1 48/1 0/1" } })
    .toBuffer();
}

describe.each(DATABASE_KINDS)("the public showcase on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let dir: string;
  let ada: Teacher;
  let lise: Teacher;
  let project: Project;
  let asAda: Client;
  let photoId: string;
  let otherPhotoId: string;
  let tripPage: string;

  const pages = () => `/app/projects/${project.id}/pages`;
  const visit = (path: string) => fetch(`${app.tool.url}${path}`, { redirect: "manual" });

  const upload = async (name: string): Promise<string> => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await photoWithGps())]), name);
    const sent = await fetch(
      `${app.tool.url}/app/projects/${project.id}/materials?_csrf=${encodeURIComponent(asAda.csrf)}`,
      {
        method: "POST",
        headers: { cookie: asAda.cookie, origin: app.tool.url },
        body: form,
        redirect: "manual",
      },
    );
    expect(sent.status).toBe(303);
    const library = await asAda.get(`/app/projects/${project.id}/materials`);
    const id = new RegExp(`materials/([0-9a-f-]{36})/file">${name}<`).exec(library.html)?.[1];
    if (!id) throw new Error(`${name} not in the library`);
    return id;
  };

  const createPage = async (title: string, body: string): Promise<string> => {
    const created = await asAda.post(pages(), { title, body });
    expect(created.status).toBe(303);
    return /\/pages\/([0-9a-f-]{36})/.exec(created.location ?? "")![1]!;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ot-showcase-"));
    process.env.MATERIALS_DIR = dir;
    w = await World.create(kind);
    app = await startPages(w);
    ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    lise = await w.teacher("Lise Meitner", await w.school("BG Wien", "AT", "Wien"));
    project = await w.activeProject(ada, marie);
    await joinProject(w, project.id, ada, lise);
    asAda = await app.as(ada);
    photoId = await upload("trip.jpg");
    otherPhotoId = await upload("class.jpg");
    tripPage = await createPage(
      "Our river trip",
      `<p>We walked along the river.</p><img src="/app/projects/${project.id}/materials/${photoId}/file" alt="The river">`,
    );
    await createPage("Founders' plan", "<p>Not for the public</p>");
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
    rmSync(dir, { recursive: true, force: true });
    delete process.env.MATERIALS_DIR;
  });

  it("is off by default: nothing of the project is public", async () => {
    expect((await visit(`/showcase/${project.id}`)).status).toBe(404);
    expect(await (await visit("/showcase")).text()).not.toContain(project.title);
    expect((await visit(`/showcase/${project.id}/materials/${photoId}`)).status).toBe(404);
  });

  it("publishes a page with photos only when a founder confirms the pupils' consent", async () => {
    const byPartner = await (
      await app.as(lise)
    ).post(`${pages()}/${tripPage}/publish`, {
      publish: "yes",
      photo_consent: "on",
    });
    expect(byPartner.status).toBe(422);
    const noConsent = await asAda.post(`${pages()}/${tripPage}/publish`, { publish: "yes" });
    expect(noConsent.status).toBe(422);
    expect(noConsent.html).toContain("This page shows images. Tick that consent was obtained");
    expect((await visit(`/showcase/${project.id}`)).status).toBe(404);

    const published = await asAda.post(`${pages()}/${tripPage}/publish`, {
      publish: "yes",
      photo_consent: "on",
    });
    expect(published.status).toBe(303);
  });

  it("shows a visitor without a session the published page, its photo without GPS, and no names", async () => {
    const answer = await visit(`/showcase/${project.id}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("public, max-age=300");
    const page = await answer.text();
    expect(page).toContain(project.title);
    expect(page).toContain("We walked along the river.");
    expect(page).toContain(`src="/showcase/${project.id}/materials/${photoId}"`);
    expect(page).toContain("Liceo Volta");
    expect(page).toContain("Lycée Curie");
    expect(page).not.toContain("Not for the public");
    for (const name of ["Ada Lovelace", "Marie Curie", "Lise Meitner"]) expect(page).not.toContain(name);
    expect(page).not.toContain("/app/");
    expect(page).toContain(`<meta property="og:title" content="${project.title}" />`);
    expect(page).toMatch(
      new RegExp(
        `<meta property="og:image" content="http://[^"]+/showcase/${project.id}/materials/${photoId}"`,
      ),
    );

    const photo = await visit(`/showcase/${project.id}/materials/${photoId}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
    const bytes = Buffer.from(await photo.arrayBuffer());
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(bytes.includes(Buffer.from("PhoneCam"))).toBe(false);
    // A file no published page shows stays private.
    expect((await visit(`/showcase/${project.id}/materials/${otherPhotoId}`)).status).toBe(404);
  });

  it("lists the project in the gallery by subject, pupils' age and partner country", async () => {
    const titleIn = async (query: string) =>
      (await (await visit(`/showcase?${query}`)).text()).includes(project.title);
    expect(await titleIn("")).toBe(true);
    expect(await titleIn("country=AT")).toBe(true);
    expect(await titleIn("country=ES")).toBe(false);
    expect(await titleIn(`subject=${project.subjects[0]}`)).toBe(true);
    expect(await titleIn("subject=music")).toBe(false);
    expect(await titleIn(`age=${project.pupilAgeMin}`)).toBe(true);
    expect(await titleIn("age=19")).toBe(false);
  });

  it("takes the page off again (reversible)", async () => {
    expect((await asAda.post(`${pages()}/${tripPage}/publish`, { publish: "no" })).status).toBe(303);
    expect((await visit(`/showcase/${project.id}`)).status).toBe(404);
    expect((await visit(`/showcase/${project.id}/materials/${photoId}`)).status).toBe(404);
    expect(await (await visit("/showcase")).text()).not.toContain(project.title);
  });
});
