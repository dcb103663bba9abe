import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Account, createMatrixLinkCode, type Project, type Teacher } from "../../core/index.ts";
import type { RoomContext } from "../../matrix-bot/commands/command.ts";
import { CommandDispatcher } from "../../matrix-bot/commands/dispatcher.ts";
import { isCommandCandidate } from "../../matrix-bot/commands/filter.ts";
import { parseCommand } from "../../matrix-bot/commands/parse.ts";
import { RateLimiter } from "../../matrix-bot/commands/rateLimit.ts";
import { World } from "../support/world.ts";

describe("reading a message as a command", () => {
  it("needs the prefix in rooms, not in direct messages, and keeps quoted words together", () => {
    expect(parseCommand('!tw reject 3f2a "Too vague" really', "!tw")).toEqual({
      name: "reject",
      args: ["3f2a", "Too vague", "really"],
      rest: '3f2a "Too vague" really',
    });
    expect(parseCommand("Hello everyone, status of the video?", "!tw")).toBeUndefined();
    expect(parseCommand("LINK k7qf 3mzp", "!tw", { prefixOptional: true })).toMatchObject({
      name: "link",
      args: ["k7qf", "3mzp"],
    });
    expect(parseCommand("!TW Help", "!tw")).toMatchObject({ name: "help" });
  });

  it("skips the bot's own messages, edits, notices and history from before it listened", () => {
    const event = {
      type: "m.room.message",
      sender: "@anna:school.example",
      origin_server_ts: 2000,
      content: { msgtype: "m.text", body: "!tw status" },
    };
    expect(isCommandCandidate(event, "@bot:hs", 1000)).toBe(true);
    expect(isCommandCandidate({ ...event, sender: "@bot:hs" }, "@bot:hs", 1000)).toBe(false);
    expect(isCommandCandidate({ ...event, origin_server_ts: 500 }, "@bot:hs", 1000)).toBe(false);
    expect(
      isCommandCandidate({ ...event, content: { ...event.content, msgtype: "m.notice" } }, "@bot:hs", 1000),
    ).toBe(false);
    expect(
      isCommandCandidate(
        { ...event, content: { ...event.content, "m.relates_to": { rel_type: "m.replace" } } },
        "@bot:hs",
        1000,
      ),
    ).toBe(false);
  });

  it("limits commands per budget per minute: one notice with the time to wait, then silence until then", () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    for (const at of [0, 10_000, 20_000]) {
      now = at;
      expect(limiter.take("@a:hs")).toEqual({ kind: "allowed" });
    }
    now = 30_000;
    expect(limiter.take("@a:hs")).toEqual({ kind: "slow_down", retryAfterMs: 30_000 });
    now = 45_000;
    expect(limiter.take("@a:hs")).toEqual({ kind: "silent" });
    expect(limiter.take("@b:hs")).toEqual({ kind: "allowed" });
    now = 60_000; // the first command's minute is over: one more is allowed, and the next flood is told again
    expect(limiter.take("@a:hs")).toEqual({ kind: "allowed" });
    expect(limiter.take("@a:hs")).toEqual({ kind: "slow_down", retryAfterMs: 10_000 });
  });
});

describe("commands through core, as the linked sender", () => {
  let w: World;
  let bot: CommandDispatcher;
  let anna: Teacher;
  let bruno: Teacher;
  let carla: Teacher;
  let project: Project;
  let moderatorIT: Account;
  const pupilIds = new Set(["@pupil-x7:hs.example"]);
  const direct: RoomContext = { kind: "direct" };

  const say = async (sender: string, body: string, room: RoomContext) =>
    (await bot.handle({ sender, body, room }))?.text ?? "(no reply)";
  const link = async (who: { id: string }, matrixId: string) => {
    const { code } = await createMatrixLinkCode(w.deps, w.actor(who));
    return say(matrixId, `link ${code}`, direct);
  };

  beforeAll(async () => {
    w = await World.create("sqlite");
    bot = new CommandDispatcher({
      deps: w.deps,
      prefix: "!tw",
      pupils: { isPupil: async (id) => pupilIds.has(id) },
    });
    anna = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT"));
    bruno = await w.teacher("Bruno Martin", await w.school("Collège Hugo", "FR"));
    carla = await w.teacher("Carla Nowak", await w.school("Szkoła 5", "PL"));
    project = await w.projectAwaitingApproval(anna, bruno, w.form({ title: "Stars <b>& stories</b>" }));
    moderatorIT = await w.moderator("IT");
    await w.moderator("FR");
  });
  afterAll(async () => {
    await w.destroy();
  });

  it("refuses unlinked senders and pupils, saying what to do", async () => {
    expect(await say("@stranger:hs.example", "projects", direct)).toMatch(/link code.*“link <code>”/);
    expect(
      await say("@pupil-x7:hs.example", "!tw members", { kind: "project", projectId: project.id }),
    ).toMatch(/ask your teacher/);
    expect(await say("@stranger:hs.example", "link 123", direct)).toMatch(/unknown, already used or expired/);
  });

  it("links accounts by code and then lists the sender's own projects, escaping what users wrote", async () => {
    expect(await link(anna, "@anna:it.example")).toMatch(/@anna:it\.example is now linked to Anna Rossi/);
    await link(bruno, "@bruno:fr.example");
    await link(carla, "@carla:pl.example");
    await link(moderatorIT, "@nu-it:it.example");
    const reply = await bot.handle({ sender: "@anna:it.example", body: "projects", room: direct });
    expect(reply?.text).toContain("Stars <b>& stories</b> — awaiting approval");
    expect(reply?.html).toContain("Stars &lt;b&gt;&amp; stories&lt;/b&gt;");
    expect(reply?.html).not.toContain("<b>&");
  });

  it("national units approve from their room; a moderator of another country cannot", async () => {
    const itRoom: RoomContext = { kind: "national_unit", country: "IT" };
    const frRoom: RoomContext = { kind: "national_unit", country: "FR" };
    const ref = project.id.slice(0, 8);
    expect(await say("@nu-it:it.example", "!tw pending", itRoom)).toContain(ref);
    expect(await say("@nu-it:it.example", `!tw approve ${ref}`, frRoom)).toMatch(
      /Only the national unit of France/,
    );
    expect(await say("@anna:it.example", `!tw approve ${ref}`, itRoom)).toMatch(
      /Only the national unit of Italy/,
    );
    expect(await say("@nu-it:it.example", `!tw approve ${ref}`, itRoom)).toMatch(/You approved “Stars/);
    const approvals = await w.store.read().approvals.forRound(project.id, 1);
    expect(approvals.find((a) => a.country === "IT")?.status).toBe("approved");
    expect(approvals.find((a) => a.country === "FR")?.status).toBe("pending");
  });

  it("rejects with the reason the founders will read", async () => {
    const other = await w.projectAwaitingApproval(carla, anna);
    const ref = other.id.slice(0, 8);
    expect(
      await say("@nu-it:it.example", `!tw reject ${ref}`, { kind: "national_unit", country: "IT" }),
    ).toMatch(/reason/i);
    await say("@nu-it:it.example", `!tw reject ${ref} "The calendar has no dates."`, {
      kind: "national_unit",
      country: "IT",
    });
    const approval = (await w.store.read().approvals.forRound(other.id, 1)).find((a) => a.country === "IT");
    expect(approval).toMatchObject({ status: "rejected", reason: "The calendar has no dates." });
  });

  it("invites from a project room by Matrix ID; refuses non-members; the invitee accepts by DM", async () => {
    const eva = await w.teacher("Eva Lind", await w.school("Skola 3", "SE"));
    const active = await w.activeProject(anna, eva);
    const room: RoomContext = { kind: "project", projectId: active.id };
    expect(await say("@carla:pl.example", "!tw invite @anna:it.example", room)).toMatch(
      /Only the project's founders and admins/,
    );
    expect(await say("@anna:it.example", "!tw invite @carla:pl.example", room)).toMatch(
      /Invitation sent to Carla Nowak/,
    );
    const list = await say("@carla:pl.example", "invitations", direct);
    const code = /• ([0-9a-f]{8}) /.exec(list)?.[1];
    expect(code).toBeDefined();
    expect(await say("@carla:pl.example", `accept ${code}`, direct)).toMatch(/Welcome/);
    expect(await w.store.read().members.role(active.id, carla.id)).toBe("teacher");
    // Carla is an ordinary teacher: inviting is for founders and project admins (core's rule).
    const dora = await w.teacher("Dora Kis", await w.school("Iskola 1", "HU"));
    await link(dora, "@dora:hu.example");
    expect(await say("@carla:pl.example", "!tw invite @dora:hu.example", room)).toMatch(/founder|admin/i);
    expect(await say("@anna:it.example", "!tw members", room)).toMatch(/Carla Nowak — teacher, Poland/);
    expect(await say("@carla:pl.example", "!tw status", room)).toMatch(
      /active, european\n• Italy: approved\n• Sweden: approved/,
    );
    const milestones = active.milestones.map((m) => m.title);
    expect(await say("@carla:pl.example", "!tw milestones", room)).toContain(milestones[0]);
  });

  it("answers in the sender's language and explains where a command works", async () => {
    const giulia = await w.teacher("Giulia Verdi", await w.school("IC Verdi", "IT"));
    await w.store.transaction(async (tx) => {
      const account = (await tx.accounts.get(giulia.id))!;
      await tx.accounts.update({ ...account, locale: "it" }, w.clock.now());
    });
    // The confirmation of the link itself is already in her language, not only what follows it.
    expect(await link(giulia, "@giulia:it.example")).toMatch(
      /^Fatto: @giulia:it\.example è ora collegato a Giulia Verdi/,
    );
    expect(await say("@giulia:it.example", "!tw help", direct)).toMatch(/Cosa puoi chiedermi/);
    expect(await say("@giulia:it.example", "!tw pending", direct)).toMatch(
      /stanza della tua unità nazionale/,
    );
    expect(await say("@giulia:it.example", "!tw frobnicate", direct)).toMatch(/Non conosco il comando/);
    expect(await say("@anna:it.example", "!tw help reject", direct)).toMatch(/reject <project> <reason>/);
  });

  it("a pupil without an account is answered in the project's language", async () => {
    const founder = await w.teacher("Elena Neri", await w.school("Liceo Volta", "IT"));
    const partner = await w.teacher("Jan Novák", await w.school("ZŠ Praha", "CZ"));
    const italian = await w.activeProject(founder, partner, w.form({ title: "Fiumi", languages: ["it"] }));
    expect(
      await say("@pupil-x7:hs.example", "!tw members", { kind: "project", projectId: italian.id }),
    ).toMatch(/chiedi al tuo docente/);
  });

  it("tells a flooding sender once when to try again, then stays silent; direct messages keep their own budget", async () => {
    const strict = new CommandDispatcher({
      deps: w.deps,
      prefix: "!tw",
      pupils: { isPupil: async () => false },
      commandsPerMinute: 2,
    });
    const room: RoomContext = { kind: "project", projectId: project.id };
    const send = async (body: string, where: RoomContext) =>
      (await strict.handle({ sender: "@anna:it.example", body, room: where }))?.text ?? "(no reply)";
    const start = w.clock.current;
    expect(await send("!tw members", room)).toContain("Teachers of");
    w.clock.current = new Date(Date.parse(start) + 20_000).toISOString();
    expect(await send("!tw members", room)).toContain("Teachers of");
    expect(await send("!tw members", room)).toBe(
      "That is a lot of commands in a minute. Send your next one in 40 seconds; until then I will not answer.",
    );
    expect(await send("!tw members", room)).toBe("(no reply)");
    expect(await send("!tw milestones", room)).toBe("(no reply)");
    // The flood in the project room does not lock her out of her direct messages (link, accept, ...).
    expect(await send("projects", direct)).toContain("Your projects");
    w.clock.current = new Date(Date.parse(start) + 61_000).toISOString();
    expect(await send("!tw members", room)).toContain("Teachers of");
    w.clock.current = start;
  });
});
