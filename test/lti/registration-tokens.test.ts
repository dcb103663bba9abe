import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DATABASE_KINDS } from "../support/databases.ts";
import { hiddenFields, type Platform, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/**
 * A registration link made for one school registers that school only, and is used once
 * even when the LMS sends it twice at the same moment.
 */
describe.each(DATABASE_KINDS)("registration tokens on %s", (kind) => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;

  beforeAll(async () => {
    world = await World.create(kind);
    platform = await startPlatform();
    tool = await startTool({ world });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  const knex = () => world.store.database.knex;
  const post = (start: URL, fields: Record<string, string>) =>
    fetch(start, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    });
  const counts = async () => ({
    platforms: Number((await knex()("lti_platforms").count({ n: "*" }))[0]?.n),
    keys: Number((await knex()("lti_keys").count({ n: "*" }))[0]?.n),
    deployments: Number((await knex()("lti_deployments").count({ n: "*" }))[0]?.n),
    schools: Number((await knex()("schools").count({ n: "*" }))[0]?.n),
  });

  it("registers the school the token names, whatever school the form sends, and shows it read-only", async () => {
    const start = platform.registrationStart(
      await tool.registrationUrl({ schoolName: "Liceo Nuovo", country: "IT" }),
    );
    const form = await (await fetch(start, { headers: { "accept-language": "it" } })).text();
    expect(form).toMatch(/<input id="school_name" readonly value="Liceo Nuovo"/);
    expect(form).toMatch(/<input id="country" readonly value="Italia"/);
    expect(form).not.toContain('name="school_name"');
    expect(form).not.toContain('name="country"');
    expect(form).toContain("Il link di registrazione fissa la scuola e il paese");

    const done = await post(start, { ...hiddenFields(form), school_name: "Lycée Hugo", country: "FR" });
    expect(done.status).toBe(200);
    const closing = await done.text();
    expect(closing).toContain("Liceo Nuovo");
    // Moodle lists a dynamically registered tool in its activity chooser only once told to.
    expect(closing).toContain("“Show in activity chooser and as a preconfigured tool”");
    const registration = platform.registrations.at(-1);
    const bound = await knex()("lti_deployments as d")
      .join("schools as s", "s.id", "d.school_id")
      .where({ "d.client_id": registration?.clientId })
      .select("s.name", "s.country");
    expect(bound).toEqual([{ name: "Liceo Nuovo", country: "IT" }]);
    expect(await knex()("schools").where({ name: "Lycée Hugo" })).toEqual([]);
  });

  it("makes one registration, and no orphan platform or key pair, from concurrent uses of one token", async () => {
    const url = await tool.registrationUrl({ schoolName: "Liceo Parallelo", country: "IT" });
    // The LMS opens the link several times (double click, two tabs): each gets the form.
    const starts = Array.from({ length: 4 }, () => platform.registrationStart(url));
    const forms = await Promise.all(
      starts.map(async (start) => hiddenFields(await (await fetch(start)).text())),
    );
    const before = await counts();

    const school = { school_name: "Liceo Parallelo", country: "IT" };
    const answers = await Promise.all(starts.map((start, i) => post(start, { ...forms[i], ...school })));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 403, 403, 403]);
    expect(await counts()).toEqual({
      platforms: before.platforms + 1,
      keys: before.keys + 2,
      deployments: before.deployments + 1,
      schools: before.schools + 1,
    });
    expect(await knex()("schools").where({ name: "Liceo Parallelo" })).toHaveLength(1);
  });

  it("keeps the token usable when the registration fails", async () => {
    const url = await tool.registrationUrl({ schoolName: "Escola Básica", country: "PT" });
    const start = platform.registrationStart(url);
    const fields = hiddenFields(await (await fetch(start)).text());
    // The platform refuses an LMS registration token it never issued.
    const failed = await post(start, {
      ...fields,
      school_name: "Escola Básica",
      country: "PT",
      registration_token: "not-issued-by-the-platform",
    });
    expect(failed.status).toBe(502);
    const registration = await platform.register(url, { schoolName: "ignored", country: "ignored" });
    expect(registration.deploymentId).toBeTruthy();
    expect(await knex()("schools").where({ name: "Escola Básica", country: "PT" })).toHaveLength(1);
  });
});
