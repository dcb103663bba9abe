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
 * Issue 18 (3): the bot's listings in chat are a page and capped counts: a project's people,
 * a teacher's projects; never every row of a big project or a long career.
 */
describe.each(DATABASE_KINDS)("the bot's listings for big projects and long careers on %s", (kind) => {
  let w: World;
  let bot: CommandDispatcher;
  let project: Project;
  let annaId: string;

  beforeAll(async () => {
    w = await World.create(kind);
    bot = new CommandDispatcher({ deps: w.deps, prefix: "!tw", pupils: { isPupil: async () => false } });
    const galilei = await w.school("Liceo Galilei", "IT");
    const anna = await w.teacher("Anna Rossi", galilei);
    annaId = anna.id;
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

  it("lists a page of the teacher's own projects in a direct message, and where to find the others", async () => {
    const row = (await w.store.knex("projects").where({ id: project.id }).first()) as Record<string, unknown>;
    const copies = Array.from({ length: PAGE_SIZE }, (_, i) => ({
      ...row,
      id: w.deps.ids.newId(),
      title: `Copia ${i}`,
      updated_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }));
    await w.store.knex("projects").insert(copies);
    await w.store.knex("project_teachers").insert(
      copies.map((c) => ({
        project_id: c.id,
        teacher_id: annaId,
        role: "founder",
        joined_at: c.updated_at,
      })),
    );
    const reply =
      (await bot.handle({ sender: "@anna:it.example", body: "projects", room: { kind: "direct" } }))?.text ??
      "";
    expect(reply.split("\n").filter((line) => / — /.test(line))).toHaveLength(PAGE_SIZE);
    expect(reply).toContain("Your dashboard in OpenTwinning lists the others.");
  });

  it("answers “invitations” with the same number of queries for one invitation or twenty", async () => {
    const carla = await w.teacher("Carla Nowak", await w.school("Szkoła 5", "PL"));
    const { code } = await createMatrixLinkCode(w.deps, w.actor(carla));
    await bot.handle({ sender: "@carla:pl.example", body: `link ${code}`, room: { kind: "direct" } });
    const projects: { id: string }[] = await w.store.knex("projects").select("id").limit(20);
    const invite = (projectIds: string[]) =>
      w.store.knex("invitations").insert(
        projectIds.map((projectId) => ({
          id: w.deps.ids.newId(),
          project_id: projectId,
          teacher_id: carla.id,
          invited_by: annaId,
          status: "pending",
          created_at: "2026-11-01T00:00:00.000Z",
        })),
      );
    const queriesOfListing = async () => {
      let queries = 0;
      const count = () => queries++;
      w.store.knex.on("query", count);
      try {
        await bot.handle({ sender: "@carla:pl.example", body: "invitations", room: { kind: "direct" } });
      } finally {
        w.store.knex.off("query", count);
      }
      return queries;
    };
    await invite([projects[0]!.id]);
    const one = await queriesOfListing();
    await invite(projects.slice(1).map((p) => p.id));
    const reply =
      (await bot.handle({ sender: "@carla:pl.example", body: "invitations", room: { kind: "direct" } }))
        ?.text ?? "";
    expect(reply.split("\n").filter((line) => line.includes("from Anna Rossi"))).toHaveLength(20);
    expect(await queriesOfListing()).toBe(one);
  });
});
