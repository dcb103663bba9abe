import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyForNationalLabel, createPage, type Id, type Project, type Teacher } from "../../core/index.ts";
import { RegistrationTokens } from "../../lti-tool/lti/store.ts";
import { SessionStore } from "../../lti-tool/session/session.ts";
import { launchChromium, textOf, Visitor } from "../support/browser.ts";
import { type Platform, type PlatformUser, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/** Waits for a page under a loaded machine (2 cores, several test runs at once). */
const PATIENCE = 60_000;

/**
 * Issue 15 end to end, from real LTI launches (OIDC login, signed id_token, ltijs unmocked)
 * into Chromium, every page audited by axe: Italy's national unit launches from its own LMS,
 * is nowhere in partner search, verifies a school that just registered, approves and filters
 * the country's projects and downloads them as CSV, looks inside a project's TwinSpace
 * read-only (its founder sees that it did), scores and awards a National Quality
 * Label; France's unit does the same, so the central support service awards the European
 * Quality Label; the teacher downloads her certificate, whose address says it is genuine to
 * someone without an account; the school's LMS Administrator sees the school.
 */
describe("a national unit's journey from its own LMS", { timeout: 240_000 }, () => {
  let world: World;
  let tool: RunningTool;
  let browser: Browser;
  let schoolLms: Platform;
  let italyLms: Platform;
  let franceLms: Platform;
  let claire: Teacher;
  let rivers: Project;
  let numbers: Project;
  const at = {} as Record<"giulia" | "marta" | "pierre", Visitor>;

  const giuliaUser: PlatformUser = { id: "galilei-7", name: "Giulia Rossi", email: "giulia@galilei.example" };
  const martaUser: PlatformUser = { id: "indire-3", name: "Marta Staffetta", email: "marta@indire.example" };
  const pierreUser: PlatformUser = { id: "agence-9", name: "Pierre Agence", email: "pierre@agence.example" };
  const adminUser: PlatformUser = { id: "galilei-admin", name: "Paolo Segreteria" };

  /** A person at their own browser, patient with a busy machine. */
  async function visitor(): Promise<Visitor> {
    const person = await Visitor.open(browser, { locale: "en", tool: tool.url });
    person.page.context().setDefaultTimeout(PATIENCE);
    return person;
  }
  async function launched(platform: Platform, user: PlatformUser, role: string): Promise<Visitor> {
    const person = await visitor();
    await person.launch(platform.launchUrl({ user, roles: [role], locale: "en" }), "/app");
    return person;
  }
  /** A national unit's LMS, registered with a link the central admin made for that unit. */
  async function unitLms(country: string): Promise<Platform> {
    const platform = await startPlatform();
    const token = await new RegistrationTokens(world.store.database.knex).create({
      schoolName: undefined,
      country: undefined,
      nationalUnit: country,
    });
    await platform.register(`${tool.url}/lti/register/${token}`, { schoolName: "", country });
    return platform;
  }
  async function accountOf(platform: Platform, user: PlatformUser): Promise<Id> {
    const owner = await world.store.read().identities.find(platform.url, user.id);
    if (!owner || !("accountId" in owner)) throw new Error(`${user.id} has not launched`);
    return owner.accountId;
  }
  const nav = (person: Visitor, name: string) =>
    person.follow(person.page.getByRole("navigation").getByRole("link", { name, exact: true }));
  const main = (person: Visitor) => person.page.locator("main");

  /** The unit's staff member scores every criterion at its maximum and awards the label. */
  async function awardNationalLabel(staff: Visitor, project: Project): Promise<void> {
    await nav(staff, "National unit");
    const applications = staff.page.getByRole("region", { name: /Quality Label applications to assess/ });
    await staff.follow(applications.getByRole("link", { name: project.title }));
    for (const criterion of world.deps.criteria.criteria) {
      await staff.page
        .locator(`select[name="score_${criterion.id}"]`)
        .selectOption(String(criterion.scaleMax));
    }
    for (const requirement of world.deps.criteria.requirements) {
      await staff.page.locator(`select[name="requirement_${requirement.id}"]`).selectOption("yes");
    }
    await staff.follow(staff.page.getByRole("button", { name: "Award the National Quality Label" }));
    expect(await textOf(staff.page.getByRole("status"))).toContain("Decision saved; the teacher is told.");
  }

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world, cookies: "secure" });
    schoolLms = await startPlatform();
    await schoolLms.register(await tool.registrationUrl(), { schoolName: "Liceo Galilei", country: "IT" });
    italyLms = await unitLms("IT");
    franceLms = await unitLms("FR");
    browser = await launchChromium();
    claire = await world.teacher("Claire Martin", await world.school("Lycée Hugo", "FR", "Lyon"));
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([schoolLms, italyLms, franceLms].map((platform) => platform?.stop()));
    await tool?.stop();
    await world?.destroy();
  });

  it("launches the units' staff from their own LMS into a navigation of their own", async () => {
    at.giulia = await launched(schoolLms, giuliaUser, ROLES.instructor);
    at.marta = await launched(italyLms, martaUser, ROLES.instructor);
    at.pierre = await launched(franceLms, pierreUser, ROLES.institutionAdmin);

    const menu = at.marta.page.getByRole("navigation");
    expect(await textOf(menu)).toContain("Staff of the national unit: Italy");
    expect(await menu.getByRole("link", { name: "Find partners" }).count()).toBe(0);
    expect(await menu.getByRole("link", { name: "Found a project" }).count()).toBe(0);
    expect(await textOf(at.pierre.page.getByRole("navigation"))).toContain(
      "Staff of the national unit: France",
    );
    expect(await world.store.read().teachers.get(await accountOf(italyLms, martaUser))).toBeUndefined();
  });

  it("keeps the unit's staff out of a teacher's partner search", async () => {
    const { giulia } = at;
    await nav(giulia, "Find partners");
    await giulia.page.getByLabel("Words").fill("Marta");
    await giulia.follow(giulia.page.getByRole("button", { name: "Search" }));
    const results = await textOf(main(giulia));
    expect(results).toContain("No teacher matches.");
    expect(results).not.toContain("Marta Staffetta");

    // Claire, a teacher, is found by the same search: the staff are missing, not the search.
    await giulia.page.getByLabel("Words").fill("Claire");
    await giulia.follow(giulia.page.getByRole("button", { name: "Search" }));
    expect(await textOf(main(giulia))).toContain("Claire Martin");
  });

  it("verifies the school that just registered its LMS", async () => {
    const { marta } = at;
    await nav(marta, "Schools to verify (Italy)");
    const galilei = main(marta).getByRole("listitem").filter({ hasText: "Liceo Galilei" });
    await marta.follow(galilei.getByRole("button", { name: /^Confirm this school/ }));
    expect(await textOf(marta.page.getByRole("status"))).toContain("The school is confirmed.");
    expect(await textOf(main(marta))).not.toContain("Liceo Galilei");

    const giulia = await world.store.read().teachers.get(await accountOf(schoolLms, giuliaUser));
    const verification = (await world.store.read().schoolVerifications.ofSchools([giulia!.schoolId])).get(
      giulia!.schoolId,
    );
    expect(verification).toMatchObject({
      status: "verified",
      decidedBy: await accountOf(italyLms, martaUser),
    });
  });

  it("approves, filters the country's projects and downloads them as CSV", async () => {
    const giulia = await world.store.read().teachers.get(await accountOf(schoolLms, giuliaUser));
    rivers = await world.projectAwaitingApproval(giulia!, claire, world.form({ title: "Rivers of Europe" }));
    const marco = await world.teacher("Marco Bianchi", await world.school("Liceo Volta", "IT", "Como"));
    numbers = await world.activeProject(
      marco,
      claire,
      world.form({ title: "Numbers at home", subjects: ["mathematics"] }),
    );

    for (const [staff, country] of [
      [at.marta, "Italy"],
      [at.pierre, "France"],
    ] as const) {
      await nav(staff, "National unit");
      expect(await textOf(main(staff))).toContain(`Projects awaiting the decision of ${country}`);
      await staff.follow(staff.page.getByRole("button", { name: "Approve – Rivers of Europe" }));
      expect(await textOf(staff.page.getByRole("status"))).toContain("Your decision is saved");
    }
    expect((await world.store.read().projects.get(rivers.id))?.status).toBe("active");

    const { marta } = at;
    await nav(marta, "Projects of Italy");
    await marta.page.getByLabel("Subject").selectOption("geography");
    await marta.follow(marta.page.getByRole("button", { name: "Show projects" }));
    const table = await textOf(marta.page.getByRole("table", { name: "Projects of Italy" }));
    expect(table).toContain("Rivers of Europe");
    expect(table).not.toContain("Numbers at home");

    const [download] = await Promise.all([
      marta.page.waitForEvent("download"),
      marta.page.getByRole("link", { name: "Download these projects as CSV (spreadsheet)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("projects-IT.csv");
    const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toContain("Project");
    expect(header).toContain("National Quality Label");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("Rivers of Europe");
    expect(rows[0]).toContain("Giulia Rossi");
    expect(rows[0]).toContain("Liceo Galilei");
    expect(csv).not.toContain(numbers.title);
  });

  it("opens the TwinSpace read-only, and the founder sees that the unit looked", async () => {
    const giuliaId = await accountOf(schoolLms, giuliaUser);
    await createPage(world.deps, { accountId: giuliaId }, rivers.id, {
      title: "Our river",
      body: "<p>Where the water of Pisa goes.</p>",
      parentId: undefined,
      partnersMayEdit: true,
      pupilsMayPropose: true,
    });

    const { marta } = at;
    await marta.follow(
      marta.page
        .getByRole("table", { name: "Projects of Italy" })
        .getByRole("link", { name: "Rivers of Europe" }),
    );
    // Before the look, nothing meant for members: no TwinSpace part, no way in that would refuse.
    expect(await main(marta).getByRole("heading", { name: "TwinSpace", exact: true }).count()).toBe(0);
    expect(
      await main(marta)
        .getByRole("link", { name: /^TwinSpace pages/ })
        .count(),
    ).toBe(0);
    await marta.follow(marta.page.getByRole("button", { name: "Open read-only" }));
    expect(await textOf(marta.page.getByRole("status"))).toContain("Your read-only look is open");
    const look = marta.page.getByRole("region", { name: "Look inside, read-only" });
    await marta.follow(look.getByRole("link", { name: /^TwinSpace pages/ }));
    await marta.follow(main(marta).getByRole("link", { name: "Our river" }).first());
    const page = main(marta);
    expect(await textOf(page)).toContain("Where the water of Pisa goes.");
    expect(await textOf(page.getByRole("note"))).toContain("You are looking as the national unit of Italy");
    expect(await page.locator('a[href$="/edit"]').count()).toBe(0);

    const { giulia } = at;
    await giulia.goto(`${tool.url}/app/projects/${rivers.id}`);
    expect(await textOf(giulia.page.getByRole("region", { name: "Looks by national units" }))).toContain(
      "The national unit of Italy looked at the TwinSpace on",
    );
    await giulia.goto(`${tool.url}/app/notifications`);
    expect(await textOf(main(giulia))).toContain(
      "The national unit of Italy looked inside the TwinSpace of “Rivers of Europe”, read-only.",
    );
    // The project's diary, where the founders follow their project, says it too.
    await giulia.goto(`${tool.url}/app/projects/${rivers.id}/pages`);
    expect(await textOf(giulia.page.getByRole("region", { name: "Project diary" }))).toContain(
      "The national unit of Italy looked inside the TwinSpace, read-only",
    );
  });

  it("scores and awards National Quality Labels in Italy and in France", async () => {
    const { giulia } = at;
    await giulia.goto(`${tool.url}/app/projects/${rivers.id}`);
    await giulia.follow(giulia.page.getByRole("link", { name: "Apply for a National Quality Label" }));
    for (const box of await main(giulia).locator("textarea").all()) {
      await box.fill("Pupils of both schools wrote the e-book together, chapter by chapter.");
    }
    await giulia.follow(giulia.page.getByRole("button", { name: "Send the application" }));
    expect(await textOf(giulia.page.getByRole("status"))).toContain("Your Quality Label application is sent");

    const evidence = Object.fromEntries(
      world.deps.criteria.criteria.map((criterion) => [
        criterion.id,
        `Claire's evidence for ${criterion.id}.`,
      ]),
    );
    await applyForNationalLabel(world.deps, world.actor(claire), rivers.id, evidence);

    await awardNationalLabel(at.marta, rivers);
    await awardNationalLabel(at.pierre, rivers);

    const { marta } = at;
    await nav(marta, "Projects of Italy");
    await marta.page.getByLabel("Label", { exact: true }).selectOption({ label: "National Quality Label" });
    await marta.follow(marta.page.getByRole("button", { name: "Show projects" }));
    expect(await textOf(marta.page.getByRole("table", { name: "Projects of Italy" }))).toContain(
      "Rivers of Europe",
    );
  });

  it("lets the central support service award the European Quality Label", async () => {
    // The central support service signs in as the tool's sessions do (it has no LMS of its own here).
    const central = await world.centralAdmin();
    const { token } = await new SessionStore(world.store.database).create({
      kind: "account",
      accountId: central.id,
      schoolId: undefined,
      roles: [],
      locale: "en",
    });
    const service = await visitor();
    await service.page.context().addCookies([
      {
        name: tool.config.cookies.sessionCookieName,
        value: token,
        domain: new URL(tool.url).hostname,
        path: "/",
        secure: true,
        httpOnly: true,
        sameSite: "None",
      },
    ]);
    await service.goto(`${tool.url}/app`);
    await nav(service, "European Quality Label");
    const candidates = service.page.getByRole("table", { name: "Candidates" });
    expect(await textOf(candidates)).toMatch(/Rivers of Europe\s+France and Italy\s+to be assessed/);
    await service.follow(candidates.getByRole("link", { name: "Rivers of Europe" }));
    for (const criterion of world.deps.criteria.criteria) {
      await service.page
        .locator(`select[name="score_${criterion.id}"]`)
        .selectOption(String(criterion.scaleMax));
    }
    for (const requirement of world.deps.criteria.requirements) {
      await service.page.locator(`select[name="requirement_${requirement.id}"]`).selectOption("yes");
    }
    await service.follow(service.page.getByRole("button", { name: "Award the European Quality Label" }));
    expect(await textOf(service.page.getByRole("status"))).toContain(
      "the founders and the partner countries",
    );
    await service.close();

    // Giulia was told of every decision about her school and her project.
    await at.giulia.goto(`${tool.url}/app/notifications`);
    const told = await textOf(main(at.giulia));
    expect(told).toContain(
      "The national unit of Italy verified your school: partners now see it as verified",
    );
    expect(told).toContain("Your National Quality Label for “Rivers of Europe” is awarded.");
    expect(told).toContain(
      "The central support service awarded the European Quality Label to “Rivers of Europe”.",
    );
  });

  it("gives the teacher a label certificate whose address confirms it to anyone", async () => {
    const { giulia } = at;
    await giulia.goto(`${tool.url}/app/projects/${rivers.id}`);
    expect(await textOf(main(giulia))).toContain("European Quality Label awarded");
    const section = giulia.page.getByRole("region", { name: "Certificates" });
    const [download] = await Promise.all([
      giulia.page.waitForEvent("download"),
      section.getByRole("button", { name: "National Quality Label: download the PDF" }).click(),
    ]);
    const { text } = await extractText(new Uint8Array(readFileSync(await download.path())), {
      mergePages: true,
    });
    expect(text).toContain("Giulia Rossi");
    expect(text).toContain("Rivers of Europe");
    const url = /https?:\/\/\S+\/verify\/[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(url).toBeDefined();

    const stranger = await visitor();
    await stranger.goto(url!);
    const check = await textOf(main(stranger));
    expect(check).toContain("This certificate is genuine.");
    expect(check).toContain("Giulia Rossi");
    expect(check).toContain("Liceo Galilei");
    expect(check).toContain("Rivers of Europe");
    await stranger.close();
  });

  it("shows the school's LMS Administrator their school", async () => {
    const admin = await launched(schoolLms, adminUser, ROLES.institutionAdmin);
    await nav(admin, "My school");
    const school = await textOf(main(admin));
    expect(school).toContain("Liceo Galilei");
    expect(school).toContain("school verified by its national unit");
    expect(school).toContain("Giulia Rossi");
    expect(school).toContain("Rivers of Europe");
    expect(school).toMatch(/National Quality Label: Rivers of Europe \(Giulia Rossi\)/);
    expect(school).not.toContain("Marco Bianchi");
    await admin.close();
    await Promise.all(Object.values(at).map((person) => person.close()));
  });
});
