import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerPupils, type Teacher } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { hiddenFields, type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/**
 * The LTI side's safety fixes through the platform simulator: who may frame the tool, a
 * roster import that is refused writes nothing, and forms posted from another site are refused.
 */
describe.each(DATABASE_KINDS)("LTI hardening on %s", (kind) => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;

  beforeAll(async () => {
    world = await World.create(kind);
    tool = await startTool({ world });
    platform = await startPlatform();
    // Registering fetches the tool's form first, so the tool has read the (empty) platform list before.
    const url = await tool.registrationUrl({ schoolName: "Liceo Galilei", country: "IT" });
    await platform.register(url, { schoolName: "Liceo Galilei", country: "IT" });
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  const frameAncestors = async () => {
    const csp = (await fetch(`${tool.url}/`)).headers.get("content-security-policy") ?? "";
    return /frame-ancestors ([^;]*)/.exec(csp)?.[1]?.split(" ");
  };

  it("lets only the tool itself and registered platforms frame it; a registration counts at once", async () => {
    const listed = await frameAncestors();
    expect(listed).toEqual(["'self'", new URL(platform.url).origin]);
    expect(listed).not.toContain("*");
    expect(listed).not.toContain("https://unregistered.example");
  });

  describe("roster import", () => {
    const giulia = { id: "moodle-giulia", name: "Giulia Rossi" };
    const course = { id: "course-3B", title: "3B Scienze" };
    let giuliaCookies: string;
    let csrf: string;
    let paolo: Teacher; // Luca's own teacher, in another course of the same school platform
    let foreignProjectId: string;

    const count = async (table: string) =>
      Number((await world.store.knex(table).count({ n: "*" }))[0]?.n ?? 0);
    const snapshot = async () => ({
      pupils: await count("pupils"),
      identities: await count("identities"),
      projectPupils: await count("project_pupils"),
      events: await count("events"),
    });
    const ownerOf = async (subject: string) => {
      const owner = await world.store.read().identities.find(platform.url, subject);
      if (!owner || !("pupilId" in owner)) return undefined;
      return (await world.store.read().pupils.get(owner.pupilId))?.teacherId;
    };
    const teacherId = async (subject: string) => {
      const owner = await world.store.read().identities.find(platform.url, subject);
      return owner && "accountId" in owner ? owner.accountId : "";
    };
    const importRoster = (form: Record<string, string | string[]>, origin = tool.url) => {
      const body = new URLSearchParams({ _csrf: csrf });
      for (const [name, value] of Object.entries(form))
        for (const item of [value].flat()) body.append(name, item);
      return fetch(`${tool.url}/lti/roster`, {
        method: "POST",
        headers: { cookie: giuliaCookies, origin, "content-type": "application/x-www-form-urlencoded" },
        body,
      });
    };

    beforeAll(async () => {
      platform.setRoster(course.id, [
        { user_id: giulia.id, roles: [ROLES.instructor], name: giulia.name },
        { user_id: "pupil-luca", roles: [ROLES.learner], name: "Luca B." },
        { user_id: "pupil-sara", roles: [ROLES.learner], name: "Sara C." },
        { user_id: "pupil-ines", roles: [ROLES.learner], name: "Ines D." },
        { user_id: "pupil-tom", roles: [ROLES.learner], name: "Tom\u0000\tE." },
      ]);
      const launch = await platform.launch({ user: giulia, roles: [ROLES.instructor], context: course });
      await launch.follow();
      giuliaCookies = launch.cookies.header();
      const page = await fetch(`${tool.url}/lti/roster`, { headers: { cookie: giuliaCookies } });
      csrf = hiddenFields(await page.text())._csrf ?? "";

      const school = await world.school("Liceo Galilei bis", "IT");
      paolo = await world.teacher("Paolo Neri", school);
      await registerPupils(world.deps, world.actor(paolo), [
        { displayName: "Luca B.", identity: { issuer: platform.url, subject: "pupil-luca" } },
      ]);
      const claire = await world.teacher("Claire Martin", await world.school("Collège Moulin", "FR"));
      foreignProjectId = (await world.activeProject(paolo, claire)).id;
      // Giulia's own pupil, imported earlier.
      expect((await importRoster({ pupil: "pupil-sara" })).status).toBe(200);
    });

    it("refuses an import into someone else's project before writing anything (403, every row unchanged)", async () => {
      const before = await snapshot();
      const refused = await importRoster({
        pupil: ["pupil-luca", "pupil-sara", "pupil-ines"],
        project: foreignProjectId,
      });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain("You must be a member of the project");
      expect(await snapshot()).toEqual(before);
      // Ines is not registered to Giulia, so her real teacher can still import her.
      expect(await ownerOf("pupil-ines")).toBeUndefined();
      expect(await ownerOf("pupil-luca")).toBe(paolo.id);
      expect(await ownerOf("pupil-sara")).toBe(await teacherId(giulia.id));
    });

    it("refuses a roster import posted from another site, even with the session's token", async () => {
      const before = await snapshot();
      const forged = await importRoster({ pupil: "pupil-ines" }, "https://attacker.example");
      expect(forged.status).toBe(403);
      expect(await forged.text()).toContain("This form was not sent from OpenTwinning");
      expect(await snapshot()).toEqual(before);
    });

    it("imports the chosen pupils when nothing is refused; control characters in LMS names become spaces", async () => {
      const imported = await importRoster({ pupil: ["pupil-ines", "pupil-tom"] });
      expect(imported.status).toBe(200);
      expect(await ownerOf("pupil-ines")).toBe(await teacherId(giulia.id));
      const tom = await world.store.read().identities.find(platform.url, "pupil-tom");
      const pupilId = tom && "pupilId" in tom ? tom.pupilId : "";
      expect((await world.store.read().pupils.get(pupilId))?.displayName).toBe("Tom E.");
    });
  });
});
