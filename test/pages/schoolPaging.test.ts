import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE, type School } from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
const TEACHERS = PAGE_SIZE + 4;
const PROJECTS = PAGE_SIZE + 7;

/** Follows one list's "Next page" (its own cursor parameter) to its end; what each page shows. */
async function walk(client: Client, path: string, cursor: string, shown: (html: string) => string[]) {
  const pages: string[][] = [];
  let next: string | undefined = path;
  while (next) {
    const page = await client.get(next);
    expect(page.status, next).toBe(200);
    pages.push(shown(page.html));
    const link = new RegExp(`<a href="([^"]*${cursor}=[^"]+)" rel="next">`).exec(page.html)?.[1];
    next = link?.replaceAll("&amp;", "&");
    expect(pages.length).toBeLessThan(20);
  }
  return pages;
}

/** The names a section lists (the section from its heading's id to its end). */
const namesIn = (section: string, pattern: RegExp) => (html: string) => {
  const part = new RegExp(`aria-labelledby="${section}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
  return [...part.matchAll(pattern)].map((m) => m[0]);
};

/** Issue 18 (3): the school admin's teachers, projects and labels are paged, each list on its own; the first two counted. */
describe.each(DATABASE_KINDS)("a school's overview with more than a page on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let galilei: School;
  let admin: Client;
  let teachersInOrder: string[];
  let projectsNewestFirst: string[];
  /** The template project's founder, already one of its teachers. */
  let giuliaId: string;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    const claire = await w.teacher("Claire Martin", await w.school("Lycée Hugo", "FR"));
    for (let i = 0; i < TEACHERS; i++) await w.teacher(`Docente ${String(i).padStart(3, "0")}`, galilei);
    const giulia = (await w.store.knex("teachers").where({ school_id: galilei.id }).first("id")) as {
      id: string;
    };
    giuliaId = giulia.id;
    const template = await w.projectAwaitingApproval(
      (await w.store.read().teachers.get(giulia.id))!,
      claire,
      w.form({ title: "Progetto 000" }),
    );
    // Copies of a real project's row, founded from the school at distinct times (pairs share one).
    const row = (await w.store.knex("projects").where({ id: template.id }).first()) as Record<
      string,
      unknown
    >;
    const copies = Array.from({ length: PROJECTS - 1 }, (_, i) => ({
      ...row,
      id: w.deps.ids.newId(),
      title: `Progetto ${String(i + 1).padStart(3, "0")}`,
      created_at: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 2) * 60_000).toISOString(),
    }));
    for (let i = 0; i < copies.length; i += 20)
      await w.store.knex("projects").insert(copies.slice(i, i + 20));
    const byTime = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
    const teachers: { id: string; created_at: string }[] = await w.store
      .knex("teachers")
      .where({ school_id: galilei.id })
      .select("id", "created_at");
    const names = new Map(
      (await w.store.read().teachers.getMany(teachers.map((t) => t.id))).map((t) => [t.id, t.name]),
    );
    teachersInOrder = teachers
      .map((t) => ({ key: `${t.created_at}~${t.id}`, name: names.get(t.id)! }))
      .sort(byTime)
      .map((t) => t.name);
    const projects: { id: string; title: string; created_at: string }[] = await w.store
      .knex("projects")
      .where({ school_id: galilei.id })
      .select("id", "title", "created_at");
    projectsNewestFirst = projects
      .map((p) => ({ key: `${p.created_at}~${p.id}`, name: p.title }))
      .sort(byTime)
      .reverse()
      .map((p) => p.name);
    admin = await app.as(
      { id: (await w.account("Segreteria Galilei")).id, schoolId: galilei.id },
      { roles: ["school_admin"] },
    );
  }, 120_000);
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("pages the school's teachers, first registered first, each once, with their count", async () => {
    const first = await admin.get("/app/school");
    expect(first.html).toContain(
      escapeHtml(say.t("school_page.teacher_count", { number: String(teachersInOrder.length) })),
    );
    const pages = await walk(
      admin,
      "/app/school",
      "teachers_after",
      namesIn("school-teachers", /Docente \d{3}/g),
    );
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBe(Math.ceil(teachersInOrder.length / PAGE_SIZE));
    expect(pages.flat()).toEqual(teachersInOrder);
  });

  it("pages the projects founded there, newest first, each once, with their count", async () => {
    const first = await admin.get("/app/school");
    expect(first.html).toContain(
      escapeHtml(say.t("school_page.project_count", { number: String(PROJECTS) })),
    );
    const pages = await walk(
      admin,
      "/app/school",
      "projects_after",
      namesIn("school-projects", /Progetto \d{3}/g),
    );
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBe(Math.ceil(PROJECTS / PAGE_SIZE));
    expect(pages.flat()).toEqual(projectsNewestFirst);
  });

  it("pages the labels its teachers hold, newest project first, each once", async () => {
    // European labels go to every teacher of the project: 30 + 20 + 10 holders, past one page.
    const labelled = { "Progetto 030": 30, "Progetto 020": 20, "Progetto 010": 10 };
    const teachers: { id: string }[] = await w.store
      .knex("teachers")
      .where({ school_id: galilei.id })
      .orderBy("id")
      .select("id");
    const expected: string[] = [];
    for (const [title, holders] of Object.entries(labelled)) {
      const { id } = (await w.store.knex("projects").where({ title }).first("id")) as { id: string };
      await w.store.knex("european_labels").insert({
        project_id: id,
        nominated_by: "IT",
        status: "awarded",
        awarded_at: "2026-10-01T00:00:00.000Z",
      });
      const members = teachers.slice(0, holders).filter((t) => t.id !== giuliaId);
      await w.store.knex("project_teachers").insert(
        members.map((t) => ({
          project_id: id,
          teacher_id: t.id,
          role: "teacher",
          joined_at: "2026-10-01T00:00:00.000Z",
        })),
      );
      const names = await w.store.read().teachers.getMany(members.map((t) => t.id));
      expected.push(...names.map((t) => `${title} (${t.name})`));
    }
    const pages = await walk(
      admin,
      "/app/school",
      "labels_after",
      namesIn("school-labels", /Progetto \d{3} \(Docente \d{3}\)/g),
    );
    expect(pages.map((page) => page.length)).toEqual([PAGE_SIZE, expected.length - PAGE_SIZE]);
    expect([...pages.flat()].sort()).toEqual([...expected].sort());
    // Newest project first: every label of "Progetto 030" before those of 020, then 010.
    const projectOrder = pages.flat().map((label) => label.slice(0, "Progetto 000".length));
    expect([...new Set(projectOrder)]).toEqual(Object.keys(labelled));
    const tampered = await admin.get("/app/school?labels_after=garbage");
    expect(tampered.status).toBe(422);
  });
});
