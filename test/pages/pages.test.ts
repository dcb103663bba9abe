import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptCofounder,
  acceptInvitation,
  createProject,
  decideApproval,
  inviteTeacher,
  type Project,
  registerPupils,
  type School,
  setSchoolProjectPolicy,
  type Teacher,
} from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/** A complete project form as the browser posts it (R14 fields filled, milestones after TODAY). */
function fullForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: "Our rivers, our future",
    summary: "Pupils compare the rivers of their towns.",
    description: "Water samples, maps and a shared e-book.",
    subjects: ["science", "geography"],
    languages: ["en"],
    pupilAgeMin: "11",
    pupilAgeMax: "14",
    objectives: "Understand river ecosystems together.",
    curricularIntegration: "Science and geography lessons, 2 hours a week.",
    workProcess: "Monthly tasks in mixed teams.",
    milestone_title: ["Introductions", "Water samples", ""],
    milestone_date: ["2026-12-15", "2027-03-01", ""],
    ictTools: "TwinSpace chat and forum.",
    expectedResults: "An e-book.",
    safetyRules: "First names only; no faces in photos.",
    ...overrides,
  };
}

/** The id at the end of a redirect to a project page. */
function projectIdOf(location: string | null): string {
  const match = /^\/app\/projects\/([0-9a-f-]{36})/.exec(location ?? "");
  if (!match?.[1]) throw new Error(`not a project page: ${location}`);
  return match[1];
}

describe.each(DATABASE_KINDS)("teachers' and national units' pages over HTTP on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let volta: School;
  let ada: Teacher; // Italy, Liceo Volta
  let enzo: Teacher; // Italy, Liceo Volta too
  let grace: Teacher; // Italy, Liceo Fermi
  let marie: Teacher; // France
  let lise: Teacher; // Austria
  let asAda: Client;
  let asMarie: Client;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    volta = await w.school("Liceo Volta", "IT", "Como");
    ada = await w.teacher("Ada Lovelace", volta, {
      subjects: ["science"],
      languages: ["en", "it"],
      lookingForPartners: true,
    });
    enzo = await w.teacher("Enzo Ferrari", volta, { subjects: ["technology"] });
    grace = await w.teacher("Grace Hopper", await w.school("Liceo Fermi", "IT", "Roma"), {
      subjects: ["computing"],
    });
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"), {
      subjects: ["science", "physics"],
      languages: ["fr", "en"],
      pupilAgeMin: 10,
      pupilAgeMax: 14,
      interests: "rivers and water",
      lookingForPartners: true,
    });
    lise = await w.teacher("Lise Meitner", await w.school("Gymnasium Wien", "AT", "Wien"), {
      subjects: ["physics"],
    });
    asAda = await app.as(ada);
    asMarie = await app.as(marie);
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  const read = () => w.store.read();
  const count = async (table: string) => Number((await w.store.knex(table).count({ n: "*" }))[0]?.n ?? 0);

  it("refuses pages without a session (401) and changes without the session's CSRF token (403)", async () => {
    expect((await fetch(`${app.tool.url}/app`)).status).toBe(401);
    const contacts = await count("contacts");
    const forged = await asAda.post("/app/contacts/request", { teacherId: marie.id, _csrf: "not-the-token" });
    expect(forged.status).toBe(403);
    expect(await count("contacts")).toBe(contacts);
  });

  it("finds partners by country, subject, age and words, and sends a contact request (POST-redirect-GET)", async () => {
    const found = await asAda.get("/app/search?country=FR&subject=science&age=12&text=river");
    expect(found.status).toBe(200);
    expect(found.html).toContain("Marie Curie");
    expect(found.html).not.toContain("Grace Hopper");
    expect(found.html).toContain("Lycée Curie, Paris · France");
    expect((await asAda.get("/app/search?country=FR&age=16")).html).not.toContain("Marie Curie");

    const sent = await asAda.post("/app/contacts/request", {
      teacherId: marie.id,
      back: "/app/search?country=FR",
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe("/app/search?country=FR&done=contact_requested");
    const after = await asAda.get(sent.location ?? "");
    expect(after.html).toContain("Contact request sent.");
    expect(after.html).toContain("request sent");

    // A request sent again is refused with the rule's words, on the page it came from.
    const again = await asAda.post("/app/contacts/request", {
      teacherId: marie.id,
      back: "/app/search?country=FR",
    });
    expect(again.status).toBe(422);
    expect(again.html).toContain(
      "You are already contacts, or a request between you is waiting for an answer.",
    );
    expect(again.html).toContain("Marie Curie");

    // The addressee sees it on the dashboard and accepts.
    const dashboard = await asMarie.get("/app");
    expect(dashboard.html).toContain("Contact requests");
    expect(dashboard.html).toContain("Ada Lovelace");
    const contact = await read().contacts.between(ada.id, marie.id);
    const accepted = await asMarie.post(`/app/contacts/${contact?.id}/accept`);
    expect(accepted.location).toBe("/app/contacts?done=contact_accepted");
    expect((await read().contacts.between(ada.id, marie.id))?.status).toBe("accepted");
    const list = await asAda.get("/app/contacts");
    expect(list.html).toContain(`/app/projects/new?cofounder=${marie.id}`);
  });

  it("shows what people typed as text, never as markup", async () => {
    const mallory = await w.teacher(
      '<script>alert("x")</script>',
      await w.school("<b>Evil</b> school", "DE"),
      {
        interests: '<img src=x onerror="alert(1)">',
      },
    );
    const page = await asAda.get("/app/search?country=DE");
    expect(page.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(page.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(page.html).toContain("&lt;b&gt;Evil&lt;/b&gt; school");
    expect(page.html).not.toContain("<script>alert");
    expect(page.html).not.toContain("<img src=x");
    await w.contacts(ada, mallory);
    expect((await asAda.get("/app/contacts")).html).not.toContain("<script>alert");
  });

  let european: Project;

  it("explains the kind before founding, keeps what was typed when refused, and sends a complete form", async () => {
    const form = await asAda.get(`/app/projects/new?cofounder=${marie.id}`);
    expect(form.html).toContain("European project: the founders teach in different countries.");
    expect(form.html).toContain("Marie Curie, Lycée Curie (France) – european project");

    const projects = await count("projects");
    const incomplete = await asAda.post("/app/projects/new", {
      ...fullForm({ objectives: "", title: "Rivers & <lakes>" }),
      cofounder: marie.id,
      action: "send",
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.html).toContain("Before sending the project, fill in: Shared objectives.");
    expect(incomplete.html).toContain('value="Rivers &amp; &lt;lakes&gt;"');
    expect(incomplete.html).toContain("Monthly tasks in mixed teams.");
    expect(await count("projects")).toBe(projects);

    const pastMilestone = await asAda.post("/app/projects/new", {
      ...fullForm({ milestone_title: ["Too late"], milestone_date: ["2020-01-01"] }),
      cofounder: marie.id,
      action: "send",
    });
    expect(pastMilestone.status).toBe(422);
    expect(pastMilestone.html).toMatch(
      /id="milestones-error"[^>]*>The milestone due on 2020-01-01 lies in the past/,
    );

    const sent = await asAda.post("/app/projects/new", {
      ...fullForm(),
      cofounder: marie.id,
      action: "send",
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(/\?done=project_sent$/);
    european = (await read().projects.get(projectIdOf(sent.location))) as Project;
    expect(european).toMatchObject({ status: "awaiting_cofounder", kind: "european", cofounderId: marie.id });
  });

  it("offers school projects only while the policy allows them (R5)", async () => {
    await w.contacts(ada, enzo);
    const closed = await asAda.get("/app/projects/new");
    expect(closed.html).toMatch(
      /<option\s+value="[^"]+"\s+disabled[^>]*>\s*Enzo Ferrari, Liceo Volta \(Italy\) – school projects are closed now/,
    );
    const refused = await asAda.post("/app/projects/new", {
      ...fullForm({ title: "Our school garden" }),
      cofounder: enzo.id,
      action: "send",
    });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain(
      "School projects (teachers of one school only) are not open at the moment in Italy.",
    );

    const admin = await app.as(await w.centralAdmin(), { roles: ["school_admin"] });
    expect((await admin.post("/app/admin/school-policy", { enabled: "on" })).location).toBe(
      "/app/admin?done=policy_saved",
    );
    const open = await asAda.get("/app/projects/new");
    expect(open.html).toContain("Enzo Ferrari, Liceo Volta (Italy) – school project");
    const sent = await asAda.post("/app/projects/new", {
      ...fullForm({ title: "Our school garden" }),
      cofounder: enzo.id,
      action: "send",
    });
    expect(sent.status).toBe(303);
    await setSchoolProjectPolicy(w.deps, w.actor(await w.centralAdmin()), undefined, { enabled: false });
  });

  it("shows the co-founder the whole form to accept; each national unit decides for its own country only (R6)", async () => {
    const invited = await asMarie.get(`/app/projects/${european.id}`);
    expect(invited.html).toContain("Ada Lovelace invites you to co-found this project.");
    expect(invited.html).toContain("Understand river ecosystems together.");
    const accepted = await asMarie.post(`/app/projects/${european.id}/cofounder`, { decision: "accept" });
    expect(accepted.location).toBe(`/app/projects/${european.id}?done=cofounder_decided`);

    const page = await asAda.get(`/app/projects/${european.id}`);
    expect(page.html).toMatch(/Waiting for the national unit of (France and Italy|Italy and France)/);

    // A third country's moderator: no queue entry, no project page, and the server refuses a forged decision.
    const germany = await app.as(await w.moderator("DE"), { roles: ["school_admin"] });
    expect((await germany.get("/app/moderation")).html).toContain("No project awaits your decision.");
    expect((await germany.get(`/app/projects/${european.id}`)).status).toBe(404);
    const forged = await germany.post(`/app/projects/${european.id}/approvals/IT`, { decision: "approve" });
    expect(forged.status).toBe(403);
    expect(forged.html).toContain("Only the national unit of Italy decides for Italy.");
    const forgedQueue = await germany.post(`/app/moderation/${european.id}/IT`, { decision: "approve" });
    expect(forgedQueue.status).toBe(422);

    const italy = await app.as(await w.moderator("IT"), { roles: ["school_admin"] });
    const queue = await italy.get("/app/moderation");
    expect(queue.html).toContain("Our rivers, our future");
    const noReason = await italy.post(`/app/moderation/${european.id}/IT`, {
      decision: "reject",
      reason: " ",
    });
    expect(noReason.status).toBe(422);
    expect(noReason.html).toContain("Give a reason for the rejection, so the founders know what to change.");
    expect((await italy.post(`/app/moderation/${european.id}/IT`, { decision: "approve" })).location).toBe(
      "/app/moderation?done=approval_decided",
    );
    const france = await app.as(await w.moderator("FR"), { roles: ["school_admin"] });
    const decided = await france.post(`/app/projects/${european.id}/approvals/FR`, { decision: "approve" });
    expect(decided.status).toBe(303);
    expect((await read().projects.get(european.id))?.status).toBe("active");
    const active = await asAda.get(`/app/projects/${european.id}`);
    expect(active.html).toContain("The TwinSpace is being prepared");
    expect(active.html).toContain("Moderator IT");

    const dashboard = await italy.get("/app/moderation/IT/dashboard");
    expect(dashboard.status).toBe(200);
    expect(dashboard.html).toContain("Italy at a glance");
    expect((await italy.get("/app/moderation/FR/dashboard")).status).toBe(403);
  });

  it("invites registered teachers within R8–R10 and explains who may not join", async () => {
    const national = await w.activeProject(ada, grace, w.form({ title: "Le nostre città" }));
    const found = await asAda.get(`/app/projects/${national.id}?invite_q=Marie`);
    expect(found.html).toContain("This is a national project: only teachers from Italy can join.");
    expect(found.html).toContain(
      "A national project takes teachers of its own country only; this teacher works in France.",
    );
    expect(found.html).not.toContain(`name="teacherId" value="${marie.id}"`);
    const invitations = await count("invitations");
    const forged = await asAda.post(`/app/projects/${national.id}/invite`, { teacherId: marie.id });
    expect(forged.status).toBe(422);
    expect(forged.html).toContain("A national project takes teachers of its own country only");
    expect(await count("invitations")).toBe(invitations);

    await setSchoolProjectPolicy(w.deps, w.actor(await w.centralAdmin()), "IT", { enabled: true });
    const draft = await createProject(w.deps, w.actor(ada), {
      form: w.form({ title: "Orto scolastico" }),
      cofounderId: enzo.id,
      submit: true,
    });
    await acceptCofounder(w.deps, w.actor(enzo), draft.id);
    await decideApproval(w.deps, w.actor(await w.moderator("IT")), draft.id, "IT", { approve: true });
    const school = await asAda.get(`/app/projects/${draft.id}?invite_q=Grace`);
    expect(school.html).toContain("This is a school project: only teachers of Liceo Volta can join.");
    expect(school.html).toContain("A school project takes teachers of its own school only.");

    const invited = await asAda.post(`/app/projects/${european.id}/invite`, { teacherId: lise.id });
    expect(invited.location).toBe(`/app/projects/${european.id}?done=invitation_sent`);
    const asLise = await app.as(lise);
    expect((await asLise.get("/app")).html).toContain("Our rivers, our future");
    const invitation = (await read().invitations.pendingForTeacher(lise.id))[0];
    const joined = await asLise.post(`/app/invitations/${invitation?.id}/accept`);
    expect(joined.location).toBe(`/app/projects/${european.id}?done=invitation_accepted`);
    const members = await asLise.get(`/app/projects/${european.id}`);
    expect(members.html).toMatch(/<h3>Austria<\/h3>\s*<h4>Gymnasium Wien<\/h4>/);
    expect(members.html).toMatch(/<h3>France<\/h3>\s*<h4>Lycée Curie<\/h4>/);
    // Lise is a teacher, not a manager: no invite section, a way to leave.
    expect(members.html).not.toContain('id="invite-heading"');
    expect(members.html).toContain("Leave the project");
  });

  it("shows pupils to the project's teachers only, and a pupil only the projects their teacher added them to (R11)", async () => {
    const { registered } = await registerPupils(w.deps, w.actor(ada), [
      { displayName: "Luca B." },
      { displayName: "Sara M." },
    ]);
    const added = await asAda.post(`/app/projects/${european.id}/pupils`, {
      pupil: registered.map((p) => p.id),
    });
    expect(added.location).toBe(`/app/projects/${european.id}?done=pupils_added`);
    expect((await asAda.get(`/app/projects/${european.id}`)).html).toContain("Luca B.");
    expect((await asMarie.get(`/app/projects/${european.id}`)).html).toContain("Pupils of Ada Lovelace");
    const italy = await app.as(await w.moderator("IT"), { roles: ["school_admin"] });
    expect((await italy.get(`/app/projects/${european.id}`)).html).not.toContain("Luca B.");

    const pupil = await app.pupil(registered[0]?.id ?? "");
    const home = await pupil.get("/app");
    expect(home.html).toContain("Our rivers, our future");
    expect(home.html).not.toContain("Le nostre città");
    const projectPage = await pupil.get(`/app/projects/${european.id}`);
    expect(projectPage.status).toBe(200);
    expect(projectPage.html).not.toContain("Sara M.");
    const other = (await read().projects.listForTeacher(grace.id))[0];
    expect((await pupil.get(`/app/projects/${other?.id}`)).status).toBe(404);
    expect((await pupil.get("/app/search")).status).toBe(403);
  });

  it("applies for a National Quality Label with evidence per criterion; the national unit scores and decides (R12, R13)", async () => {
    const missing = await asAda.post(`/app/projects/${european.id}/label`, {
      evidence_pedagogical_innovation: "Peer teaching.",
    });
    expect(missing.status).toBe(422);
    expect(missing.html).toContain("Describe your evidence for “Curricular integration”.");
    expect(missing.html).toContain("Peer teaching.");
    const evidence = Object.fromEntries(
      w.deps.criteria.criteria.map((c) => [`evidence_${c.id}`, `Evidence for ${c.id}`]),
    );
    expect((await asAda.post(`/app/projects/${european.id}/label`, evidence)).location).toBe(
      `/app/projects/${european.id}?done=label_applied`,
    );
    const application = (await read().labels.applicationsPage(european.id, undefined, 1))[0];
    const italy = await app.as(await w.moderator("IT"), { roles: ["school_admin"] });
    expect((await italy.get("/app/moderation")).html).toContain(`/app/moderation/labels/${application?.id}`);
    const france = await app.as(await w.moderator("FR"), { roles: ["school_admin"] });
    expect((await france.get(`/app/moderation/labels/${application?.id}`)).status).toBe(404);

    const early = await italy.post(`/app/moderation/labels/${application?.id}`, { decision: "award" });
    expect(early.status).toBe(422);
    expect(early.html).toContain(
      "Score every criterion and check every minimum requirement before deciding.",
    );
    const assessment = {
      ...Object.fromEntries(w.deps.criteria.criteria.map((c) => [`score_${c.id}`, "4"])),
      ...Object.fromEntries(w.deps.criteria.requirements.map((r) => [`requirement_${r.id}`, "yes"])),
      note: "Well documented.",
      decision: "award",
    };
    expect((await italy.post(`/app/moderation/labels/${application?.id}`, assessment)).location).toBe(
      "/app/moderation?done=label_decided",
    );
    const page = await asAda.get(`/app/projects/${european.id}`);
    expect(page.html).toContain("National Quality Label awarded");
    expect(page.html).toContain("Well documented.");
    const national = (await read().projects.listForTeacher(grace.id)).find((p) => p.kind === "national");
    expect((await asAda.get(`/app/projects/${national?.id}`)).html).toContain(
      "National projects are not eligible for Quality Labels.",
    );
  });

  it("tells the people concerned in the app, once per event", async () => {
    const page = await asMarie.get("/app/notifications");
    expect(page.html).toContain("Ada Lovelace would like to become your contact.");
    expect(page.html).toContain(
      "Ada Lovelace invites you to co-found “Our rivers, our future” (european project).",
    );
    expect(page.html).toContain("The national unit of Italy approved “Our rivers, our future”.");
    expect(page.html).not.toContain("Marie Curie accepted your contact request");
    const rows = await w.store.knex("notifications").where({ account_id: marie.id });
    expect(new Set(rows.map((r) => String(r.event_id))).size).toBe(rows.length);
    expect(page.html).toMatch(/Notifications \(\d+ new\)/);
    expect((await asMarie.post("/app/notifications/read")).location).toBe(
      "/app/notifications?done=notifications_read",
    );
    expect((await asMarie.get("/app/notifications")).html).not.toMatch(/Notifications \(\d+ new\)/);
    const forAda = await asAda.get("/app/notifications");
    expect(forAda.html).toContain("Marie Curie accepted your contact request.");
    expect(forAda.html).toContain("Lise Meitner joined “Our rivers, our future”.");
  });

  it("speaks Italian, with Italian dates and lists", async () => {
    const inItalian = await app.as(ada, { locale: "it" });
    const page = await inItalian.get(`/app/projects/${european.id}`);
    expect(page.html).toContain('<html lang="it">');
    expect(page.html).toContain("Chi partecipa");
    expect(page.html).toContain("15 dicembre 2026");
    expect(page.html).toContain("Scienze e Geografia");
    const search = await inItalian.get("/app/search?country=FR");
    expect(search.html).toContain("Francia");
    expect(search.html).toContain("Fonda un progetto con Marie Curie");
  });

  it("reads each page with the same number of queries however many members, contacts and results there are", async () => {
    const queriesOf = async (client: Client, path: string) => {
      await client.get(path); // notifications fan out first; measure the steady state
      let queries = 0;
      const count = () => {
        queries++;
      };
      w.store.knex.on("query", count);
      try {
        expect((await client.get(path)).status).toBe(200);
      } finally {
        w.store.knex.off("query", count);
      }
      return queries;
    };
    const paths = [
      "/app",
      "/app/search",
      `/app/projects/${european.id}`,
      "/app/contacts",
      "/app/notifications",
    ];
    const before = [];
    for (const path of paths) before.push(await queriesOf(asAda, path));
    for (let i = 0; i < 6; i++) {
      const teacher = await w.teacher(
        `Extra Teacher ${i}`,
        await w.school(`School ${i}`, i % 2 ? "ES" : "PL"),
        {
          interests: "teacher exchange",
        },
      );
      await w.contacts(ada, teacher);
      const invitation = await inviteTeacher(w.deps, w.actor(ada), european.id, teacher.id);
      await acceptInvitation(w.deps, w.actor(teacher), invitation.id);
    }
    const after = [];
    for (const path of paths) after.push(await queriesOf(asAda, path));
    expect(after).toEqual(before);
    // The project page's fixed cost grew with issue 15: its schools' verification and eTwinning
    // School labels, the viewer's certificates (participation, National and European labels), and
    // the national units' looks inside its TwinSpace: a constant number of reads, whatever the size.
    // Its certificates and looks reuse the role, approvals, grants and labels it read (issue 18).
    expect(Math.max(...after)).toBeLessThanOrEqual(29);
  });
});
