/**
 * What the authorization tests share: the real tool on a World's database, sessions for every
 * persona (made by the LTI side's SessionStore, as a launch makes them), requests with the
 * session's CSRF token and the tool's own Origin (so only authorization can refuse), and a
 * fingerprint of what core stores, to tell "nothing was written" from "something was".
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../../store/database.ts";
import type { ToolAppOptions } from "../../lti-tool/app.ts";
import { newPupilLocalpart } from "../../matrix-bot/accounts/passwords.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { startPages } from "../pages/client.ts";
import type { World } from "../support/world.ts";
import {
  buildFixture,
  buildStaff,
  type Fixture,
  type Persona,
  type Staff,
  type VariantName,
  variant,
} from "./world.ts";

/** Tables that change without anyone acting: sessions, notification fan-out, cursors, leases, LTI caches. */
const VOLATILE =
  /^(sessions|session_handoffs|notifications|consumer_cursors|matrix_bot_lease|matrix_sync|lti_.*|knex_.*)$/;

/** The roles each adult's launch carries: moderators, national units' staff and central admins act by grants, not LMS roles. */
const LTI_ROLES: Partial<Record<Persona, ("teacher" | "school_admin")[]>> = {
  schoolAdmin: ["school_admin"],
  moderatorRight: [],
  moderatorWrong: [],
  staffRight: [],
  staffWrong: [],
  centralAdmin: [],
};

export interface Answer {
  status: number;
  location: string | null;
  body: string;
}

export interface Request {
  method: string;
  path: string;
  form?: Record<string, string | string[]>;
  /** A raw body (bytes), sent as is instead of `form`; `_csrf` must then be inside it. */
  raw?: Uint8Array<ArrayBuffer>;
  /** A file sent as a browser's upload form does: multipart, with `form`, the CSRF token in the URL. */
  upload?: { name: string; bytes: Uint8Array<ArrayBuffer> };
}

export class Harness {
  readonly world: World;
  readonly staff: Staff;
  readonly pages: Awaited<ReturnType<typeof startPages>>;
  readonly #tables: string[];
  readonly #fixtures = new Map<VariantName, Fixture>();
  readonly #sessions = new Map<string, { cookie: string; csrf: string }>();

  private constructor(world: World, staff: Staff, pages: Harness["pages"], tables: string[]) {
    this.world = world;
    this.staff = staff;
    this.pages = pages;
    this.#tables = tables;
  }

  static async start(world: World): Promise<Harness> {
    // The fixtures' materials are stored where the tool reads them, outside the checkout.
    process.env.MATERIALS_DIR ??= mkdtempSync(join(tmpdir(), "opentwinning-authz-materials-"));
    const staff = await buildStaff(world);
    const pages = await startPages(world, { oidc: authzOidc(world) });
    const tables = (await tableNames(world.store.database)).filter((t) => !VOLATILE.test(t));
    return new Harness(world, staff, pages, tables);
  }

  async stop(): Promise<void> {
    await this.pages.tool.stop();
  }

  /** The variant's current project and people, built again after `spoil`. */
  async fixture(name: VariantName): Promise<Fixture> {
    let fixture = this.#fixtures.get(name);
    if (!fixture) {
      fixture = await buildFixture(this.world, this.staff, variant(name));
      this.#fixtures.set(name, fixture);
    }
    return fixture;
  }

  /** An allowed request changed the variant's project: the next case gets a fresh one. */
  spoil(name: VariantName): void {
    this.#fixtures.delete(name);
  }

  /** Row counts of every table core writes, as one comparable string (events count every use case). */
  async fingerprint(): Promise<string> {
    const knex = this.world.store.database.knex;
    const union = this.#tables
      .map((t) => `select '${t}' as name, count(*) as n from ${t}`)
      .join(" union all ");
    const rows = (await knex.raw(union)) as unknown;
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as {
      name: string;
      n: unknown;
    }[];
    // Sorted: PostgreSQL may answer a UNION ALL's parts in any order (a parallel append does).
    return list
      .map((r) => `${r.name}=${String(r.n)}`)
      .sort()
      .join(",");
  }

  /**
   * How many events (every use case writes one) concern the fixture's project or were made by its
   * own people: what an allowed request in that fixture changes, apart from other fixtures' writes.
   */
  async fixtureWrites(fixture: Fixture): Promise<string> {
    const { founder, cofounder, member, projectAdmin, invitee, candidate } = fixture;
    const people = [founder, cofounder, member, projectAdmin, invitee, candidate].map((t) => t.id);
    const [row] = (await this.world.store.database
      .knex("events")
      .where("project_id", fixture.project.id)
      .orWhereIn("actor_id", people)
      .count({ n: "*" })) as { n: unknown }[];
    return String(row?.n);
  }

  /** Sends the request as the persona of the fixture (anonymous: no cookie, no token). */
  async send(persona: Persona, fixture: Fixture, request: Request): Promise<Answer> {
    const session = await this.#session(persona, fixture);
    let url = `${this.pages.tool.url}${request.path}`;
    const headers: Record<string, string> = { origin: this.pages.tool.url };
    if (session) headers.cookie = session.cookie;
    let body: BodyInit | undefined;
    if (request.method !== "GET") {
      if (request.upload) {
        url += `?_csrf=${encodeURIComponent(session?.csrf ?? "")}`;
        body = multipart(request.form ?? {}, request.upload);
      } else if (request.raw) {
        headers["content-type"] = "application/x-www-form-urlencoded";
        body = request.raw;
      } else {
        headers["content-type"] = "application/x-www-form-urlencoded";
        const form = new URLSearchParams();
        if (session) form.append("_csrf", session.csrf);
        for (const [name, value] of Object.entries(request.form ?? {})) {
          for (const item of [value].flat()) form.append(name, item);
        }
        body = form;
      }
    }
    const response = await fetch(url, { method: request.method, headers, body, redirect: "manual" });
    return {
      status: response.status,
      location: response.headers.get("location"),
      body: await response.text(),
    };
  }

  /** The CSRF token of the persona's session, for raw bodies. */
  async csrf(persona: Persona, fixture: Fixture): Promise<string> {
    return (await this.#session(persona, fixture))?.csrf ?? "";
  }

  /** After a row that ends sessions (sign-out), every persona signs in again. */
  forgetSessions(): void {
    this.#sessions.clear();
  }

  async #session(persona: Persona, fixture: Fixture) {
    const who = fixture.accountOf(persona);
    if (!who) return undefined;
    const key = `${persona}:${who.id}`;
    let session = this.#sessions.get(key);
    if (!session) {
      const client =
        persona === "pupil"
          ? await this.pages.pupil(who.id)
          : await this.pages.as(who, { roles: LTI_ROLES[persona] ?? ["teacher"] });
      session = { cookie: client.cookie, csrf: client.csrf };
      this.#sessions.set(key, session);
    }
    return session;
  }
}

async function tableNames(database: Database): Promise<string[]> {
  const knex = database.knex;
  if (database.dialect === "sqlite") {
    const rows = (await knex.raw("select name from sqlite_master where type = 'table'")) as {
      name: string;
    }[];
    return rows.map((r) => r.name).filter((n) => !n.startsWith("sqlite_") && !n.includes("_fts"));
  }
  const result = (await knex.raw(
    "select table_name as name from information_schema.tables where table_schema = 'public'",
  )) as { rows: { name: string }[] };
  return result.rows.map((r) => r.name);
}

function multipart(fields: NonNullable<Request["form"]>, file: NonNullable<Request["upload"]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of [value].flat()) form.append(name, item);
  }
  form.append("file", new Blob([file.bytes]), file.name);
  return form;
}

/** Fills the route's `:names`, URL-encoded as a browser would (a lone surrogate becomes U+FFFD). */
/** The tables whose row counts differ between two fingerprints, as "name a→b", for a failure to name. */
export function changedTables(before: string, after: string): string {
  const counts = (fingerprint: string) =>
    new Map(fingerprint.split(",").map((pair) => pair.split("=") as [string, string]));
  const was = counts(before);
  return [...counts(after)]
    .filter(([name, n]) => was.get(name) !== n)
    .map(([name, n]) => `${name} ${was.get(name)}→${n}`)
    .join(", ");
}

export function pathOf(route: string, params: Record<string, string>): string {
  return route.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(wellFormed(params[name] ?? "")));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * The tool as a school whose homeserver signs people in through OpenTwinning: the OpenID
 * Connect routes and the TwinSpace window exist only then, and the table covers them too.
 */
export function authzOidc(world: World): NonNullable<ToolAppOptions["oidc"]> {
  return {
    config: {
      clientId: "matrix",
      clientSecret: "a-client-secret-of-at-least-thirty-two-characters",
      redirectUris: ["https://matrix.school.example/_synapse/client/oidc/callback"],
      serverName: "school.example",
      clientUrl: "https://element.school.example",
    },
    pupilAccounts: Object.assign(new PupilMatrixAccounts(world.store.database), {
      newLocalpart: newPupilLocalpart,
    }),
  };
}
