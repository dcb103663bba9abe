import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  admitStaffFromLaunch,
  countrySchools,
  countryTeachers,
  type Project,
  registerPupils,
  type Teacher,
  verifySchool,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
const seen = (page: { html: string }, text: string) => page.html.includes(escapeHtml(text));

/**
 * Issue 15 (2, 7): the national unit's workspace beyond the approval queue — the country's
 * projects filtered by partner country, subject, age, dates and labels (page and CSV), its
 * schools and teachers by name (paged, CSV), its figures by month as accessible SVG charts —
 * and the school admin's page showing its teachers' labels.
 */
describe.each(DATABASE_KINDS)("a national unit's country workspace on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher;
  let marco: Teacher;
  let claire: Teacher;
  let withFrance: Project;
  let national: Project;
  let maths: Project;
  let italyStaff: Account;
  let franceStaff: Account;
  let asItaly: Client;
  const staffOf = (name: string, country: string) =>
    admitStaffFromLaunch(
      w.deps,
      { issuer: `https://lms.unit-${country}.example`, subject: name, name, email: "", locale: "en" },
      country,
    );
  const unit = (path: string) => `/app/national-unit/IT/${path}`;
  const csv = async (path: string, client = asItaly) => {
    const response = await fetch(`${app.tool.url}${path}`, { headers: { cookie: client.cookie } });
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    return (await response.text()).trim().split("\n");
  };

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    const galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    const volta = await w.school("Liceo Volta", "IT", "Como");
    const hugo = await w.school("Lycée Hugo", "FR", "Lyon");
    const goethe = await w.school("Goethe-Gymnasium", "DE", "Bonn");
    giulia = await w.teacher("Giulia Rossi", galilei);
    marco = await w.teacher("Marco Bianchi", volta);
    claire = await w.teacher("Claire Martin", hugo);
    const jonas = await w.teacher("Jonas Weber", goethe);
    withFrance = await w.activeProject(
      giulia,
      claire,
      w.form({ title: "Rivers of Europe", pupilAgeMin: 8, pupilAgeMax: 10 }),
    );
    national = await w.activeProject(
      giulia,
      marco,
      w.form({ title: "Città d'acqua", subjects: ["mathematics"], pupilAgeMin: 14, pupilAgeMax: 16 }),
    );
    maths = await w.projectAwaitingApproval(
      marco,
      jonas,
      w.form({ title: "Numbers with Germany", subjects: ["mathematics"] }),
    );
    // Dates of a past year, set as the projects would have been founded and approved then.
    await w.store.knex("projects").where({ id: withFrance.id }).update({
      created_at: "2025-03-10T09:00:00.000Z",
      activated_at: "2025-04-02T09:00:00.000Z",
    });
    await w.store.knex("projects").where({ id: national.id }).update({
      created_at: "2026-02-10T09:00:00.000Z",
      activated_at: "2026-03-05T09:00:00.000Z",
    });
    // Giulia's National Quality Label for the French partnership (as core awards it).
    await w.store.knex("label_applications").insert({
      id: randomUUID(),
      project_id: withFrance.id,
      teacher_id: giulia.id,
      country: "IT",
      school_year: "2025-2026",
      status: "awarded",
      evidence: "{}",
      scores: "{}",
      requirements: "[]",
      created_at: "2026-06-01T09:00:00.000Z",
      decided_at: "2026-06-20T09:00:00.000Z",
    });
    italyStaff = await staffOf("Marta Staffetta", "IT");
    franceStaff = await staffOf("Agnès Agence", "FR");
    await verifySchool(w.deps, w.actor(italyStaff), "IT", galilei.id, { confirm: true });
    asItaly = await app.as(italyStaff, { roles: [] });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("filters the country's projects by partner country, subject, age, dates and label, on the page and in the CSV", async () => {
    const cases: [string, Project[]][] = [
      ["?partnerCountry=FR", [withFrance]],
      ["?partnerCountry=DE", [maths]],
      ["?subject=mathematics", [national, maths]],
      ["?age=15", [national]],
      ["?age=9", [withFrance]],
      ["?foundedFrom=2025-01-01&foundedTo=2025-12-31", [withFrance]],
      ["?foundedFrom=2026-02-10&foundedTo=2026-02-10", [national]],
      ["?approvedFrom=2026-03-01", [national]],
      ["?label=national_quality", [withFrance]],
      ["?label=european_quality", []],
      ["?subject=mathematics&partnerCountry=DE&status=awaiting_approval", [maths]],
    ];
    const all = [withFrance, national, maths];
    for (const [query, expected] of cases) {
      const page = await asItaly.get(unit(`projects${query}`));
      expect(page.status, query).toBe(200);
      for (const project of all)
        expect(seen(page, project.title), `${query} ${project.title}`).toBe(expected.includes(project));
      const lines = await csv(unit(`projects.csv${query}`));
      expect(lines, query).toHaveLength(expected.length + 1);
      for (const project of expected) expect(lines.join("\n")).toContain(project.title);
    }
    // The label shows in its column, on the page and in the CSV.
    const labelled = await asItaly.get(unit("projects?label=national_quality"));
    expect(seen(labelled, say.t("label_kind.national_quality"))).toBe(true);
    const [header, row] = await csv(unit("projects.csv?label=national_quality"));
    expect(header).toContain(say.t("label_kind.european_quality"));
    expect(row).toMatch(/,yes,$/);
    // A filter the form does not offer is refused with a message, the form kept.
    for (const bad of [
      "?age=99",
      "?foundedFrom=yesterday",
      "?partnerCountry=XX",
      "?label=gold",
      "?subject=alchemy",
    ]) {
      const refused = await asItaly.get(unit(`projects${bad}`));
      expect(refused.status, bad).toBe(422);
      expect(seen(refused, say.t("error.filter_invalid"))).toBe(true);
      expect(refused.html).toContain('name="partnerCountry"');
    }
  });

  it("lists the country's schools with town, verification, counts and labels, by name, paged, as CSV", async () => {
    const page = await asItaly.get(unit("all-schools"));
    expect(page.status).toBe(200);
    const galileiRow = /<tr>(?:(?!<\/tr>)[\s\S])*Liceo Galilei[\s\S]*?<\/tr>/.exec(page.html)?.[0] ?? "";
    expect(galileiRow).toContain("Pisa");
    expect(galileiRow).toContain(escapeHtml(say.t("school.verified")));
    expect(galileiRow).toMatch(/<td>1<\/td>\s*<td>2<\/td>/); // one teacher, two projects founded there
    expect(galileiRow).toContain(escapeHtml(`${say.t("label_kind.national_quality")}: 1`));
    const voltaRow = /<tr>(?:(?!<\/tr>)[\s\S])*Liceo Volta[\s\S]*?<\/tr>/.exec(page.html)?.[0] ?? "";
    expect(voltaRow).toContain(escapeHtml(say.t("school.unverified")));
    expect(seen(page, "Lycée Hugo")).toBe(false);

    const byName = await asItaly.get(unit("all-schools?name=VOLTA"));
    expect(seen(byName, "Liceo Volta")).toBe(true);
    expect(seen(byName, "Liceo Galilei")).toBe(false);

    const first = await countrySchools(w.deps, w.actor(italyStaff), "IT", {}, 1);
    expect(first.rows.map((r) => r.school.name)).toEqual(["Liceo Galilei"]);
    const second = await asItaly.get(unit(`all-schools?after=${encodeURIComponent(first.next ?? "")}`));
    expect(seen(second, "Liceo Volta")).toBe(true);
    expect(seen(second, "Liceo Galilei")).toBe(false);

    const lines = await csv(unit("all-schools.csv?name=galilei"));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Liceo Galilei,Pisa");
  });

  it("lists the country's teachers, never its staff or pupils, by name, paged, as CSV", async () => {
    await registerPupils(w.deps, w.actor(giulia), [{ displayName: "Luca Pupillo" }]);
    const page = await asItaly.get(unit("teachers"));
    expect(page.status).toBe(200);
    expect(seen(page, "Giulia Rossi")).toBe(true);
    expect(seen(page, "Marco Bianchi")).toBe(true);
    expect(seen(page, "Claire Martin")).toBe(false);
    expect(seen(page, "Marta Staffetta")).toBe(false);
    expect(seen(page, "Luca Pupillo")).toBe(false);
    expect(page.html).not.toContain(giulia.email ?? "@");

    const first = await countryTeachers(w.deps, w.actor(italyStaff), "IT", {}, 1);
    expect(first.rows.map((r) => [r.name, r.projects])).toEqual([["Giulia Rossi", 2]]);
    const next = await asItaly.get(unit(`teachers?after=${encodeURIComponent(first.next ?? "")}`));
    expect(seen(next, "Marco Bianchi")).toBe(true);
    expect(seen(next, "Giulia Rossi")).toBe(false);

    const lines = await csv(unit("teachers.csv?name=marco"));
    expect(lines).toEqual([
      [
        say.t("country_teachers.name"),
        say.t("country_teachers.school"),
        say.t("country_teachers.projects"),
      ].join(","),
      "Marco Bianchi,Liceo Volta,2",
    ]);
  });

  it("draws the country's figures by month as SVG images with a name, a summary and the numbers", async () => {
    const page = await asItaly.get(unit("figures"));
    expect(page.status).toBe(200);
    const charts = page.html.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
    expect(charts).toHaveLength(5);
    expect(page.html).toContain(
      `<title id="chart-founded-title">${escapeHtml(say.t("figures.founded"))}</title>`,
    );
    // Drawn on the server: no script of its own (the layout's progressive script is shared).
    expect(page.html.slice(page.html.indexOf("<h1"))).not.toContain("<script");
    // Founded in February 2026 and approved in March 2026 (the national project); the table says so.
    const row = (chart: string, month: string) =>
      new RegExp(`id="chart-${chart}-title"[\\s\\S]*?<th scope="row">${month}</th>\\s*<td>(\\d+)</td>`).exec(
        page.html,
      )?.[1];
    expect(row("founded", "Feb 2026")).toBe("1");
    expect(row("approved", "Mar 2026")).toBe("1");
    expect(row("labelled", "Jun 2026")).toBe("1");
    // Running at the end of March 2026: the French partnership (approved 2025) and the national one.
    expect(row("active", "Mar 2026")).toBe("2");
    expect(row("active", "Feb 2026")).toBe("1");
    expect(page.html).toMatch(/Median time from asking the national unit to its decision: [\d.]+ days/);
  });

  it("draws the median time to a decision month by month, with no bar for a month without one", async () => {
    // Italy decided the French partnership in 23 days (April 2025), the national one in 4.5 (March 2026).
    const decided = (projectId: string, requested: string, at: string) =>
      w.store
        .knex("approvals")
        .where({ project_id: projectId, country: "IT" })
        .update({ requested_at: requested, decided_at: at });
    await decided(withFrance.id, "2025-03-10T09:00:00.000Z", "2025-04-02T09:00:00.000Z");
    await decided(national.id, "2026-03-01T00:00:00.000Z", "2026-03-05T12:00:00.000Z");
    const page = await asItaly.get(unit("figures"));
    expect(page.html.match(/<svg[^>]*role="img"[^>]*>/g) ?? []).toHaveLength(5);
    const title = escapeHtml(say.t("figures.median_chart"));
    expect(page.html).toContain(`<title id="chart-median-title">${title}</title>`);
    expect(page.html).toMatch(/<svg[^>]*aria-describedby="chart-median-desc"/);
    const chart = page.html.slice(page.html.indexOf('id="chart-median-heading"'));
    expect(chart).toContain(
      "From Dec 2024 to Nov 2026, months with a decision: 2; the median ranged from 4.5 to 23 days, longest in Apr 2025.",
    );
    const cell = (month: string) =>
      new RegExp(`<th scope="row">${month}</th>\\s*<td>([^<]*)</td>`).exec(chart)?.[1];
    expect(cell("Apr 2025")).toBe("23");
    expect(cell("Mar 2026")).toBe("4.5");
    expect(cell("Feb 2026")).toBe(escapeHtml(say.t("figures.no_decision")));
    // Two bars only: the months with a decision.
    expect(chart.slice(0, chart.indexOf("</svg>")).match(/<rect /g) ?? []).toHaveLength(2);
    // In Italian, the numbers are written as Italians write them.
    const italian = await (await app.as(italyStaff, { roles: [], locale: "it" })).get(unit("figures"));
    expect(italian.html).toMatch(/<th scope="row">mar 2026<\/th>\s*<td>4,5<\/td>/);
  });

  it("shows a school admin their school's labels and projects' states", async () => {
    const admin = await app.as(giulia, { roles: ["teacher", "school_admin"] });
    const page = await admin.get("/app/school");
    expect(page.status).toBe(200);
    expect(seen(page, say.t("school_page.labels"))).toBe(true);
    expect(page.html).toMatch(
      new RegExp(`${escapeHtml(say.t("label_kind.national_quality"))}: Rivers of Europe \\(Giulia Rossi\\)`),
    );
    expect(seen(page, say.t("status.active"))).toBe(true);
    const other = await app.as(marco, { roles: ["teacher", "school_admin"] });
    expect(seen(await other.get("/app/school"), say.t("school_page.no_labels"))).toBe(true);
  });

  it("answers hostile query values with a page or a refusal, never an error, and escapes them", async () => {
    const values = [
      "<script>x</script>",
      "\u202E",
      "~",
      "a~",
      "%",
      "9999-99-99",
      "2026-02-30",
      "x".repeat(5000),
    ];
    const fields: Record<string, string[]> = {
      projects: ["title", "after", "age", "foundedFrom", "approvedTo", "partnerCountry", "subject", "label"],
      "all-schools": ["name", "after"],
      teachers: ["name", "after"],
    };
    for (const [path, names] of Object.entries(fields)) {
      for (const name of names) {
        for (const value of values) {
          const query = `?${new URLSearchParams({ [name]: value })}`;
          for (const target of [path, `${path}.csv`]) {
            const answer = await asItaly.get(unit(`${target}${query}`));
            expect(answer.status, `${target}${query.slice(0, 60)}`).toBeLessThan(500);
            expect(answer.html).not.toContain("<script>x");
          }
        }
      }
    }
  });

  it("refuses staff of another country, teachers, school admins and pupils on every part of the workspace", async () => {
    const { registered } = await registerPupils(w.deps, w.actor(marco), [{ displayName: "Sofia B." }]);
    const visitors: Client[] = [
      await app.as(franceStaff, { roles: [] }),
      await app.as(giulia),
      await app.as(marco, { roles: ["teacher", "school_admin"] }),
      await app.pupil(registered[0]?.id ?? ""),
    ];
    const paths = ["all-schools", "all-schools.csv", "teachers", "teachers.csv", "figures"].map(unit);
    for (const visitor of visitors) {
      for (const path of paths) {
        const answer = await visitor.get(path);
        expect(answer.status, path).toBe(403);
        expect(answer.html).not.toContain("Giulia Rossi");
      }
    }
    // The staff's navigation leads to each part; a teacher's does not.
    const home = (await asItaly.get("/app")).html;
    for (const path of paths.filter((p) => !p.endsWith(".csv"))) expect(home).toContain(`href="${path}"`);
    expect((await visitors[1]?.get("/app"))?.html).not.toContain("/app/national-unit/");
  });
});
