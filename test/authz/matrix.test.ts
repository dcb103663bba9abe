/**
 * The authorization matrix (safety issue, point 12): every route of createToolApp and every chat
 * command, for every persona, in every project kind and status, on SQLite and PostgreSQL,
 * answers as test/authz/table.ts says. Allowed: 2xx/3xx and, for a POST, something stored.
 * Refused: 4xx with a message, and no row of core's tables changed. A route or command without
 * a row (or a row without its route) fails the first tests: add the row (see table.ts's header).
 *
 *   npx vitest run test/authz/matrix.test.ts
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createToolApp } from "../../lti-tool/app.ts";
import { ALL_COMMANDS, CommandDispatcher } from "../../matrix-bot/commands/dispatcher.ts";
import type { RoomContext } from "../../matrix-bot/commands/command.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Answer, authzOidc, changedTables, Harness, pathOf } from "./harness.ts";
import { registeredRoutes } from "./routes.ts";
import { COMMANDS, type CommandRow, GLOBAL_VARIANT, ROUTES, type RouteRow, UPLOADED_PDF } from "./table.ts";
import {
  type Fixture,
  HOME,
  PERSONAS,
  PUPIL_MATRIX_PREFIX,
  type Persona,
  VARIANTS,
  type VariantName,
  linkMatrixIds,
} from "./world.ts";

/** Refused requests sent at once; each database's run stays well under its timeout on a busy machine. */
const CONCURRENT = 8;
// Fourteen personas (national units' staff included) in eight variants on a machine shared by several runs.
const TIMEOUT = 900_000;

describe.each(DATABASE_KINDS)("authorization matrix on %s", (kind) => {
  let world: World;
  let h: Harness;

  beforeAll(async () => {
    // Every refusal logs a line; thousands of them would bury the one mismatch that matters.
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    world = await World.create(kind);
    h = await Harness.start(world);
  });
  const linkFixture = (fixture: Fixture) => linkMatrixIds(world, h.staff, fixture);
  afterAll(async () => {
    await h?.stop();
    await world?.destroy();
  });

  it("has one row for every route the tool registers, and none for a route that is gone", () => {
    const app = createToolApp({
      database: world.store.database,
      core: world.deps,
      lti: h.pages.tool.config,
      oidc: authzOidc(world),
    });
    const inTable = ROUTES.map((row) => row.route);
    const registered = registeredRoutes(app);
    // Named first, so that a failure says which routes lack a row and which rows are stale.
    expect(
      registered.filter((route) => !inTable.includes(route)),
      "routes without a row",
    ).toEqual([]);
    expect(
      inTable.filter((route) => !registered.includes(route)),
      "rows for no route",
    ).toEqual([]);
    expect(inTable.sort()).toEqual(registered);
  });

  it("has one row for every chat command the dispatcher knows", () => {
    expect(COMMANDS.map((row) => row.name).sort()).toEqual(ALL_COMMANDS.map((c) => c.name).sort());
  });

  it(
    "answers every route as the table says, for every person, project kind and status",
    async () => {
      const mismatches: string[] = [];
      for (const row of ROUTES) {
        const [method = "", route = ""] = row.route.split(" ");
        // Only the Matrix account page needs linked Matrix IDs; linking costs every fixture two writes.
        const prepare = route.startsWith("/app/matrix") ? linkFixture : undefined;
        await eachCase(
          row.scope === "project",
          row.allow,
          async (persona, fixture) => {
            const answer = await h.send(persona, fixture, {
              method,
              path: pathOf(route, row.params(fixture)),
              form: method === "POST" ? row.form(fixture) : undefined,
              upload: row.upload ? UPLOADED_PDF : undefined,
            });
            return (allowed, changed) => judgeRoute(row, method, fixture, answer, allowed, changed);
          },
          prepare,
        ).then((found) => mismatches.push(...found.map((m) => `${row.route} ${m}`)));
        if (row.endsSession) h.forgetSessions();
      }
      expect(mismatches).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "answers every chat command as the table says, escaping what people wrote",
    async () => {
      const bot = new CommandDispatcher({
        deps: world.deps,
        prefix: "!tw",
        pupils: { isPupil: async (id) => id.startsWith(PUPIL_MATRIX_PREFIX) },
        commandsPerMinute: 1_000_000,
      });
      const mismatches: string[] = [];
      for (const row of COMMANDS) {
        await eachCase(
          true,
          row.allow,
          async (persona, fixture) => {
            const sender = fixture.matrixIdOf(persona);
            const reply = await bot.handle({
              sender,
              body: `!tw ${row.body(fixture)}`,
              room: roomOf(row, fixture),
            });
            return (allowed, changed) => judgeCommand(row, fixture, reply, allowed, changed);
          },
          linkFixture,
        ).then((found) => mismatches.push(...found.map((m) => `${row.name} ${m}`)));
      }
      expect(mismatches).toEqual([]);
    },
    TIMEOUT,
  );

  /**
   * Runs one row for every persona in every variant (or the global one). The refused cases of all
   * variants go first and together, under one fingerprint of every table (if something changed,
   * again one by one to name who); then the allowed ones, one by one within a variant, each
   * spoiling the fixture it changed.
   */
  async function eachCase(
    perVariant: boolean,
    allow: (persona: Persona, fixture: Fixture) => boolean,
    run: (persona: Persona, fixture: Fixture) => Promise<Judge>,
    prepare: (fixture: Fixture) => Promise<void> = async () => undefined,
  ): Promise<string[]> {
    const mismatches: string[] = [];
    const record = (name: VariantName, persona: Persona, allowed: boolean, found: string | undefined) => {
      if (found) mismatches.push(`[${name}] ${persona} (${allowed ? "allow" : "deny"}): ${found}`);
    };
    const fixture = async (name: VariantName) => {
      const found = await h.fixture(name);
      await prepare(found);
      return found;
    };
    /** One case on its own; in a variant's lane only that fixture's own writes count (lanes run together). */
    const alone = async (name: VariantName, persona: Persona, allowed: boolean, lane: boolean) => {
      const current = await fixture(name);
      const mark = () => (lane ? h.fixtureWrites(current) : h.fingerprint());
      const before = await mark();
      const judge = await run(persona, current);
      const after = await mark();
      const changed = after !== before;
      if (changed) h.spoil(name);
      const found = judge(allowed, changed);
      record(
        name,
        persona,
        allowed,
        found && changed && !lane ? `${found} (${changedTables(before, after)})` : found,
      );
    };
    const variants = perVariant ? (Object.keys(VARIANTS) as VariantName[]) : [GLOBAL_VARIANT];
    const cases: { name: VariantName; persona: Persona; allowed: boolean; current: Fixture }[] = [];
    for (const name of variants) {
      const current = await fixture(name);
      for (const persona of PERSONAS)
        cases.push({ name, persona, allowed: allow(persona, current), current });
    }
    const refused = cases.filter((c) => !c.allowed);
    const before = await h.fingerprint();
    const judged = [];
    // A few at a time: enough to overlap the requests, not so many that the pool's queue times out.
    for (let i = 0; i < refused.length; i += CONCURRENT) {
      const batch = refused.slice(i, i + CONCURRENT);
      judged.push(
        ...(await Promise.all(batch.map(async (c) => ({ ...c, judge: await run(c.persona, c.current) })))),
      );
    }
    if ((await h.fingerprint()) === before) {
      for (const c of judged) record(c.name, c.persona, false, c.judge(false, false));
    } else {
      for (const name of variants) h.spoil(name);
      for (const c of refused) await alone(c.name, c.persona, false, false);
    }
    // Allowed cases change their fixture: one after another within a variant, the variants side by side.
    await Promise.all(
      variants.map(async (name) => {
        for (const c of cases.filter((c) => c.allowed && c.name === name))
          await alone(name, c.persona, true, perVariant);
      }),
    );
    return mismatches;
  }
});

/** What is wrong with one answer, given whether it was allowed and whether rows changed. */
type Judge = (allowed: boolean, changed: boolean) => string | undefined;

function roomOf(row: CommandRow, fixture: Fixture): RoomContext {
  if (row.room === "project") return { kind: "project", projectId: fixture.project.id };
  if (row.room === "national_unit") return { kind: "national_unit", country: HOME };
  return { kind: "direct" };
}

/** What is wrong with a route's answer, or undefined. */
function judgeRoute(
  row: RouteRow,
  method: string,
  fixture: Fixture,
  answer: Answer,
  allowed: boolean,
  changed: boolean,
): string | undefined {
  if (answer.status >= 500) return `server error ${answer.status}`;
  if (answer.body.includes(fixture.project.title)) return "the project's title is not escaped";
  if (method === "GET" && changed) return "reading the page wrote rows";
  if (allowed) {
    if (answer.status >= 400) return `refused with ${answer.status}: ${headline(answer.body)}`;
    if (method === "POST" && row.changes && !changed) return `answered ${answer.status} but stored nothing`;
    return undefined;
  }
  // A refused form may be shown again with 200 (validation re-render) as long as nothing was stored.
  const reRendered = method === "POST" && answer.status === 200;
  if (answer.status < 400 && !reRendered) return `allowed with ${answer.status} ${answer.location ?? ""}`;
  if (changed) return `refused with ${answer.status} but rows changed`;
  if (!/<h1[^>]*>[^<]+<\/h1>|"error"|<div class="error-summary"/.test(answer.body) && answer.status !== 404)
    return `refused with ${answer.status} without a message`;
  return undefined;
}

function judgeCommand(
  row: CommandRow,
  fixture: Fixture,
  reply: { text: string; html: string } | undefined,
  allowed: boolean,
  changed: boolean,
): string | undefined {
  if (!reply) return "no reply";
  if (reply.html.includes(fixture.project.title)) return "the project's title is not escaped";
  const proven = reply.text.includes(row.proof(fixture));
  if (allowed) return proven ? undefined : `refused: ${reply.text}`;
  if (proven) return `allowed: ${reply.text}`;
  if (changed) return `refused (${reply.text}) but rows changed`;
  return undefined;
}

function headline(body: string): string {
  return (/<h1[^>]*>([^<]*)<\/h1>/.exec(body)?.[1] ?? body.slice(0, 120)).trim();
}
