import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMatrixLinkCode,
  diaryCounts,
  PAGE_SIZE,
  type Project,
  type Teacher,
} from "../../core/index.ts";
import { CommandDispatcher } from "../../matrix-bot/commands/dispatcher.ts";
import { type DueProject, WeeklyDiaryRecords } from "../../matrix-bot/store/weeklyDiary.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { largestRead } from "../support/reads.ts";
import { World } from "../support/world.ts";

const INVITATIONS = 60;
const WEEK = { from: "2026-11-16T00:00:00.000Z", to: "2026-11-23T00:00:00.000Z" };

/**
 * Issue 18: the bot's `invitations` lists a page, `accept <code>` finds the invitation by its
 * reference in the database, and its weekly diary summary is counted there, however many
 * invitations or events exist.
 */
describe.each(DATABASE_KINDS)("the bot's bounded reads on %s", (kind) => {
  let w: World;
  let bot: CommandDispatcher;
  let anna: Teacher;
  let carla: Teacher;
  let project: Project;
  let invitationIds: string[];

  beforeAll(async () => {
    w = await World.create(kind);
    bot = new CommandDispatcher({ deps: w.deps, prefix: "!tw", pupils: { isPupil: async () => false } });
    anna = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT"));
    const bruno = await w.teacher("Bruno Martin", await w.school("Collège Hugo", "FR"));
    carla = await w.teacher("Carla Nowak", await w.school("Szkoła 5", "PL"));
    project = await w.activeProject(anna, bruno, w.form({ title: "Stelle" }));
    // Sixty projects that invited Carla: copies of Anna's, each with its own title.
    const row = (await w.store.knex("projects").where({ id: project.id }).first()) as Record<string, unknown>;
    const copies = Array.from({ length: INVITATIONS }, (_, i) => ({
      ...row,
      id: w.deps.ids.newId(),
      title: `Progetto ${i}`,
    }));
    await w.store.knex("projects").insert(copies);
    await w.store.knex("project_teachers").insert(
      copies.map((c) => ({
        project_id: c.id,
        teacher_id: anna.id,
        role: "founder",
        joined_at: "2026-11-01T00:00:00.000Z",
      })),
    );
    const invitations = copies.map((c, i) => ({
      id: w.deps.ids.newId(),
      project_id: c.id,
      teacher_id: carla.id,
      invited_by: anna.id,
      status: "pending",
      created_at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    }));
    await w.store.knex("invitations").insert(invitations);
    invitationIds = invitations.map((i) => i.id);
    const { code } = await createMatrixLinkCode(w.deps, w.actor(carla));
    await bot.handle({ sender: "@carla:pl.example", body: `link ${code}`, room: { kind: "direct" } });
  }, 120_000);
  afterAll(async () => {
    await w.destroy();
  });

  it("lists the oldest page of sixty invitations and says that more wait", async () => {
    const answer = await bot.handle({
      sender: "@carla:pl.example",
      body: "invitations",
      room: { kind: "direct" },
    });
    const lines = (answer?.text ?? "").split("\n");
    expect(lines.filter((line) => line.includes("from Anna Rossi"))).toHaveLength(PAGE_SIZE);
    expect(answer?.text).toContain(`${invitationIds[0]!.slice(0, 8)} “Progetto 0”`);
    expect(answer?.text).not.toContain("“Progetto 59”");
    expect(answer?.text).toContain("More invitations wait: these are the oldest.");
  });

  it("accepts an invitation by its code among sixty, reading none of the others", async () => {
    const id = invitationIds[41]!;
    let text = "";
    const largest = await largestRead(w.store.knex, async () => {
      const answer = await bot.handle({
        sender: "@carla:pl.example",
        body: `accept ${id.slice(0, 8)}`,
        room: { kind: "direct" },
      });
      text = answer?.text ?? "";
    });
    expect(text).toContain("Welcome to “Progetto 41”");
    expect(largest).toBeLessThanOrEqual(2);
    const accepted = await w.store.knex("invitations").where({ id }).first();
    expect(accepted.status).toBe("accepted");
    const joined = await w.store
      .knex("project_teachers")
      .where({ teacher_id: carla.id })
      .select("project_id");
    expect(joined).toEqual([{ project_id: accepted.project_id }]);
  });

  it("tells a code that matches none of the teacher's pending invitations", async () => {
    const accepted = invitationIds[41]!;
    const answer = await bot.handle({
      sender: "@carla:pl.example",
      body: `accept ${accepted.slice(0, 8)}`,
      room: { kind: "direct" },
    });
    expect(answer?.text).toContain(accepted.slice(0, 8));
    expect(answer?.text).not.toContain("Welcome");
  });

  it("walks the projects due a weekly summary a page at a time, leaving out those already sent", async () => {
    const records = new WeeklyDiaryRecords(w.store.database);
    const active: { id: string }[] = await w.store.knex("projects").where({ status: "active" }).select("id");
    const summarised = active.slice(0, 10).map((p) => p.id);
    for (const id of summarised) await records.sent(id, "2026-11-23", "2026-11-23T07:00:00.000Z");
    await records.sent(active[10]!.id, "2026-11-16", "2026-11-16T07:00:00.000Z");
    const walked: string[] = [];
    const largest = await largestRead(w.store.knex, async () => {
      let page: DueProject[] = [];
      do {
        page = await records.due("2026-11-23", page.at(-1)?.cursor, PAGE_SIZE);
        walked.push(...page.map((p) => p.id));
      } while (page.length === PAGE_SIZE);
    });
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.sort()).toEqual(
      active
        .map((p) => p.id)
        .filter((id) => !summarised.includes(id))
        .sort(),
    );
    expect(largest).toBeLessThanOrEqual(PAGE_SIZE);
  });

  it("counts a week of the diary in the database: only that week, only that project, milestones when done", async () => {
    const event = (type: string, createdAt: string, payload: object = {}, projectId = project.id) => ({
      type,
      actor_id: anna.id,
      project_id: projectId,
      payload: JSON.stringify(payload),
      created_at: createdAt,
    });
    const inWeek = (i: number) => new Date(Date.parse(WEEK.from) + i * 3_600_000).toISOString();
    const { id: other } = await w.store.knex("projects").whereNot({ id: project.id }).first("id");
    await w.store.knex("events").insert([
      ...Array.from({ length: 120 }, (_, i) => event("page_revised", inWeek(i))),
      event("page_created", inWeek(1)),
      event("page_created", inWeek(2)),
      event("material_added", inWeek(3)),
      event("member_joined", inWeek(4), { teacherId: carla.id }),
      event("milestone_updated", inWeek(5), { title: "Kick-off", dueDate: "2026-11-20", done: true }),
      event("milestone_updated", inWeek(6), { title: "Survey", dueDate: "2026-11-30", done: false }),
      // The week before, the Monday it ends on, and another project: none counts.
      event("page_created", "2026-11-15T23:59:59.999Z"),
      event("page_created", WEEK.to),
      event("page_created", inWeek(7), {}, other),
    ]);
    let counts: Awaited<ReturnType<typeof diaryCounts>> | undefined;
    const largest = await largestRead(w.store.knex, async () => {
      counts = await diaryCounts(w.deps, project.id, WEEK.from, WEEK.to);
    });
    expect(counts).toEqual({
      pagesCreated: 2,
      pagesChanged: 120,
      materialsAdded: 1,
      membersJoined: 1,
      milestonesDone: 1,
    });
    expect(largest).toBeLessThanOrEqual(6);
  });
});
