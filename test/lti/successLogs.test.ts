import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Teacher } from "../../core/index.ts";
import { expectNotLogged, type LogLine, logLinesOf } from "../support/logCapture.ts";
import { hiddenFields, type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

const INFO = 30;

/**
 * An operator following a school's complaint finds the successful LTI steps in the log, not
 * only the refusals: the launch, the roster fetch and import, and the deep-link response,
 * each with ids and the platform, never a pupil's name or a token.
 */
describe("successful LTI steps leave an info line", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  let deploymentId: string;
  const teacherUser = { id: "moodle-user-9", name: "Elena Verdi", email: "elena.verdi@liceo.example" };
  const course = { id: "course-4A", title: "4A Storia" };
  const pupilName = "Tommaso Quarantotto";

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world });
    platform = await startPlatform();
    const registration = await platform.register(
      await tool.registrationUrl({ schoolName: "Liceo Manzoni", country: "IT" }),
      { schoolName: "Liceo Manzoni", country: "IT" },
    );
    deploymentId = registration.deploymentId;
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  const infoLine = (response: Response, msg: string): LogLine | undefined =>
    logLinesOf(response.headers.get("x-request-id")).find((line) => line.level === INFO && line.msg === msg);

  async function teacher(): Promise<Teacher> {
    const owner = await world.store.read().identities.find(platform.url, teacherUser.id);
    if (!owner || !("accountId" in owner)) throw new Error("teacher not registered");
    return (await world.store.read().teachers.get(owner.accountId))!;
  }

  it("logs an accepted launch with platform, deployment and account, without the person's name", async () => {
    const launch = await platform.launch({ user: teacherUser, roles: [ROLES.instructor], context: course });
    expect(launch.response.status).toBe(303);
    const line = infoLine(launch.response, "lti launch accepted");
    expect(line).toMatchObject({
      issuer: platform.url,
      deploymentId,
      contextId: course.id,
      viewer: "account",
      accountId: (await teacher()).id,
      roles: ["teacher"],
    });
    expect(JSON.stringify(line)).not.toContain(teacherUser.name);
    expect(JSON.stringify(line)).not.toContain(teacherUser.email);
  });

  it("logs the roster fetch, the import and the deep-link response, with counts and ids but no pupil's name", async () => {
    const partner = await world.teacher("Karl Braun", await world.school("Realschule Süd", "DE"));
    const project = await world.activeProject(await teacher(), partner);
    platform.setRoster(course.id, [{ user_id: "pupil-77", roles: [ROLES.learner], name: pupilName }]);
    const launch = await platform.launch({ user: teacherUser, roles: [ROLES.instructor], context: course });
    await launch.follow();
    const cookie = launch.cookies.header();
    const rosterPage = await fetch(`${tool.url}/lti/roster`, { headers: { cookie } });
    const rosterHtml = await rosterPage.text();
    expect(infoLine(rosterPage, "roster fetched")).toMatchObject({
      issuer: platform.url,
      deploymentId,
      contextId: course.id,
      learners: 1,
    });

    const form = new URLSearchParams({ _csrf: hiddenFields(rosterHtml)._csrf ?? "", project: project.id });
    form.append("pupil", "pupil-77");
    const imported = await fetch(`${tool.url}/lti/roster`, {
      method: "POST",
      headers: { cookie, origin: tool.url, "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    expect(imported.status).toBe(200);
    expect(infoLine(imported, "roster imported")).toMatchObject({ projectId: project.id, registered: 1 });

    const linking = await platform.launch({
      user: teacherUser,
      roles: [ROLES.instructor],
      context: course,
      deepLinking: true,
    });
    expect(infoLine(linking.response, "lti launch accepted")).toMatchObject({
      messageType: "LtiDeepLinkingRequest",
    });
    const chooserHtml = await (await linking.follow()).text();
    const returned = await fetch(`${tool.url}/lti/deep-linking`, {
      method: "POST",
      headers: {
        cookie: linking.cookies.header(),
        origin: tool.url,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ _csrf: hiddenFields(chooserHtml)._csrf ?? "", project: project.id }),
    });
    const jwt = hiddenFields(await returned.text()).JWT;
    expect(infoLine(returned, "deep-link response sent")).toMatchObject({
      issuer: platform.url,
      deploymentId,
      projectId: project.id,
    });
    expectNotLogged({ "pupil's name": pupilName, "deep-link response JWT": jwt });
  });
});
