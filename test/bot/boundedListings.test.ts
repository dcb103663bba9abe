import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTeachers } from "../../bench/seed.ts";
import { COUNT_CAP, createMatrixLinkCode, PAGE_SIZE, type Project } from "../../core/index.ts";
import type { RoomContext } from "../../matrix-bot/commands/command.ts";
import { CommandDispatcher } from "../../matrix-bot/commands/dispatcher.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";

const TEACHERS = PAGE_SIZE + 5;
const PUPILS = COUNT_CAP + 1;

/**
 * Issue 18 (3): the bot's listing of a project's people in chat is a page of its teachers and
 * capped counts, never every member of a big project.
 */
describe.each(DATABASE_KINDS)("“members” in a big project's room on %s", (kind) => {
  let w: World;
  let bot: CommandDispatcher;
  let project: Project;

  beforeAll(async () => {
    w = await World.create(kind);
    bot = new CommandDispatcher({ deps: w.deps, prefix: "!tw", pupils: { isPupil: async () => false } });
    const galilei = await w.school("Liceo Galilei", "IT");
    const anna = await w.teacher("Anna Rossi", galilei);
    const bruno = await w.teacher("Bruno Martin", await w.school("Collège Hugo", "FR"));
    project = await w.activeProject(anna, bruno, w.form({ title: "Stelle" }));
    await seedTeachers(w.store.knex, TEACHERS - 2, 7);
    const seeded: { id: string }[] = await w.store
      .knex("teachers")
      .whereNotIn("id", [anna.id, bruno.id])
      .select("id");
    await w.store.knex("project_teachers").insert(
      seeded.map((t) => ({
        project_id: project.id,
        teacher_id: t.id,
        role: "teacher",
        joined_at: "2027-01-01T00:00:00.000Z",
      })),
    );
    const pupils = Array.from({ length: PUPILS }, (_, i) => ({
      id: w.deps.ids.newId(),
      display_name: `Alunno ${i}`,
      school_id: galilei.id,
      teacher_id: anna.id,
      created_at: "2026-11-01T00:00:00.000Z",
    }));
    for (let i = 0; i < pupils.length; i += 100) {
      const part = pupils.slice(i, i + 100);
      await w.store.knex("pupils").insert(part);
      await w.store.knex("project_pupils").insert(
        part.map((p) => ({
          project_id: project.id,
          pupil_id: p.id,
          added_by: anna.id,
          joined_at: "2026-11-02T00:00:00.000Z",
        })),
      );
    }
    const { code } = await createMatrixLinkCode(w.deps, w.actor(anna));
    await bot.handle({ sender: "@anna:it.example", body: `link ${code}`, room: { kind: "direct" } });
  }, 120_000);
  afterAll(async () => {
    await w.destroy();
  });

  it("lists a page of teachers, tells how many there are in all, and caps the pupils' count", async () => {
    const room: RoomContext = { kind: "project", projectId: project.id };
    const reply = (await bot.handle({ sender: "@anna:it.example", body: "!tw members", room }))?.text ?? "";
    const teacherLines = reply.split("\n").filter((line) => / — (founder|admin|teacher), /.test(line));
    expect(teacherLines).toHaveLength(PAGE_SIZE);
    expect(reply).toContain(`${TEACHERS} teachers in all: the project page lists every one.`);
    expect(reply).toContain("and more than 1,000 pupils");
  });
});
