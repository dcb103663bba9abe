import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNT_CAP, type Id, PAGE_SIZE, type Project, setModerator, type Teacher } from "../../core/index.ts";
import { seedTeachers } from "../../bench/seed.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { fillQueue } from "../support/queue.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
const moreThanCap = `more than ${new Intl.NumberFormat("en").format(COUNT_CAP)}`;
/** More projects awaiting Italy than the count cap, so the counts must say "more than". */
const WAITING = COUNT_CAP + 5;
const NOTIFICATIONS = 2 * PAGE_SIZE + 7;
const CONTACTS = PAGE_SIZE + 13;
const LABELS = PAGE_SIZE + 3;

/** Follows "Next page" from `path` to the last page; the ids each page shows, in order. */
async function walk(client: Client, path: string, idsOn: (html: string) => string[]) {
  const pages: string[][] = [];
  let next: string | undefined = path;
  while (next) {
    const page = await client.get(next);
    expect(page.status, next).toBe(200);
    pages.push(idsOn(page.html));
    if (pages.length > 1) expect(page.html).toContain(escapeHtml(say.t("paging.first")));
    const link = /<a href="([^"]+)" rel="next">/.exec(page.html)?.[1];
    next = link?.replaceAll("&amp;", "&");
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

const queueIds = (html: string) =>
  [...html.matchAll(/<h3><a href="\/app\/projects\/([^"]+)">/g)].map((m) => m[1]!);
const notificationIds = (html: string) => {
  const list = /<ul class="notifications">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
  return [...list.matchAll(/href="\/app\/projects\/([^"]+)"/g)].map((m) => m[1]!);
};

/**
 * Issue 18 (3): lists longer than a page are keyset-paged — at most a page of rows per view,
 * "Next page" reaches every row once — and counts stop at "more than 1,000".
 */
describe.each(DATABASE_KINDS)("paged lists with more rows than a page on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher;
  let claire: Teacher;
  let frenchProject: Project;
  /** Every project awaiting Italy, oldest request first (ties broken by id). */
  let italianQueue: Id[];
  let italy: Client;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    const galilei = await w.school("Liceo Galilei", "IT");
    const volta = await w.school("Liceo Volta", "IT");
    const hugo = await w.school("Lycée Hugo", "FR");
    const curie = await w.school("Lycée Curie", "FR");
    giulia = await w.teacher("Giulia Rossi", galilei);
    const marco = await w.teacher("Marco Bianchi", volta);
    claire = await w.teacher("Claire Martin", hugo);
    const paul = await w.teacher("Paul Durand", curie);
    const template = await w.projectAwaitingApproval(giulia, marco, w.form({ title: "Acqua 0" }));
    frenchProject = await w.projectAwaitingApproval(claire, paul, w.form({ title: "Forêts" }));
    italianQueue = await fillQueue(w, template, "IT", WAITING - 1);
    expect(italianQueue).toHaveLength(WAITING);
    italy = await app.as(await w.moderator("IT"), { roles: [] });
  }, 120_000);
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("pages the moderation queue: a page at most, each project once, oldest first", async () => {
    const first = await italy.get("/app/moderation");
    expect(first.html).toContain(
      escapeHtml(say.t("moderation.queue_of", { country: "Italy", number: moreThanCap })),
    );
    expect(first.html).not.toContain(escapeHtml(say.t("paging.first")));
    // A page is a page, not the whole queue (20 MB at 10,000 projects).
    expect(first.html.length).toBeLessThan(300_000);
    const pages = await walk(italy, "/app/moderation", queueIds);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBe(Math.ceil(WAITING / PAGE_SIZE));
    expect(pages.flat()).toEqual(italianQueue);
    // France's project waits for France only.
    expect(pages.flat()).not.toContain(frenchProject.id);
  });

  it("counts what waits with a capped count on both dashboards", async () => {
    const home = await italy.get("/app");
    expect(home.html).toContain(
      escapeHtml(
        say.t("dashboard.approvals_waiting", { count: COUNT_CAP, number: moreThanCap, country: "Italy" }),
      ),
    );
    const figures = await italy.get("/app/moderation/IT/dashboard");
    expect(figures.status).toBe(200);
    expect(figures.html).toMatch(new RegExp(`<dd>${moreThanCap} \\(`));
    const france = await app.as(await w.moderator("FR"), { roles: [] });
    expect((await france.get("/app")).html).toContain(
      escapeHtml(say.t("dashboard.approvals_waiting", { count: 1, number: "1", country: "France" })),
    );
  });

  it("shows a moderator of several countries one queue at a time, with each country's count", async () => {
    const both = await w.moderator("IT");
    await setModerator(w.deps, w.actor(await w.centralAdmin()), both.id, "FR", true);
    const client = await app.as(both, { roles: [] });
    const queue = await client.get("/app/moderation");
    expect(queue.html).toContain(
      escapeHtml(say.t("moderation.country_tab", { country: "Italy", number: moreThanCap })),
    );
    expect(queue.html).toContain(
      escapeHtml(say.t("moderation.country_tab", { country: "France", number: "1" })),
    );
    const french = await client.get("/app/moderation?country=FR");
    expect(queueIds(french.html)).toEqual([frenchProject.id]);
    const pages = await walk(client, "/app/moderation?country=IT", queueIds);
    expect(pages.flat()).toEqual(italianQueue);
  });

  it("pages notifications newest first, each once", async () => {
    const nora = await w.teacher("Nora Neri", await w.school("Liceo Nuovo", "IT"));
    const projectIds: Id[] = [];
    await w.store.transaction(async (tx) => {
      for (let i = 0; i < NOTIFICATIONS; i++) {
        const projectId = w.deps.ids.newId();
        projectIds.push(projectId);
        await tx.notifications.add({
          id: w.deps.ids.newId(),
          accountId: nora.id,
          eventId: 1_000_000 + i,
          type: "project_withdrawn",
          projectId,
          params: {},
          // Pairs share a time: the event id orders them.
          createdAt: new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 2) * 60_000).toISOString(),
          readAt: undefined,
        });
      }
    });
    const asNora = await app.as(nora);
    const pages = await walk(asNora, "/app/notifications", notificationIds);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBe(Math.ceil(NOTIFICATIONS / PAGE_SIZE));
    expect(pages.flat()).toEqual([...projectIds].reverse());
  });

  it("pages contacts and contact requests, each once, newest first", async () => {
    const ugo = await w.teacher("Ugo Neri", await w.school("Liceo Ugo", "IT"));
    await seedTeachers(w.store.knex, 2 * CONTACTS, 7);
    const others: { id: string }[] = await w.store
      .knex("teachers")
      .whereNot("id", ugo.id)
      .select("id")
      .orderBy("id")
      .limit(2 * CONTACTS);
    expect(others).toHaveLength(2 * CONTACTS);
    const contact = (i: number, other: string, status: "accepted" | "pending", incoming: boolean) => {
      const [requester, addressee] = incoming || i % 2 === 0 ? [other, ugo.id] : [ugo.id, other];
      return {
        id: w.deps.ids.newId(),
        requester_id: requester,
        addressee_id: addressee,
        low_id: requester < addressee ? requester : addressee,
        high_id: requester < addressee ? addressee : requester,
        status,
        // Pairs share a time: the id orders them.
        created_at: new Date(Date.UTC(2026, 9, 1) + Math.floor(i / 2) * 60_000).toISOString(),
        accepted_at: status === "accepted" ? "2026-11-01T00:00:00.000Z" : null,
      };
    };
    // Accepted contacts on both sides of the pair (Ugo asked half of them), and requests to Ugo.
    const accepted = others.slice(0, CONTACTS).map((o, i) => contact(i, o.id, "accepted", false));
    const requests = others.slice(CONTACTS).map((o, i) => contact(i, o.id, "pending", true));
    for (const rows of [accepted, requests])
      for (let i = 0; i < rows.length; i += 50) await w.store.knex("contacts").insert(rows.slice(i, i + 50));
    const newestFirst = (rows: typeof accepted) =>
      [...rows]
        .sort((a, b) => (`${a.created_at}~${a.id}` < `${b.created_at}~${b.id}` ? 1 : -1))
        .map((r) => r.id);
    const asUgo = await app.as(ugo);
    const idsOf = (action: string) => (html: string) =>
      [...html.matchAll(new RegExp(`action="/app/contacts/([^/"]+)/${action}"`, "g"))].map((m) => m[1]!);

    const acceptedPages = await walk(asUgo, "/app/contacts?list=accepted", idsOf("remove"));
    for (const page of acceptedPages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(acceptedPages.flat()).toEqual(newestFirst(accepted));
    const requestPages = await walk(asUgo, "/app/contacts?list=incoming", idsOf("accept"));
    expect(requestPages.flat()).toEqual(newestFirst(requests));

    // The whole page shows the first page of each list; the dashboard the first requests.
    const first = await asUgo.get("/app/contacts");
    expect(idsOf("remove")(first.html)).toEqual(newestFirst(accepted).slice(0, PAGE_SIZE));
    expect(idsOf("accept")(first.html)).toEqual(newestFirst(requests).slice(0, PAGE_SIZE));
    const home = await asUgo.get("/app");
    expect(idsOf("accept")(home.html)).toEqual(newestFirst(requests).slice(0, PAGE_SIZE));
    expect(home.html).toContain(escapeHtml(say.t("dashboard.more_contact_requests")));
  });

  it("pages the Quality Label applications to assess, each once, oldest first", async () => {
    const applications = italianQueue.slice(0, LABELS).map((projectId, i) => ({
      id: w.deps.ids.newId(),
      project_id: projectId,
      teacher_id: giulia.id,
      country: "IT",
      school_year: "2025/2026",
      status: "submitted",
      evidence: "{}",
      scores: "{}",
      requirements: "{}",
      // Pairs share a time: the id orders them.
      created_at: new Date(Date.UTC(2026, 5, 1) + Math.floor(i / 2) * 60_000).toISOString(),
    }));
    for (let i = 0; i < applications.length; i += 50)
      await w.store.knex("label_applications").insert(applications.slice(i, i + 50));
    const oldestFirst = [...applications]
      .sort((a, b) => (`${a.created_at}~${a.id}` < `${b.created_at}~${b.id}` ? -1 : 1))
      .map((a) => a.id);
    const labelIds = (html: string) =>
      [...html.matchAll(/href="\/app\/moderation\/labels\/([^"]+)"/g)].map((m) => m[1]!);
    // (Italy's moderator also moderates France since the test above: Italy is asked for.)
    const pages = await walk(italy, "/app/moderation?country=IT&list=labels", labelIds);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.flat()).toEqual(oldestFirst);
    // The whole page shows the first page of both lists; the dashboard counts them.
    const first = await italy.get("/app/moderation?country=IT");
    expect(labelIds(first.html)).toEqual(oldestFirst.slice(0, PAGE_SIZE));
    expect(queueIds(first.html)).toEqual(italianQueue.slice(0, PAGE_SIZE));
    expect((await italy.get("/app")).html).toContain(
      escapeHtml(say.t("dashboard.labels_waiting", { count: LABELS, number: String(LABELS) })),
    );
  });

  it("refuses a malformed page link with a clear message", async () => {
    // Contacts are a teacher's page (a bare moderator account is refused it before any list).
    const asGiulia = await app.as(giulia);
    for (const [client, path] of [
      [italy, "/app/moderation?after=garbage"],
      [italy, "/app/notifications?after=2026-11-01T00:00:00.000Z~x"],
      [asGiulia, "/app/contacts?list=everyone"],
      [italy, "/app/moderation?list=everything"],
    ] as const) {
      const page = await client.get(path);
      expect(page.status, path).toBe(422);
      expect(page.html).toContain(escapeHtml(say.t("error.filter_invalid")));
    }
  });
});
