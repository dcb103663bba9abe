import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestContact } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/**
 * A Romanian teacher whose LMS speaks Romanian (ro-RO) meets OpenTwinning in Romanian: the
 * pages, the Romanian plural forms, the language picker and a refusal. Real launches through
 * the platform simulator into the real tool.
 */
describe.each(DATABASE_KINDS)("OpenTwinning in Romanian (%s)", (kind) => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  const ioana = { id: "moodle-ioana", name: "Ioana Popescu", email: "ioana.popescu@example.org" };

  const get = async (path: string, cookie: string) => {
    const response = await fetch(new URL(path, tool.url), { redirect: "manual", headers: { cookie } });
    return { status: response.status, html: await response.text() };
  };

  beforeAll(async () => {
    world = await World.create(kind);
    tool = await startTool({ world });
    platform = await startPlatform();
    await platform.register(await tool.registrationUrl(), {
      schoolName: "Colegiul Național „Mihai Eminescu”",
      country: "RO",
    });
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  it("speaks Romanian from a ro-RO launch, with Romanian plurals and refusals", async () => {
    const launched = await platform.launch({ user: ioana, roles: [ROLES.instructor], locale: "ro-RO" });
    expect((await launched.follow()).status).toBe(200);
    const cookie = launched.cookies.header();

    const dashboard = await get("/app", cookie);
    expect(dashboard.html).toContain('<html lang="ro"');
    expect(dashboard.html).toContain("Panou de control");
    expect(dashboard.html).toContain("Căutare parteneri");

    // One contact request: the notifications link uses Romanian's "one" form.
    const account = (await world.store.database.knex("accounts").where({ email: ioana.email }).first()) as {
      id: string;
    };
    const ada = await world.teacher("Ada Lovelace", await world.school("Liceo Volta", "IT", "Como"));
    await requestContact(world.deps, world.actor(ada), account.id);
    const contacts = await get("/app/contacts", cookie);
    expect(contacts.html).toContain("Notificări (1 nouă)");
    expect(contacts.html).toContain("Cereri către dumneavoastră");

    // The profile offers Romanian by its own name; a language the tool lacks is refused in Romanian.
    const profile = await get("/app/profile", cookie);
    expect(profile.html).toMatch(/<option\s+value="ro"[^>]*>\s*română\s*</i);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(profile.html)?.[1] ?? "";
    const refused = await fetch(new URL("/app/profile/language", tool.url), {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: tool.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: csrf, locale: "xx" }),
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("„xx” nu este una dintre limbile OpenTwinning");
  });
});
