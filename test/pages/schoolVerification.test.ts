import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  admitStaffFromLaunch,
  registerPupils,
  type School,
  type Teacher,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");

/**
 * Issue 15 (3): a newly registered school is unverified until a staff member of its
 * country's national unit confirms it, or rejects it with a reason. Only that unit's staff
 * may decide: not another country's, not a moderating teacher, not teachers or pupils.
 */
describe.each(DATABASE_KINDS)("verifying schools on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let galilei: School;
  let fake: School;
  let hugo: School;
  let giulia: Teacher;
  let italyStaff: Account;
  let asItaly: Client;
  const staffOf = (name: string, country: string) =>
    admitStaffFromLaunch(
      w.deps,
      { issuer: `https://lms.unit-${country}.example`, subject: name, name, email: "", locale: "en" },
      country,
    );
  const queue = (country: string) => `/app/national-unit/${country}/schools`;
  const verificationOf = async (school: School) =>
    (await w.store.read().schoolVerifications.ofSchools([school.id])).get(school.id);

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    fake = await w.school("Liceo Galileo Galilei", "IT", "Nowhere");
    hugo = await w.school("Lycée Hugo", "FR");
    giulia = await w.teacher("Giulia Rossi", galilei);
    italyStaff = await staffOf("Marta Staffetta", "IT");
    asItaly = await app.as(italyStaff, { roles: [] });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("lists the country's unverified schools only, and confirms one", async () => {
    expect(await verificationOf(galilei)).toMatchObject({ status: "unverified" });
    const list = await asItaly.get(queue("IT"));
    expect(list.status).toBe(200);
    expect(list.html).toContain("Liceo Galilei");
    expect(list.html).toContain("Liceo Galileo Galilei");
    expect(list.html).not.toContain("Lycée Hugo");
    expect((await asItaly.get("/app")).html).toContain(`href="${queue("IT")}"`);

    const confirmed = await asItaly.post(`${queue("IT")}/${galilei.id}`, { decision: "confirm" });
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe(`${queue("IT")}?done=school_verified`);
    expect(await verificationOf(galilei)).toMatchObject({ status: "verified", decidedBy: italyStaff.id });
    const after = await asItaly.get(`${queue("IT")}?done=school_verified`);
    expect(after.html).toContain(escapeHtml(say.t("done.school_verified")));
    expect(after.html).not.toContain(`${galilei.id}`);
    const events = await w.store.database.knex("events").where({ type: "school_verified" });
    expect(events).toHaveLength(1);
  });

  it("shows the verification in partner search and on project pages", async () => {
    const claire = await w.teacher("Claire Martin", hugo);
    const marco = await w.teacher("Marco Falso", fake);
    const asClaire = await app.as(claire);
    const found = (await asClaire.get("/app/search?text=Giulia")).html;
    expect(found).toContain(escapeHtml(say.t("school.verified")));
    const unverified = (await asClaire.get("/app/search?text=Marco")).html;
    expect(unverified).toContain("Marco Falso");
    expect(unverified).toContain(escapeHtml(say.t("school.unverified")));
    expect(unverified).not.toContain(escapeHtml(say.t("school.verified")));

    const project = await w.projectAwaitingApproval(giulia, claire);
    const shown = (await asClaire.get(`/app/projects/${project.id}`)).html;
    const founders = shown.slice(shown.indexOf('id="members-heading"'));
    expect(founders).toContain(escapeHtml(say.t("school.verified"))); // Giulia's school
    expect(founders).toContain(escapeHtml(say.t("school.unverified"))); // Claire's school
    expect(marco.schoolId).toBe(fake.id);
  });

  it("rejects only with a reason, and then the school is rejected", async () => {
    const noReason = await asItaly.post(`${queue("IT")}/${fake.id}`, { decision: "reject", reason: " " });
    expect(noReason.status).toBe(422);
    expect(noReason.html).toContain("Liceo Galileo Galilei");
    expect(await verificationOf(fake)).toMatchObject({ status: "unverified" });

    const rejected = await asItaly.post(`${queue("IT")}/${fake.id}`, {
      decision: "reject",
      reason: "No such school in the national register.",
    });
    expect(rejected.location).toBe(`${queue("IT")}?done=school_rejected`);
    expect(await verificationOf(fake)).toMatchObject({
      status: "rejected",
      reason: "No such school in the national register.",
    });
    expect((await asItaly.get(queue("IT"))).html).toContain(escapeHtml(say.t("verify.none")));
  });

  it("refuses staff of another country, moderators, teachers and pupils", async () => {
    const { registered } = await registerPupils(w.deps, w.actor(giulia), [{ displayName: "Luca B." }]);
    const visitors: Client[] = [
      await app.as(await staffOf("Agnès Agence", "FR"), { roles: [] }),
      await app.as(await w.moderator("IT"), { roles: [] }),
      await app.as(giulia, { roles: ["teacher", "school_admin"] }),
      await app.pupil(registered[0]?.id ?? ""),
    ];
    // Italy's moderating teacher is told who does verify schools, not that only Italy's unit decides.
    expect((await visitors[1]?.get(queue("IT")))?.html).toContain(
      "Only the staff of the national unit of Italy, who open OpenTwinning from the unit&#39;s own LMS, verify schools.",
    );
    const before = await w.store.database.knex("school_verifications").select("school_id", "status");
    for (const visitor of visitors) {
      expect((await visitor.get(queue("IT"))).status).toBe(403);
      const decided = await visitor.post(`${queue("IT")}/${hugo.id}`, { decision: "confirm" });
      expect([403, 404]).toContain(decided.status);
      const undo = await visitor.post(`${queue("IT")}/${fake.id}`, { decision: "confirm" });
      expect([403, 404]).toContain(undo.status);
    }
    expect(await w.store.database.knex("school_verifications").select("school_id", "status")).toEqual(before);
    // France's staff decide for France's schools.
    const france = visitors[0];
    expect((await france?.post(`${queue("FR")}/${hugo.id}`, { decision: "confirm" }))?.status).toBe(303);
  });
  it("lists a rejected school with its reason, and confirming it lifts the rejection", async () => {
    // After the previous test, the look-alike school stands rejected.
    expect(await verificationOf(fake)).toMatchObject({ status: "rejected" });
    const list = await asItaly.get(queue("IT"));
    const rejected = list.html.slice(list.html.indexOf('id="rejected-heading"'));
    expect(rejected).toContain(escapeHtml(say.t("verify.rejected_heading", { country: "Italy" })));
    expect(rejected).toContain("Liceo Galileo Galilei");
    expect(rejected).toContain("No such school in the national register.");
    expect(rejected).toContain(`action="${queue("IT")}/${fake.id}"`);

    // The school proved real: the unit confirms it from the same page, and its LMS may launch again.
    const lifted = await asItaly.post(`${queue("IT")}/${fake.id}`, { decision: "confirm" });
    expect(lifted.location).toBe(`${queue("IT")}?done=school_verified`);
    expect(await verificationOf(fake)).toMatchObject({ status: "verified", reason: undefined });
    expect((await asItaly.get(queue("IT"))).html).not.toContain('id="rejected-heading"');
  });
});
