import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Teacher } from "../../core/index.ts";
import { hiddenFields, type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/**
 * The LTI side end to end through the platform simulator, ltijs unmocked: dynamic
 * registration → a teacher's launch registers them → deep linking places a project in a
 * course → a pupil imported from the roster launches that link and lands on the project.
 */
describe("LTI journey through the platform simulator", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;

  beforeAll(async () => {
    world = await World.create("sqlite");
    // The seam for pupils' Matrix accounts (issue 6): here a stand-in that names a credentials sheet.
    const pupilCredentials = {
      credentialsSheetFor: async (_teacherId: string, pupils: readonly { id: string }[]) =>
        `/credentials/${pupils.map((pupil) => pupil.id).join(",")}`,
    };
    tool = await startTool({ world, pupilCredentials });
    platform = await startPlatform();
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  const teacherUser = { id: "moodle-user-7", name: "Giulia Rossi", email: "giulia.rossi@liceo.example" };
  const course = { id: "course-3B", title: "3B Scienze" };

  async function teacherOf(subject: string): Promise<Teacher> {
    const owner = await world.store.read().identities.find(platform.url, subject);
    if (!owner || !("accountId" in owner)) throw new Error(`no account for ${subject}`);
    const teacher = await world.store.read().teachers.get(owner.accountId);
    if (!teacher) throw new Error(`${subject} is not a teacher`);
    return teacher;
  }

  it("registers the tool dynamically and binds the deployment to the school", async () => {
    const url = await tool.registrationUrl({ schoolName: "Liceo Galilei", country: "IT" });
    const registration = await platform.register(url, { schoolName: "Liceo Galilei", country: "IT" });
    expect(registration.tool).toEqual({
      loginUrl: `${tool.url}/lti/login`,
      redirectUris: [`${tool.url}/lti/launch`],
      jwksUri: `${tool.url}/lti/keys`,
      targetLinkUri: `${tool.url}/lti/launch`,
      deepLinkingUri: `${tool.url}/lti/launch`,
    });
    const deployments = await world.store.database.knex("lti_deployments");
    expect(deployments).toHaveLength(1);
    const school = await world.store.read().schools.get(deployments[0].school_id);
    expect(school).toMatchObject({ name: "Liceo Galilei", country: "IT" });
    // The tool publishes the key pair ltijs made for this platform.
    const keys = (await (await fetch(`${tool.url}/lti/keys`)).json()) as {
      keys: { kid: string; alg: string }[];
    };
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]?.alg).toBe("RS256");
  });

  it("registers a teacher on their first launch and refreshes name and email later", async () => {
    const launch = await platform.launch({
      user: teacherUser,
      roles: [ROLES.instructor],
      context: course,
      locale: "it",
    });
    expect(launch.response.status).toBe(303);
    expect(launch.response.headers.get("location")).toMatch(/^\/lti\/continue\?next=%2Fapp&continuation=/);
    const teacher = await teacherOf(teacherUser.id);
    expect(teacher).toMatchObject({
      name: "Giulia Rossi",
      email: "giulia.rossi@liceo.example",
      country: "IT",
    });
    expect((await world.store.read().schools.get(teacher.schoolId))?.name).toBe("Liceo Galilei");

    const again = await platform.launch({
      user: { ...teacherUser, name: "Giulia Rossi-Bianchi" },
      roles: [ROLES.instructor],
      context: course,
    });
    expect(again.response.status).toBe(303);
    expect((await teacherOf(teacherUser.id)).name).toBe("Giulia Rossi-Bianchi");
    expect(await world.store.database.knex("teachers").count({ n: "*" })).toEqual([{ n: 1 }]);
  });

  it("maps LTI roles: administrators get an account without a teacher profile, teacher-admins both", async () => {
    const viewerOf = async (subject: string) => {
      const owner = await world.store.read().identities.find(platform.url, subject);
      const rows = (await world.store.database.knex("sessions").select("viewer")) as { viewer: string }[];
      return rows
        .map((row) => JSON.parse(row.viewer))
        .find((viewer) => owner && "accountId" in owner && viewer.accountId === owner.accountId);
    };
    const admin = await platform.launch({
      user: { id: "moodle-admin", name: "Site Admin" },
      roles: [ROLES.siteAdmin, ROLES.institutionAdmin],
      loginMethod: "GET",
    });
    expect(admin.response.status).toBe(303);
    const viewer = await viewerOf("moodle-admin");
    expect(viewer).toMatchObject({ kind: "account", roles: ["school_admin"] });
    expect(viewer.schoolId).toBeTruthy();
    expect(await world.store.read().teachers.get(viewer.accountId)).toBeUndefined();

    await platform.launch({
      user: { id: "moodle-teacher-admin", name: "Teaching Admin" },
      roles: [ROLES.teachingAssistant, ROLES.siteAdmin],
    });
    expect(await viewerOf("moodle-teacher-admin")).toMatchObject({ roles: ["teacher", "school_admin"] });
  });

  it("lands the teacher on /app with a session cookie", async () => {
    const launch = await platform.launch({ user: teacherUser, roles: [ROLES.instructor], context: course });
    const continued = await fetch(new URL(launch.response.headers.get("location") ?? "", tool.url), {
      redirect: "manual",
      headers: { cookie: launch.cookies.header() },
    });
    expect(continued.status).toBe(303);
    expect(continued.headers.get("location")).toBe("/app");
  });

  it("speaks the launch's language", async () => {
    const launch = await platform.launch({
      user: teacherUser,
      roles: [ROLES.instructor],
      context: course,
      locale: "it_IT",
    });
    const page = await fetch(`${tool.url}/lti/deep-linking`, {
      headers: { cookie: launch.cookies.header() },
    });
    const html = await page.text();
    expect(page.status).toBe(400);
    expect(html).toContain('<html lang="it">');
    expect(html).toContain("Aggiungi OpenTwinning dal tuo corso");
  });

  it("imports pupils from the roster, places a project by deep linking, and the pupil lands on it", async () => {
    const teacher = await teacherOf(teacherUser.id);
    const partnerSchool = await world.school("Collège Jean Moulin", "FR");
    const partner = await world.teacher("Claire Martin", partnerSchool);
    const project = await world.activeProject(teacher, partner);

    platform.setRoster(course.id, [
      { user_id: "moodle-user-7", roles: [ROLES.instructor], name: "Giulia Rossi" },
      { user_id: "pupil-1", roles: [ROLES.learner], given_name: "Luca", family_name: "B." },
      { user_id: "pupil-2", roles: [ROLES.learner], name: "Sara C." },
      { user_id: "pupil-3", roles: [ROLES.learner], name: "Left the course", status: "Inactive" },
    ]);
    const launch = await platform.launch({ user: teacherUser, roles: [ROLES.instructor], context: course });
    await launch.follow();
    const rosterPage = await fetch(`${tool.url}/lti/roster`, {
      headers: { cookie: launch.cookies.header() },
    });
    const html = await rosterPage.text();
    expect(rosterPage.status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Luca B.");
    expect(html).toContain("Sara C.");
    expect(html).not.toContain("Left the course");
    expect(html).not.toContain('value="moodle-user-7"');

    const form = new URLSearchParams({ _csrf: hiddenFields(html)._csrf ?? "", project: project.id });
    form.append("pupil", "pupil-1");
    const imported = await fetch(`${tool.url}/lti/roster`, {
      method: "POST",
      headers: {
        cookie: launch.cookies.header(),
        origin: tool.url,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: form,
    });
    expect(imported.status).toBe(200);
    const importedHtml = await imported.text();
    expect(importedHtml).toContain("Luca B.");
    const pupils = await world.store.read().pupils.listByTeacher(teacher.id);
    expect(importedHtml).toContain(`href="/credentials/${pupils[0]?.id}"`);
    expect(pupils.map((pupil) => pupil.displayName)).toEqual(["Luca B."]);
    expect(await world.store.read().members.hasPupil(project.id, pupils[0]?.id ?? "")).toBe(true);

    // Deep linking: the teacher adds the project to the course.
    const linking = await platform.launch({
      user: teacherUser,
      roles: [ROLES.instructor],
      context: course,
      deepLinking: true,
    });
    expect(linking.response.headers.get("location")).toContain("next=%2Flti%2Fdeep-linking");
    const chooser = await linking.follow();
    const chooserHtml = await chooser.text();
    expect(chooserHtml).toContain(project.title);
    const returned = await fetch(`${tool.url}/lti/deep-linking`, {
      method: "POST",
      headers: {
        cookie: linking.cookies.header(),
        origin: tool.url,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ _csrf: hiddenFields(chooserHtml)._csrf ?? "", project: project.id }),
    });
    const autoPost = await returned.text();
    expect(returned.headers.get("content-security-policy")).toContain(`form-action 'self' ${platform.url}`);
    const jwt = hiddenFields(autoPost).JWT ?? "";
    const back = await fetch(`${platform.url}/deep-linking-return`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ JWT: jwt }),
    });
    expect(back.status).toBe(200);
    const link = platform.deepLinks[0]?.items[0] as { url: string; custom: Record<string, string> };
    expect(link).toMatchObject({
      type: "ltiResourceLink",
      title: project.title,
      custom: { project_id: project.id },
    });
    expect(platform.deepLinks[0]?.data).toBe("opaque-platform-data");

    // The imported pupil launches the link and lands on the project.
    const pupilLaunch = await platform.launch({
      user: { id: "pupil-1", name: "Luca Bianchi" },
      roles: [ROLES.learner],
      context: course,
      targetLinkUri: link.url,
      custom: link.custom,
    });
    expect(pupilLaunch.response.status).toBe(303);
    expect(pupilLaunch.response.headers.get("location")).toContain(`next=%2Fapp%2Fprojects%2F${project.id}`);

    // A pupil of the course not imported gets an explanation instead.
    const stranger = await platform.launch({
      user: { id: "pupil-2", name: "Sara C." },
      roles: [ROLES.learner],
      context: course,
      targetLinkUri: link.url,
      custom: link.custom,
    });
    expect(stranger.response.status).toBe(403);
    expect(await stranger.response.text()).toContain("Your teacher has not registered you yet");
  });
  it("offers only active projects in Select content; a pupil opening a project not approved yet is told it opens later", async () => {
    const teacher = await teacherOf(teacherUser.id);
    const partner = await world.teacher("Jonas Weber", await world.school("Gymnasium Nord", "DE"));
    const waiting = await world.projectAwaitingApproval(teacher, partner, {
      ...world.form(),
      title: "Still waiting",
    });

    const linking = await platform.launch({
      user: teacherUser,
      roles: [ROLES.instructor],
      context: course,
      deepLinking: true,
    });
    const chooserHtml = await (await linking.follow()).text();
    const waitingChoice = new RegExp(
      `<input type="radio" name="project" id="(project-\\d+)" value="${waiting.id}" disabled`,
    );
    expect(chooserHtml).toMatch(waitingChoice);
    expect(chooserHtml).toContain("as soon as the national units approve it");

    const forced = await fetch(`${tool.url}/lti/deep-linking`, {
      method: "POST",
      headers: {
        cookie: linking.cookies.header(),
        origin: tool.url,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ _csrf: hiddenFields(chooserHtml)._csrf ?? "", project: waiting.id }),
    });
    expect(forced.status).toBeGreaterThanOrEqual(400);
    expect(await forced.text()).toContain("Pupils can join once the project is approved and active");
    expect(platform.deepLinks.filter((link) => JSON.stringify(link.items).includes(waiting.id))).toEqual([]);

    const pupilLaunch = await platform.launch({
      user: { id: "pupil-1", name: "Luca Bianchi" },
      roles: [ROLES.learner],
      context: course,
      custom: { project_id: waiting.id },
    });
    expect(pupilLaunch.response.status).toBe(403);
    expect(await pupilLaunch.response.text()).toContain("This project has not started yet");
  });
});
