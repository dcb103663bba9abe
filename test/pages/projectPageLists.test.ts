import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTeachers } from "../../bench/seed.ts";
import { DomainError, type Id, PAGE_SIZE, type Project, type Teacher } from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
/** Giulia's pupils outside the project: two full pages and one more, the 101st, on page 3. */
const OUTSIDE = 2 * PAGE_SIZE + 1;
const INSIDE = 3;
/** Teachers invited and not answered yet: a page and two more. */
const INVITED = PAGE_SIZE + 2;

const offered = (html: string) => [...html.matchAll(/name="pupil" value="([^"]+)"/g)].map((m) => m[1]!);
const nextLink = (html: string) =>
  /<a href="([^"]*add_after=[^"]+)" rel="next">/.exec(html)?.[1]?.replaceAll("&amp;", "&");

/**
 * Issue 18 (3): the form that adds a teacher's own pupils to a project shows a page of them in
 * name order, with a search by name, never every pupil the teacher registered; the pending
 * invitations are paged too.
 */
describe.each(DATABASE_KINDS)(
  "the project page's pupil form and invitations, a page at a time, on %s",
  (kind) => {
    let w: World;
    let app: Awaited<ReturnType<typeof startPages>>;
    let giulia: Teacher;
    let claire: Teacher;
    let project: Project;
    let asGiulia: Client;
    /** Giulia's pupils outside the project, by name as the form lists them. */
    let outsideByName: { id: Id; name: string }[];
    let path: string;

    beforeAll(async () => {
      w = await World.create(kind);
      app = await startPages(w);
      const galilei = await w.school("Liceo Galilei", "IT");
      giulia = await w.teacher("Giulia Rossi", galilei);
      claire = await w.teacher("Claire Martin", await w.school("Lycée Hugo", "FR"));
      project = await w.activeProject(giulia, claire, w.form({ title: "Acqua" }));
      path = `/app/projects/${project.id}`;
      // Names inserted out of order, so the list's order is the store's, not the insertion's.
      const pupils = Array.from({ length: OUTSIDE + INSIDE }, (_, i) => ({
        id: w.deps.ids.newId(),
        name: `Alunno ${String((i * 37) % (OUTSIDE + INSIDE)).padStart(3, "0")}`,
      }));
      await w.store.transaction(async (tx) => {
        for (const [i, pupil] of pupils.entries()) {
          await tx.pupils.insert(
            {
              id: pupil.id,
              displayName: pupil.name,
              schoolId: galilei.id,
              teacherId: giulia.id,
              matrixUserId: undefined,
            },
            "2026-11-01T00:00:00.000Z",
          );
          if (i < INSIDE)
            await tx.members.addPupil({
              projectId: project.id,
              pupilId: pupil.id,
              addedBy: giulia.id,
              joinedAt: "2026-11-02T00:00:00.000Z",
            });
        }
      });
      outsideByName = pupils.slice(INSIDE).sort((a, b) => (a.name < b.name ? -1 : 1));
      asGiulia = await app.as(giulia);
    }, 120_000);
    afterAll(async () => {
      await app.tool.stop();
      await w.destroy();
    });

    it("offers a page of the teacher's pupils by name, and the 101st on the third page", async () => {
      const pages: string[][] = [];
      let next: string | undefined = path;
      while (next) {
        const page = await asGiulia.get(next);
        expect(page.status, next).toBe(200);
        pages.push(offered(page.html));
        next = nextLink(page.html);
        expect(pages.length).toBeLessThan(10);
      }
      expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
      expect(pages.flat()).toEqual(outsideByName.map((p) => p.id));
    });

    it("finds the teacher's pupils by part of their name, keeping the search on the next page", async () => {
      const found = await asGiulia.get(`${path}?pupil_q=${encodeURIComponent("alunno 10")}`);
      const matching = outsideByName.filter((p) => p.name.startsWith("Alunno 10"));
      expect(offered(found.html)).toEqual(matching.map((p) => p.id));
      expect(found.html).toContain('value="alunno 10"');
      const many = await asGiulia.get(`${path}?pupil_q=Alunno`);
      expect(nextLink(many.html)).toContain("pupil_q=Alunno");
      const none = await asGiulia.get(`${path}?pupil_q=Zorro`);
      expect(offered(none.html)).toEqual([]);
      expect(none.html).toContain(escapeHtml(say.t("pupils.none_found", { name: "Zorro" })));
    });

    it("moves the next pupils up once the first page is added", async () => {
      const first = offered((await asGiulia.get(path)).html);
      const added = await asGiulia.post(`${path}/pupils`, { pupil: first });
      expect(added.status).toBe(303);
      const after = await asGiulia.get(path);
      expect(after.html).toContain(escapeHtml(say.t("pupils.count", { number: String(INSIDE + PAGE_SIZE) })));
      expect(offered(after.html)).toEqual(outsideByName.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((p) => p.id));
    });

    it("refuses a tampered page link, saying what to do", async () => {
      const page = await asGiulia.get(`${path}?add_after=no-cursor`);
      expect(page.status).toBe(422);
      expect(page.html).toContain(
        escapeHtml(say.error(new DomainError("filter_invalid", { field: "after" }))),
      );
    });

    it("pages the pending invitations, oldest first, each once", async () => {
      await seedTeachers(w.store.knex, INVITED, 17);
      const invitees: { id: string }[] = await w.store
        .knex("teachers")
        .whereNotIn("id", [giulia.id, claire.id])
        .select("id");
      const invitations = invitees.map((t, i) => ({
        id: w.deps.ids.newId(),
        project_id: project.id,
        teacher_id: t.id,
        invited_by: giulia.id,
        status: "pending",
        // Pairs share a time, so the id breaks the tie.
        created_at: new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 2) * 60_000).toISOString(),
      }));
      await w.store.knex("invitations").insert(invitations);
      const inOrder = [...invitations]
        .sort((a, b) => (`${a.created_at}~${a.id}` < `${b.created_at}~${b.id}` ? -1 : 1))
        .map((i) => i.id);
      const cancellable = (html: string) =>
        [...html.matchAll(/action="\/app\/projects\/[^/]+\/invitations\/([^/"]+)\/cancel"/g)].map(
          (m) => m[1]!,
        );
      const pages: string[][] = [];
      let next: string | undefined = path;
      while (next) {
        const page = await asGiulia.get(next);
        expect(page.status, next).toBe(200);
        pages.push(cancellable(page.html));
        next = /<a href="([^"]*invitations_after=[^"]+)" rel="next">/
          .exec(page.html)?.[1]
          ?.replaceAll("&amp;", "&");
        expect(pages.length).toBeLessThan(10);
      }
      expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, INVITED - PAGE_SIZE]);
      expect(pages.flat()).toEqual(inOrder);
    });
  },
);
