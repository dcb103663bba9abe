/**
 * `npm run demo`: OpenTwinning with its bot on a local Synapse, and a small demo LMS whose
 * page launches you (in a new tab) as a teacher of one of four schools in three countries,
 * a pupil, a national unit's moderator or a school's IT admin.
 *
 * Nothing is copied from the tests: the LMS is the platform simulator the LTI tests use
 * (test/support/platform/platform.ts) and Synapse is the test harness's
 * (test/support/synapse.ts); the tool is `npm start`'s web side (app/webApp.ts) and bot.
 * The demo LMS registers with the tool through dynamic registration, as Moodle does.
 */
import type { Express } from "express";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  acceptCofounder,
  acceptContact,
  bootstrapCentralAdmin,
  type CoreDeps,
  Countries,
  createProject,
  decideApproval,
  type Id,
  importPupils,
  type Teacher,
  registerAccountFromLaunch,
  registerTeacherFromLaunch,
  requestContact,
  setModerator,
} from "../core/index.ts";
import { Deployments, RegistrationTokens } from "../lti-tool/lti/store.ts";
import { html } from "../lti-tool/web/html.ts";
import { startMatrixBot } from "../matrix-bot/start.ts";
import { loadConfig } from "../app/config.ts";
import { openDatabase } from "../store/database.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { productionCoreDeps } from "../app/coreDeps.ts";
import { productWebApp } from "../app/webApp.ts";
import {
  type LaunchOptions,
  type Registration,
  ROLES,
  startPlatform,
} from "../test/support/platform/platform.ts";
import { registerUser } from "../test/support/synapse.ts";

export interface DemoSchool {
  key: string;
  name: string;
  country: string;
  city: string;
  teacher: string;
  admin: string;
  course: string;
}

export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  {
    key: "galilei",
    name: "Liceo Galilei",
    country: "IT",
    city: "Firenze",
    teacher: "Giulia Rossi",
    admin: "Marco Bruni",
    course: "3B Scienze",
  },
  {
    key: "volta",
    name: "Istituto Volta",
    country: "IT",
    city: "Como",
    teacher: "Paolo Conti",
    admin: "Sara Greco",
    course: "2A Inglese",
  },
  {
    key: "moulin",
    name: "Collège Jean Moulin",
    country: "FR",
    city: "Lyon",
    teacher: "Claire Martin",
    admin: "Luc Bernard",
    course: "4e Sciences",
  },
  {
    key: "nord",
    name: "Gymnasium Nord",
    country: "DE",
    city: "Hamburg",
    teacher: "Jonas Weber",
    admin: "Eva Schulz",
    course: "8b Biologie",
  },
];

/** Pupils of the first school's course (first names and an initial only: pupils are minors). */
const PUPILS = [
  { id: "pupil-luca", name: "Luca B." },
  { id: "pupil-sara", name: "Sara C." },
  { id: "pupil-nico", name: "Nico D." },
];

export interface Persona {
  key: string;
  label: string;
  group: "teacher" | "pupil" | "moderator" | "admin";
  /** The national unit a moderator works for. */
  country?: string;
  launch: LaunchOptions;
}

export interface Demo {
  /** The demo LMS's page: the one URL to open. */
  url: string;
  toolUrl: string;
  homeserverUrl: string;
  personas: Persona[];
  stop(): Promise<void>;
}

export interface DemoOptions {
  homeserver: { url: string; sharedSecret: string };
  seed: boolean;
  /** Ports for the tool and the demo LMS page; 0 (default) picks free ones. */
  toolPort?: number;
  port?: number;
}

export async function startDemo(options: DemoOptions): Promise<Demo> {
  const dir = mkdtempSync(join(tmpdir(), "opentwinning-demo-"));
  const database = openDatabase(`sqlite:${join(dir, "demo.sqlite")}`);
  await migrateToLatest(database.knex);
  const core = productionCoreDeps(database, new Countries());
  const botAccount = await registerUser(options.homeserver, `twinspace-${Date.now().toString(36)}`, {
    admin: true,
  });
  const botEnv = {
    MATRIX_HOMESERVER_URL: options.homeserver.url,
    MATRIX_BOT_ACCESS_TOKEN: botAccount.accessToken,
  };

  // The same configuration schema as `npm start`, from the demo's own environment (not the
  // machine's). The public URL names the port, known once listening; the tool reads it per request.
  const config = loadConfig({
    ...botEnv,
    PUBLIC_URL: "http://localhost",
    ALLOW_PRIVATE_REGISTRATION_URLS: "true",
  });
  const { lti } = config;
  const app = productWebApp({ database, core, lti, bot: config.bot });
  const toolServer = await listen(app, options.toolPort ?? 0);
  lti.publicUrl = `http://localhost:${(toolServer.address() as AddressInfo).port}`;
  const bot = await startMatrixBot({ database, core, config: config.bot });

  // Same host name as the tool: over http, cookies survive the LMS's form posts only within one site.
  const platform = await startPlatform({ host: "localhost" });
  const registrations = new Map<string, Registration>();
  const schoolIds = new Map<string, Id>();
  const tokens = new RegistrationTokens(database.knex);
  const deployments = new Deployments(database.knex);
  for (const school of DEMO_SCHOOLS) {
    const preset = { schoolName: school.name, country: school.country };
    const token = await tokens.create(preset);
    const registration = await platform.register(`${lti.publicUrl}/lti/register/${token}`, preset);
    registrations.set(school.key, registration);
    const schoolId = await deployments.schoolOf({ issuer: platform.url, ...registration });
    if (!schoolId) throw new Error(`${school.name}: the registration bound no school`);
    schoolIds.set(school.key, schoolId);
    platform.setRoster(`course-${school.key}`, [
      { user_id: `teacher-${school.key}`, roles: [ROLES.instructor], name: school.teacher },
      ...(school.key === "galilei"
        ? PUPILS.map((p) => ({ user_id: p.id, roles: [ROLES.learner], name: p.name }))
        : []),
    ]);
  }

  const personas = demoPersonas(registrations);
  const moderators = await grantModerators(core, platform.url, personas);
  const teachers = await registerTeachers(core, platform.url, schoolIds);
  if (options.seed) await seed(core, platform.url, teachers, moderators);

  const page = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://demo.invalid");
    const persona = personas.find((p) => url.pathname === `/as/${p.key}`);
    if (persona) {
      res.writeHead(302, { location: platform.launchUrl(persona.launch) }).end();
      return;
    }
    if (url.pathname !== "/") return void res.writeHead(404).end();
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(demoPage(personas, options.homeserver.url, options.seed));
  });
  await new Promise<void>((resolve) => page.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://localhost:${(page.address() as AddressInfo).port}`;

  return {
    url,
    toolUrl: lti.publicUrl,
    homeserverUrl: options.homeserver.url,
    personas,
    async stop() {
      page.closeAllConnections();
      await new Promise((resolve) => page.close(resolve));
      await platform.stop();
      await bot?.stop();
      toolServer.closeAllConnections();
      await new Promise((resolve) => toolServer.close(resolve));
      await database.knex.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listen(app: Express, port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server: Server = app.listen(port, "127.0.0.1", () => resolve(server));
  });
}

function demoPersonas(registrations: Map<string, Registration>): Persona[] {
  const personas: Persona[] = [];
  const of = (key: string) => registrations.get(key) as Registration;
  const course = (school: DemoSchool) => ({ id: `course-${school.key}`, title: school.course });
  for (const school of DEMO_SCHOOLS) {
    personas.push({
      key: `teacher-${school.key}`,
      label: `${school.teacher}, teacher at ${school.name} (${school.city}, ${school.country})`,
      group: "teacher",
      launch: {
        registration: of(school.key),
        user: {
          id: `teacher-${school.key}`,
          name: school.teacher,
          email: teacherEmail(school),
        },
        roles: [ROLES.instructor],
        context: course(school),
      },
    });
  }
  const galilei = DEMO_SCHOOLS[0] as DemoSchool;
  personas.push({
    key: "pupil",
    label: `${PUPILS[0]?.name}, pupil in ${galilei.course} at ${galilei.name}`,
    group: "pupil",
    launch: {
      registration: of(galilei.key),
      user: { id: PUPILS[0]?.id ?? "", name: PUPILS[0]?.name ?? "" },
      roles: [ROLES.learner],
      context: course(galilei),
    },
  });
  // National units: one moderator per country, launched from a school of that country.
  for (const country of [...new Set(DEMO_SCHOOLS.map((s) => s.country))]) {
    const school = DEMO_SCHOOLS.find((s) => s.country === country) as DemoSchool;
    personas.push({
      key: `moderator-${country.toLowerCase()}`,
      label: `National unit ${country} (moderator)`,
      group: "moderator",
      country,
      launch: {
        registration: of(school.key),
        user: {
          id: `moderator-${country.toLowerCase()}`,
          name: `Moderator ${country}`,
          email: `nu.${country.toLowerCase()}@etwinning.example`,
        },
        roles: [ROLES.institutionAdmin],
      },
    });
  }
  personas.push({
    key: `admin-${galilei.key}`,
    label: `${galilei.admin}, IT admin of ${galilei.name}`,
    group: "admin",
    launch: {
      registration: of(galilei.key),
      user: { id: `admin-${galilei.key}`, name: galilei.admin, email: `it@${galilei.key}.school.example` },
      roles: [ROLES.institutionAdmin],
    },
  });
  return personas;
}

/** The central admin (the operator's `npm run admin -- central-admin grant`) names each national unit's moderator. */
async function grantModerators(
  core: CoreDeps,
  issuer: string,
  personas: Persona[],
): Promise<Map<string, Id>> {
  const moderators = new Map<string, Id>();
  const operator = await registerAccountFromLaunch(core, identity(issuer, "demo-operator", "Demo operator"));
  await bootstrapCentralAdmin(core, operator.id);
  for (const persona of personas.filter((p) => p.group === "moderator")) {
    const { user } = persona.launch;
    const account = await registerAccountFromLaunch(
      core,
      identity(issuer, user.id, user.name ?? "", user.email),
    );
    const country = persona.country ?? "";
    await setModerator(core, { accountId: operator.id }, account.id, country, true);
    moderators.set(country, account.id);
  }
  return moderators;
}

/**
 * Each school's teacher as after their first launch, so that partner search finds them all
 * from the first teacher's visit on.
 */
async function registerTeachers(core: CoreDeps, issuer: string, schoolIds: Map<string, Id>) {
  const teachers = new Map<string, Teacher>();
  for (const school of DEMO_SCHOOLS) {
    const launched = identity(issuer, `teacher-${school.key}`, school.teacher, teacherEmail(school));
    teachers.set(
      school.key,
      (await registerTeacherFromLaunch(core, launched, schoolIds.get(school.key))).teacher,
    );
  }
  return teachers;
}

/** `--seed`: an approved Italian-French project with its TwinSpace, and the first course's pupils in it. */
async function seed(
  core: CoreDeps,
  issuer: string,
  teachers: Map<string, Teacher>,
  moderators: Map<string, Id>,
): Promise<void> {
  const [galilei, moulin] = [DEMO_SCHOOLS[0], DEMO_SCHOOLS[2]] as [DemoSchool, DemoSchool];
  const founder = teachers.get(galilei.key) as Teacher;
  const cofounder = teachers.get(moulin.key) as Teacher;
  const contact = await requestContact(core, { accountId: founder.id }, cofounder.id);
  await acceptContact(core, { accountId: cofounder.id }, contact.id);
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  let project = await createProject(
    core,
    { accountId: founder.id },
    {
      cofounderId: cofounder.id,
      submit: true,
      form: {
        title: "Rivers of Florence and Lyon",
        summary: "Pupils compare the Arno and the Rhône.",
        description: "Water samples, maps and a shared e-book.",
        subjects: ["science", "geography"],
        languages: ["en"],
        pupilAgeMin: 11,
        pupilAgeMax: 14,
        objectives: "Understand river ecosystems together.",
        curricularIntegration: "Science and geography lessons, 2 hours a week.",
        workProcess: "Monthly tasks in mixed teams.",
        milestones: [
          { title: "Introductions", dueDate: inDays(15) },
          { title: "Water samples", dueDate: inDays(90) },
        ],
        ictTools: "TwinSpace chat and forum, shared maps.",
        expectedResults: "An e-book.",
        safetyRules: "First names only; no faces in photos; teachers moderate every room.",
      },
    },
  );
  project = await acceptCofounder(core, { accountId: cofounder.id }, project.id);
  for (const country of [galilei.country, moulin.country]) {
    const moderator = { accountId: moderators.get(country) ?? "" };
    project = await decideApproval(core, moderator, project.id, country, { approve: true });
  }
  await importPupils(
    core,
    { accountId: founder.id },
    PUPILS.map((pupil) => ({ displayName: pupil.name, identity: { issuer, subject: pupil.id } })),
    project.id,
  );
}

const teacherEmail = (school: DemoSchool) => `${school.key}.teacher@school.example`;

function identity(issuer: string, subject: string, name: string, email = "") {
  return { issuer, subject, name, email, locale: "en" };
}

function demoPage(personas: Persona[], homeserverUrl: string, seeded: boolean): string {
  const group = (name: Persona["group"], title: string) => html`<h2>${title}</h2>
    <ul>
      ${personas
        .filter((p) => p.group === name)
        .map((p) => html`<li><a href="/as/${p.key}" target="_blank" rel="noopener">${p.label}</a></li>`)}
    </ul>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>OpenTwinning demo LMS</title>
      </head>
      <body>
        <main>
          <h1>OpenTwinning demo LMS</h1>
          <p>Each link opens OpenTwinning in a new tab, launched by this LMS as that person.</p>
          <p>
            Try: a teacher founds a project with a teacher of another country (Search, then Contacts), the
            national units approve it (Moderation), and the project page shows its TwinSpace's rooms.
          </p>
          ${group("teacher", "Teachers")} ${group("moderator", "National units")} ${group("admin", "School IT admin")}
          ${group("pupil", "Pupil")}
          ${seeded ? "" : html`<p>The pupil can enter once their teacher has imported them (start with <code>npm run demo -- --seed</code> for a ready project).</p>`}
          <p>Matrix homeserver: <code>${homeserverUrl}</code> (any Matrix client can sign in there).</p>
        </main>
      </body>
    </html>`.value;
}
