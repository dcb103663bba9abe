import { randomUUID } from "node:crypto";
import { createServer, request, type Server } from "node:http";
import knexFactory from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { RegistrationTokens } from "../../lti-tool/lti/store.ts";
import { openDatabase } from "../../store/database.ts";
import { homeserver, matrixPerson } from "../matrix/people.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { freePort } from "../support/postgres.ts";
import { type Started, startEntry } from "../support/process.ts";

/**
 * The documented deployment with several processes: two web processes (`npm run start:web`)
 * behind a proxy and two bots (`npm run start:bot`), all on one PostgreSQL, started at once.
 * A teacher's journey alternates between the web processes; the lease keeps one bot working.
 */
describe("web processes and bots on one PostgreSQL", () => {
  const adminUrl = process.env.TEST_DATABASE_URL ?? inject("postgresUrl");
  const name = `test_${randomUUID().replace(/-/g, "")}`;
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const admin = knexFactory({ client: "pg", connection: adminUrl, pool: { min: 0, max: 1 } });
  const processes: Started[] = [];
  const served: number[] = [];
  let proxy: Server;
  let publicUrl: string;
  let platform: Platform;

  beforeAll(async () => {
    await admin.raw(`CREATE DATABASE ${name}`);
    const proxyPort = await freePort();
    publicUrl = `http://localhost:${proxyPort}`;
    const bot = await matrixPerson("twinbot");
    const env = {
      PORT: "0",
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: publicUrl,
      ALLOW_PRIVATE_REGISTRATION_URLS: "true",
      MATRIX_HOMESERVER_URL: homeserver().url,
      MATRIX_BOT_ACCESS_TOKEN: bot.accessToken,
    };
    const listening = /OpenTwinning listening on http:\/\/127\.0\.0\.1:(\d+)/;
    // All at once, as an orchestrator starts them: they take turns at the migrations.
    processes.push(
      ...(await Promise.all([
        startEntry("app/main.ts", env, listening, 60_000, ["web"]),
        startEntry("app/main.ts", env, listening, 60_000, ["web"]),
        startEntry("app/main.ts", env, /"msg":"running as/, 60_000, ["bot"]),
      ])),
    );
    const backends = processes.slice(0, 2).map((web) => Number(listening.exec(web.output())?.[1]));
    proxy = roundRobin(backends, (backend) => served.push(backend));
    await new Promise<void>((done) => proxy.listen(proxyPort, "127.0.0.1", done));
    platform = await startPlatform();
  }, 180_000);
  afterAll(async () => {
    await platform?.stop();
    proxy?.close();
    await Promise.all(processes.map((started) => started.stop()));
    await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
  });

  it("runs a teacher's registration and launch across both web processes", async () => {
    const database = openDatabase(databaseUrl);
    try {
      const token = await new RegistrationTokens(database.knex).create({
        schoolName: "Liceo Galilei",
        country: "IT",
      });
      await platform.register(`${publicUrl}/lti/register/${token}`, {
        schoolName: "Liceo Galilei",
        country: "IT",
      });
      const teacher = { id: "moodle-user-7", name: "Giulia Rossi", email: "giulia.rossi@liceo.example" };
      const launch = await platform.launch({ user: teacher, roles: [ROLES.instructor] });
      expect(launch.response.status).toBe(303);
      const landing = await launch.follow();
      expect(landing.status).toBe(200);
      expect(await landing.text()).toContain("My projects"); // the teacher's dashboard
      // Login and launch, session and page: each step may land on either process.
      expect(new Set(served).size).toBe(2);
    } finally {
      await database.knex.destroy();
    }
  });

  it("keeps one bot working; a second waits and takes over when the first stops", async () => {
    const database = openDatabase(databaseUrl);
    const holder = async () =>
      (
        (await database.knex("matrix_bot_lease").where({ name: "matrix-bot" }).first("owner")) as {
          owner?: string;
        }
      )?.owner;
    try {
      const second = await startEntry(
        "app/main.ts",
        {
          DATABASE_URL: databaseUrl,
          PUBLIC_URL: publicUrl,
          MATRIX_HOMESERVER_URL: homeserver().url,
          MATRIX_BOT_ACCESS_TOKEN: (await matrixPerson("twinbot")).accessToken,
        },
        /"msg":"running as/,
        60_000,
        ["bot"],
      );
      processes.push(second);
      const first = await holder();
      expect(first).toBeDefined();
      await new Promise((done) => setTimeout(done, 3000));
      expect(await holder()).toBe(first);
      // The first bot, stopped gracefully, releases the lease; the second takes it.
      await processes[2]?.stop();
      const until = Date.now() + 20_000;
      while ((await holder()) === first || (await holder()) === undefined) {
        if (Date.now() > until) throw new Error("the second bot did not take over");
        await new Promise((done) => setTimeout(done, 200));
      }
      // The bot that works drains what the web processes wrote to the outbox.
      const newest = Number(((await database.knex("events").max("id as id").first()) as { id: number }).id);
      expect(newest).toBeGreaterThan(0);
      const position = async () =>
        Number(
          (
            (await database
              .knex("consumer_cursors")
              .where({ consumer: "matrix-bot-twinspace" })
              .first("position")) as {
              position?: number;
            }
          )?.position ?? 0,
        );
      while ((await position()) < newest) {
        if (Date.now() > until) throw new Error("the working bot did not drain the outbox");
        await new Promise((done) => setTimeout(done, 200));
      }
    } finally {
      await database.knex.destroy();
    }
  });
});

/** A proxy that sends each request to the next backend, as a load balancer without stickiness does. */
function roundRobin(backends: number[], onServe: (backend: number) => void): Server {
  let next = 0;
  return createServer((incoming, outgoing) => {
    const backend = backends[next++ % backends.length] ?? 0;
    onServe(backend);
    const forwarded = request(
      {
        host: "127.0.0.1",
        port: backend,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on("error", () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
}
