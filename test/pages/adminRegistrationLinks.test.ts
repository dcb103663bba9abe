import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  admitStaffFromLaunch,
  CENTRAL_SUPPORT_UNIT,
  registerPupils,
  type Teacher,
} from "../../core/index.ts";
import { RegistrationTokens } from "../../lti-tool/lti/store.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");

/** Issue 15 (4): the central admin makes registration links in the pages (the CLI stays). */
describe.each(DATABASE_KINDS)("registration links in the pages on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher;
  let admin: Client;
  const tokenOf = (html: string) => /\/lti\/register\/([\w-]+)/.exec(html)?.[1] ?? "";

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT"));
    admin = await app.as(await w.centralAdmin(), { roles: [] });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("makes a school's link and a national unit's link that preset what they register", async () => {
    const form = await admin.get("/app/admin/registration-links");
    expect(form.status).toBe(200);
    expect(form.html).toContain('href="/app/admin/registration-links"');

    const school = await admin.post("/app/admin/registration-links", {
      kind: "school",
      schoolName: "Liceo Volta",
      country: "IT",
    });
    expect(school.status).toBe(200);
    expect(school.html).toContain(escapeHtml(say.t("links.made_intro")));
    expect(school.html).toContain(`${app.tool.url}/lti/register/`);
    const tokens = new RegistrationTokens(w.store.database.knex);
    expect(await tokens.peek(tokenOf(school.html))).toEqual({
      schoolName: "Liceo Volta",
      country: "IT",
      nationalUnit: undefined,
      schoolId: undefined,
    });

    const unit = await admin.post("/app/admin/registration-links", { kind: "national_unit", country: "fr" });
    expect(await tokens.peek(tokenOf(unit.html))).toMatchObject({
      nationalUnit: "FR",
      schoolName: undefined,
    });

    const central = await admin.post("/app/admin/registration-links", { kind: "central_support" });
    expect(await tokens.peek(tokenOf(central.html))).toMatchObject({
      nationalUnit: CENTRAL_SUPPORT_UNIT,
      schoolName: undefined,
      country: undefined,
    });

    const missing = await admin.post("/app/admin/registration-links", { kind: "school", country: "IT" });
    expect(missing.status).toBe(422);
    expect(missing.html).toContain('id="error-summary"');
    expect(missing.html).toContain("School name");
    // The country left at "Choose the country": asked for, not called an unknown country "".
    for (const kind of ["national_unit", "school"]) {
      const noCountry = await admin.post("/app/admin/registration-links", {
        kind,
        schoolName: "Liceo Nuovo",
        country: "",
      });
      expect(noCountry.status).toBe(422);
      expect(noCountry.html).toContain(escapeHtml("Please fill in “Country”."));
      expect(noCountry.html).not.toContain("is not a participating country");
    }
  });

  it("refuses teachers, school admins, national units' staff and pupils", async () => {
    const { registered } = await registerPupils(w.deps, w.actor(giulia), [{ displayName: "Luca B." }]);
    const staff = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "s", name: "Marta", email: "", locale: "en" },
      "IT",
    );
    const before = await w.store.database.knex("lti_registration_tokens").count({ n: "*" });
    for (const visitor of [
      await app.as(giulia, { roles: ["teacher", "school_admin"] }),
      await app.as(staff, { roles: [] }),
      await app.as(await w.moderator("IT"), { roles: [] }),
      await app.pupil(registered[0]?.id ?? ""),
    ]) {
      expect((await visitor.get("/app/admin/registration-links")).status).toBe(403);
      const made = await visitor.post("/app/admin/registration-links", {
        kind: "national_unit",
        country: "IT",
      });
      expect(made.status).toBe(403);
      expect(made.html).not.toContain("/lti/register/");
    }
    expect(await w.store.database.knex("lti_registration_tokens").count({ n: "*" })).toEqual(before);
  });
});
