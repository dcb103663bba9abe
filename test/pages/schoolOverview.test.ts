import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admitStaffFromLaunch, registerPupils, type School, type Teacher } from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { ROLES, startPlatform } from "../support/platform/platform.ts";
import { World } from "../support/world.ts";
import { startPages } from "./client.ts";

const say = webMessages.translator("en");

/** Issue 15 (4): a school admin (the LMS's Administrator) sees their own school, nobody else does. */
describe.each(DATABASE_KINDS)("a school admin's school on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let galilei: School;
  let hugo: School;
  let giulia: Teacher;
  let claire: Teacher;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    hugo = await w.school("Lycée Hugo", "FR");
    giulia = await w.teacher("Giulia Rossi", galilei);
    claire = await w.teacher("Claire Martin", hugo);
    await w.projectAwaitingApproval(giulia, claire, w.form({ title: "Fiumi e rivières" }));
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("shows the admin their school's teachers, projects and verification", async () => {
    const admin = await app.as(
      { id: (await w.account("Segreteria Galilei")).id, schoolId: galilei.id },
      {
        roles: ["school_admin"],
      },
    );
    const page = await admin.get("/app/school");
    expect(page.status).toBe(200);
    expect(page.html).toContain("Liceo Galilei");
    expect(page.html).toContain("Giulia Rossi");
    expect(page.html).not.toContain("Claire Martin");
    expect(page.html).toContain("Fiumi e rivières");
    expect(page.html).toContain(escapeHtml(say.t("school.unverified")));
    expect((await admin.get("/app")).html).toContain('href="/app/school"');

    const other = await app.as(
      { id: (await w.account("Secrétariat Hugo")).id, schoolId: hugo.id },
      {
        roles: ["school_admin"],
      },
    );
    const theirs = await other.get("/app/school");
    expect(theirs.html).toContain("Claire Martin");
    expect(theirs.html).not.toContain("Giulia Rossi");
  });

  it("gives the admin a registration link that joins their school's other LMS to the school", async () => {
    const admin = await app.as(
      { id: (await w.account("Segreteria Galilei 2")).id, schoolId: galilei.id },
      {
        roles: ["school_admin"],
      },
    );
    const made = await admin.post("/app/school/registration-link");
    expect(made.status).toBe(200);
    const link = new RegExp(`${app.tool.url}/lti/register/[\\w-]+`).exec(made.html)?.[0];
    expect(link).toBeDefined();
    const secondMoodle = await startPlatform();
    try {
      const registration = await secondMoodle.register(link ?? "", { schoolName: "Ignored", country: "FR" });
      const launch = await secondMoodle.launch({
        registration,
        user: { id: "second-moodle-teacher", name: "Paolo Verdi" },
        roles: [ROLES.instructor],
      });
      expect(launch.response.status).toBe(303);
      const owner = await w.store.read().identities.find(secondMoodle.url, "second-moodle-teacher");
      const paolo = await w.store.read().teachers.get(owner && "accountId" in owner ? owner.accountId : "");
      expect(paolo?.schoolId).toBe(galilei.id);
      expect(await w.store.database.knex("schools").where({ name: "Ignored" })).toHaveLength(0);
      // Single use.
      await expect(secondMoodle.register(link ?? "", { schoolName: "x", country: "IT" })).rejects.toThrow();
    } finally {
      await secondMoodle.stop();
    }
  });

  it("refuses teachers, national units' staff and pupils", async () => {
    const { registered } = await registerPupils(w.deps, w.actor(giulia), [{ displayName: "Luca B." }]);
    const staff = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "staff", name: "Marta", email: "", locale: "en" },
      "IT",
    );
    for (const visitor of [
      await app.as(giulia),
      await app.as(staff, { roles: [] }),
      await app.pupil(registered[0]?.id ?? ""),
    ]) {
      const answer = await visitor.get("/app/school");
      expect(answer.status).toBe(403);
      expect(answer.html).not.toContain("Giulia Rossi</li>");
      const tokens = await w.store.database.knex("lti_registration_tokens").count({ n: "*" });
      expect((await visitor.post("/app/school/registration-link")).status).toBe(403);
      expect(await w.store.database.knex("lti_registration_tokens").count({ n: "*" })).toEqual(tokens);
    }
    expect((await (await app.as(giulia)).get("/app")).html).not.toContain('href="/app/school"');
  });
});
