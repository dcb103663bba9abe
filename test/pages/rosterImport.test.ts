import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Project, registerPupils, type Teacher } from "../../core/index.ts";
import { type AccountAdmin, PupilAccountManager } from "../../matrix-bot/accounts/pupilAccounts.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import type { LaunchContext } from "../../lti-tool/session/session.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { hiddenFields, type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/** The homeserver's admin API (a third party); accounts are not what these tests look at. */
const homeserver: AccountAdmin = { putUser: async () => {}, deactivate: async () => {} };

/** A launch from a course whose platform offers the roster (as Moodle does). */
const courseLaunch: LaunchContext = {
  issuer: "https://moodle.school.example",
  clientId: "client-1",
  deploymentId: "1",
  contextId: "course-2C",
  contextTitle: "2C Inglese",
  nrpsUrl: "https://moodle.school.example/nrps/course-2C",
};

const importLinks = (html: string) =>
  [...html.matchAll(/<a class="button" href="(\/lti\/roster[^"]*)"/g)].map((m) => m[1]);
const checkedBoxes = (html: string) => [...html.matchAll(/<input type="checkbox"[^>]*\bchecked\b/g)].length;

/**
 * Issue 17, point 4: a teacher finds the roster import wherever they look for it (My pupils,
 * the dashboard after a launch from a course, the project page), and on My pupils no action
 * applies to everyone by default.
 */
describe.each(DATABASE_KINDS)("the roster import is reachable (%s)", (kind) => {
  let w: World;
  let pages: Awaited<ReturnType<typeof startPages>>;
  let teacher: Teacher;
  let project: Project;
  let fromCourse: Client;
  let fromElsewhere: Client;

  beforeAll(async () => {
    w = await World.create(kind);
    pages = await startPages(w, {
      matrix: {
        homeserverUrl: "https://matrix.school.example",
        botUserId: async () => "@twinspace:school.example",
        pupilAccounts: new PupilAccountManager({
          core: w.deps,
          admin: homeserver,
          records: new PupilMatrixAccounts(w.store.database),
          serverName: async () => "school.example",
          requireGuard: async () => {}, // no homeserver here: the guard's probe is tested on Synapse
        }),
      },
    });
    teacher = await w.teacher("Anna Neri", await w.school("Liceo Parini", "IT", "Milano"));
    project = await w.activeProject(
      teacher,
      await w.teacher("Lena Vogt", await w.school("Gymnasium Ost", "DE")),
    );
    fromCourse = await pages.as(teacher, { launch: courseLaunch });
    fromElsewhere = await pages.as(teacher);
  });
  afterAll(async () => {
    await pages.tool.stop();
    await w.destroy();
  });

  it("My pupils with no pupils yet links to the import after a launch from a course", async () => {
    const page = await fromCourse.get("/app/pupils");
    expect(page.status).toBe(200);
    expect(page.html).toContain("You have not registered any pupils yet.");
    expect(importLinks(page.html)).toEqual(["/lti/roster"]);
  });

  it("My pupils says where to start when the session did not come from a course", async () => {
    const page = await fromElsewhere.get("/app/pupils");
    expect(importLinks(page.html)).toEqual([]);
    expect(page.html).toContain("open OpenTwinning from your course in the LMS");
  });

  it("My pupils ticks no pupil: printing the sheet needs a choice, so one click resets nobody's password", async () => {
    await registerPupils(w.deps, w.actor(teacher), [
      { displayName: "Bruno P." },
      { displayName: "Carla D." },
    ]);
    const page = await fromCourse.get("/app/pupils");
    expect(page.html).toContain("Bruno P.");
    expect(checkedBoxes(page.html)).toBe(0);
    expect(importLinks(page.html)).toEqual(["/lti/roster"]);
    const sheet = await fromCourse.post("/app/pupils/sheet");
    expect(sheet.status).toBe(303);
    expect(sheet.location).toBe("/app/pupils?done=pupil_accounts_none_chosen");
  });

  it("the dashboard offers the import after a launch from a course, not otherwise", async () => {
    expect(importLinks((await fromCourse.get("/app")).html)).toEqual(["/lti/roster"]);
    expect(importLinks((await fromElsewhere.get("/app")).html)).toEqual([]);
  });

  it("the project page offers the import with this project preselected", async () => {
    const page = await fromCourse.get(`/app/projects/${project.id}`);
    expect(importLinks(page.html)).toEqual([`/lti/roster?project=${project.id}`]);
  });
});

/** The roster page itself, through the platform simulator (a real launch with the roster service). */
describe("the roster page", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  const teacherUser = { id: "moodle-teacher-5", name: "Paola Gallo" };
  const course = { id: "course-5B", title: "5B Fisica" };

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world });
    platform = await startPlatform();
    await platform.register(await tool.registrationUrl({ schoolName: "Liceo Fermi", country: "IT" }), {
      schoolName: "Liceo Fermi",
      country: "IT",
    });
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  it("has the navigation bar, ticks nobody and preselects the project the teacher came from", async () => {
    await platform.launch({ user: teacherUser, roles: [ROLES.instructor], context: course });
    const owner = await world.store.read().identities.find(platform.url, teacherUser.id);
    const teacher = (await world.store.read().teachers.get((owner as { accountId: string }).accountId))!;
    const first = await world.activeProject(
      teacher,
      await world.teacher("Marie Leroy", await world.school("Lycée Hugo", "FR")),
    );
    const second = await world.activeProject(
      teacher,
      await world.teacher("Jan Novak", await world.school("Gymnasium West", "DE")),
    );
    platform.setRoster(course.id, [
      { user_id: "p-1", roles: [ROLES.learner], name: "Dario F." },
      { user_id: "p-2", roles: [ROLES.learner], name: "Elisa G." },
    ]);
    const launch = await platform.launch({ user: teacherUser, roles: [ROLES.instructor], context: course });
    await launch.follow();
    const cookie = launch.cookies.header();

    const response = await fetch(`${tool.url}/lti/roster?project=${second.id}`, { headers: { cookie } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/<nav aria-label="[^"]+">/);
    expect(html).toContain('href="/app/pupils"');
    expect(html).toContain("Elisa G.");
    expect(checkedBoxes(html)).toBe(0);
    expect(html).toMatch(new RegExp(`<option value="${second.id}" selected`));
    expect(html).not.toMatch(new RegExp(`<option value="${first.id}" selected`));

    // Submitting without a choice imports nobody.
    const nobody = await fetch(`${tool.url}/lti/roster`, {
      method: "POST",
      headers: { cookie, origin: tool.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: hiddenFields(html)._csrf ?? "", project: second.id }),
    });
    expect(nobody.status).toBe(200);
    expect(await nobody.text()).toMatch(/<nav aria-label=/);
    expect(await world.store.read().pupils.listByTeacher(teacher.id)).toEqual([]);
  });
});
