import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { fillQueue } from "../support/queue.ts";
import { largestRead } from "../support/reads.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
/** A year of Italy's approvals, more than a page many times over. */
const APPROVED = 1_200;

/**
 * Issue 18 (3): pages whose figures once loaded every row they summed up read a page of rows
 * at most, and show the same figures, computed by the database.
 */
describe.each(DATABASE_KINDS)("pages that read a bounded number of rows on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let italy: Client;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    const giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT"));
    const marco = await w.teacher("Marco Bianchi", await w.school("Liceo Volta", "IT"));
    const template = await w.projectAwaitingApproval(giulia, marco, w.form({ title: "Acqua" }));
    const queue = await fillQueue(w, template, "IT", APPROVED - 1);
    // Decided 0, 1 or 2 days after the request, as many of each: the median is 1 day.
    for (const [i, projectId] of queue.entries()) {
      const row = (await w.store
        .knex("approvals")
        .where({ project_id: projectId, country: "IT" })
        .first()) as {
        requested_at: string;
      };
      const decidedAt = new Date(Date.parse(row.requested_at) + (i % 3) * 86_400_000).toISOString();
      await w.store
        .knex("approvals")
        .where({ project_id: projectId, country: "IT" })
        .update({ status: "approved", decided_at: decidedAt });
    }
    italy = await app.as(await w.moderator("IT"), { roles: [] });
  }, 300_000);
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("shows a country's time to approval over a year of approvals without loading them", async () => {
    let html = "";
    const largest = await largestRead(w.store.knex, async () => {
      const page = await italy.get("/app/moderation/IT/dashboard");
      expect(page.status).toBe(200);
      html = page.html;
    });
    expect(html).toContain(escapeHtml(say.t("country.days", { days: "1", count: APPROVED })));
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(PAGE_SIZE + 1);
  });
});
