import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Starts a throwaway PostgreSQL server for the tests from the machine's PostgreSQL binaries
 * (Debian's `postgresql` package; .ci/run installs it). The server listens on 127.0.0.1 on
 * a free port, trusts local connections and lives in a temporary directory removed on stop.
 * As root, PostgreSQL refuses to run, so it runs as the `postgres` system user.
 */
export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export function findPostgresBin(): string | undefined {
  const candidates = process.env.POSTGRES_BIN ? [process.env.POSTGRES_BIN] : [];
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  for (const dir of (process.env.PATH ?? "").split(":")) candidates.push(dir);
  return candidates.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "postgres")));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startPostgres(): Promise<RunningPostgres> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      "PostgreSQL binaries not found. Install them (apt-get install postgresql) or set TEST_DATABASE_URL to a server the tests may use.",
    );
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "opentwinning-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const run = (command: string, args: string[]) =>
    asRoot
      ? { command: "runuser", args: ["-u", "postgres", "--", join(bin, command), ...args] }
      : { command: join(bin, command), args };
  const init = run("initdb", [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--no-locale",
  ]);
  execFileSync(init.command, init.args, { stdio: "pipe" });
  const port = await freePort();
  const server = run("postgres", [
    "-D",
    data,
    "-k",
    dir,
    "-h",
    "127.0.0.1",
    "-p",
    String(port),
    "-c",
    "fsync=off",
    "-c",
    "synchronous_commit=off",
    "-c",
    "full_page_writes=off",
    "-c",
    "max_connections=200",
  ]);
  const child: ChildProcess = spawn(server.command, server.args, { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitForReady(bin, port, () => log, child);
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        // pg_ctl signals the postmaster itself: runuser does not pass a signal on to it.
        const stop = run("pg_ctl", ["stop", "-D", data, "-m", "fast", "-w"]);
        execFileSync(stop.command, stop.args, { stdio: "pipe" });
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForReady(
  bin: string,
  port: number,
  log: () => string,
  child: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited during start:\n${log()}`);
    try {
      execFileSync(join(bin, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port)], { stdio: "pipe" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`PostgreSQL did not start within 30 s:\n${log()}`);
}
