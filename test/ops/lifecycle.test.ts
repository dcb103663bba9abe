import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { homeserver, matrixPerson } from "../matrix/people.ts";
import { freePort } from "../support/postgres.ts";
import { type Started, startEntry } from "../support/process.ts";

/** The product's process as an operator meets it: configuration, readiness, metrics port, stopping. */
const dir = mkdtempSync(join(tmpdir(), "opentwinning-lifecycle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let databases = 0;
const sqlite = () => `sqlite:${join(dir, `db-${++databases}.sqlite`)}`;

const LISTENING = /OpenTwinning listening on http:\/\/127\.0\.0\.1:(\d+)/;
const portOf = (app: Started) => Number(LISTENING.exec(app.output())?.[1]);
const exited = (app: Started) =>
  new Promise<number | null>((done) => {
    if (app.child.exitCode !== null) done(app.child.exitCode);
    else app.child.once("exit", (code) => done(code));
  });

describe("configuration at start", () => {
  it("stops on a bad value, naming the variable and what is wrong, without repeating a secret", async () => {
    await expect(
      startEntry("app/main.ts", { PORT: "http", DATABASE_URL: sqlite() }, LISTENING),
    ).rejects.toThrow(/PORT must be a port number \(0-65535\)/);
    const secret = "short-secret-value";
    const refused = startEntry(
      "app/main.ts",
      { PORT: "0", DATABASE_URL: sqlite(), PUBLIC_URL: "https://twinning.example.org", LTI_KEY: secret },
      LISTENING,
    );
    await expect(refused).rejects.toThrow(/LTI_KEY must be set to a random secret of at least 32 characters/);
    await expect(refused).rejects.not.toThrow(secret);
  });

  it("reads an optional .env in the working directory, the environment winning", async () => {
    const cwd = mkdtempSync(join(dir, "env-"));
    const port = await freePort();
    writeFileSync(join(cwd, ".env"), `PORT=${port}\nDATABASE_URL=${sqlite()}\nMETRICS_PORT=soon\n`);
    const run = (env: Record<string, string>) =>
      new Promise<{ code: number | null; output: string }>((done) => {
        const child = spawn(process.execPath, [resolve("scripts/node.mjs"), resolve("app/main.ts")], {
          cwd,
          env: { ...process.env, ...env },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.once("exit", (code) => done({ code, output }));
      });
    const bad = await run({});
    expect(bad.code).toBe(1);
    expect(bad.output).toContain("METRICS_PORT must be a port number (0-65535)");
    // The environment's METRICS_PORT overrides the file's bad one; the file's PORT is used.
    const metricsPort = await freePort();
    const child = spawn(process.execPath, [resolve("scripts/node.mjs"), resolve("app/main.ts")], {
      cwd,
      env: { ...process.env, METRICS_PORT: String(metricsPort) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200);
    } finally {
      child.kill("SIGTERM");
      await new Promise((done) => child.once("exit", done));
    }
  });
});

describe("readiness and metrics of a started process", () => {
  it("is ready when the database and the homeserver answer, with /metrics on its own port", async () => {
    const bot = await matrixPerson("twinbot");
    const metricsPort = await freePort();
    const app = await startEntry(
      "app/main.ts",
      {
        PORT: "0",
        DATABASE_URL: sqlite(),
        MATRIX_HOMESERVER_URL: homeserver().url,
        MATRIX_BOT_ACCESS_TOKEN: bot.accessToken,
        METRICS_PORT: String(metricsPort),
      },
      /"msg":"running as/,
    );
    try {
      const ready = await fetch(`http://127.0.0.1:${portOf(app)}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ok", checks: { database: "ok", homeserver: "ok" } });
      // Metrics are not on the public port when they have their own.
      expect((await fetch(`http://127.0.0.1:${portOf(app)}/metrics`)).status).toBe(404);
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      // The bot asked the homeserver who it is; its outbox consumers have a lag.
      expect(metrics).toMatch(/opentwinning_matrix_calls_total\{method="GET",outcome="ok"\} [1-9]/);
      expect(metrics).toMatch(/opentwinning_outbox_lag_events\{consumer="matrix-bot-twinspace"\} \d+/);
      expect(metrics).not.toContain(bot.accessToken);
    } finally {
      await app.stop();
    }
  });

  it("is not ready while the homeserver does not answer", async () => {
    const deadPort = await freePort();
    const app = await startEntry(
      "app/main.ts",
      {
        PORT: "0",
        DATABASE_URL: sqlite(),
        MATRIX_HOMESERVER_URL: `http://127.0.0.1:${deadPort}`,
        MATRIX_BOT_ACCESS_TOKEN: "syt_unused",
      },
      LISTENING,
    );
    try {
      const ready = await fetch(`http://127.0.0.1:${portOf(app)}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: "unavailable",
        checks: { database: "ok", homeserver: "unavailable" },
      });
    } finally {
      await app.stop();
    }
  });
});

describe("graceful shutdown", () => {
  /** A form POST whose body arrives only when the test says: a request in flight. */
  function slowRequest(port: number): { socket: Socket; finish(): void; answer: Promise<string> } {
    const body = "state=slow";
    const socket = connect(port, "127.0.0.1");
    socket.write(
      `POST /lti/launch HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 3)}`,
    );
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
    const answer = new Promise<string>((done) => {
      socket.once("close", () => done(received));
      socket.once("error", () => undefined);
    });
    return { socket, finish: () => socket.write(body.slice(3)), answer };
  }

  it("finishes the request in flight after SIGTERM, refuses new connections, then exits 0", async () => {
    const app = await startEntry("app/main.ts", { PORT: "0", DATABASE_URL: sqlite() }, LISTENING);
    const port = portOf(app);
    const request = slowRequest(port);
    await sleep(300);
    app.child.kill("SIGTERM");
    await waitFor(async () => app.output().includes("finishing in-flight work"));
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(app.child.exitCode).toBeNull();
    request.finish();
    // The refusal page of a launch without id_token: the request was answered, not cut.
    expect(await request.answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(await exited(app)).toBe(0);
    expect(app.output()).toContain('"msg":"stopped"');
  });

  it("exits at once on a second signal", async () => {
    const app = await startEntry("app/main.ts", { PORT: "0", DATABASE_URL: sqlite() }, LISTENING);
    const request = slowRequest(portOf(app));
    await sleep(300);
    const started = Date.now();
    app.child.kill("SIGTERM");
    await waitFor(async () => app.output().includes("finishing in-flight work"));
    app.child.kill("SIGTERM");
    expect(await exited(app)).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await request.answer).toBe("");
    expect(app.output()).toContain("again: exiting without waiting");
  });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error("timed out");
    await sleep(100);
  }
}
