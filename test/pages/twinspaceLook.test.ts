/**
 * Issue 15 (4): the staff of a country whose national unit approved a project (or the central
 * support service) open its TwinSpace read-only with an explicit button: pages, materials and
 * members for 24 hours, nothing they can change, and the project's teachers see that they
 * looked. Staff of another country, a moderating teacher, teachers outside and pupils cannot.
 *
 * The unit meets no member's way in (room links, "Open the TwinSpace") on the project page,
 * and the look is a line of the project's diary for its teachers, never for its pupils.
 *
 *   npx vitest run test/pages/twinspaceLook.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  addMaterial,
  admitStaffFromLaunch,
  createPage,
  DEFAULT_MATERIAL_LIMITS,
  type Project,
  type Pupil,
  type Teacher,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { RoomRecords } from "../../matrix-bot/store/rooms.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";
import { twinSpaceCast } from "./twinSpaceCast.ts";

const say = webMessages.translator("en");

describe.each(DATABASE_KINDS)("a national unit's look inside a TwinSpace on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher; // founder (IT)
  let marie: Teacher; // co-founder (FR)
  let luca: Pupil;
  let project: Project;
  let pageId: string;
  let italy: Account;
  let asItaly: Client;
  let asSpain: Client;
  let asAda: Client;
  const staffOf = (name: string, country: string) =>
    admitStaffFromLaunch(
      w.deps,
      { issuer: `https://lms.unit-${country}.example`, subject: name, name, email: "", locale: "en" },
      country,
    );
  const projectPath = () => `/app/projects/${project.id}`;
  const looks = () => w.store.database.knex("twinspace_looks").where({ project_id: project.id });
  const counts = async () => ({
    looks: (await looks()).length,
    pages: (await w.store.database.knex("project_pages").where({ project_id: project.id })).length,
    materials: (await w.store.database.knex("materials").where({ project_id: project.id })).length,
    events: (await w.store.database.knex("events").where({ project_id: project.id })).length,
  });

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w, { twinSpaces: new RecordedTwinSpaces(w.store.database) });
    ({ ada, marie, luca, project } = await twinSpaceCast(w));
    // The bot made the TwinSpace's rooms: members get links to them.
    const records = new RoomRecords(w.store.database);
    for (const purpose of ["space", "general", "forum", "teachers", "pupils"] as const)
      await records.adopt(
        { key: `project/${project.id}/${purpose}`, purpose, projectId: project.id },
        `!${purpose}:test`,
        w.clock.now(),
      );
    pageId = (
      await createPage(w.deps, w.actor(ada), project.id, {
        title: "Our river",
        body: "<p>Where the water goes.</p>",
        parentId: undefined,
        partnersMayEdit: true,
        pupilsMayPropose: true,
      })
    ).id;
    await addMaterial(
      w.deps,
      w.actor(ada),
      project.id,
      {
        folder: "",
        name: "river-map.pdf",
        mediaType: "application/pdf",
        size: 10,
        width: undefined,
        height: undefined,
        storageKey: `${project.id}/map`,
        thumbnailKey: undefined,
      },
      DEFAULT_MATERIAL_LIMITS,
    );
    italy = await staffOf("Marta Staffetta", "IT");
    asItaly = await app.as(italy, { roles: [] });
    asSpain = await app.as(await staffOf("Sergio Personal", "ES"), { roles: [] });
    asAda = await app.as(ada);
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("stays closed until the unit's staff open it with the button; then shows pages, materials and members, read-only", async () => {
    const before = await asItaly.get(projectPath());
    expect(before.status).toBe(200);
    expect(before.html).toContain(escapeHtml(say.t("look.open")));
    expect(before.html).toContain(`action="${projectPath()}/look"`);
    // Members are the project's teachers; its pupils (minors) are not shown to the unit.
    for (const name of ["Ada Lovelace", "Marie Curie", "Lise Meitner"]) expect(before.html).toContain(name);
    expect(before.html).not.toContain(luca.displayName);
    // Nothing meant for members: no room links, no way into the chat, no pages link that refuses.
    expect(before.html).not.toContain("matrix.to");
    expect(before.html).not.toContain('action="/app/twinspace"');
    expect(before.html).not.toContain(`href="${projectPath()}/pages"`);
    expect(before.html).not.toContain(`href="${projectPath()}/materials"`);
    expect((await asAda.get(projectPath())).html).toContain("matrix.to");
    expect((await asItaly.get(`${projectPath()}/pages`)).status).toBe(404);
    expect((await asItaly.get(`${projectPath()}/materials`)).status).toBe(404);

    // The button is a CSRF form: without the token nothing opens.
    expect((await asItaly.post(`${projectPath()}/look`, { _csrf: "forged" })).status).toBe(403);
    expect(await looks()).toHaveLength(0);

    const opened = await asItaly.post(`${projectPath()}/look`);
    expect(opened.status).toBe(303);
    expect(opened.location).toBe(`${projectPath()}?done=look_opened`);
    const [look] = await looks();
    expect(look).toMatchObject({ account_id: italy.id, unit: "IT" });
    expect(Date.parse(look.expires_at) - Date.parse(look.started_at)).toBe(24 * 3_600_000);
    const events = await w.store.database
      .knex("events")
      .where({ project_id: project.id, type: "twinspace_look_opened" });
    expect(events).toHaveLength(1);
    // Opening again while the look is open records nothing new.
    expect((await asItaly.post(`${projectPath()}/look`)).status).toBe(303);
    expect(await looks()).toHaveLength(1);

    const after = await asItaly.get(`${projectPath()}?done=look_opened`);
    expect(after.html).toContain(escapeHtml(say.t("done.look_opened")));
    expect(after.html).toContain(`href="${projectPath()}/pages"`);

    const pages = await asItaly.get(`${projectPath()}/pages`);
    expect(pages.status).toBe(200);
    expect(pages.html).toContain("Our river");
    expect(pages.html).toContain(escapeHtml(say.t("look.note_country", { country: "Italy" })));
    const page = await asItaly.get(`${projectPath()}/pages/${pageId}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Where the water goes.");
    const materials = await asItaly.get(`${projectPath()}/materials`);
    expect(materials.status).toBe(200);
    expect(materials.html).toContain("river-map.pdf");
    // No form of the TwinSpace is rendered to the unit (the layout's sign-out is the only one).
    for (const html of [pages.html, page.html, materials.html]) {
      expect(html).not.toMatch(/<form[^>]*action="\/app\/projects\//);
      expect(html).not.toContain(`${pageId}/edit`);
    }
  });

  it("refuses every write of the unit's staff on the server, storing nothing", async () => {
    const before = await counts();
    const attempts = [
      asItaly.post(`${projectPath()}/pages`, { title: "Inspection", body: "<p>Notes</p>" }),
      asItaly.post(`${projectPath()}/pages/${pageId}/edit`, {
        title: "Ours",
        body: "<p>x</p>",
        based_on: "1",
      }),
      asItaly.post(`${projectPath()}/pages/${pageId}/access`, { partners_may_edit: "on" }),
      asItaly.post(`${projectPath()}/pages/milestones`, { title: "x", due_date: "2027-01-01", done: "yes" }),
      asItaly.post(`${projectPath()}/invite`, { teacherId: marie.id }),
      asItaly.post(`${projectPath()}/leave`),
      asItaly.get(`${projectPath()}/pages/${pageId}/edit`),
      asItaly.get(`${projectPath()}/pages/${pageId}/history`),
    ];
    for (const answer of await Promise.all(attempts)) expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await counts()).toEqual(before);
  });

  it("refuses staff of another country, a moderating teacher, teachers outside and pupils", async () => {
    const before = await counts();
    const outsider = await app.as(await w.teacher("Olga Outsider", await w.school("Liceo Nuovo", "IT")));
    const moderator = await app.as(await w.moderator("IT"), { roles: [] });
    const pupil = await app.pupil(luca.id);
    for (const client of [asSpain, outsider, moderator, pupil]) {
      const answer = await client.post(`${projectPath()}/look`);
      expect(answer.status).toBeGreaterThanOrEqual(403);
      expect(answer.html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    }
    for (const client of [asSpain, outsider, moderator]) {
      expect((await client.get(`${projectPath()}/pages`)).status).toBe(404);
      expect((await client.get(`${projectPath()}/materials`)).status).toBe(404);
      expect((await client.get(projectPath())).html).not.toContain(escapeHtml(say.t("look.open")));
    }
    expect(await counts()).toEqual(before);
  });

  it("tells the project's teachers which unit looked, and when", async () => {
    const record = (await asAda.get(projectPath())).html;
    expect(record).toContain(escapeHtml(say.t("look.record_heading")));
    expect(record).toContain("The national unit of Italy looked at the TwinSpace on");
    const asMarie = await app.as(marie);
    expect((await asMarie.get(projectPath())).html).toContain(
      "The national unit of Italy looked at the TwinSpace on",
    );
    expect((await asAda.get(projectPath())).html).not.toContain(escapeHtml(say.t("look.open")));
    const told = (await asAda.get("/app/notifications")).html;
    expect(told).toContain("The national unit of Italy looked inside the TwinSpace of");
  });

  it("writes the look in the project's diary for its teachers, never for its pupils", async () => {
    const line = "The national unit of Italy looked inside the TwinSpace, read-only";
    const diary = (await asAda.get(`${projectPath()}/pages`)).html;
    expect(diary).toContain(escapeHtml(say.t("diary.heading")));
    expect(diary).toContain(line);
    expect(diary).not.toContain("Marta Staffetta"); // the unit, not its staff member
    const pupilView = await (await app.pupil(luca.id)).get(`${projectPath()}/pages`);
    expect(pupilView.status).toBe(200);
    expect(pupilView.html).toContain("Our river");
    expect(pupilView.html).not.toContain(line);
    expect(pupilView.html).not.toContain("national unit");
  });

  it("lets the central support service look too, recorded as such", async () => {
    const central = await app.as(await w.centralAdmin(), { roles: [] });
    expect((await central.post(`${projectPath()}/look`)).status).toBe(303);
    expect((await central.get(`${projectPath()}/materials`)).status).toBe(200);
    expect((await asAda.get(projectPath())).html).toContain(
      "The central support service looked at the TwinSpace on",
    );
    expect((await asAda.get(`${projectPath()}/pages`)).html).toContain(
      "The central support service looked inside the TwinSpace, read-only",
    );
  });

  it("ends after 24 hours: the pages close and the button is back; the record stays", async () => {
    w.clock.advanceDays(1.05);
    expect((await asItaly.get(`${projectPath()}/pages`)).status).toBe(404);
    expect((await asItaly.get(`${projectPath()}/materials`)).status).toBe(404);
    expect((await asItaly.get(projectPath())).html).toContain(escapeHtml(say.t("look.open")));
    expect((await asAda.get(projectPath())).html).toContain(
      "The national unit of Italy looked at the TwinSpace on",
    );
  });
});
