import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, type Id, PAGE_SIZE, type Project, type Teacher } from "../../core/index.ts";
import { seedTeachers } from "../../bench/seed.ts";
import { matrixForPages } from "../../matrix-bot/accounts/connect.ts";
import { COFOUNDER_CHOICES } from "../../lti-tool/pages/projects/form.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
const MEMBERS = 2 * PAGE_SIZE + 9;
const PUPILS = PAGE_SIZE + 6;
/** Giulia's pupils who are not in the project: the add form offers them, and only them. */
const OUTSIDE = 2;

/** Follows one list's "Next page" (its own cursor parameter) to its end; the ids of each page. */
async function walk(client: Client, path: string, cursor: string, idsOn: (html: string) => string[]) {
  const pages: string[][] = [];
  let next: string | undefined = path;
  while (next) {
    const page = await client.get(next);
    expect(page.status, next).toBe(200);
    pages.push(idsOn(page.html));
    const link = new RegExp(`<a href="([^"]*${cursor}=[^"]+)" rel="next">`).exec(page.html)?.[1];
    next = link?.replaceAll("&amp;", "&");
    expect(pages.length).toBeLessThan(20);
  }
  return pages;
}

const idsOf = (pattern: RegExp) => (html: string) => [...html.matchAll(pattern)].map((m) => m[1]!);
const memberIds = idsOf(/action="\/app\/projects\/[^/]+\/members\/([^/"]+)\/remove"/g);
const pupilIds = idsOf(/action="\/app\/projects\/[^/]+\/pupils\/([^/"]+)\/remove"/g);
/** Rows in join order, ties broken by id, as the lists promise. */
const joinOrder = (rows: { id: string; joinedAt: string }[]) =>
  [...rows].sort((a, b) => (`${a.joinedAt}~${a.id}` < `${b.joinedAt}~${b.id}` ? -1 : 1)).map((r) => r.id);

/**
 * Issue 18 (3): the project page shows a page of its teachers and a page of its pupils, each
 * with its own "Next page" that reaches every member once, and counts them.
 */
describe.each(DATABASE_KINDS)("project members and pupils with more than a page on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher;
  let zeno: Teacher;
  let project: Project;
  let asGiulia: Client;
  /** Every teacher of the project, in join order. */
  let teachersInOrder: Id[];
  /** The founders, listed apart (no remove button) but counted and paged like every member. */
  let founders: Set<Id>;
  let pupilsInOrder: Id[];
  let outside: Id[];
  /** Every pupil Giulia registered, in the order she did. */
  let registeredInOrder: Id[];

  beforeAll(async () => {
    w = await World.create(kind);
    // "My pupils" lists what the database holds; no homeserver answers here (nothing is made).
    const matrix = matrixForPages(
      {
        homeserverUrl: "http://127.0.0.1:9",
        accessToken: "unused",
        jitsiBaseUrl: "https://meet.example.org",
        commandPrefix: "!tw",
        pollIntervalMs: 50,
        fullPassIntervalMs: 60_000,
      },
      w.store.database,
      w.deps,
    );
    app = await startPages(w, { matrix });
    const galilei = await w.school("Liceo Galilei", "IT");
    giulia = await w.teacher("Giulia Rossi", galilei);
    const claire = await w.teacher("Claire Martin", await w.school("Lycée Hugo", "FR"));
    project = await w.activeProject(giulia, claire, w.form({ title: "Acqua" }));
    zeno = await w.teacher("Zeno Ultimo", await w.school("Liceo Zeta", "IT"));
    await seedTeachers(w.store.knex, MEMBERS, 11);
    const seeded: { id: string }[] = await w.store
      .knex("teachers")
      .whereNotIn("id", [giulia.id, claire.id, zeno.id])
      .select("id")
      .limit(MEMBERS - 1);
    // Pairs share a time so the id breaks the tie; Zeno joins last, on the last page.
    const joined = [...seeded, zeno].map((t, i) => ({
      id: t.id,
      joinedAt: new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 2) * 60_000).toISOString(),
    }));
    const pupils = Array.from({ length: PUPILS + OUTSIDE }, (_, i) => ({
      id: w.deps.ids.newId(),
      name: `Pupil ${String(i).padStart(3, "0")}`,
      joinedAt: new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 3) * 60_000).toISOString(),
    }));
    await w.store.transaction(async (tx) => {
      for (const { id, joinedAt } of joined)
        await tx.members.addTeacher({ projectId: project.id, teacherId: id, role: "teacher", joinedAt });
      for (const [i, pupil] of pupils.entries()) {
        await tx.pupils.insert(
          {
            id: pupil.id,
            displayName: pupil.name,
            schoolId: galilei.id,
            teacherId: giulia.id,
            matrixUserId: undefined,
          },
          pupil.joinedAt,
        );
        if (i < PUPILS)
          await tx.members.addPupil({
            projectId: project.id,
            pupilId: pupil.id,
            addedBy: giulia.id,
            joinedAt: pupil.joinedAt,
          });
      }
    });
    const rows: { teacher_id: string; joined_at: string; role: string }[] = await w.store
      .knex("project_teachers")
      .where({ project_id: project.id })
      .select("teacher_id", "joined_at", "role");
    teachersInOrder = joinOrder(rows.map((r) => ({ id: r.teacher_id, joinedAt: r.joined_at })));
    founders = new Set(rows.filter((r) => r.role === "founder").map((r) => r.teacher_id));
    pupilsInOrder = joinOrder(pupils.slice(0, PUPILS));
    outside = pupils.slice(PUPILS).map((p) => p.id);
    registeredInOrder = joinOrder(pupils);
    asGiulia = await app.as(giulia);
  }, 120_000);
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("pages the teachers: a page at most, each once, in join order, with their count", async () => {
    const path = `/app/projects/${project.id}`;
    const first = await asGiulia.get(path);
    expect(first.html).toContain(
      escapeHtml(say.t("members.count", { number: String(teachersInOrder.length) })),
    );
    const pages = await walk(asGiulia, path, "members_after", memberIds);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBeGreaterThan(2);
    // A page groups its teachers by country and school; the pages follow join order.
    pages.forEach((page, i) =>
      expect([...page].sort()).toEqual(
        teachersInOrder
          .slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE)
          .filter((id) => !founders.has(id))
          .sort(),
      ),
    );
    expect(pages.flat()).toHaveLength(teachersInOrder.length - founders.size);
    // The founders are always shown apart, on every page.
    const last = await asGiulia.get(
      `${path}?members_after=${encodeURIComponent("2030-01-01T00:00:00.000Z~x")}`,
    );
    expect(memberIds(last.html)).toEqual([]);
    expect(last.html).toContain("Claire Martin");
    expect(last.html).toContain(escapeHtml(say.t("paging.first")));
  });

  it("pages the pupils separately, each once, and offers only the teacher's pupils not yet in", async () => {
    const path = `/app/projects/${project.id}`;
    const first = await asGiulia.get(path);
    expect(first.html).toContain(escapeHtml(say.t("pupils.count", { number: String(PUPILS) })));
    const pages = await walk(asGiulia, path, "pupils_after", pupilIds);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBe(Math.ceil(PUPILS / PAGE_SIZE));
    expect(pages.flat()).toEqual(pupilsInOrder);
    const offered = idsOf(/name="pupil" value="([^"]+)"/g)(first.html);
    expect(offered.sort()).toEqual([...outside].sort());
  });

  it("pages the teacher's own pupils on My pupils, each once, first registered first", async () => {
    const all = registeredInOrder;
    const first = await asGiulia.get("/app/pupils");
    expect(first.html).toContain(escapeHtml(say.t("pupil_accounts.count", { number: String(all.length) })));
    const pages = await walk(
      asGiulia,
      "/app/pupils",
      "after",
      idsOf(/name="pupil" id="pupil-\d+" value="([^"]+)"/g),
    );
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBe(Math.ceil(all.length / PAGE_SIZE));
    expect(pages.flat()).toEqual(all);
  });

  it("offers the most recent contacts as co-founders, and an older one when chosen from partner search", async () => {
    const ugo = await w.teacher("Ugo Neri", await w.school("Liceo Ugo", "IT"));
    await seedTeachers(w.store.knex, COFOUNDER_CHOICES + 5, 13);
    const others: { id: string }[] = await w.store
      .knex("teachers")
      .whereNot("id", ugo.id)
      .select("id")
      .orderBy("id")
      .limit(COFOUNDER_CHOICES + 5);
    const contacts = others.map((other, i) => ({
      id: w.deps.ids.newId(),
      requester_id: other.id,
      addressee_id: ugo.id,
      low_id: other.id < ugo.id ? other.id : ugo.id,
      high_id: other.id < ugo.id ? ugo.id : other.id,
      status: "accepted",
      created_at: new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString(),
      accepted_at: "2026-11-01T00:00:00.000Z",
    }));
    for (let i = 0; i < contacts.length; i += 50)
      await w.store.knex("contacts").insert(contacts.slice(i, i + 50));
    const newest = others.slice(-COFOUNDER_CHOICES).map((o) => o.id);
    const oldest = others[0]!.id;
    const choices = idsOf(/<option\s+value="([^"]+)"/g);
    const asUgo = await app.as(ugo);
    const form = await asUgo.get("/app/projects/new");
    expect(form.status).toBe(200);
    expect(choices(form.html).sort()).toEqual([...newest].sort());
    expect(form.html).toContain(
      escapeHtml(say.t("found.cofounder_more", { number: String(COFOUNDER_CHOICES) })),
    );
    // Partner search's "Found a project with" link brings an older contact into the choice.
    const chosen = await asUgo.get(`/app/projects/new?cofounder=${oldest}`);
    expect(choices(chosen.html)).toContain(oldest);
    expect(chosen.html).toMatch(new RegExp(`<option\\s+value="${oldest}"\\s+selected`));
  });

  it("marks a member found by the invite search even when they are on a later page", async () => {
    const found = await asGiulia.get(`/app/projects/${project.id}?invite_q=Zeno+Ultimo`);
    expect(memberIds(found.html)).not.toContain(zeno.id);
    const item = /<li>\s*<strong>Zeno Ultimo<\/strong>[\s\S]*?<\/li>/.exec(found.html)?.[0] ?? "";
    expect(item).toContain(escapeHtml(say.t("invite.already")));
  });

  it("refuses a page link that was tampered with, saying what to do", async () => {
    const page = await asGiulia.get(`/app/projects/${project.id}?pupils_after=not-a-cursor`);
    expect(page.status).toBe(422);
    expect(page.html).toContain(escapeHtml(say.error(new DomainError("filter_invalid", { field: "after" }))));
  });
});
