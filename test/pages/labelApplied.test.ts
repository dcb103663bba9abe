import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Project, Teacher } from "../../core/index.ts";
import { SessionStore } from "../../lti-tool/session/session.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { awardNationalLabels } from "../support/labels.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";
import { Client } from "./client.ts";

const say = webMessages.translator("en");

/** The National Quality Label's page, opened by its address after the unit decided: the state, not the form again. */
describe.each(DATABASE_KINDS)("a Quality Label application already made, on %s", (kind) => {
  let world: World;
  let tool: RunningTool;
  let sessions: SessionStore;
  let ada: Teacher;
  let eleni: Teacher;
  let project: Project;

  async function signIn(teacher: Teacher): Promise<Client> {
    const { token, session } = await sessions.create({
      kind: "account",
      accountId: teacher.id,
      schoolId: teacher.schoolId,
      roles: ["teacher"],
      locale: "en",
    });
    return new Client(tool, `ot_session=${token}`, session.csrfToken);
  }

  beforeAll(async () => {
    world = await World.create(kind);
    tool = await startTool({ world });
    sessions = new SessionStore(world.store.database);
    ada = await world.teacher("Ada Lovelace", await world.school("Liceo Galilei", "IT"));
    eleni = await world.teacher("Eleni Papadaki", await world.school("Lykeio Athinon", "GR"));
    project = await world.activeProject(ada, eleni, { ...world.form(), title: "Rivers of Europe" });
    await awardNationalLabels(world, project, [ada]);
  });
  afterAll(async () => {
    await tool.stop();
    await world.destroy();
  });

  it("shows the awarded label instead of the application form", async () => {
    const page = await (await signIn(ada)).get(`/app/projects/${project.id}/label`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(escapeHtml(say.t("labels.status.awarded")));
    expect(page.html).not.toContain(`action="/app/projects/${project.id}/label"`);

    const evidence = Object.fromEntries(
      world.deps.criteria.criteria.map((c) => [`evidence_${c.id}`, "Our evidence, again."]),
    );
    const again = await (await signIn(ada)).post(`/app/projects/${project.id}/label`, evidence);
    expect(again.status).toBe(422);
    expect(again.html).toContain(escapeHtml(say.t("error.label_application_exists")));
    expect(again.html).toContain(escapeHtml(say.t("labels.status.awarded")));
    expect(again.html).not.toContain(`action="/app/projects/${project.id}/label"`);
  });

  it("still offers the form to the partner who has not applied", async () => {
    const page = await (await signIn(eleni)).get(`/app/projects/${project.id}/label`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`action="/app/projects/${project.id}/label"`);
  });
});
