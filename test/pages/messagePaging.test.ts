import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directConversation, type Id, PAGE_SIZE, type Teacher } from "../../core/index.ts";
import { seedTeachers } from "../../bench/seed.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
const CONVERSATIONS = PAGE_SIZE + 11;
const MESSAGES = 2 * PAGE_SIZE + 3;

/** Follows one list's "rel=next" link (carrying `cursor`) to its end; the ids of each page. */
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
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1) + minute * 60_000).toISOString();

/**
 * Issue 18 (3): the inbox shows a page of conversations with "Next page", and a conversation
 * a page of messages with "Older messages", each reaching every row once.
 */
describe.each(DATABASE_KINDS)("inbox and conversation with more than a page on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ugo: Teacher;
  let asUgo: Client;
  /** The people Ugo has conversations with, the most recent conversation first. */
  let inboxOrder: Id[];
  /** The messages of Ugo's busiest conversation, oldest first. */
  let thread: Id[];
  let busiest: Id;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    ugo = await w.teacher("Ugo Neri", await w.school("Liceo Ugo", "IT"));
    await seedTeachers(w.store.knex, CONVERSATIONS, 5);
    const others: { id: string }[] = await w.store
      .knex("teachers")
      .whereNot("id", ugo.id)
      .select("id")
      .orderBy("id")
      .limit(CONVERSATIONS);
    busiest = others[0]!.id;
    const entries = others.map((other, i) => ({
      other: other.id,
      conversation: directConversation(ugo.id, other.id),
      // Pairs share a time: the conversation key breaks the tie.
      lastAt: at(10_000 + Math.floor(i / 2)),
    }));
    thread = [];
    await w.store.transaction(async (tx) => {
      for (let i = 0; i < MESSAGES; i++) {
        const id = w.deps.ids.newId();
        thread.push(id);
        await tx.messages.insert({
          id,
          conversation: directConversation(ugo.id, busiest),
          senderId: i % 2 === 0 ? busiest : ugo.id,
          projectId: undefined,
          body: `Messaggio ${i}`,
          createdAt: at(Math.floor(i / 3)),
        });
      }
      for (const entry of entries)
        await tx.messages.deliver({
          accountId: ugo.id,
          conversation: entry.conversation,
          otherId: entry.other,
          projectId: undefined,
          at: entry.lastAt,
          unread: true,
        });
    });
    // Messages sharing a time are ordered by id, as the page promises.
    const times = new Map(thread.map((id, i) => [id, at(Math.floor(i / 3))]));
    thread.sort((a, b) => (`${times.get(a)}~${a}` < `${times.get(b)}~${b}` ? -1 : 1));
    inboxOrder = [...entries]
      .sort((a, b) => (`${a.lastAt}~${a.conversation}` < `${b.lastAt}~${b.conversation}` ? 1 : -1))
      .map((e) => e.other);
    asUgo = await app.as(ugo);
  }, 120_000);
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("pages the inbox: a page of conversations at most, each once, most recent first", async () => {
    const pages = await walk(
      asUgo,
      "/app/messages",
      "after",
      idsOf(/<a href="\/app\/messages\/with\/([^"]+)">/g),
    );
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBe(Math.ceil(CONVERSATIONS / PAGE_SIZE));
    expect(pages.flat()).toEqual(inboxOrder);
  });

  it("pages a conversation back in time: the newest first, each message once", async () => {
    const path = `/app/messages/with/${busiest}`;
    const newest = await asUgo.get(path);
    expect(newest.html).toContain(escapeHtml(say.t("messages.older")));
    expect(newest.html).not.toContain(escapeHtml(say.t("messages.newest")));
    const pages = await walk(asUgo, path, "before", idsOf(/<li id="message-([^"]+)">/g));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages.length).toBe(Math.ceil(MESSAGES / PAGE_SIZE));
    expect(pages[0]).toEqual(thread.slice(-PAGE_SIZE));
    expect([...pages].reverse().flat()).toEqual(thread);
  });

  it("refuses a tampered page link with the list's refusal, not an error", async () => {
    const page = await asUgo.get(`/app/messages?after=${"x".repeat(30)}`);
    expect(page.status).toBe(422);
    const older = await asUgo.get(
      `/app/messages/with/${busiest}?before=2026-11-01T00:00:00.000Z~${"y".repeat(81)}`,
    );
    expect(older.status).toBe(422);
  });
});
