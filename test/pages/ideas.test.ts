import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  acceptContact,
  admitStaffFromLaunch,
  IDEA_LIFETIME_DAYS,
  postIdea,
  type Teacher,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/**
 * Issue 16 (3): the partner-finding board. A teacher posts an idea; others find it with the
 * filters, reply (which proposes a contact) and, once contacts, found a project from it with
 * the form filled in. Ideas expire unless their author renews them.
 */
describe.each(DATABASE_KINDS)("the partner-finding board on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher; // posts the idea (Italy)
  let claire: Teacher; // finds it and replies (France)
  let hans: Teacher; // posts an idea of his own (Austria)
  let staff: Account;
  let asGiulia: Client;
  let asClaire: Client;
  let ideaId: string;

  beforeAll(async () => {
    w = await World.create(kind);
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"));
    claire = await w.teacher("Claire Martin", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    hans = await w.teacher("Hans Gruber", await w.school("Gymnasium Wien", "AT", "Wien"));
    staff = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "anna", name: "Anna Staff", email: "", locale: "en" },
      "IT",
    );
    app = await startPages(w);
    asGiulia = await app.as(giulia);
    asClaire = await app.as(claire);
    await postIdea(w.deps, w.actor(hans), {
      title: "Alpine flowers herbarium",
      summary: "Pupils collect and compare flowers of the Alps.",
      subjects: ["science"],
      languages: ["de"],
      pupilAgeMin: 8,
      pupilAgeMax: 10,
      partnerScope: "my_country",
    });
  });
  afterAll(async () => {
    await app?.tool.stop();
    await w?.destroy();
  });

  it("posts an idea from the form, refusing a malformed one with the reason and what was typed", async () => {
    const bad = await asGiulia.post("/app/ideas/new", { title: "Robots & climate", summary: "" });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('value="Robots &amp; climate"');
    expect(await w.store.knex("project_ideas").where({ author_id: giulia.id })).toHaveLength(0);

    const posted = await asGiulia.post("/app/ideas/new", {
      title: "Robots measure our climate",
      summary: "Pupils build small weather robots and compare the data of <their> towns.",
      subjects: ["science", "computing"],
      languages: ["en"],
      pupilAgeMin: "12",
      pupilAgeMax: "15",
      partnerScope: "abroad",
      startMonth: "2027-02",
    });
    expect(posted.status).toBe(303);
    ideaId = posted.location?.split("/").pop()?.split("?")[0] ?? "";
    const shown = await asGiulia.get(posted.location ?? "");
    expect(shown.html).toContain("Your idea is on the board for 90 days.");
    expect(shown.html).toContain("&lt;their&gt; towns");
  });

  it("lets another teacher find it by words, subject, language, age and partner wanted, but not by a filter it misses", async () => {
    const finds = async (query: string) => (await asClaire.get(`/app/ideas?${query}`)).html;
    for (const query of [
      "text=robot",
      "text=clim",
      "subject=computing",
      "language=en",
      "age=13",
      "partnerScope=abroad",
      "country=IT",
    ]) {
      expect(await finds(query), query).toContain("Robots measure our climate");
    }
    for (const query of ["text=herbarium", "subject=history", "age=9", "partnerScope=any", "country=FR"]) {
      expect(await finds(query), query).not.toContain("Robots measure our climate");
    }
    expect(await finds("subject=science&language=de")).toContain("Alpine flowers herbarium");
    // One's own ideas are under "Your ideas", not among the results.
    const own = (await asGiulia.get("/app/ideas")).html;
    expect(own.split("Ideas of other teachers")[1]).not.toContain("Robots measure our climate");
    expect(own.split("Ideas of other teachers")[0]).toContain("Robots measure our climate");
  });

  it("pages the board by keyset, with no idea lost or repeated", async () => {
    for (let i = 0; i < 23; i++) {
      w.clock.current = new Date(Date.parse(w.clock.now()) + 60_000).toISOString();
      await postIdea(w.deps, w.actor(hans), {
        title: `Pen pals ${String(i).padStart(2, "0")}`,
        summary: "Letters.",
      });
    }
    const seen: string[] = [];
    let path = "/app/ideas?text=letters";
    for (let guard = 0; path && guard < 5; guard++) {
      const page = await asClaire.get(path);
      seen.push(...[...page.html.matchAll(/>Pen pals (\d\d)</g)].map((m) => m[1] ?? ""));
      path = /<a href="([^"]+)" rel="next">/.exec(page.html)?.[1]?.replaceAll("&amp;", "&") ?? "";
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen[0]).toBe("22");
  });

  it("replies once: the author is told and gets a contact request; the author cannot reply to their own idea", async () => {
    const replied = await asClaire.post(`/app/ideas/${ideaId}/reply`);
    expect(replied.status).toBe(303);
    const contact = await w.store.read().contacts.between(claire.id, giulia.id);
    expect(contact?.status).toBe("pending");
    const again = await asClaire.post(`/app/ideas/${ideaId}/reply`);
    expect(again.status).toBe(422);
    expect(again.html).toContain("You have already replied to this idea");
    // The idea's page says she replied instead of offering the reply again.
    const shown = (await asClaire.get(`/app/ideas/${ideaId}`)).html;
    expect(shown).toContain("You replied to this idea on");
    expect(shown).not.toContain(`action="/app/ideas/${ideaId}/reply"`);
    expect((await asGiulia.post(`/app/ideas/${ideaId}/reply`)).status).toBe(422);

    const notifications = (await asGiulia.get("/app/notifications")).html;
    expect(notifications).toContain("Claire Martin replied to your idea on the partner-finding board.");
    expect(notifications).toContain(`/app/ideas/${ideaId}`);
    expect((await asGiulia.get(`/app/ideas/${ideaId}`)).html).toContain("Claire Martin");
  });

  it("founds a project from the idea with the form filled in and the author proposed as co-founder, once contacts", async () => {
    const before = await asClaire.get(`/app/projects/new?idea=${ideaId}`);
    expect(before.status).toBe(403);
    expect(before.html).toContain("Only the author and their contacts can found a project from this idea");

    const contact = await w.store.read().contacts.between(claire.id, giulia.id);
    await acceptContact(w.deps, w.actor(giulia), contact!.id);
    const form = (await asClaire.get(`/app/projects/new?idea=${ideaId}`)).html;
    expect(form).toContain('value="Robots measure our climate"');
    expect(form).toMatch(new RegExp(`value="${giulia.id}"\\s+selected`));
    expect(form).toMatch(/value="computing"\s+checked/);
    // The author prefills it too, choosing the co-founder themself.
    expect((await asGiulia.get(`/app/projects/new?idea=${ideaId}`)).html).toContain(
      escapeHtml("Pupils build small weather robots"),
    );
  });

  it("takes an idea off the board when its lifetime ends, until its author renews it", async () => {
    const start = w.clock.now();
    w.clock.advanceDays(IDEA_LIFETIME_DAYS + 1);
    try {
      expect((await asClaire.get("/app/ideas?text=robot")).html).not.toContain("Robots measure our climate");
      expect((await asClaire.get(`/app/ideas/${ideaId}`)).status).toBe(404);
      const mine = await asGiulia.get(`/app/ideas/${ideaId}`);
      expect(mine.html).toContain("No longer on the board");
      expect((await asClaire.post(`/app/ideas/${hansIdea()}/renew`)).status).toBe(404);
      expect((await asGiulia.post(`/app/ideas/${ideaId}/renew`)).status).toBe(303);
      expect((await asClaire.get("/app/ideas?text=robot")).html).toContain("Robots measure our climate");
    } finally {
      w.clock.current = start;
    }
  });

  it("is for teachers: a national unit's staff cannot post, search or reply", async () => {
    const asStaff = await app.as(staff);
    expect((await asStaff.get("/app/ideas")).status).toBe(403);
    expect((await asStaff.get("/app/ideas/new")).status).toBe(403);
    expect((await asStaff.post(`/app/ideas/${ideaId}/reply`)).status).toBe(403);
    expect(await w.store.knex("idea_replies").where({ teacher_id: staff.id })).toHaveLength(0);
  });

  it("withdraws an idea: only its author, and it is gone from the board", async () => {
    expect((await asClaire.post(`/app/ideas/${ideaId}/withdraw`)).status).toBe(404);
    const gone = await asGiulia.post(`/app/ideas/${ideaId}/withdraw`);
    expect(gone.status).toBe(303);
    expect((await asClaire.get(`/app/ideas/${ideaId}`)).status).toBe(404);
    expect(await w.store.knex("project_ideas").where({ id: ideaId })).toHaveLength(0);
    // Its text leaves the text index too (SQLite's FTS table is kept by triggers).
    if (kind === "sqlite")
      expect(await w.store.knex("idea_search").where({ idea_id: ideaId })).toHaveLength(0);
  });

  let hansIdeaId = "";
  const hansIdea = () => hansIdeaId;
  beforeAll(async () => {
    hansIdeaId = (
      (await w.store.knex("project_ideas").where({ author_id: hans.id }).first("id")) as { id: string }
    ).id;
  });
});
