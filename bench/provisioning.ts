/**
 * `npm run bench -- provisioning`: TwinSpaces made on a local Synapse by `npm run admin --
 * reconcile all`, with every Matrix call counted at the HTTP level (a counting proxy between
 * the bot and the homeserver). Each project has 4 teachers with Matrix accounts; the minimum
 * for a new TwinSpace is one call per room plus one per member to invite, plus a small
 * constant for the process (who am I, capabilities); a second pass over unchanged projects
 * should need none but that constant.
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { acceptInvitation, createMatrixLinkCode, inviteTeacher, linkMatrixAccount } from "../core/index.ts";
import { runEntry } from "../test/support/process.ts";
import { registerUser, startSynapse } from "../test/support/synapse.ts";
import { World } from "../test/support/world.ts";
import { writeResult } from "./measure.ts";

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 5);
const TEACHERS_PER_PROJECT = 4;

/** Forwards every request to `target`, counting them by method and path shape (ids as `…`). */
async function countingProxy(
  target: string,
): Promise<{ url: string; calls: Map<string, number>; server: Server }> {
  const calls = new Map<string, number>();
  const server = createServer((req, res) => {
    const shape = `${req.method} ${(req.url ?? "").split("?")[0]!.replace(/\/(![^/]+|@[^/]+|\$[^/]+|%21[^/]+|%40[^/]+|%24[^/]+|m\d+\.\d+|[\w.-]*\d{6,}[\w.-]*|[\w-]*[0-9a-f]{24,})/g, "/…")}`;
    calls.set(shape, (calls.get(shape) ?? 0) + 1);
    const forward = request(
      new URL(req.url ?? "/", target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, server };
}

const total = (calls: Map<string, number>) => [...calls.values()].reduce((a, b) => a + b, 0);

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
    const pass = async (label: string) => {
      proxy.calls.clear();
      const started = performance.now();
      const result = await runEntry("app/admin.ts", env, ["reconcile", "all"]);
      if (result.code !== 0) throw new Error(`reconcile all failed: ${result.err}`);
      const seconds = (performance.now() - started) / 1000;
      const byShape = Object.fromEntries([...proxy.calls].sort((a, b) => b[1] - a[1]));
      return { label, calls: total(proxy.calls), seconds, byShape };
    };
    // The process's own calls (who am I, capabilities), as a pass with no project makes them.
    const constant = (await pass("no project")).calls;
    await buildProjects();
    const first = await pass("new TwinSpaces");
    const rooms = Number(
      (
        (await world.store.database.knex("matrix_rooms").whereNotNull("room_id").count({ n: "*" })) as [
          { n: number },
        ]
      )[0].n,
    );
    // Invitations the layout asks for: each teacher in every room a teacher belongs in.
    const invites = first.byShape["POST /_matrix/client/v3/rooms/…/invite"] ?? 0;
    const second = await pass("unchanged TwinSpaces");
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
    for (const [shape, n] of Object.entries(first.byShape))
      console.log(`  ${String(n).padStart(5)}  ${shape}`);
    console.log("second pass:");
    for (const [shape, n] of Object.entries(second.byShape))
      console.log(`  ${String(n).padStart(5)}  ${shape}`);
    return writeResult("provisioning", {
      projects: PROJECTS,
      rooms,
      invites,
      minimum,
      constant,
      first,
      second,
    });
  } finally {
    proxy.server.closeAllConnections();
    proxy.server.close();
    await world.destroy();
    await synapse.stop();
  }
}
