/**
 * Issue 15 (8) in the tool: each decision a national unit (or the central support service)
 * takes is told to the people concerned on their notifications page — a project's decision to
 * its founders, a school's verification to its teachers (its admins, and a rejection: schoolNews.test.ts), a National Quality Label
 * to its applicant (a refusal with the unit's note), the European Quality Label to the founders
 * and the units, the eTwinning School label to the school's teachers and to the school admin
 * who applied. Nobody else is told. The chat side is test/matrix/labelNews.test.ts.
 *
 *   npx vitest run test/pages/decisionNews.test.ts
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptCofounder,
  type Account,
  admitStaffFromLaunch,
  assessEuropeanLabel,
  createProject,
  decideApproval,
  decideEuropeanLabel,
  decideSchoolLabel,
  type School,
  type Teacher,
  verifySchool,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { awardNationalLabels, fullAssessment, refuseNationalLabel } from "../support/labels.ts";
import { World } from "../support/world.ts";
import { startPages } from "./client.ts";

describe.each(DATABASE_KINDS)("national units' decisions told in the tool on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let volta: School;
  let nuovo: School;
  let ada: Teacher; // Liceo Volta (IT), founder
  let grace: Teacher; // Liceo Volta (IT)
  let olga: Teacher; // Liceo Nuovo (IT)
  let marie: Teacher; // Lycée Curie (FR), co-founder
  let italy: Account;
  let secretary: Account; // Liceo Volta's school admin (the LMS's Administrator), no teacher

  /** Ada and Marie found another project (they are contacts already) and both units approve it. */
  const activeProject = async (title: string) => {
    const draft = await createProject(w.deps, w.actor(ada), {
      form: w.form({ title }),
      cofounderId: marie.id,
      submit: true,
    });
    await acceptCofounder(w.deps, w.actor(marie), draft.id);
    for (const country of ["IT", "FR"])
      await decideApproval(w.deps, w.actor(await w.moderator(country)), draft.id, country, { approve: true });
    return draft;
  };
  const told = async (who: { id: string }, options: { roles?: ("teacher" | "school_admin")[] } = {}) =>
    (await (await app.as(who, options)).get("/app/notifications")).html;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    volta = await w.school("Liceo Volta", "IT", "Como");
    nuovo = await w.school("Liceo Nuovo", "IT", "Bari");
    ada = await w.teacher("Ada Lovelace", volta);
    grace = await w.teacher("Grace Hopper", volta);
    olga = await w.teacher("Olga Neri", nuovo);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    italy = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "marta", name: "Marta", email: "", locale: "en" },
      "IT",
    );
    secretary = await w.account("Sara Segreteria");
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("a project's decision: both founders are told, a refusal with its reason", async () => {
    const project = await w.projectAwaitingApproval(ada, marie, w.form({ title: "Bridges" }));
    await decideApproval(w.deps, w.actor(italy), project.id, "IT", { approve: true });
    await decideApproval(w.deps, w.actor(await w.moderator("FR")), project.id, "FR", {
      approve: false,
      reason: "Too few <details> on the pupils' work.",
    });
    for (const founder of [ada, marie]) {
      const page = await told(founder);
      expect(page).toContain(escapeHtml("The national unit of Italy approved “Bridges”."));
      expect(page).toContain(
        escapeHtml("The national unit of France rejected “Bridges”: Too few <details> on the pupils' work."),
      );
    }
    expect(await told(grace)).not.toContain("Bridges");
  });

  it("a school's verification: its teachers are told; a rejection is for its admins, no one else", async () => {
    await verifySchool(w.deps, w.actor(italy), "IT", volta.id, { confirm: true });
    await verifySchool(w.deps, w.actor(italy), "IT", nuovo.id, { confirm: false, reason: "No such school." });
    for (const teacher of [ada, grace])
      expect(await told(teacher)).toContain(
        "The national unit of Italy verified your school: partners now see it as verified",
      );
    expect(await told(olga)).not.toContain("your school");
    expect(await told(marie)).not.toContain("your school");
  });

  it("a National Quality Label: its applicant is told, a refusal with the unit's note", async () => {
    const project = await activeProject("Rivers");
    await refuseNationalLabel(w, project, ada, "The pupils' <products> are not in the TwinSpace.");
    expect(await told(ada)).toContain(
      escapeHtml(
        "Your National Quality Label application for “Rivers” was not awarded: The pupils' <products> are not in the TwinSpace.",
      ),
    );
    await awardNationalLabels(w, project, [marie]);
    expect(await told(marie)).toContain(escapeHtml("Your National Quality Label for “Rivers” is awarded."));
    expect(await told(grace)).not.toContain("Rivers");
  });

  it("the European Quality Label: the founders and both countries' units are told", async () => {
    const project = await activeProject("Stars");
    await awardNationalLabels(w, project, [ada, marie]);
    const central = w.actor(await w.centralAdmin());
    await assessEuropeanLabel(w.deps, central, project.id, fullAssessment(w));
    await decideEuropeanLabel(w.deps, central, project.id, { award: true });
    const sentence = escapeHtml("The central support service awarded the European Quality Label to “Stars”.");
    for (const who of [ada, marie, await w.moderator("IT"), await w.moderator("FR")])
      expect(await told(who, { roles: [] })).toContain(sentence);
    expect(await told(grace)).not.toContain("Stars");
  });

  it("the eTwinning School label: the school's teachers and the school admin who applied are told", async () => {
    const apply = async (school: School, appliedBy: string) => {
      const id = randomUUID();
      await w.store.knex("school_labels").insert({
        id,
        school_id: school.id,
        country: "IT",
        status: "submitted",
        applied_by: appliedBy,
        esafety: "An e-safety policy.",
        applied_at: w.clock.now(),
      });
      return id;
    };
    const unit = w.actor(await w.moderator("IT"));
    await decideSchoolLabel(w.deps, unit, "IT", await apply(volta, secretary.id), { award: true });
    await decideSchoolLabel(w.deps, unit, "IT", await apply(nuovo, olga.id), {
      award: false,
      reason: "No e-safety training yet.",
    });
    const awarded = "Your school received the eTwinning School label.";
    for (const teacher of [ada, grace]) expect(await told(teacher)).toContain(awarded);
    const admin = await (
      await app.as({ id: secretary.id, schoolId: volta.id }, { roles: ["school_admin"] })
    ).get("/app/notifications");
    expect(admin.html).toContain(awarded);
    expect(await told(olga)).toContain("No e-safety training yet.");
    expect(await told(olga)).not.toContain(awarded);
    expect(await told(marie)).not.toContain(awarded);
  });
});
