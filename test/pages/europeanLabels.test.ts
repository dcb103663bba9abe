import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Account, europeanCandidates, type Project, type Teacher } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { awardNationalLabels, fullAssessment } from "../support/labels.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/** The European Quality Label: the central support service's candidates, scoring and decision; who is told. */
describe.each(DATABASE_KINDS)("the European Quality Label on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher;
  let marie: Teacher;
  let pierre: Teacher;
  let labelled: Project;
  let declined: Project;
  let onlyItaly: Project;
  let central: Account;
  let asCentral: Client;

  const path = (project: Project) => `/app/european-labels/${project.id}`;
  const labelRow = (project: Project) =>
    w.store.database.knex("european_labels").where({ project_id: project.id }).first();
  const decisions = (project: Project) =>
    w.store.database.knex("events").where({ project_id: project.id, type: "european_label_decided" });

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    labelled = await w.activeProject(ada, marie, { ...w.form(), title: "Rivers <of> Europe" });
    pierre = await w.teacher("Pierre Dupont", await w.school("Collège Moulin", "FR", "Lyon"));
    const jean = await w.teacher("Jean Martin", await w.school("Lycée Hugo", "FR", "Nice"));
    declined = await w.activeProject(ada, pierre, { ...w.form(), title: "Second project" });
    onlyItaly = await w.activeProject(ada, jean, { ...w.form(), title: "Labelled in Italy only" });
    await awardNationalLabels(w, labelled, [ada, marie]);
    await awardNationalLabels(w, declined, [ada, pierre]);
    await awardNationalLabels(w, onlyItaly, [ada]);
    central = await w.centralAdmin();
    asCentral = await app.as(central, { roles: [] });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("lists the projects labelled in two or more countries, a keyset page at a time", async () => {
    const list = await asCentral.get("/app/european-labels");
    expect(list.status).toBe(200);
    expect(list.html).toContain("Rivers &lt;of&gt; Europe");
    expect(list.html).toContain("Second project");
    expect(list.html).not.toContain("Labelled in Italy only");
    expect(list.html).toContain("France and Italy");
    // The central support service's dashboard counts the candidates still to decide.
    expect((await asCentral.get("/app")).html).toContain("European Quality Label candidates to decide: 2");

    const first = await europeanCandidates(w.deps, w.actor(central), { limit: 1 });
    expect(first.candidates).toHaveLength(1);
    expect(first.next).toBeDefined();
    const second = await europeanCandidates(w.deps, w.actor(central), { after: first.next!, limit: 1 });
    expect(second.candidates.map((c) => c.project.id)).not.toEqual(first.candidates.map((c) => c.project.id));
    expect(second.next).toBeUndefined();
  });

  it("refuses teachers, national units and projects that are not candidates", async () => {
    for (const who of [await app.as(ada), await app.as(await w.moderator("IT"))]) {
      expect((await who.get("/app/european-labels")).status).toBe(403);
      expect((await who.get(path(labelled))).status).toBe(403);
      const post = await who.post(path(labelled), { decision: "award", ...fullAssessment(w).form });
      expect(post.status).toBe(403);
    }
    expect((await asCentral.get(path(onlyItaly))).status).toBe(404);
    expect(await labelRow(labelled)).toBeUndefined();
  });

  it("scores with the national label's criteria, showing each country's evidence", async () => {
    const form = await asCentral.get(path(labelled));
    expect(form.status).toBe(200);
    expect(form.html).toContain("Ada Lovelace&#39;s evidence for pedagogical_innovation.");
    expect(form.html).toContain("Marie Curie&#39;s evidence for pedagogical_innovation.");
    for (const criterion of w.deps.criteria.criteria)
      expect(form.html).toContain(`name="score_${criterion.id}"`);

    const incomplete = await asCentral.post(path(labelled), { decision: "award" });
    expect(incomplete.status).toBe(422);
    expect(incomplete.html).toContain("Score every criterion");
    expect((await labelRow(labelled))?.status ?? null).toBeNull();
  });

  it("declines only with a reason, and tells the founders", async () => {
    const noReason = await asCentral.post(path(declined), { decision: "decline", ...fullAssessment(w).form });
    expect(noReason.status).toBe(422);
    expect(await decisions(declined)).toHaveLength(0);
    const done = await asCentral.post(path(declined), {
      decision: "decline",
      reason: "The pupils' collaboration is not documented.",
      ...fullAssessment(w).form,
    });
    expect(done.status).toBe(303);
    expect((await labelRow(declined))?.status).toBe("declined");
    const notes = await (await app.as(pierre)).get("/app/notifications");
    expect(notes.html).toContain(
      "The central support service did not award the European Quality Label to “Second project”: The pupils&#39; collaboration is not documented.",
    );
  });

  it("awards once: the founders and the partner countries' units are told, the project shows it", async () => {
    const awarded = await asCentral.post(path(labelled), { decision: "award", ...fullAssessment(w).form });
    expect(awarded.status).toBe(303);
    expect(awarded.location).toBe("/app/european-labels?done=european_label_decided");
    const row = await labelRow(labelled);
    expect(row).toMatchObject({ status: "awarded", decided_by: central.id });
    expect(row.awarded_at).toBeTruthy();

    const again = await asCentral.post(path(labelled), { decision: "decline", reason: "Changed my mind." });
    expect(again.status).toBe(422);
    expect((await labelRow(labelled))?.status).toBe("awarded");
    expect(await decisions(labelled)).toHaveLength(1);

    const sentence =
      "The central support service awarded the European Quality Label to “Rivers &lt;of&gt; Europe”.";
    for (const person of [ada, marie, await w.moderator("IT"), await w.moderator("FR")]) {
      expect((await (await app.as(person)).get("/app/notifications")).html).toContain(sentence);
    }
    expect((await (await app.as(await w.moderator("ES"))).get("/app/notifications")).html).not.toContain(
      sentence,
    );
    expect((await (await app.as(ada)).get(`/app/projects/${labelled.id}`)).html).toContain(
      "European Quality Label awarded",
    );
    expect((await asCentral.get("/app/european-labels")).html).toMatch(/awarded \(/);
    // Both decided: nothing waits any more.
    expect((await asCentral.get("/app")).html).not.toContain("European Quality Label candidates to decide");
  });
});
