/**
 * `npm run bench -- provisioning`: TwinSpaces made on a local Synapse by `npm run admin --
 * reconcile all`, with every Matrix call counted at the HTTP level (a counting proxy between
 * the bot and the homeserver). Each project has 4 teachers with Matrix accounts; the minimum
 * for a new TwinSpace is one call per room plus one per member to invite (counted on the
 * homeserver afterwards, however the bot sent the invitations), plus a small
 * constant for the process (who am I, capabilities). Then the bot's periodic pass over the
 * unchanged projects (run in this process, as the running bot runs it) should need none but
 * that constant, while a forced `reconcile all` still reads every room.
 */
import { acceptInvitation, createMatrixLinkCode, inviteTeacher, linkMatrixAccount } from "../core/index.ts";
import { MatrixBot } from "../matrix-bot/bot.ts";
import { countingProxy } from "../test/support/countingProxy.ts";
import { runEntry } from "../test/support/process.ts";
import { registerUser, startSynapse } from "../test/support/synapse.ts";
import { World } from "../test/support/world.ts";
import { writeResult } from "./measure.ts";

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 5);
const TEACHERS_PER_PROJECT = 4;

export async function benchProvisioning(): Promise<string> {
  const synapse = await startSynapse();
  const world = await World.create("sqlite");
  const proxy = await countingProxy(synapse.url);
  try {
    const bot = await registerUser(synapse, `twinbot.bench.${Date.now()}`, { admin: true });
    const { filename } = (
      world.store.database.knex.client as { config: { connection: { filename: string } } }
    ).config.connection;
    const env = {
      DATABASE_URL: `sqlite:${filename}`,
      MATRIX_HOMESERVER_URL: proxy.url,
      MATRIX_BOT_ACCESS_TOKEN: bot.accessToken,
      MATRIX_JITSI_BASE_URL: "https://meet.example.org",
      LOG_LEVEL: "warn",
    };
    const buildProjects = async () => {
      for (let p = 0; p < PROJECTS; p++) {
        const teachers = [];
        for (let i = 0; i < TEACHERS_PER_PROJECT; i++) {
          // Schools in two countries: a European project (teachers of one school would make a school project).
          const school = await world.school(`Scuola ${p}-${i}`, i % 2 ? "FR" : "IT", "Roma");
          const teacher = await world.teacher(`Teacher ${p}-${i}`, school);
          const person = await registerUser(synapse, `teacher.${p}.${i}.${Date.now()}`);
          const { code } = await createMatrixLinkCode(world.deps, { accountId: teacher.id });
          await linkMatrixAccount(world.deps, person.userId, code);
          teachers.push(teacher);
        }
        const project = await world.activeProject(teachers[0]!, teachers[1]!);
        for (const teacher of teachers.slice(2)) {
          const invitation = await inviteTeacher(
            world.deps,
            { accountId: teachers[0]!.id },
            project.id,
            teacher.id,
          );
          await acceptInvitation(world.deps, { accountId: teacher.id }, invitation.id);
        }
      }
    };
    const measured = async (label: string, run: () => Promise<void>) => {
      proxy.calls.clear();
      const started = performance.now();
      await run();
      const seconds = (performance.now() - started) / 1000;
      const byShape = Object.fromEntries([...proxy.calls].sort((a, b) => b[1] - a[1]));
      return { label, calls: proxy.total(), seconds, byShape };
    };
    const pass = (label: string) =>
      measured(label, async () => {
        const result = await runEntry("app/admin.ts", env, ["reconcile", "all"]);
        if (result.code !== 0) throw new Error(`reconcile all failed: ${result.err}`);
      });
    // The running bot's periodic pass: it skips what neither the project nor the rooms' /sync changed.
    const periodicPass = (label: string) =>
      measured(label, async () => {
        const running = await MatrixBot.create({
          config: {
            homeserverUrl: proxy.url,
            accessToken: bot.accessToken,
            jitsiBaseUrl: env.MATRIX_JITSI_BASE_URL,
            commandPrefix: "!tw",
            pollIntervalMs: 1_000,
            fullPassIntervalMs: 60_000,
          },
          database: world.store.database,
          core: world.deps,
          log: { info: () => {}, warn: () => {} },
        });
        try {
          await running.fullPass(undefined, { onlyChanged: true });
        } finally {
          await running.stop();
        }
      });
    // The process's own calls (who am I, capabilities), as a pass with no project makes them.
    const constant = (await pass("no project")).calls;
    await buildProjects();
    const first = await pass("new TwinSpaces");
    const roomIds = (
      (await world.store.database.knex("matrix_rooms").whereNotNull("room_id").select("room_id")) as {
        room_id: string;
      }[]
    ).map((row) => row.room_id);
    const rooms = roomIds.length;
    // Invitations the layout asks for: each teacher in every room a teacher belongs in, as
    // the homeserver holds them (in createRoom or one by one: the minimum counts them alike).
    const invites = await invitationsIn(synapse.url, bot.accessToken, roomIds);
    const second = await periodicPass("unchanged TwinSpaces, the bot's periodic pass");
    const forced = await pass("unchanged TwinSpaces, reconcile all (forced)");
    const minimum = rooms + invites;
    console.log(
      `${PROJECTS} projects, ${rooms} rooms, ${invites} invitations (${TEACHERS_PER_PROJECT} teachers each)`,
    );
    console.log(
      `first pass: ${first.calls} Matrix calls in ${first.seconds.toFixed(1)} s; per project ${((first.calls - constant) / PROJECTS).toFixed(1)} beyond the process's ${constant} against a minimum of ${(minimum / PROJECTS).toFixed(1)} (rooms + invitations): ${((first.calls - constant) / minimum).toFixed(2)}× (goal about 1×)`,
    );
    console.log(
      `second pass, nothing changed: ${second.calls} calls, ${((second.calls - constant) / PROJECTS).toFixed(1)} per project beyond the process's ${constant} (goal 0)`,
    );
    console.log(
      `forced pass (reconcile all), nothing changed: ${forced.calls} calls, ${((forced.calls - constant) / PROJECTS).toFixed(1)} per project`,
    );
    for (const [shape, n] of Object.entries(first.byShape))
      console.log(`  ${String(n).padStart(5)}  ${shape}`);
    for (const [title, result] of [
      ["second pass:", second],
      ["forced pass:", forced],
    ] as const) {
      console.log(title);
      for (const [shape, n] of Object.entries(result.byShape))
        console.log(`  ${String(n).padStart(5)}  ${shape}`);
    }
    return writeResult("provisioning", {
      projects: PROJECTS,
      rooms,
      invites,
      minimum,
      constant,
      first,
      second,
      forced,
    });
  } finally {
    proxy.close();
    await world.destroy();
    await synapse.stop();
  }
}

/** Pending invitations in these rooms, read directly from the homeserver (not through the proxy). */
async function invitationsIn(homeserverUrl: string, accessToken: string, roomIds: string[]): Promise<number> {
  let invites = 0;
  for (const roomId of roomIds) {
    const response = await fetch(
      `${homeserverUrl}/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/state`,
      { headers: { authorization: `Bearer ${accessToken}` } },
    );
    const state = (await response.json()) as { type: string; content: { membership?: string } }[];
    invites += state.filter((e) => e.type === "m.room.member" && e.content.membership === "invite").length;
  }
  return invites;
}
