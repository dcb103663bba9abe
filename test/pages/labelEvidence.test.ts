import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account, Project, Teacher } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/** Quality Label evidence that points at TwinSpace pages, opened read-only by the national unit. */
describe.each(DATABASE_KINDS)("TwinSpace pages as Quality Label evidence on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher;
  let project: Project;
  let other: Project;
  let italianUnit: Account;
  let frenchUnit: Account;
  let asAda: Client;
  let resultsPage: string;
  let otherPage: string;

  const createPage = async (as: Client, projectId: string, title: string, body: string): Promise<string> => {
    const created = await as.post(`/app/projects/${projectId}/pages`, { title, body });
    expect(created.status).toBe(303);
    return /\/pages\/([0-9a-f-]{36})/.exec(created.location ?? "")![1]!;
  };

  const evidence = () =>
    Object.fromEntries(w.deps.criteria.criteria.map((c) => [`evidence_${c.id}`, `Evidence for ${c.id}.`]));

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    project = await w.activeProject(ada, marie);
    const grace = await w.teacher("Grace Hopper", await w.school("Liceo Fermi", "IT", "Roma"));
    other = await w.activeProject(grace, marie, { ...w.form(), title: "Another project" });
    italianUnit = await w.moderator("IT");
    frenchUnit = await w.moderator("FR");
    asAda = await app.as(ada);
    resultsPage = await createPage(asAda, project.id, "Our results", "<p>The e-book is finished.</p>");
    otherPage = await createPage(await app.as(grace), other.id, "Elsewhere", "<p>Another project's page</p>");
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  const pagePath = () => `/app/projects/${project.id}/pages/${resultsPage}`;

  it("keeps national units out of a project's pages while nobody applied", async () => {
    const asUnit = await app.as(italianUnit);
    expect((await asUnit.get(pagePath())).status).toBe(404);
  });

  it("refuses evidence pages of another project and records no application", async () => {
    const refused = await asAda.post(`/app/projects/${project.id}/label`, {
      ...evidence(),
      evidence_pages: [resultsPage, otherPage],
    });
    expect(refused.status).toBe(422);
    expect(await w.store.database.knex("label_applications").where({ project_id: project.id })).toHaveLength(
      0,
    );
  });

  it("lets the teacher pick pages, and the national unit open them read-only while scoring", async () => {
    const form = await asAda.get(`/app/projects/${project.id}/label`);
    expect(form.html).toContain("TwinSpace pages as evidence");
    expect(form.html).toContain(`value="${resultsPage}"`);
    expect(form.html).not.toContain(otherPage);
    const applied = await asAda.post(`/app/projects/${project.id}/label`, {
      ...evidence(),
      evidence_pages: resultsPage,
    });
    expect(applied.status).toBe(303);
    const application = await w.store.database
      .knex("label_applications")
      .where({ project_id: project.id })
      .first();

    const asUnit = await app.as(italianUnit);
    const scoring = await asUnit.get(`/app/moderation/labels/${application.id}`);
    expect(scoring.status).toBe(200);
    expect(scoring.html).toContain(`<a href="${pagePath()}">Our results</a>`);

    const page = await asUnit.get(pagePath());
    expect(page.status).toBe(200);
    expect(page.html).toContain("The e-book is finished.");
    expect(page.html).not.toContain("/edit");
    expect(page.html).not.toContain("/history");
    expect((await asUnit.get(`${pagePath()}/edit`)).status).toBe(403);
    expect((await asUnit.get(`${pagePath()}/history`)).status).toBe(403);
    const write = await asUnit.post(`${pagePath()}/edit`, {
      title: "x",
      body: "<p>changed</p>",
      based_on: "1",
    });
    expect(write.status).toBe(403);
    expect((await asAda.get(pagePath())).html).toContain("The e-book is finished.");

    // The national unit of a country where nobody applied still sees nothing.
    expect((await (await app.as(frenchUnit)).get(pagePath())).status).toBe(404);
  });
});
