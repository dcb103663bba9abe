import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Id, type Project, setModerator, type Teacher, verifySchool } from "../../core/index.ts";
import { bindDeploymentToNewSchool } from "../../lti-tool/lti/schools.ts";
import { Deployments, RegistrationTokens } from "../../lti-tool/lti/store.ts";
import { SessionStore, type Viewer } from "../../lti-tool/session/session.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { Client } from "../pages/client.ts";
import { type AdminCommand, adminCommand } from "../support/adminCommand.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { type Platform, type Registration, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

const say = webMessages.translator("en");
const said = (key: Parameters<typeof say.t>[0], params?: Record<string, string | number>) =>
  escapeHtml(say.t(key, params));

/** The part of a page inside its navigation. */
function nav(html: string): string {
  const start = html.indexOf("<nav");
  return html.slice(start, html.indexOf("</nav>", start));
}

/**
 * Issue 15 (1): a national unit registers its own LMS; the people who launch from it are the
 * unit's staff — never teachers: not in partner search, not invitable, not founders, with a
 * navigation of their own. A teacher who moderates keeps both roles, in separate groups.
 */
describe.each(DATABASE_KINDS)("national units' staff on %s", (kind) => {
  let world: World;
  let tool: RunningTool;
  let unitLms: Platform;
  let unitRegistration: Registration;
  let schoolDeployment: Registration;
  let sessions: SessionStore;
  let founder: Teacher;
  let partner: Teacher;
  let project: Project;
  const staffUser = { id: "nu-staff-1", name: "Marta Staffetta", email: "marta@indire.example" };

  async function accountOf(platform: Platform, subject: string): Promise<Id> {
    const owner = await world.store.read().identities.find(platform.url, subject);
    if (!owner || !("accountId" in owner)) throw new Error(`${subject} has not launched`);
    return owner.accountId;
  }
  async function signIn(viewer: Viewer): Promise<Client> {
    const { token, session } = await sessions.create(viewer);
    return new Client(tool, `ot_session=${token}`, session.csrfToken);
  }
  const staffViewer = async (): Promise<Viewer> => ({
    kind: "account",
    accountId: await accountOf(unitLms, staffUser.id),
    schoolId: undefined,
    roles: [],
    locale: "en",
  });

  beforeAll(async () => {
    world = await World.create(kind);
    tool = await startTool({ world });
    sessions = new SessionStore(world.store.database);
    unitLms = await startPlatform();
    const token = await new RegistrationTokens(world.store.database.knex).create({
      schoolName: undefined,
      country: undefined,
      nationalUnit: "IT",
    });
    // The LMS posts a school's fields too; a unit's link ignores them and registers no school.
    unitRegistration = await unitLms.register(`${tool.url}/lti/register/${token}`, {
      schoolName: "Not a school",
      country: "FR",
    });
    const galilei = await world.school("Liceo Galilei", "IT");
    const lycee = await world.school("Lycée Hugo", "FR");
    founder = await world.teacher("Giulia Rossi", galilei, { lookingForPartners: true });
    partner = await world.teacher("Claire Martin", lycee);
    project = await world.projectAwaitingApproval(founder, partner);
  });
  afterAll(async () => {
    await unitLms.stop();
    await tool.stop();
    await world.destroy();
  });

  it("registers the unit's LMS with a unit's link: the deployment belongs to the unit, no school is made", async () => {
    const start = unitLms.registrationStart(
      `${tool.url}/lti/register/${await new RegistrationTokens(world.store.database.knex).create({
        schoolName: undefined,
        country: undefined,
        nationalUnit: "IT",
      })}`,
    );
    const form = await (await fetch(start)).text();
    expect(form).toContain(said("lti.register.unit_intro", { country: "Italy" }));
    expect(form).not.toContain('name="school_name"');

    const deployment = { ...unitRegistration, issuer: unitLms.url };
    expect(await new Deployments(world.store.database.knex).unitOf(deployment)).toBe("IT");
    expect(await new Deployments(world.store.database.knex).schoolOf(deployment)).toBeUndefined();
    const schools = (await world.store.database.knex("schools").select("name")) as { name: string }[];
    expect(schools.map((s) => s.name)).not.toContain("Not a school");
  });

  it("admits a launch from the unit's LMS as staff with their own navigation, not as a teacher", async () => {
    const launch = await unitLms.launch({
      user: staffUser,
      roles: [ROLES.instructor],
      registration: unitRegistration,
    });
    expect(launch.response.status).toBe(303);
    const dashboard = await launch.follow();
    expect(dashboard.status).toBe(200);
    const menu = nav(await dashboard.text());
    expect(menu).toContain(said("nav.group_staff", { countries: "Italy" }));
    expect(menu).toContain('href="/app/moderation"');
    for (const teaching of ["/app/search", "/app/projects/new", "/app/pupils", "/app/contacts"]) {
      expect(menu).not.toContain(`href="${teaching}"`);
    }

    const accountId = await accountOf(unitLms, staffUser.id);
    expect(await world.store.read().teachers.get(accountId)).toBeUndefined();
    expect(await world.store.read().grants.forAccount(accountId)).toEqual([{ role: "staff", country: "IT" }]);
    // A second launch does not grant (or audit) again.
    await unitLms.launch({ user: staffUser, roles: [ROLES.instructor], registration: unitRegistration });
    expect(await world.store.database.knex("grant_audit").where({ account_id: accountId })).toHaveLength(1);
  });

  it("lets the staff decide for their own country only", async () => {
    const staff = await signIn(await staffViewer());
    const queue = await staff.get("/app/moderation");
    expect(queue.status).toBe(200);
    expect(queue.html).toContain(escapeHtml(project.title));

    const france = await staff.post(`/app/moderation/${project.id}/FR`, { decision: "approve" });
    expect(france.status).toBe(422);
    expect(france.html).toContain(said("error.not_moderator_for_country", { country: "France" }));

    const italy = await staff.post(`/app/moderation/${project.id}/IT`, { decision: "approve" });
    expect(italy.status).toBe(303);
    const approvals = await world.store.read().approvals.forProjects([project.id]);
    expect(approvals.find((a) => a.country === "IT")).toMatchObject({
      status: "approved",
      moderatorId: await accountOf(unitLms, staffUser.id),
    });
    expect(approvals.find((a) => a.country === "FR")?.status).toBe("pending");
  });

  it("never shows staff in partner search, never lets them be invited or found a project", async () => {
    const giulia = await signIn({
      kind: "account",
      accountId: founder.id,
      schoolId: founder.schoolId,
      roles: ["teacher"],
      locale: "en",
    });
    const search = await giulia.get("/app/search?text=Marta");
    expect(search.status).toBe(200);
    expect(search.html).not.toContain("Marta Staffetta");

    const staffId = await accountOf(unitLms, staffUser.id);
    const invite = await giulia.post(`/app/projects/${project.id}/invite`, { teacherId: staffId });
    expect(invite.status).toBe(422);
    expect(await world.store.database.knex("invitations").where({ teacher_id: staffId })).toHaveLength(0);

    const staff = await signIn(await staffViewer());
    const before = await world.store.database.knex("projects").count({ n: "*" });
    const found = await staff.post("/app/projects/new", { title: "Staff project", action: "save" });
    expect(found.status).toBe(403);
    expect(found.html).toContain(said("error.teaching_only"));
    expect(await world.store.database.knex("projects").count({ n: "*" })).toEqual(before);
  });

  it("refuses staff every teaching page they type the address of, saying what it is for and the way back", async () => {
    const staff = await signIn(await staffViewer());
    const admin = await world.centralAdmin();
    const central = await signIn({
      kind: "account",
      accountId: admin.id,
      schoolId: undefined,
      roles: [],
      locale: "en",
    });
    const teaching = [
      "/app/search?text=Giulia",
      "/app/contacts",
      "/app/ideas",
      "/app/ideas/new",
      "/app/messages",
    ];
    for (const path of [...teaching, "/app/projects/new", "/app/pupils"]) {
      for (const person of [staff, central]) {
        const refused = await person.get(path);
        expect(refused.status, path).toBe(403);
        expect(refused.html, path).toContain(said("error.teaching_only"));
        expect(refused.html, path).toContain(`<a href="/app">${said("pages.refused.back")}</a>`);
        expect(refused.html, path).not.toContain("Giulia Rossi");
      }
    }
    // The actions behind those pages refuse too, and store nothing.
    const contacts = await world.store.database.knex("contacts").count({ n: "*" });
    const request = await staff.post("/app/contacts/request", { teacherId: founder.id });
    expect(request.status).toBe(403);
    expect(request.html).toContain(said("error.teaching_only"));
    expect(await world.store.database.knex("contacts").count({ n: "*" })).toEqual(contacts);
    const idea = await staff.post("/app/ideas/new", {
      title: "Staff idea",
      summary: "No.",
      partnerScope: "any",
    });
    expect(idea.status).toBe(403);
    expect(await world.store.database.knex("project_ideas").where({ title: "Staff idea" })).toHaveLength(0);
    // Their own pages stay open.
    expect((await staff.get("/app/moderation")).status).toBe(200);
  });

  it("refuses learners of the unit's LMS, and a staff account launching as a school's teacher", async () => {
    const learner = await unitLms.launch({
      user: { id: "nu-learner" },
      roles: [ROLES.learner],
      registration: unitRegistration,
    });
    expect(learner.response.status).toBe(403);
    expect(await world.store.read().identities.find(unitLms.url, "nu-learner")).toBeUndefined();

    // The same LMS also hosts a school: its deployment is bound to that school.
    schoolDeployment = unitLms.addDeployment(unitRegistration);
    await bindDeploymentToNewSchool(
      {
        core: world.deps,
        database: world.store.database,
        deployments: new Deployments(world.store.database.knex),
      },
      { ...schoolDeployment, issuer: unitLms.url },
      { name: "Istituto Dante", country: "IT" },
    );
    const asTeacher = await unitLms.launch({
      user: staffUser,
      roles: [ROLES.instructor],
      registration: schoolDeployment,
    });
    expect(asTeacher.response.status).toBe(403);
    expect(await asTeacher.response.text()).toContain(escapeHtml(say.t("error.staff_not_teacher")));
    expect(await world.store.read().teachers.get(await accountOf(unitLms, staffUser.id))).toBeUndefined();

    // And a school's teacher opening the unit's deployment does not become staff.
    const unitLaunch = await unitLms.launch({
      user: { id: "dante-teacher-2", name: "Dante Two" },
      roles: [ROLES.instructor],
      registration: schoolDeployment,
    });
    expect(unitLaunch.response.status).toBe(303);
    const secondTry = await unitLms.launch({
      user: { id: "dante-teacher-2", name: "Dante Two" },
      roles: [ROLES.instructor],
      registration: unitRegistration,
    });
    expect(secondTry.response.status).toBe(403);
    expect(await secondTry.response.text()).toContain(escapeHtml(say.t("error.staff_account_is_teacher")));
    expect(await world.store.read().grants.forAccount(await accountOf(unitLms, "dante-teacher-2"))).toEqual(
      [],
    );
  });

  it("suspends the launches of a school its national unit rejected, telling the LMS admin why", async () => {
    const staffId = await accountOf(unitLms, staffUser.id);
    const dante = await world.store.read().teachers.get(await accountOf(unitLms, "dante-teacher-2"));
    if (!dante) throw new Error("Dante Two is not a teacher");
    await verifySchool(world.deps, { accountId: staffId }, "IT", dante.schoolId, {
      confirm: false,
      reason: "Not in the national register of schools.",
    });
    const refused = await unitLms.launch({
      user: { id: "dante-teacher-2", name: "Dante Two" },
      roles: [ROLES.instructor],
      registration: schoolDeployment,
    });
    expect(refused.response.status).toBe(403);
    expect(await refused.response.text()).toContain(said("lti.refusal.school_rejected.body"));

    await verifySchool(world.deps, { accountId: staffId }, "IT", dante.schoolId, { confirm: true });
    const again = await unitLms.launch({
      user: { id: "dante-teacher-2", name: "Dante Two" },
      roles: [ROLES.instructor],
      registration: schoolDeployment,
    });
    expect(again.response.status).toBe(303);
  });

  it("keeps a moderating teacher's two roles apart in the navigation", async () => {
    const admin = await world.centralAdmin();
    await setModerator(world.deps, { accountId: admin.id }, founder.id, "IT", true);
    const giulia = await signIn({
      kind: "account",
      accountId: founder.id,
      schoolId: founder.schoolId,
      roles: ["teacher"],
      locale: "en",
    });
    const menu = nav((await giulia.get("/app")).html);
    const teaching = menu.indexOf(said("nav.group_teaching"));
    const unit = menu.indexOf(said("nav.group_unit", { countries: "Italy" }));
    expect(teaching).toBeGreaterThan(0);
    expect(unit).toBeGreaterThan(teaching);
    expect(menu.indexOf('href="/app/search"')).toBeGreaterThan(teaching);
    expect(menu.indexOf('href="/app/search"')).toBeLessThan(unit);
    expect(menu.indexOf('href="/app/moderation"')).toBeGreaterThan(unit);
    // Both roles work, not only their links: teaching pages and the unit's queue.
    expect((await giulia.get("/app/search")).status).toBe(200);
    expect((await giulia.get("/app/pupils")).status).toBe(200);
    expect((await giulia.get("/app/moderation")).status).toBe(200);
  });
});

/**
 * `npm run admin` for a staff unit's own LMS: a national unit (`--national-unit CC`) or, issue
 * 15 (1), the central support service (`--central-support`), whose launches are the service's
 * staff (central_admin), never teachers.
 */
describe("npm run admin with --national-unit or --central-support", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  let lms: Platform; // the central support service's
  let admin: AdminCommand;

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world });
    platform = await startPlatform();
    lms = await startPlatform();
    admin = adminCommand(world, tool);
  });
  afterAll(async () => {
    await lms.stop();
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  it("registers a unit's platform and deployment by hand; its launches are staff; the list says so", async () => {
    const registration = platform.registerByHand(tool.url);
    const added = await admin(
      ...["platform", "add", "--issuer", platform.url, "--client-id", registration.clientId],
      ...["--deployment-id", registration.deploymentId, "--auth-url", platform.endpoints.authUrl],
      ...["--token-url", platform.endpoints.tokenUrl, "--jwks-url", platform.endpoints.jwksUrl],
      ...["--national-unit", "fr"],
    );
    expect(added.code, added.out).toBe(0);
    expect(added.out).toContain("belongs to the national unit of FR");
    const second = platform.addDeployment(registration);
    const mixed = await admin(
      ...["deployment", "add", "--issuer", platform.url, "--client-id", second.clientId],
      ...["--deployment-id", second.deploymentId, "--national-unit", "FR", "--country", "FR"],
    );
    expect(mixed.code).not.toBe(0);
    expect(mixed.out).toContain("leave out --school-name and --country");

    const launch = await platform.launch({
      registration,
      user: { id: "fr-staff", name: "Agence Erasmus+ France" },
      roles: [ROLES.institutionAdmin],
    });
    expect(launch.response.status).toBe(303);
    const owner = await world.store.read().identities.find(platform.url, "fr-staff");
    const accountId = owner && "accountId" in owner ? owner.accountId : "";
    expect(await world.store.read().grants.forAccount(accountId)).toEqual([{ role: "staff", country: "FR" }]);
    expect(await world.store.read().teachers.get(accountId)).toBeUndefined();

    expect((await admin("platform", "list")).out).toContain(
      `deployment ${registration.deploymentId}  national unit (FR)`,
    );
    const unknown = await admin("registration-token", "create", "--national-unit", "XX");
    expect(unknown.code).not.toBe(0);
    expect(unknown.out).toContain("--national-unit must be a participating country's ISO code");
    const link = await admin("registration-token", "create", "--national-unit", "IT");
    expect(link.code, link.out).toBe(0);
    const url = /(http\S+\/lti\/register\/\S+)/.exec(link.out)?.[1] ?? "";
    const form = await (await fetch(platform.registrationStart(url))).text();
    expect(form).toContain(said("lti.register.unit_intro", { country: "Italy" }));
  });

  it("registers from a link made for the service; its launches are the service's staff, not teachers", async () => {
    const link = await admin("registration-token", "create", "--central-support");
    expect(link.code, link.out).toBe(0);
    const url = /(http\S+\/lti\/register\/\S+)/.exec(link.out)?.[1] ?? "";
    const form = await (await fetch(lms.registrationStart(url))).text();
    expect(form).toContain(said("lti.register.central_intro"));
    expect(form).not.toContain('name="school_name"');
    const registration = await lms.register(url, { schoolName: "Not a school", country: "FR" });
    const schools = (await world.store.database.knex("schools").select("name")) as { name: string }[];
    expect(schools.map((s) => s.name)).not.toContain("Not a school");

    const user = { id: "cso-1", name: "Ana Central", email: "ana@support.example" };
    const launch = await lms.launch({ user, roles: [ROLES.instructor], registration });
    expect(launch.response.status).toBe(303);
    const dashboard = await launch.follow();
    expect(dashboard.status).toBe(200);
    const menu = nav(await dashboard.text());
    for (const central of ["/app/admin/registration-links", "/app/european-labels", "/app/admin/groups"]) {
      expect(menu).toContain(`href="${central}"`);
    }
    for (const teaching of ["/app/search", "/app/projects/new", "/app/pupils", "/app/contacts"]) {
      expect(menu).not.toContain(`href="${teaching}"`);
    }
    const owner = await world.store.read().identities.find(lms.url, user.id);
    const accountId = owner && "accountId" in owner ? owner.accountId : "";
    expect(await world.store.read().grants.forAccount(accountId)).toEqual([{ role: "central_admin" }]);
    expect(await world.store.read().teachers.get(accountId)).toBeUndefined();
    expect((await admin("platform", "list")).out).toContain(
      `deployment ${registration.deploymentId}  central support service`,
    );

    // A learner of the service's LMS is nobody here.
    const learner = await lms.launch({ user: { id: "cso-learner" }, roles: [ROLES.learner], registration });
    expect(learner.response.status).toBe(403);
  });

  it("binds a deployment by hand with --central-support, and refuses it mixed with a school or a country", async () => {
    const registration = lms.registerByHand(tool.url);
    const added = await admin(
      ...["platform", "add", "--issuer", lms.url, "--client-id", registration.clientId],
      ...["--deployment-id", registration.deploymentId, "--auth-url", lms.endpoints.authUrl],
      ...["--token-url", lms.endpoints.tokenUrl, "--jwks-url", lms.endpoints.jwksUrl],
      "--central-support",
    );
    expect(added.code, added.out).toBe(0);
    expect(added.out).toContain("belongs to the central support service");
    const second = lms.addDeployment(registration);
    const deploymentAdd = ["deployment", "add", "--issuer", lms.url, "--client-id", second.clientId];
    const mixed = await admin(
      ...deploymentAdd,
      "--deployment-id",
      second.deploymentId,
      "--central-support",
      "--national-unit",
      "IT",
    );
    expect(mixed.code).not.toBe(0);
    expect(mixed.out).toContain("not both");
    const withSchool = await admin(
      ...deploymentAdd,
      "--deployment-id",
      second.deploymentId,
      "--central-support",
      "--country",
      "IT",
    );
    expect(withSchool.code).not.toBe(0);
    expect(withSchool.out).toContain("leave out --school-name and --country");
    const launch = await lms.launch({
      registration,
      user: { id: "cso-2", name: "Ben Central" },
      roles: [ROLES.institutionAdmin],
    });
    expect(launch.response.status).toBe(303);
    const owner = await world.store.read().identities.find(lms.url, "cso-2");
    const accountId = owner && "accountId" in owner ? owner.accountId : "";
    expect(await world.store.read().grants.forAccount(accountId)).toEqual([{ role: "central_admin" }]);
  });
});
