import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, PAGE_SIZE, type Project, type Teacher } from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { largestRead } from "../support/reads.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";
import { twinSpaceCast } from "./twinSpaceCast.ts";

const say = webMessages.translator("en");
/** Saves of one TwinSpace page: a page of history and five more. */
const REVISIONS = PAGE_SIZE + 5;

const revisionNumbers = (html: string) =>
  [...html.matchAll(/<tr>\s*<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));

/**
 * Issue 18 (3): a TwinSpace page's history shows a page of revisions, newest first, then older
 * ones; the project's diary reads a bounded number of its newest events; its materials are paged.
 */
describe.each(DATABASE_KINDS)("a long-running TwinSpace's history and diary on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher;
  let project: Project;
  let asAda: Client;
  let history: string;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    ({ ada, project } = await twinSpaceCast(w));
    asAda = await app.as(ada);
    const created = await asAda.post(`/app/projects/${project.id}/pages`, {
      title: "Diario",
      body: "<p>1</p>",
    });
    expect(created.status).toBe(303);
    const pageId = /\/pages\/([0-9a-f-]{36})/.exec(created.location ?? "")![1]!;
    const first = (await w.store.knex("page_revisions").where({ page_id: pageId }).first()) as Record<
      string,
      unknown
    >;
    await w.store.knex("page_revisions").insert(
      Array.from({ length: REVISIONS - 1 }, (_, i) => ({
        ...first,
        number: i + 2,
        body: `<p>${i + 2}</p>`,
      })),
    );
    history = `/app/projects/${project.id}/pages/${pageId}/history`;
  }, 120_000);
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("shows the newest page of revisions, then the older ones, each once", async () => {
    const pages: number[][] = [];
    let next: string | undefined = history;
    while (next) {
      const page = await asAda.get(next);
      expect(page.status, next).toBe(200);
      pages.push(revisionNumbers(page.html));
      next = /<a href="([^"]*before=[^"]+)" rel="next">/.exec(page.html)?.[1]?.replaceAll("&amp;", "&");
      expect(pages.length).toBeLessThan(10);
    }
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, REVISIONS - PAGE_SIZE]);
    expect(pages.flat()).toEqual(Array.from({ length: REVISIONS }, (_, i) => REVISIONS - i));
  });

  it("refuses a tampered page link, saying what to do", async () => {
    const page = await asAda.get(`${history}?before=soon`);
    expect(page.status).toBe(422);
    expect(page.html).toContain(
      escapeHtml(say.error(new DomainError("filter_invalid", { field: "before" }))),
    );
  });

  it("shows the diary's 50 newest lines without reading the project's whole log", async () => {
    // 500 milestones reached, then 60 newer updates that reach none: the diary skips those.
    const event = (i: number, done: boolean) => ({
      type: "milestone_updated",
      actor_id: ada.id,
      project_id: project.id,
      payload: JSON.stringify({ title: `Tappa ${i}`, dueDate: "2027-01-01", done }),
      created_at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    });
    const rows = [
      ...Array.from({ length: 500 }, (_, i) => event(i, true)),
      ...Array.from({ length: 60 }, (_, i) => event(500 + i, false)),
    ];
    for (let i = 0; i < rows.length; i += 100) await w.store.knex("events").insert(rows.slice(i, i + 100));
    let html = "";
    const largest = await largestRead(w.store.knex, async () => {
      const list = await asAda.get(`/app/projects/${project.id}/pages`);
      expect(list.status).toBe(200);
      html = list.html.slice(list.html.indexOf('id="diary-heading"'));
    });
    const reached = [...html.matchAll(/Tappa (\d+)/g)].map((m) => Number(m[1]));
    expect(reached).toEqual(Array.from({ length: 50 }, (_, i) => 499 - i));
    expect(largest).toBeLessThanOrEqual(2 * PAGE_SIZE);
  });

  it("pages the materials by folder and name, each file once, a folder holding any character", async () => {
    const files = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({
      id: w.deps.ids.newId(),
      project_id: project.id,
      folder: i % 2 ? 'Foto ~ "2026"' : "",
      name: `file-${String(i).padStart(3, "0")}.txt`,
      media_type: "text/plain",
      size: 10,
      storage_key: `key-${i}`,
      uploaded_by: ada.id,
      created_at: "2026-11-01T00:00:00.000Z",
    }));
    await w.store.knex("materials").insert(files);
    const inOrder = [...files]
      .sort((a, b) => (a.folder === b.folder ? (a.name < b.name ? -1 : 1) : a.folder < b.folder ? -1 : 1))
      .map((f) => f.id);
    const shown = (html: string) =>
      [...html.matchAll(/<a href="\/app\/projects\/[^/]+\/materials\/([^/"]+)\/file">/g)].map((m) => m[1]!);
    const pages: string[][] = [];
    let next: string | undefined = `/app/projects/${project.id}/materials`;
    while (next) {
      const page = await asAda.get(next);
      expect(page.status, next).toBe(200);
      pages.push(shown(page.html));
      next = /<a href="([^"]*after=[^"]+)" rel="next">/.exec(page.html)?.[1]?.replaceAll("&amp;", "&");
      expect(pages.length).toBeLessThan(10);
    }
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, 5]);
    expect(pages.flat()).toEqual(inOrder);
    const tampered = await asAda.get(`/app/projects/${project.id}/materials?after=%5B1%5D`);
    expect(tampered.status).toBe(422);
  });
});
