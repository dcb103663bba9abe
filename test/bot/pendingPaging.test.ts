import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNT_CAP, createMatrixLinkCode, type Id } from "../../core/index.ts";
import type { RoomContext } from "../../matrix-bot/commands/command.ts";
import { CommandDispatcher } from "../../matrix-bot/commands/dispatcher.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { fillQueue } from "../support/queue.ts";
import { World } from "../support/world.ts";

/** Issue 18: a national unit's "pending" in chat stays a short message with a huge queue. */
describe.each(DATABASE_KINDS)("the chat's pending list with more than a thousand waiting on %s", (kind) => {
  let w: World;
  let bot: CommandDispatcher;
  let queue: Id[];
  const room: RoomContext = { kind: "national_unit", country: "IT" };
  const say = async (body: string) =>
    (await bot.handle({ sender: "@nu-it:it.example", body, room }))?.html ?? "(no reply)";

  beforeAll(async () => {
    w = await World.create(kind);
    bot = new CommandDispatcher({ deps: w.deps, prefix: "!tw", pupils: { isPupil: async () => false } });
    const anna = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT"));
    const bea = await w.teacher("Bea Verdi", await w.school("Liceo Volta", "IT"));
    const template = await w.projectAwaitingApproval(anna, bea, w.form({ title: "Stelle" }));
    queue = await fillQueue(w, template, "IT", COUNT_CAP + 4);
    const { code } = await createMatrixLinkCode(w.deps, w.actor(await w.moderator("IT")));
    await bot.handle({ sender: "@nu-it:it.example", body: `link ${code}`, room: { kind: "direct" } });
  }, 120_000);
  afterAll(async () => {
    await w.destroy();
  });

  it("lists the oldest requests and says how many more wait, capped", async () => {
    const reply = await say("!tw pending");
    const listed = [...reply.matchAll(/<code>([0-9a-f]{8})<\/code>/g)].map((m) => m[1]);
    expect(listed).toEqual(queue.slice(0, 20).map((id) => id.slice(0, 8)));
    expect(reply).toContain(`more than ${new Intl.NumberFormat("en").format(COUNT_CAP - 20)}`);
  });

  it("finds a project by its reference anywhere in the queue, not only among those listed", async () => {
    const last = queue.at(-1)!;
    expect(await say(`!tw show ${last.slice(0, 8)}`)).toContain(last.slice(0, 8));
    expect(await say(`!tw approve ${last.slice(0, 8)}`)).toMatch(/You approved/);
    const approvals = await w.store.read().approvals.forProjects([last]);
    expect(approvals.find((a) => a.country === "IT")?.status).toBe("approved");
    // A reference no project has (ids are random: pick a prefix none of them starts with).
    const ids: { id: string }[] = await w.store.knex("projects").select("id");
    const unknown = ["0000", "ffff", "5a5a", "a5a5"].find((p) => !ids.some(({ id }) => id.startsWith(p)))!;
    expect(await say(`!tw approve ${unknown}`)).toMatch(new RegExp(unknown));
  });
});
