import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account, Project, Teacher } from "../../core/index.ts";
import { launchChromium, textOf } from "../support/browser.ts";
import { awardNationalLabels } from "../support/labels.ts";
import { World } from "../support/world.ts";
import { inBrowser, startPages } from "./client.ts";

/**
 * The European Quality Label in a real browser (every page audited by axe-core): the central
 * support service finds a project labelled in Italy and France among the candidates, scores it
 * on the national label's criteria and awards it; the founder sees the label and is told.
 */
describe("the European Quality Label journey in Chromium", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let browser: Browser;
  let ada: Teacher;
  let project: Project;
  let central: Account;

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
    browser = await launchChromium();
    ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    project = await w.activeProject(ada, marie, { ...w.form(), title: "Rivers of Europe" });
    await awardNationalLabels(w, project, [ada, marie]);
    central = await w.centralAdmin();
  });
  afterAll(async () => {
    await browser?.close();
    await app.tool.stop();
    await w.destroy();
  });

  it("awards a project labelled in two countries, and its founder sees it", async () => {
    const service = await inBrowser(browser, await app.as(central, { roles: [] }));
    await service.goto(`${app.tool.url}/app`);
    await service.follow(service.page.getByRole("link", { name: "European Quality Label", exact: true }));
    const candidates = service.page.getByRole("table", { name: "Candidates" });
    expect(await textOf(candidates)).toMatch(/Rivers of Europe\s+France and Italy\s+to be assessed/);
    await service.follow(candidates.getByRole("link", { name: "Rivers of Europe" }));

    // Deciding before scoring is refused with what to do next.
    await service.follow(service.page.getByRole("button", { name: "Award the European Quality Label" }));
    expect(await textOf(service.page.getByRole("alert"))).toContain("Score every criterion");

    for (const criterion of w.deps.criteria.criteria) {
      await service.page
        .locator(`select[name="score_${criterion.id}"]`)
        .selectOption(String(criterion.scaleMax));
    }
    for (const requirement of w.deps.criteria.requirements) {
      await service.page.locator(`select[name="requirement_${requirement.id}"]`).selectOption("yes");
    }
    await service.follow(service.page.getByRole("button", { name: "Award the European Quality Label" }));
    expect(await textOf(service.page.getByRole("status"))).toContain(
      "the founders and the partner countries",
    );
    expect(await textOf(service.page.getByRole("table", { name: "Candidates" }))).toMatch(/awarded \(/);
    await service.close();

    const founder = await inBrowser(browser, await app.as(ada));
    await founder.goto(`${app.tool.url}/app/projects/${project.id}`);
    expect(await textOf(founder.page.locator("main"))).toContain("European Quality Label awarded");
    await founder.goto(`${app.tool.url}/app/notifications`);
    expect(await textOf(founder.page.locator("main"))).toContain(
      "The central support service awarded the European Quality Label to “Rivers of Europe”.",
    );
    await founder.close();
  });
});
