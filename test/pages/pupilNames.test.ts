import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPupilsToProject, type Project, registerPupils, type Teacher } from "../../core/index.ts";
import { join } from "../matrix/people.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/** Pupils are minors: a partner school's teachers see a first name and an initial, not the full name. */
describe("pupils' names on the project page", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher; // Liceo Volta, the pupil's teacher
  let enzo: Teacher; // Liceo Volta too
  let marie: Teacher; // Lycée Curie, a partner school
  let project: Project;

  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
    const volta = await w.school("Liceo Volta", "IT", "Como");
    ada = await w.teacher("Ada Lovelace", volta);
    enzo = await w.teacher("Enzo Ferrari", volta);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    project = await w.activeProject(ada, marie);
    await join(w, project.id, ada, enzo);
    const { registered } = await registerPupils(w.deps, w.actor(ada), [
      { displayName: "Luca Bianchi" },
      { displayName: "Sara Maria Éboli" },
    ]);
    await addPupilsToProject(
      w.deps,
      w.actor(ada),
      project.id,
      registered.map((pupil) => pupil.id),
    );
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  const pupilsSeenBy = async (teacher: Teacher): Promise<string> => {
    const client: Client = await app.as(teacher);
    const page = await client.get(`/app/projects/${project.id}`);
    expect(page.status).toBe(200);
    return page.html.slice(page.html.indexOf('id="pupils-heading"'));
  };

  it("shows full names to the teachers of the pupil's school", async () => {
    for (const teacher of [ada, enzo]) {
      const pupils = await pupilsSeenBy(teacher);
      expect(pupils).toContain("Luca Bianchi");
      expect(pupils).toContain("Sara Maria Éboli");
    }
  });

  it("shows a partner school's teacher the first name and the last name's initial only", async () => {
    const pupils = await pupilsSeenBy(marie);
    expect(pupils).toContain("Pupils of Ada Lovelace");
    expect(pupils).toContain("Luca B.");
    expect(pupils).toContain("Sara É.");
    expect(pupils).not.toContain("Bianchi");
    expect(pupils).not.toContain("Maria");
    expect(pupils).not.toContain("Éboli");
  });
});
