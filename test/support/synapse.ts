import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PUPIL_LOCALPART_PREFIX } from "../../matrix-bot/accounts/passwords.ts";
import { announce, cacheDir, withLock } from "./cache.ts";
import { freePort } from "./postgres.ts";

/**
 * A real Synapse for the tests: installed once from PyPI into a virtualenv under the cache
 * folder, configured for 127.0.0.1 only (SQLite, no federation, cheap password hashing,
 * every rate limit raised), started once per test run by global-setup.ts. It loads the
 * repository's pupil guard module and the pupils' safety settings README "Matrix" asks of a
 * school's homeserver (PUPIL_SAFETY), so the tests meet what production runs.
 */
export interface RunningSynapse {
  url: string;
  serverName: string;
  sharedSecret: string;
  stop(): Promise<void>;
}

export const SYNAPSE_SERVER_NAME = "twinspace.test";

/** Ten thousand per second with a burst of a hundred thousand: no test waits on a limit it did not ask for. */
const UNLIMITED = { per_second: 10_000, burst_count: 100_000 };

const RATE_LIMITS = {
  rc_message: UNLIMITED,
  rc_registration: UNLIMITED,
  rc_registration_token_validity: UNLIMITED,
  rc_login: { address: UNLIMITED, account: UNLIMITED, failed_attempts: UNLIMITED },
  rc_admin_redaction: UNLIMITED,
  rc_joins: { local: UNLIMITED, remote: UNLIMITED },
  rc_joins_per_room: UNLIMITED,
  rc_3pid_validation: UNLIMITED,
  rc_invites: { per_room: UNLIMITED, per_user: UNLIMITED, per_issuer: UNLIMITED },
  rc_third_party_invite: UNLIMITED,
  rc_key_requests: UNLIMITED,
  rc_media_create: UNLIMITED,
  rc_presence: { per_user: UNLIMITED },
  rc_delayed_event_mgmt: UNLIMITED,
  rc_room_creation: UNLIMITED,
  rc_reports: UNLIMITED,
  rc_user_directory: UNLIMITED,
  rc_profile: UNLIMITED,
  rc_federation: {
    window_size: 1000,
    sleep_limit: 10_000,
    sleep_delay: 1,
    reject_limit: 10_000,
    concurrent: 100,
  },
};

/** Where `opentwinning_pupil_guard.py` lives: Synapse imports it from its PYTHONPATH. */
const PUPIL_GUARD_DIR = fileURLToPath(new URL("../../matrix-bot/synapse/", import.meta.url));

/** The homeserver settings README "Matrix" asks of a school's Matrix admin for pupils' safety. */
const PUPIL_SAFETY = {
  enable_registration: false,
  auto_join_rooms: [],
  modules: [
    {
      module: "opentwinning_pupil_guard.PupilGuard",
      config: { pupil_localpart_prefix: PUPIL_LOCALPART_PREFIX },
    },
  ],
  user_directory: { enabled: true, search_all_users: false },
  require_auth_for_profile_requests: true,
  limit_profile_requests_to_users_who_share_rooms: true,
};

/** The virtualenv's python, installing Synapse first when it is missing (once, under a lock). */
export async function synapsePython(): Promise<string> {
  const venv = join(cacheDir(), "synapse-venv");
  const python = join(venv, "bin", "python");
  const ready = join(venv, ".opentwinning-ready");
  if (existsSync(ready)) return python;
  await withLock(join(cacheDir(), "synapse-venv.lock"), () => {
    if (existsSync(ready)) return;
    if (!importsSynapse(python)) {
      ensureVenvModule();
      announce(`installing Synapse from PyPI into ${venv} (once) …`);
      execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
      execFileSync(python, ["-m", "pip", "install", "--quiet", "matrix-synapse"], { stdio: "inherit" });
    }
    writeFileSync(ready, new Date().toISOString());
  });
  return python;
}

/**
 * `python3 -m venv` needs ensurepip, which Debian packages apart (python3-venv): as root
 * the harness installs it, anyone else is told to.
 */
function ensureVenvModule(): void {
  const hasEnsurepip = () => {
    try {
      execFileSync("python3", ["-c", "import venv, ensurepip"], { stdio: "pipe" });
      return true;
    } catch {
      return false;
    }
  };
  if (hasEnsurepip()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "Python's venv module is missing: install it (apt-get install python3-venv) and run the tests again.",
    );
  }
  announce("installing the Debian package python3-venv (once) …");
  const quiet = { stdio: "pipe" as const, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
  execFileSync("apt-get", ["update", "-qq"], quiet);
  execFileSync("apt-get", ["install", "-y", "-qq", "python3-venv"], quiet);
}

function importsSynapse(python: string): boolean {
  if (!existsSync(python)) return false;
  try {
    execFileSync(python, ["-c", "import synapse.app.homeserver"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

function homeserverConfig(dir: string, port: number, sharedSecret: string, pupilGuard: boolean): string {
  const { modules, ...otherSafety } = PUPIL_SAFETY;
  const config = {
    server_name: SYNAPSE_SERVER_NAME,
    pid_file: join(dir, "homeserver.pid"),
    listeners: [
      {
        port,
        bind_addresses: ["127.0.0.1"],
        type: "http",
        tls: false,
        x_forwarded: false,
        resources: [{ names: ["client"], compress: false }],
      },
    ],
    database: { name: "sqlite3", args: { database: join(dir, "homeserver.db") } },
    log_config: join(dir, "log.yaml"),
    media_store_path: join(dir, "media"),
    signing_key_path: join(dir, "signing.key"),
    registration_shared_secret: sharedSecret,
    macaroon_secret_key: randomBytes(24).toString("hex"),
    form_secret: randomBytes(24).toString("hex"),
    report_stats: false,
    bcrypt_rounds: 4,
    trusted_key_servers: [],
    suppress_key_server_warning: true,
    federation_domain_whitelist: [],
    presence: { enabled: false },
    url_preview_enabled: false,
    ...RATE_LIMITS,
    ...otherSafety,
    modules: pupilGuard ? modules : [],
  };
  // JSON is YAML: no YAML writer needed.
  return JSON.stringify(config, null, 2);
}

const LOG_CONFIG = JSON.stringify({
  version: 1,
  formatters: { brief: { format: "%(asctime)s %(levelname)s %(name)s %(message)s" } },
  handlers: { console: { class: "logging.StreamHandler", formatter: "brief" } },
  root: { level: "WARNING", handlers: ["console"] },
  disable_existing_loggers: false,
});

/**
 * `pupilGuard: false` leaves the pupil guard module out, as on a homeserver whose admin has
 * not installed it (the bot must then refuse pupils' accounts).
 */
export async function startSynapse(options: { pupilGuard?: boolean } = {}): Promise<RunningSynapse> {
  const python = await synapsePython();
  const dir = mkdtempSync(join(tmpdir(), "opentwinning-synapse-"));
  const port = await freePort();
  const sharedSecret = randomBytes(24).toString("hex");
  const configPath = join(dir, "homeserver.yaml");
  writeFileSync(configPath, homeserverConfig(dir, port, sharedSecret, options.pupilGuard ?? true));
  writeFileSync(join(dir, "log.yaml"), LOG_CONFIG);
  const homeserver = ["-m", "synapse.app.homeserver", "--config-path", configPath];
  execFileSync(python, [...homeserver, "--generate-keys"], { stdio: "pipe" });
  const child: ChildProcess = spawn(python, homeserver, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PYTHONPATH: PUPIL_GUARD_DIR },
  });
  let log = "";
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  return {
    url,
    serverName: SYNAPSE_SERVER_NAME,
    sharedSecret,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Synapse exited during start:\n${log()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Synapse did not answer /health within 60 s:\n${log()}`);
}

export interface RegisteredUser {
  userId: string;
  accessToken: string;
  password: string;
}

/**
 * Registers a user through the shared-secret admin API (nonce, then an HMAC-SHA1 over
 * nonce, user, password and admin flag), as a homeserver admin would with
 * register_new_matrix_user.
 */
export async function registerUser(
  homeserver: { url: string; sharedSecret: string },
  localpart: string,
  options: { admin?: boolean; password?: string } = {},
): Promise<RegisteredUser> {
  const endpoint = `${homeserver.url}/_synapse/admin/v1/register`;
  const { nonce } = (await (await fetch(endpoint)).json()) as { nonce: string };
  const password = options.password ?? randomBytes(12).toString("hex");
  const admin = options.admin ? "admin" : "notadmin";
  const mac = createHmac("sha1", homeserver.sharedSecret)
    .update(`${nonce}\0${localpart}\0${password}\0${admin}`)
    .digest("hex");
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ nonce, username: localpart, password, admin: options.admin === true, mac }),
  });
  const body = (await response.json()) as { user_id?: string; access_token?: string; error?: string };
  if (!response.ok || !body.user_id || !body.access_token) {
    throw new Error(`registering ${localpart} failed: ${response.status} ${body.error ?? ""}`);
  }
  return { userId: body.user_id, accessToken: body.access_token, password };
}
