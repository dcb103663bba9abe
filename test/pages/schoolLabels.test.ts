import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  admitStaffFromLaunch,
  type Project,
  type School,
  type Teacher,
  verifySchool,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { awardNationalLabels } from "../support/labels.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/** The eTwinning School label: computed criteria, the application, the national unit's decision, the badge and its lapse. */
describe.each(DATABASE_KINDS)("the eTwinning School label on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let volta: School;
  let ada: Teacher;
  let grace: Teacher;
  let marie: Teacher;
  let project: Project;
  let italianUnit: Account;
  let asAda: Client;
  let asUnit: Client;

  const rows = () => w.store.database.knex("school_labels").where({ school_id: volta.id });
  const queue = "/app/national-unit/IT/school-labels";
  const badge = "eTwinning School 2028/2029 – 2029/2030";
  /** A project form for two years on, its milestones still ahead. */
  const later = (title: string) =>
    w.form({ title, milestones: [{ title: "Kick-off", dueDate: "2028-12-15" }] });

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    volta = await w.school("Liceo Volta", "IT", "Como");
    ada = await w.teacher("Ada Lovelace", volta);
    grace = await w.teacher("Grace Hopper", volta);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    italianUnit = await w.moderator("IT");
    asAda = await app.as(ada);
    asUnit = await app.as(italianUnit, { roles: [] });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("tells the school's teachers when its national unit verifies it", async () => {
    const staff = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "marta", name: "Marta", email: "", locale: "en" },
      "IT",
    );
    await verifySchool(w.deps, w.actor(staff), "IT", volta.id, { confirm: true });
    expect((await (await app.as(grace)).get("/app/notifications")).html).toContain(
      "The national unit of Italy verified your school: partners now see it as verified",
    );
    expect((await (await app.as(marie)).get("/app/notifications")).html).not.toContain(
      "verified your school",
    );
  });

  it("shows a new school which criteria it does not meet yet, and refuses its application", async () => {
    const shown = await asAda.get("/app/school-label");
    expect(shown.status).toBe(200);
    expect(shown.html).toContain("eTwinning School label for Liceo Volta");
    expect(shown.html.match(/not yet/g)).toHaveLength(3);
    expect(shown.html).not.toContain('name="esafety"');
    const refused = await asAda.post("/app/school-label", { esafety: "Our policy." });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain("does not meet every criterion");
    expect(await rows()).toHaveLength(0);
  });

  it("lets the school apply once registered two years, with two active teachers and a Quality Label", async () => {
    w.clock.advanceDays(731); // 2028-11-22: the school and its teachers are two years old
    project = await w.activeProject(ada, marie, later("Rivers"));
    const pierre = await w.teacher("Pierre Dupont", await w.school("Collège Moulin", "FR", "Lyon"));
    await w.activeProject(grace, pierre, later("Stars"));
    expect((await asAda.get("/app/school-label")).html.match(/not yet/g)).toHaveLength(1);
    await awardNationalLabels(w, project, [ada]);

    const ready = await asAda.get("/app/school-label");
    expect(ready.html).not.toContain("not yet");
    const empty = await asAda.post("/app/school-label", { esafety: "" });
    expect(empty.status).toBe(422);
    // The error names the field as the form does, not by its code.
    expect(empty.html).toContain(escapeHtml("Please fill in “The school's e-safety practice”."));
    const applied = await asAda.post("/app/school-label", {
      esafety: "An e-safety policy <and> yearly training.",
    });
    expect(applied.status).toBe(303);
    // Once sent, no form asks for the statement: the criterion no longer says "describe it below".
    const waiting = (await asAda.get("/app/school-label")).html;
    expect(waiting).not.toContain("describe it below");
    expect(waiting).toContain("The school practises e-safety: its application says how");
    expect((await asUnit.get(queue)).html).toContain("its application says how");
    // The unit's dashboard says an application waits, linked to its queue.
    const dashboard = (await asUnit.get("/app")).html;
    expect(dashboard).toContain("eTwinning School label applications to decide (Italy): 1");
    expect(dashboard).toContain(`href="${queue}"`);
    const again = await (await app.as(grace)).post("/app/school-label", { esafety: "Again." });
    expect(again.status).toBe(422);
    expect(again.html).toContain("already awaits");
    expect(await rows()).toMatchObject([{ status: "submitted", applied_by: ada.id, country: "IT" }]);
  });

  it("refuses the decision to teachers and to another country's unit", async () => {
    const [application] = await rows();
    const frenchUnit = await app.as(await w.moderator("FR"), { roles: [] });
    expect((await frenchUnit.get(queue)).status).toBe(403);
    expect((await asAda.get(queue)).status).toBe(403);
    for (const who of [frenchUnit, asAda]) {
      expect((await who.post(`${queue}/${application.id}`, { decision: "award" })).status).toBe(403);
    }
    // Under its own country's page, the Italian application is not there to decide.
    const elsewhere = await frenchUnit.post(`/app/national-unit/FR/school-labels/${application.id}`, {
      decision: "award",
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.html).toContain('role="alert"');
    expect((await rows())[0].status).toBe("submitted");
  });

  it("is awarded by the school's national unit for two school years, told to the school and shown everywhere", async () => {
    const [application] = await rows();
    const list = await asUnit.get(queue);
    expect(list.status).toBe(200);
    expect(list.html).toContain("An e-safety policy &lt;and&gt; yearly training.");
    const noReason = await asUnit.post(`${queue}/${application.id}`, { decision: "decline" });
    expect(noReason.status).toBe(422);
    const awarded = await asUnit.post(`${queue}/${application.id}`, { decision: "award" });
    expect(awarded.status).toBe(303);
    expect((await asUnit.post(`${queue}/${application.id}`, { decision: "award" })).status).toBe(422);
    expect(await rows()).toMatchObject([
      { status: "awarded", decided_by: italianUnit.id, valid_until: "2030-08-31T23:59:59.999Z" },
    ]);

    const told = await (await app.as(grace)).get("/app/notifications");
    expect(told.html).toContain("Your school received the eTwinning School label.");
    const asMarie = await app.as(marie);
    expect((await asMarie.get("/app/search?text=Lovelace")).html).toContain(badge);
    expect((await asMarie.get(`/app/projects/${project.id}`)).html).toContain(badge);
    const admin = await w.account("Volta's LMS admin");
    const school = await (
      await app.as({ id: admin.id, schoolId: volta.id }, { roles: ["school_admin"] })
    ).get("/app/school");
    expect(school.html).toContain(badge);
    const labelled = (await asAda.get("/app/school-label")).html;
    expect(labelled).not.toContain('name="esafety"');
    expect(labelled).toContain(badge);
    // The label just awarded is the current one, not one that lapsed.
    expect(labelled).not.toContain("The school&#39;s last label has lapsed.");
  });

  it("lapses when its period ends, with no job to run", async () => {
    w.clock.current = "2030-09-01T08:00:00.000Z";
    const asMarie = await app.as(marie);
    expect((await asMarie.get("/app/search?text=Lovelace")).html).not.toContain("eTwinning School 20");
    expect((await asMarie.get(`/app/projects/${project.id}`)).html).not.toContain("eTwinning School 20");
    expect((await asAda.get("/app/school-label")).html).toContain("The school&#39;s last label has lapsed.");
  });
});
