import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  admitStaffFromLaunch,
  countryProjects,
  type Project,
  registerPupils,
  type Teacher,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");

/**
 * Issue 15 (2): a national unit's list of every project of its country — filters, keyset
 * pages and a CSV export — for its staff (and moderators) only.
 */
describe.each(DATABASE_KINDS)("a national unit's projects of its country on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher;
  let claire: Teacher;
  let european: Project;
  let national: Project;
  let foreign: Project;
  let italyStaff: Account;
  let franceStaff: Account;
  let asItaly: Client;
  const staffOf = (name: string, country: string) =>
    admitStaffFromLaunch(
      w.deps,
      { issuer: `https://lms.unit-${country}.example`, subject: name, name, email: "", locale: "en" },
      country,
    );
  const projectsPage = (country: string, query = "") => `/app/national-unit/${country}/projects${query}`;

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    const galilei = await w.school("Liceo Galilei", "IT");
    const volta = await w.school("Liceo Volta", "IT");
    const hugo = await w.school("Lycée Hugo", "FR");
    const goethe = await w.school("Goethe-Gymnasium", "DE");
    giulia = await w.teacher("Giulia Rossi", galilei);
    const marco = await w.teacher("Marco Bianchi", volta);
    claire = await w.teacher("Claire Martin", hugo);
    const jonas = await w.teacher("Jonas Weber", goethe);
    european = await w.activeProject(giulia, claire, w.form({ title: '=HYPERLINK("http://x") rivers' }));
    national = await w.projectAwaitingApproval(giulia, marco, w.form({ title: "Città d'acqua" }));
    foreign = await w.projectAwaitingApproval(claire, jonas, w.form({ title: "Forêts et Wälder" }));
    italyStaff = await staffOf("Marta Staffetta", "IT");
    franceStaff = await staffOf("Agnès Agence", "FR");
    asItaly = await app.as(italyStaff, { roles: [] });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("lists the country's projects with filters, and only the country's", async () => {
    const all = await asItaly.get(projectsPage("IT"));
    expect(all.status).toBe(200);
    expect(all.html).toContain(escapeHtml(say.t("country_projects.heading", { country: "Italy" })));
    expect(all.html).toContain(escapeHtml(european.title));
    expect(all.html).toContain(escapeHtml(national.title));
    expect(all.html).not.toContain(escapeHtml(foreign.title));
    expect(all.html).toContain(`href="${projectsPage("IT")}"`);

    const active = await asItaly.get(projectsPage("IT", "?status=active"));
    expect(active.html).toContain(escapeHtml(european.title));
    expect(active.html).not.toContain(escapeHtml(national.title));
    const nationalKind = await asItaly.get(projectsPage("IT", "?kind=national"));
    expect(nationalKind.html).toContain(escapeHtml(national.title));
    expect(nationalKind.html).not.toContain(escapeHtml(european.title));
    const byTitle = await asItaly.get(projectsPage("IT", "?title=ACQUA"));
    expect(byTitle.html).toContain(escapeHtml(national.title));
    expect(byTitle.html).not.toContain(escapeHtml(european.title));
    // A LIKE wildcard typed by the person is a plain character.
    expect((await asItaly.get(projectsPage("IT", "?title=%25"))).html).toContain(
      escapeHtml(say.t("country_projects.none")),
    );

    const wrong = await asItaly.get(projectsPage("IT", "?status=teleported"));
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain(escapeHtml(say.t("error.filter_invalid")));
  });

  it("pages by keyset: each page continues after the last, none repeats", async () => {
    const actor = { accountId: italyStaff.id };
    const first = await countryProjects(w.deps, actor, "IT", {}, 1);
    expect(first.projects).toHaveLength(1);
    expect(first.next).toBeDefined();
    const second = await countryProjects(w.deps, actor, "IT", { after: first.next }, 1);
    expect(second.projects).toHaveLength(1);
    expect(second.next).toBeUndefined();
    expect([first.projects[0]?.id, second.projects[0]?.id].sort()).toEqual([european.id, national.id].sort());

    const next = await asItaly.get(projectsPage("IT", `?after=${encodeURIComponent(first.next ?? "")}`));
    expect(next.status).toBe(200);
    expect(next.html).toContain(escapeHtml(second.projects[0]?.title ?? "?"));
    expect(next.html).not.toContain(escapeHtml(first.projects[0]?.title ?? "?"));
    expect((await asItaly.get(projectsPage("IT", "?after=garbage"))).status).toBe(422);
  });

  it("exports the filtered list as CSV, with formulas kept as text", async () => {
    const response = await fetch(`${app.tool.url}${projectsPage("IT")}.csv`, {
      headers: { cookie: asItaly.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("projects-IT.csv");
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toContain(say.t("country_projects.founders"));
    expect(lines).toHaveLength(3);
    const europeanLine = lines.find((line) => line.includes("rivers")) ?? "";
    expect(europeanLine.startsWith(`"'=HYPERLINK(""http://x"") rivers"`)).toBe(true);
    expect(europeanLine).toContain("Giulia Rossi; Claire Martin");
    expect(lines.join("\n")).not.toContain(foreign.title);

    const filtered = await (
      await fetch(`${app.tool.url}${projectsPage("IT")}.csv?kind=national`, {
        headers: { cookie: asItaly.cookie },
      })
    ).text();
    expect(filtered.trim().split("\n")).toHaveLength(2);
    expect(filtered).toContain(national.title);
  });

  it("refuses staff of another country, teachers and pupils, on the page and the export", async () => {
    const { registered } = await registerPupils(w.deps, w.actor(giulia), [{ displayName: "Luca B." }]);
    const visitors: Client[] = [
      await app.as(franceStaff, { roles: [] }),
      await app.as(giulia),
      await app.as(claire, { roles: ["teacher", "school_admin"] }),
      await app.pupil(registered[0]?.id ?? ""),
    ];
    for (const visitor of visitors) {
      for (const path of [projectsPage("IT"), `${projectsPage("IT")}.csv`]) {
        const answer = await visitor.get(path);
        expect(answer.status, path).toBe(403);
        expect(answer.html).not.toContain(escapeHtml(national.title));
      }
    }
    // France's own staff see France's projects; a teacher who moderates Italy sees Italy's.
    expect((await visitors[0]?.get(projectsPage("FR")))?.html).toContain(escapeHtml(foreign.title));
    const moderator = await app.as(await w.moderator("IT"), { roles: [] });
    expect((await moderator.get(projectsPage("IT"))).status).toBe(200);
    // The navigation offers the list to those who may open it.
    expect((await asItaly.get("/app")).html).toContain(`href="${projectsPage("IT")}"`);
    expect((await visitors[1]?.get("/app"))?.html).not.toContain("/app/national-unit/");
  });
});
