import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerTeacherFromLaunch, type School, setModerator, type Teacher } from "../../core/index.ts";
import { Deployments } from "../../lti-tool/lti/store.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/** The part of a page inside one section (found by its heading's id). */
function section(html: string, headingId: string): string {
  const start = html.indexOf(`id="${headingId}"`);
  if (start < 0) throw new Error(`no section ${headingId}`);
  const end = html.indexOf("</section>", start);
  return html.slice(start, end);
}

/**
 * Safety of grants: a role goes to exactly one chosen account, never to "whoever has this
 * email" (any LMS can send any address); every change lands in the audit trail; schools
 * whose names read the same in one country are shown to the central admin.
 */
describe.each(DATABASE_KINDS)("granting roles over HTTP on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let galilei: School;
  let fake: School;
  let maria: Teacher; // the real person, Liceo Galilei (IT), through https://lms.example
  const email = "maria.rossi@example.org";
  let admin: Client;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    maria = await w.teacher("Maria Rossi", galilei);
    // A fake school on its own LMS, named like the real one, launches a dozen accounts with her email.
    fake = await w.school("Liceo  Galilèi.", "IT", "Pisa");
    await new Deployments(w.store.database.knex).bind({
      issuer: "https://fake-lms.example",
      clientId: "fake-client",
      deploymentId: "fake-deployment-7",
      schoolId: fake.id,
    });
    for (let i = 0; i < 12; i++) {
      await registerTeacherFromLaunch(
        w.deps,
        {
          issuer: "https://fake-lms.example",
          subject: `fake-${i}`,
          name: "Maria Rossi",
          email,
          locale: "it",
        },
        fake.id,
      );
    }
    admin = await app.as(await w.centralAdmin(), { roles: ["school_admin"] });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  const moderatorsOfItaly = () => w.store.read().grants.moderatorsOf("IT");

  it("refuses a grant by an email that a dozen accounts share, and shows them to choose from", async () => {
    const refused = await admin.post("/app/admin/moderators", { email, country: "IT" });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain(`Several accounts use ${email}`);
    const candidates = section(refused.html, "moderators-heading");
    expect(candidates.match(/<th scope="row">Maria Rossi<\/th>/g)).toHaveLength(13);
    expect(candidates).toContain("https://fake-lms.example · deployment fake-deployment-7");
    expect(candidates).toContain("https://lms.example");
    expect(await moderatorsOfItaly()).toEqual([]);
    expect(await w.store.database.knex("grant_audit").where({ account_id: maria.id })).toEqual([]);
  });

  it("lists candidates with school, country and LMS, and grants to the one account chosen", async () => {
    const found = await admin.get(`/app/admin?find=${encodeURIComponent(email.toUpperCase())}`);
    expect(found.status).toBe(200);
    const rows = section(found.html, "moderators-heading").split("<tr>").slice(2);
    const real = rows.find((row) => row.includes(maria.id)) ?? "";
    expect(real).toContain("Liceo Galilei");
    expect(real).toContain("Italy");
    expect(real).toContain("https://lms.example");
    expect(real).not.toContain("fake-lms");

    const noCountry = await admin.post("/app/admin/moderators", { accountId: maria.id, find: email });
    expect(noCountry.status).toBe(422);
    expect(noCountry.html).toContain(escapeHtml("Please fill in “Country”."));
    expect(noCountry.html).toContain(`Accounts matching “${email}”`);
    const granted = await admin.post("/app/admin/moderators", { accountId: maria.id, country: "IT" });
    expect(granted.location).toBe("/app/admin?done=moderator_added");
    expect(await moderatorsOfItaly()).toEqual([maria.id]);
  });

  it("records who granted and revoked which role to whom, and when, newest first", async () => {
    const centralAdmin = await w.centralAdmin();
    const revoked = await admin.post("/app/admin/moderators/remove", { accountId: maria.id, country: "IT" });
    expect(revoked.location).toBe("/app/admin?done=moderator_removed");
    expect(await moderatorsOfItaly()).toEqual([]);
    const rows = await w.store.database
      .knex("grant_audit")
      .where({ account_id: maria.id })
      .orderBy("id")
      .select("actor_id", "role", "country", "change", "at");
    expect(rows).toEqual([
      { actor_id: centralAdmin.id, role: "moderator", country: "IT", change: "granted", at: w.clock.now() },
      { actor_id: centralAdmin.id, role: "moderator", country: "IT", change: "revoked", at: w.clock.now() },
    ]);
    const page = section((await admin.get("/app/admin")).html, "audit-heading");
    const audit = page.slice(page.indexOf("<tbody>"));
    const revokedAt = audit.indexOf("revoked");
    expect(revokedAt).toBeGreaterThan(0);
    expect(revokedAt).toBeLessThan(audit.indexOf("granted"));
    expect(audit).toContain(`Maria Rossi &lt;${email}&gt;`);
    expect(audit).toContain("Central Admin");
  });

  it("pages the audit trail; the first central admin was named by the operator", async () => {
    for (let i = 0; i < 20; i++) {
      await setModerator(w.deps, w.actor(await w.centralAdmin()), maria.id, "FR", i % 2 === 0);
    }
    const first = section((await admin.get("/app/admin")).html, "audit-heading");
    expect(first).not.toContain("operator (CLI)");
    const older = /href="(\/app\/admin\?audit_before=\d+)#audit-heading"/.exec(first)?.[1];
    expect(older).toBeTruthy();
    const second = section((await admin.get(older ?? "")).html, "audit-heading");
    expect(second).toContain("operator (CLI)");
    expect(second).toContain("central administrator");
    expect(second).toContain("Newest entries");
  });

  it("flags schools of one country whose names read the same", async () => {
    await w.school("Liceo Galilei", "FR", "Nice");
    const flagged = section((await admin.get("/app/admin")).html, "lookalikes-heading");
    expect(flagged).toContain("Liceo Galilei, Pisa");
    expect(flagged).toContain(
      "Liceo  Galilèi., Pisa — https://fake-lms.example · deployment fake-deployment-7",
    );
    expect(flagged).not.toContain("Nice");
  });

  it("keeps the search and the audit trail to central admins", async () => {
    const teacher = await app.as(maria);
    expect((await teacher.get(`/app/admin?find=${email}`)).status).toBe(403);
    expect((await teacher.post("/app/admin/moderators", { accountId: maria.id, country: "IT" })).status).toBe(
      403,
    );
    expect(await moderatorsOfItaly()).toEqual([]);
  });
});
