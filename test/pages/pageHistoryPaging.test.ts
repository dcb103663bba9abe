import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, PAGE_SIZE, type Project, type Teacher } from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";
import { twinSpaceCast } from "./twinSpaceCast.ts";

const say = webMessages.translator("en");
/** Saves of one TwinSpace page: a page of history and five more. */
const REVISIONS = PAGE_SIZE + 5;

const revisionNumbers = (html: string) =>
  [...html.matchAll(/<tr>\s*<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));

/** Issue 18 (3): a TwinSpace page's history shows a page of revisions, newest first, then older ones. */
describe.each(DATABASE_KINDS)("a much-edited page's history on %s", (kind) => {
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
    await w.store
      .knex("page_revisions")
      .insert(
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
});
