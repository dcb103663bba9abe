import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Project, type Pupil, type Teacher } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, type Page, startPages } from "./client.ts";
import { twinSpaceCast } from "./twinSpaceCast.ts";

/** The page id at the end of a redirect to a page of the TwinSpace. */
function pageIdOf(location: string | null): string {
  const match = /\/pages\/([0-9a-f-]{36})/.exec(location ?? "");
  if (!match?.[1]) throw new Error(`not a TwinSpace page: ${location}`);
  return match[1];
}

/** The article of a page view: what readers see, without forms or navigation. */
function article(page: Page): string {
  const start = page.html.indexOf('<article class="project-page">');
  expect(start).toBeGreaterThan(-1);
  return page.html.slice(start, page.html.indexOf("</article>", start));
}

const HOSTILE = [
  "<h2>Our river</h2>",
  '<p onclick="steal()">Water <strong>samples</strong><script>alert(1)</script></p>',
  '<a href="javascript:alert(1)">click</a> <a href="https://example.org/river" target="_blank">map</a>',
  '<img src="/app/projects/x/materials/1" alt="river" onerror="alert(2)">',
  '<img src="https://tracker.example/pixel.png">',
  '<img src="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+">',
  "<svg><script>alert(3)</script></svg><style>body{display:none}</style>",
  '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
  '<iframe src="https://evil.example/embed"></iframe><form action="/x"><input name="q"></form>',
].join("\n");

describe.each(DATABASE_KINDS)("TwinSpace pages over HTTP on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher; // founder, Liceo Volta (IT)
  let marie: Teacher; // co-founder, Lycée Curie (FR)
  let lise: Teacher; // a partner teacher of a third school (AT), not a founder
  let project: Project;
  let luca: Pupil; // Ada's pupil in the project
  let outsider: Pupil; // Ada's pupil, not in the project
  let asAda: Client;
  let asMarie: Client;
  let asLise: Client;
  let asLuca: Client;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    ({ ada, marie, lise, project, luca, outsider } = await twinSpaceCast(w));
    asAda = await app.as(ada);
    asMarie = await app.as(marie);
    asLise = await app.as(lise);
    asLuca = await app.pupil(luca.id);
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  const pages = () => `/app/projects/${project.id}/pages`;

  const createPage = async (form: Record<string, string>): Promise<string> => {
    const created = await asAda.post(pages(), form);
    expect(created.status).toBe(303);
    return pageIdOf(created.location);
  };

  /** The revision number the edit form was opened on (its hidden `based_on`). */
  const basedOn = async (client: Client, pageId: string): Promise<string> => {
    const form = await client.get(`${pages()}/${pageId}/edit`);
    expect(form.status).toBe(200);
    const match = /name="based_on" value="(\d+)"/.exec(form.html);
    if (!match?.[1]) throw new Error("no based_on in the edit form");
    return match[1];
  };

  it("keeps text, links, the project's images and allowed videos, and removes everything that could run", async () => {
    const pageId = await createPage({ title: "Rivers", body: HOSTILE });
    const shown = await asAda.get(`${pages()}/${pageId}`);
    expect(shown.status).toBe(200);
    const body = article(shown);
    expect(body).toContain("<h2>Our river</h2>");
    expect(body).toContain("<strong>samples</strong>");
    expect(body).toContain('href="https://example.org/river" rel="noopener noreferrer nofollow"');
    expect(body).toContain('src="/app/projects/x/materials/1" alt="river"');
    expect(body).toContain(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" sandbox="allow-scripts allow-same-origin allow-presentation" referrerpolicy="strict-origin"',
    );
    for (const refused of [
      "<script",
      "alert(",
      "onclick",
      "onerror",
      "javascript:",
      "tracker.example",
      "data:image",
      "<svg",
      "<style",
      "evil.example",
      "<form",
      "target=",
    ]) {
      expect(body).not.toContain(refused);
    }
    // Only the allowed video providers may load in a frame, and only on page views.
    expect(shown.html).toBeTruthy();
    const response = await fetch(`${app.tool.url}${pages()}/${pageId}`, {
      headers: { cookie: asAda.cookie },
    });
    expect(response.headers.get("content-security-policy")).toContain(
      "frame-src https://www.youtube-nocookie.com",
    );
    const list = await fetch(`${app.tool.url}${pages()}`, { headers: { cookie: asAda.cookie } });
    expect(list.headers.get("content-security-policy")).not.toContain("frame-src");
  });

  it("lets a partner teacher read every page but edit only pages the founders opened to partners", async () => {
    const closed = await createPage({ title: "Founders' plan", body: "<p>Plan A</p>" });
    const open = await createPage({ title: "Shared diary", body: "<p>Day 1</p>", partners_may_edit: "on" });

    expect(article(await asLise.get(`${pages()}/${closed}`))).toContain("Plan A");
    expect((await asLise.get(`${pages()}/${closed}/edit`)).status).toBe(403);
    const refused = await asLise.post(`${pages()}/${closed}/edit`, {
      title: "Hijacked",
      body: "<p>Plan B</p>",
      based_on: "1",
    });
    expect(refused.status).toBe(403);
    expect(refused.html).toContain("The founders have not opened this page to you");
    expect(article(await asAda.get(`${pages()}/${closed}`))).toContain("Plan A");

    const saved = await asLise.post(`${pages()}/${open}/edit`, {
      title: "Shared diary",
      body: "<p>Day 1</p><p>Day 2 from Wien</p>",
      based_on: await basedOn(asLise, open),
    });
    expect(saved.status).toBe(303);
    expect(article(await asMarie.get(`${pages()}/${open}`))).toContain("Day 2 from Wien");
  });

  it("shows a pupil's proposal only after a teacher approved it, with the change as a diff", async () => {
    const pageId = await createPage({
      title: "Water samples",
      body: "<p>We measured the river.</p>",
      pupils_may_propose: "on",
    });
    const form = await asLuca.get(`${pages()}/${pageId}/edit`);
    expect(form.status).toBe(200);
    expect(form.html).toContain("once one of your teachers approves it");
    const proposed = await asLuca.post(`${pages()}/${pageId}/edit`, {
      title: "Water samples",
      body: "<p>We measured the river twice.</p><script>alert(1)</script>",
      based_on: await basedOn(asLuca, pageId),
    });
    expect(proposed.status).toBe(303);
    expect(proposed.location).toContain("done=page_proposed");
    // Not shown to anyone before a teacher decides.
    expect(article(await asLuca.get(`${pages()}/${pageId}`))).not.toContain("twice");
    expect(article(await asMarie.get(`${pages()}/${pageId}`))).not.toContain("twice");

    // The teachers who may approve it are told; a partner on a page not open to partners is not.
    const told = "A pupil proposed a change to a TwinSpace page";
    expect((await asMarie.get("/app/notifications")).html).toContain(told);
    expect((await asLise.get("/app/notifications")).html).not.toContain(told);

    // A partner school's teacher sees the pupil by first name and initial only (R11).
    const onPage = await asMarie.get(`${pages()}/${pageId}`);
    expect(onPage.html).toContain("Proposed by Luca B.");
    expect(onPage.html).not.toContain("Bianchi");
    const link = /href="([^"]+\/proposals\/\d+)"/.exec(onPage.html)?.[1];
    expect(link).toBeDefined();
    const diff = await asMarie.get(link!);
    expect(diff.status).toBe(200);
    expect(diff.html).toMatch(/<ins><span class="vh">\[added\] <\/span>[^<]*twice/);
    expect(diff.html).not.toContain("<script>alert");

    const approved = await asMarie.post(link!, { decision: "approve" });
    expect(approved.status).toBe(303);
    const after = article(await asLuca.get(`${pages()}/${pageId}`));
    expect(after).toContain("We measured the river twice.");
    expect(after).not.toContain("script");

    // One decision per proposal: a second teacher's click changes nothing.
    const again = await asAda.post(link!, { decision: "reject" });
    expect(again.status).toBe(403);
    expect(again.html).toContain("already approved or rejected");
    expect(article(await asAda.get(`${pages()}/${pageId}`))).toContain("twice");
  });

  it("keeps a pupil inside their own project and out of pages not opened to pupils", async () => {
    const pageId = await createPage({ title: "Teachers only edit", body: "<p>Read me</p>" });
    expect(article(await asLuca.get(`${pages()}/${pageId}`))).toContain("Read me");
    expect((await asLuca.get(`${pages()}/${pageId}/edit`)).status).toBe(403);
    const refused = await asLuca.post(`${pages()}/${pageId}/edit`, {
      title: "x",
      body: "<p>changed</p>",
      based_on: "1",
    });
    expect(refused.status).toBe(403);
    expect(refused.html).toContain("The founders have not opened this page to you");
    expect((await asLuca.get(`${pages()}/${pageId}/history`)).status).toBe(403);

    const asOutsider = await app.pupil(outsider.id);
    for (const path of [pages(), `${pages()}/${pageId}`, `${pages()}/${pageId}/edit`]) {
      const answer = await asOutsider.get(path);
      expect(answer.status).toBe(404);
      expect(answer.html).not.toContain("Read me");
    }
    expect(
      (await asOutsider.post(`${pages()}/${pageId}/edit`, { title: "x", body: "y", based_on: "1" })).status,
    ).toBe(404);
  });

  it("refuses a save over a newer revision, keeping what the author typed and writing nothing", async () => {
    const pageId = await createPage({ title: "Map", body: "<p>first</p>", partners_may_edit: "on" });
    const stale = await basedOn(asLise, pageId);
    expect(
      (
        await asAda.post(`${pages()}/${pageId}/edit`, {
          title: "Map",
          body: "<p>second</p>",
          based_on: stale,
        })
      ).status,
    ).toBe(303);
    const conflict = await asLise.post(`${pages()}/${pageId}/edit`, {
      title: "Map",
      body: "<p>my careful paragraph</p>",
      based_on: stale,
    });
    expect(conflict.status).toBe(422);
    expect(conflict.html).toContain("Someone saved this page while you were editing it");
    expect(conflict.html).toContain("my careful paragraph");
    expect(article(await asAda.get(`${pages()}/${pageId}`))).toContain("second");
  });

  it("keeps every revision and brings an older one back", async () => {
    const pageId = await createPage({ title: "Results", body: "<p>draft one</p>" });
    await asAda.post(`${pages()}/${pageId}/edit`, {
      title: "Results",
      body: "<p>draft two</p>",
      based_on: await basedOn(asAda, pageId),
    });
    const history = await asMarie.get(`${pages()}/${pageId}/history`);
    expect(history.status).toBe(200);
    expect(history.html).toContain("Ada Lovelace");
    expect(history.html).toContain("Bring this version back");
    const restored = await asMarie.post(`${pages()}/${pageId}/restore`, { number: "1" });
    expect(restored.status).toBe(303);
    expect(article(await asAda.get(`${pages()}/${pageId}`))).toContain("draft one");
    const after = await asAda.get(`${pages()}/${pageId}/history`);
    expect(after.html.match(/<tr>/g)?.length).toBe(4); // header + three revisions
    // A partner may not restore on a page not opened to partners.
    expect((await asLise.post(`${pages()}/${pageId}/restore`, { number: "2" })).status).toBe(403);
  });

  it("arranges pages in two levels at most, and only founders and admins add pages", async () => {
    const top = await createPage({ title: "Activities", body: "" });
    const child = await createPage({ title: "Autumn", body: "", parent: top });
    const tooDeep = await asAda.post(pages(), { title: "Week 1", body: "", parent: child });
    expect(tooDeep.status).toBe(422);
    expect(tooDeep.html).toContain("Pages go two levels deep at most");
    const list = await asLuca.get(pages());
    expect(list.html).toMatch(
      /<li class="top">\s*<a href="[^"]+">Activities<\/a>[\s\S]*<li class="child">\s*<a href="[^"]+">Autumn/,
    );
    expect(list.html).not.toContain("Add a page");
    const byPartner = await asLise.post(pages(), { title: "Mine", body: "" });
    expect(byPartner.status).toBe(422);
    const empty = await asAda.post(pages(), { title: "  ", body: "<p>x</p>" });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain("Please fill in");
  });

  it("marks a milestone done and links the page that documents it; partners only read it", async () => {
    const pageId = await createPage({ title: "Meeting our partners", body: "<p>Hello!</p>" });
    const saved = await asAda.post(`${pages()}/milestones`, {
      title: "Introductions",
      due_date: "2026-12-15",
      done: "yes",
      page: pageId,
    });
    expect(saved.status).toBe(303);
    const list = await asLuca.get(pages());
    const progress = list.html.slice(list.html.indexOf('id="progress-heading"'));
    expect(progress).toMatch(
      /Introductions<\/strong>[^:]*:\s*done\s*–\s*<a href="[^"]+\/pages\/[^"]+">Meeting our partners/,
    );
    expect(progress).toMatch(/Water samples<\/strong>[^:]*:\s*planned/);
    expect(progress).not.toContain("<form");

    const byPartner = await asLise.post(`${pages()}/milestones`, {
      title: "Water samples",
      due_date: "2027-03-01",
      done: "yes",
    });
    expect(byPartner.status).toBe(422);
    expect((await asAda.get(pages())).html).toMatch(/Water samples<\/strong>[^:]*:\s*planned/);
    const unknown = await asAda.post(`${pages()}/milestones`, {
      title: "Nope",
      due_date: "2026-12-15",
      done: "yes",
    });
    expect(unknown.status).toBe(422);
    expect(unknown.html).toContain("That milestone does not exist");
  });

  it("lets the founders open a page to partners and pupils later, and close it again", async () => {
    const pageId = await createPage({ title: "Glossary", body: "<p>river: fiume</p>" });
    expect((await asLise.get(`${pages()}/${pageId}/edit`)).status).toBe(403);
    expect((await asLise.post(`${pages()}/${pageId}/access`, { partners_may_edit: "on" })).status).toBe(403);
    expect((await asLuca.post(`${pages()}/${pageId}/access`, { pupils_may_propose: "on" })).status).toBe(403);

    const opened = await asMarie.post(`${pages()}/${pageId}/access`, {
      partners_may_edit: "on",
      pupils_may_propose: "on",
    });
    expect(opened.status).toBe(303);
    expect((await asLise.get(`${pages()}/${pageId}/edit`)).status).toBe(200);
    expect((await asLuca.get(`${pages()}/${pageId}/edit`)).status).toBe(200);

    expect((await asAda.post(`${pages()}/${pageId}/access`, {})).status).toBe(303);
    expect((await asLise.get(`${pages()}/${pageId}/edit`)).status).toBe(403);
    expect((await asLuca.get(`${pages()}/${pageId}/edit`)).status).toBe(403);
  });

  it("keeps a diary of what happened, naming teachers but never pupils", async () => {
    const list = await asLuca.get(pages());
    const diary = list.html.slice(list.html.indexOf('id="diary-heading"'));
    expect(diary).toMatch(/Ada Lovelace added the page\s*<a href="[^"]+">Rivers<\/a>/);
    expect(diary).toMatch(
      /Marie Curie published a pupil(&#39;|')s change to the page\s*<a href="[^"]+">Water samples<\/a>/,
    );
    expect(diary).toContain("Lise Meitner joined the project");
    expect(diary).toContain("Milestone “Introductions” reached");
    expect(diary).not.toContain("Luca");
    // Newest first: the milestone was reached after the first page was added.
    expect(diary.indexOf("Introductions")).toBeLessThan(diary.indexOf(">Rivers<"));
  });

  it("speaks Italian to an Italian teacher", async () => {
    const asAdaIt = await app.as(ada, { locale: "it" });
    const list = await asAdaIt.get(pages());
    expect(list.html).toContain("Aggiungi una pagina");
    const tooDeep = await asAdaIt.post(pages(), { title: "", body: "" });
    expect(tooDeep.status).toBe(422);
    expect(tooDeep.html).toContain("Compila");
  });
});
