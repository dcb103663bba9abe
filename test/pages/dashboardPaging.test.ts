import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, type Id, PAGE_SIZE, type Teacher } from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
/** Giulia's projects: a page and three more, listed most recently changed first. */
const PROJECTS = PAGE_SIZE + 3;

const projectLinks = (html: string) => {
  const section = /aria-labelledby="projects-heading">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
  return [...section.matchAll(/<a href="\/app\/projects\/([0-9a-f-]{36})">/g)].map((m) => m[1]!);
};

/**
 * Issue 18 (3): a teacher's dashboard lists a page of their projects, most recently changed first, with
 * "Next page"; a request to co-found waits at the top whichever page its project is on.
 */
describe.each(DATABASE_KINDS)("a teacher's dashboard with more projects than a page on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher;
  let asGiulia: Client;
  let newestFirst: Id[]; // by last change
  let request: Id;
  let claireId: Id;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT"));
    const claire = await w.teacher("Claire Martin", await w.school("Lycée Hugo", "FR"));
    claireId = claire.id;
    const template = await w.activeProject(giulia, claire, w.form({ title: "Progetto" }));
    const row = (await w.store.knex("projects").where({ id: template.id }).first()) as Record<
      string,
      unknown
    >;
    // Copies founded by Giulia, changed at distinct times, pairs sharing one (the id breaks the tie).
    const copies = Array.from({ length: PROJECTS - 1 }, (_, i) => ({
      ...row,
      id: w.deps.ids.newId(),
      title: `Progetto ${String(i).padStart(3, "0")}`,
      updated_at: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 2) * 60_000).toISOString(),
    }));
    await w.store.knex("projects").insert(copies);
    await w.store.knex("project_teachers").insert(
      copies.map((c) => ({
        project_id: c.id,
        teacher_id: giulia.id,
        role: "founder",
        joined_at: c.updated_at,
      })),
    );
    // The least recently changed draft, Claire's, asks Giulia to co-found it: it lands on the last page.
    request = w.deps.ids.newId();
    await w.store.knex("projects").insert({
      ...row,
      id: request,
      title: "Invito",
      founder_id: claire.id,
      cofounder_id: giulia.id,
      status: "awaiting_cofounder",
      updated_at: "2025-01-01T00:00:00.000Z",
    });
    const mine: { id: string; updated_at: string }[] = await w.store
      .knex("projects")
      .whereIn("id", [template.id, request, ...copies.map((c) => c.id as string)])
      .select("id", "updated_at");
    newestFirst = mine
      .sort((a, b) => (`${a.updated_at}~${a.id}` < `${b.updated_at}~${b.id}` ? 1 : -1))
      .map((p) => p.id);
    asGiulia = await app.as(giulia);
  }, 120_000);
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("pages the teacher's projects, most recently changed first, each once, and keeps a co-founding request on top", async () => {
    const pages: Id[][] = [];
    let next: string | undefined = "/app";
    while (next) {
      const page = await asGiulia.get(next);
      expect(page.status, next).toBe(200);
      pages.push(projectLinks(page.html));
      if (pages.length === 1) {
        const decisions =
          /aria-labelledby="decisions-heading">([\s\S]*?)<\/section>/.exec(page.html)?.[1] ?? "";
        expect(decisions).toContain(
          escapeHtml(say.t("dashboard.cofounder_request", { name: "Claire Martin" })),
        );
        expect(decisions).toContain(`/app/projects/${request}`);
      }
      next = /<a href="([^"]*projects_after=[^"]+)" rel="next">/
        .exec(page.html)?.[1]
        ?.replaceAll("&amp;", "&");
      expect(pages.length).toBeLessThan(10);
    }
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, newestFirst.length - PAGE_SIZE]);
    expect(pages.flat()).toEqual(newestFirst);
  });

  it("refuses a tampered page link, saying what to do", async () => {
    const page = await asGiulia.get("/app?projects_after=garbage");
    expect(page.status).toBe(422);
    expect(page.html).toContain(escapeHtml(say.error(new DomainError("filter_invalid", { field: "after" }))));
  });

  it("shows the oldest page of invitations, and the next one once one is answered", async () => {
    const row = (await w.store.knex("projects").where({ id: request }).first()) as Record<string, unknown>;
    const invitations = Array.from({ length: PAGE_SIZE + 2 }, (_, i) => ({
      project: { ...row, id: w.deps.ids.newId(), title: `Invito ${i}`, cofounder_id: null, status: "active" },
      invitation: {
        id: w.deps.ids.newId(),
        teacher_id: giulia.id,
        invited_by: claireId,
        status: "pending",
        created_at: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
      },
    }));
    await w.store.knex("projects").insert(invitations.map((i) => i.project));
    await w.store
      .knex("invitations")
      .insert(invitations.map((i) => ({ ...i.invitation, project_id: i.project.id })));
    const accepting = (html: string) =>
      [...html.matchAll(/action="\/app\/invitations\/([^/"]+)\/accept"/g)].map((m) => m[1]!);
    const first = await asGiulia.get("/app");
    const oldest = invitations.map((i) => i.invitation.id);
    expect(accepting(first.html)).toEqual(oldest.slice(0, PAGE_SIZE));
    expect(first.html).toContain(
      escapeHtml(say.t("dashboard.more_invitations", { size: String(PAGE_SIZE) })),
    );
    const declined = await asGiulia.post(`/app/invitations/${oldest[0]}/decline`);
    expect(declined.status).toBe(303);
    const after = await asGiulia.get("/app");
    expect(accepting(after.html)).toEqual(oldest.slice(1, PAGE_SIZE + 1));
  });
});
