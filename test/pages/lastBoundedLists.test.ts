import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTeachers } from "../../bench/seed.ts";
import { PAGE_SIZE, type Project, type Teacher } from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { countries } from "../../lti-tool/pages/views/format.ts";
import { withSearchKeys } from "../../store/rows.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { largestRead } from "../support/reads.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
const MODERATORS = 60;
const APPLICATIONS = PAGE_SIZE + 5;
const PUPILS = 120;
const COUNTRIES = ["AT", "BE", "DE", "ES", "GR", "PL", "PT", "RO"];

/** The "Next page" link under a list (the one continuing `cursor`), as the browser follows it. */
function nextLink(html: string, cursor: string): string {
  const href = [...html.matchAll(/<a href="([^"]+)" rel="next">/g)].find((m) =>
    m[1]!.includes(`${cursor}=`),
  )?.[1];
  if (!href) throw new Error("no next page");
  return href.replaceAll("&amp;", "&");
}

const count = (html: string, text: string) => html.split(text).length - 1;

/**
 * Issue 18: the last lists that were read whole are pages — the central admin's moderators
 * (with a search by name) and a project's Quality Label applications — and the erasure
 * preview counts in the database; the figures people see stay the same.
 */
describe.each(DATABASE_KINDS)("the last bounded lists on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let admin: Client;
  let anna: Teacher;
  let project: Project;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    admin = await app.as(await w.centralAdmin(), { roles: ["school_admin"] });
    const galilei = await w.school("Liceo Galilei", "IT");
    anna = await w.teacher("Anna Rossi", galilei);
    const bruno = await w.teacher("Bruno Martin", await w.school("Collège Hugo", "FR"));
    project = await w.activeProject(anna, bruno, w.form({ title: "Stelle" }));
    const at = w.clock.now();
    const accounts = Array.from({ length: MODERATORS }, (_, i) =>
      withSearchKeys("accounts", {
        id: w.deps.ids.newId(),
        name: `Moderatore ${String(i).padStart(2, "0")}`,
        email: `moderatore.${i}@example.org`,
        created_at: at,
        updated_at: at,
      }),
    );
    await w.store.knex("accounts").insert(accounts);
    await w.store.knex("grants").insert(
      accounts.map((a, i) => ({
        account_id: a.id,
        role: "moderator",
        country: COUNTRIES[i % COUNTRIES.length],
        created_at: at,
      })),
    );
    // Applications from teachers of the project, oldest first; the last ones were awarded, and Anna's is last.
    await seedTeachers(w.store.knex, APPLICATIONS - 1, 11);
    const seeded: { id: string }[] = await w.store
      .knex("teachers")
      .whereNotIn("id", [anna.id, bruno.id])
      .select("id");
    const applicants = [...seeded.map((t) => t.id), anna.id];
    await w.store
      .knex("project_teachers")
      .insert(
        seeded.map((t) => ({ project_id: project.id, teacher_id: t.id, role: "teacher", joined_at: at })),
      );
    await w.store.knex("label_applications").insert(
      applicants.map((teacherId, i) => ({
        id: w.deps.ids.newId(),
        project_id: project.id,
        teacher_id: teacherId,
        country: i >= APPLICATIONS - 3 ? (i % 2 === 0 ? "IT" : "FR") : "DE",
        school_year: "2026-2027",
        status: i >= APPLICATIONS - 3 && teacherId !== anna.id ? "awarded" : "submitted",
        evidence: "{}",
        scores: "{}",
        requirements: "{}",
        created_at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      })),
    );
    await w.store.knex("pupils").insert(
      Array.from({ length: PUPILS }, (_, i) => ({
        id: w.deps.ids.newId(),
        display_name: `Alunno ${i}`,
        school_id: galilei.id,
        teacher_id: anna.id,
        created_at: at,
      })),
    );
  }, 180_000);
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("pages the moderators by country, with “Next page” to the rest", async () => {
    const first = await admin.get("/app/admin");
    expect(first.status).toBe(200);
    const removeButtons = (html: string) => count(html, 'action="/app/admin/moderators/remove"');
    // The two moderators the project's approval needed, and the sixty.
    expect(removeButtons(first.html)).toBe(PAGE_SIZE);
    expect(first.html.indexOf("Austria")).toBeLessThan(first.html.indexOf("Belgium"));
    const second = await admin.get(nextLink(first.html, "moderators_after"));
    expect(second.status).toBe(200);
    expect(removeButtons(second.html)).toBe(MODERATORS + 2 - PAGE_SIZE);
    expect(second.html).toContain(say.t("paging.first"));
    expect(second.html).not.toContain("moderators_after=");
  });

  it("finds a moderator by part of their name, and says when no name matches", async () => {
    const found = await admin.get("/app/admin?moderator_q=atore%2007");
    expect(found.html).toContain("Moderatore 07");
    expect(found.html).toContain("moderatore.7@example.org");
    expect(count(found.html, 'action="/app/admin/moderators/remove"')).toBe(1);
    const none = await admin.get("/app/admin?moderator_q=Zebedeo");
    expect(none.html).toContain(escapeHtml(say.t("admin.no_moderators_named", { term: "Zebedeo" })));
  });

  it("pages a project's Quality Label applications and still knows the awards and the viewer's own", async () => {
    const asAnna = await app.as(anna);
    const first = await asAnna.get(`/app/projects/${project.id}`);
    expect(first.status).toBe(200);
    const rows = (html: string) => count(html, "<td>2026-2027</td>");
    expect(rows(first.html)).toBe(PAGE_SIZE);
    // The awards and Anna's application are on the second page: the first still tells both.
    expect(first.html).toContain(
      escapeHtml(say.t("labels.european_candidate", { countries: countries(say, ["FR", "IT"]) })),
    );
    expect(first.html).not.toContain(say.t("labels.apply"));
    const second = await asAnna.get(nextLink(first.html, "labels_after"));
    expect(rows(second.html)).toBe(APPLICATIONS - PAGE_SIZE);
    expect(second.html).toContain("Anna Rossi");
  });

  it("previews an erasure with counts from the database, not the rows", async () => {
    let html = "";
    const largest = await largestRead(w.store.knex, async () => {
      const page = await admin.get(`/app/privacy/erase/account/${anna.id}`);
      expect(page.status).toBe(200);
      html = page.html;
    });
    expect(html).toContain(escapeHtml(say.t("privacy.erase.founded", { count: 1 })));
    expect(html).toContain(escapeHtml(say.t("privacy.erase.other_projects", { count: 0 })));
    expect(html).toContain(escapeHtml(say.t("privacy.erase.pupils_stay", { count: PUPILS })));
    expect(largest).toBeLessThan(PAGE_SIZE);
  });
});
