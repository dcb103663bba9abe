import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookiePolicy } from "../../lti-tool/session/cookies.ts";
import {
  csrfProtection,
  currentSession,
  loadSession,
  requireSession,
  setSessionCookie,
} from "../../lti-tool/session/middleware.ts";
import { SessionStore, type Viewer } from "../../lti-tool/session/session.ts";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/databases.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

const teacher: Viewer = {
  kind: "account",
  accountId: "a1",
  schoolId: "s1",
  roles: ["teacher"],
  locale: "it",
};

describe.each(DATABASE_KINDS)("sessions (%s)", (kind) => {
  let database: TestDatabase;
  let now = new Date("2026-11-23T08:00:00Z");
  let store: SessionStore;
  let base: string;
  let close: () => void;
  const cookies = cookiePolicy("development");

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    store = new SessionStore(database.db, { now: () => now });
    const app = express();
    app.use(express.urlencoded({ extended: false }));
    app.use(loadSession(store, cookies));
    app.get("/login", async (_req, res) => {
      const { token } = await store.create(teacher);
      setSessionCookie(res, token, cookies);
      res.send("ok");
    });
    app.use("/app", requireSession, csrfProtection);
    app.get("/app/me", (_req, res) => res.json(currentSession(res)));
    app.post("/app/change", (_req, res) => res.send("changed"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(async () => {
    close();
    await database.drop();
  });

  async function login(): Promise<string> {
    const response = await fetch(`${base}/login`);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^ot_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/);
    return cookie.split(";")[0] ?? "";
  }

  it("stores only a hash of the token and finds the session by its cookie", async () => {
    const cookie = await login();
    const token = cookie.split("=")[1] ?? "";
    const rows = await database.db.knex("sessions").select("token_hash");
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).not.toContain(token);
    const me = await fetch(`${base}/app/me`, { headers: { cookie } });
    expect(await me.json()).toMatchObject({ viewer: teacher });
  });

  it("answers 401 with a translated page without a session", async () => {
    const response = await fetch(`${base}/app/me`, { headers: { "accept-language": "it" } });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("Apri OpenTwinning dal tuo corso");
  });

  it("refuses a changing request without the CSRF token, accepts it with the token", async () => {
    const cookie = await login();
    const session = (await (await fetch(`${base}/app/me`, { headers: { cookie } })).json()) as {
      csrfToken: string;
    };
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/app/change`, {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
        body,
      });
    const refused = await post("x=1");
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Questo modulo è scaduto");
    expect((await post("_csrf=wrong")).status).toBe(403);
    expect((await post(`_csrf=${session.csrfToken}`)).status).toBe(200);
    expect((await post("", { "x-csrf-token": session.csrfToken })).status).toBe(200);
  });

  it("expires sessions after their fixed lifetime", async () => {
    const cookie = await login();
    now = new Date(now.getTime() + 8 * 3600_000 + 1000);
    expect((await fetch(`${base}/app/me`, { headers: { cookie } })).status).toBe(401);
  });

  it("hands a session over to a new window once, within a minute, and only through a continuation", async () => {
    const { token } = await store.create(teacher);
    const handoff = await store.handoffFor(await store.beginContinuation(token));
    const first = await store.redeemHandoff(handoff ?? "");
    expect(first?.session.viewer).toEqual(teacher);
    expect(first?.token).not.toBe(token);
    // The session moved to the new window's token: the old one (never kept by the iframe) is gone.
    expect(await store.find(token)).toBeUndefined();
    expect(await store.find(first?.token ?? "")).toMatchObject({ viewer: teacher });
    expect(await store.redeemHandoff(handoff ?? "")).toBeUndefined();

    // A continuation turns into one handoff at most.
    const continuation = await store.beginContinuation((await store.create(teacher)).token);
    expect(await store.handoffFor(continuation)).toBeTruthy();
    expect(await store.handoffFor(continuation)).toBeUndefined();

    // Dropped (the cookie came back): nothing left that opens the session.
    const own = (await store.create(teacher)).token;
    const dropped = await store.beginContinuation(own);
    // Another session's cookie does not drop it: that is an older launch's, not this one's.
    expect(await store.dropContinuation(dropped, (await store.create(teacher)).token)).toBe(false);
    expect(await store.dropContinuation(dropped, own)).toBe(true);
    expect(await store.handoffFor(dropped)).toBeUndefined();

    const late = await store.handoffFor(await store.beginContinuation((await store.create(teacher)).token));
    now = new Date(now.getTime() + 61_000);
    expect(await store.redeemHandoff(late ?? "")).toBeUndefined();
  });

  it("signing out ends the session and every ticket that could still open it", async () => {
    const { token } = await store.create(teacher);
    const continuation = await store.beginContinuation(token);
    const handoff = await store.handoffFor(await store.beginContinuation(token));
    await store.destroy(token);
    expect(await store.find(token)).toBeUndefined();
    expect(await store.handoffFor(continuation)).toBeUndefined();
    expect(await store.redeemHandoff(handoff ?? "")).toBeUndefined();
  });
});

/** Launches through the platform simulator into the real tool: what a teacher on a shared PC meets. */
describe.each(DATABASE_KINDS)("sessions in the tool (%s)", (kind) => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  const rowCount = async (table: string) =>
    Number((await world.store.database.knex(table).count({ n: "*" }))[0]?.n);
  const ticketRows = async () => ({
    continuations: await rowCount("session_continuations"),
    handoffs: await rowCount("session_handoffs"),
  });
  const launch = () =>
    platform.launch({
      user: { id: "moodle-7", name: "Giulia Rossi" },
      roles: [ROLES.instructor],
      locale: "it",
    });
  const get = (path: string, cookie = "") =>
    fetch(new URL(path, tool.url), {
      redirect: "manual",
      headers: { "accept-language": "it", ...(cookie ? { cookie } : {}) },
    });

  beforeAll(async () => {
    world = await World.create(kind);
    tool = await startTool({ world });
    platform = await startPlatform();
    await platform.register(await tool.registrationUrl(), { schoolName: "Liceo Galilei", country: "IT" });
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  it("leaves no ticket that opens the session after a launch whose cookie came back", async () => {
    const launched = await launch();
    const location = launched.response.headers.get("location") ?? "";
    expect(location).toMatch(/^\/lti\/continue\?next=%2Fapp&continuation=/);
    const continued = await get(location, launched.cookies.header());
    expect(continued.status).toBe(303);
    expect(continued.headers.get("location")).toBe("/app");
    expect(await ticketRows()).toEqual({ continuations: 0, handoffs: 0 });
    // The address in the iframe's history opens nothing for the next person at this PC.
    const replayed = await get(location);
    expect(replayed.status).toBe(401);
    expect(await replayed.text()).toContain("Questo link è scaduto");
    expect(await ticketRows()).toEqual({ continuations: 0, handoffs: 0 });
  });

  it("never continues a launch in an older launch's session (someone else's on a shared PC)", async () => {
    const earlier = await platform.launch({
      user: { id: "moodle-8", name: "Marco Verdi" },
      roles: [ROLES.instructor],
      locale: "it",
    });
    await earlier.follow();
    const launched = await launch();
    // The new launch's cookie was blocked; the browser still sends the earlier one.
    const continued = await get(launched.response.headers.get("location") ?? "", earlier.cookies.header());
    expect(continued.status).toBe(200);
    expect(await continued.text()).toContain("Ancora un passaggio");
    // Coming back later with a working cookie of one's own still works.
    expect((await get("/lti/continue?next=/app", earlier.cookies.header())).status).toBe(303);
  });

  it("issues a handoff only when the cookie did not come back, usable once, without a Referer", async () => {
    const before = await ticketRows();
    const launched = await launch();
    const location = launched.response.headers.get("location") ?? "";
    const blocked = await get(location);
    expect(blocked.status).toBe(200);
    const page = await blocked.text();
    expect(page).toContain("il link funziona una sola volta e per un minuto");
    const link = /<a class="button" href="([^"]+)" target="_blank" rel="noopener noreferrer"/.exec(page)?.[1];
    expect(link).toMatch(/^\/lti\/handoff\?handoff=/);
    expect(await ticketRows()).toEqual({ continuations: 0, handoffs: before.handoffs + 1 });

    const opened = await get((link ?? "").replaceAll("&amp;", "&"));
    expect(opened.status).toBe(303);
    const cookie = (opened.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect((await get("/app", cookie)).status).toBe(200);
    // The iframe's session, whose cookie the browser never kept, is over.
    expect((await get("/app", launched.cookies.header())).status).toBe(401);
    expect((await get((link ?? "").replaceAll("&amp;", "&"))).status).toBe(401);
    expect(await ticketRows()).toEqual(before);
  });

  it("sends no Referer anywhere and keeps personal pages out of the browser's cache", async () => {
    const launched = await launch();
    await launched.follow();
    const cookie = launched.cookies.header();
    for (const path of ["/", "/app", "/lti/keys", "/assets/style.css", "/lti/continue?next=/app"]) {
      expect((await get(path, cookie)).headers.get("referrer-policy"), path).toBe("no-referrer");
    }
    for (const path of ["/app", "/app/profile", "/lti/continue?next=/app", "/lti/roster"]) {
      expect((await get(path, cookie)).headers.get("cache-control"), path).toBe("no-store");
    }
    expect((await get("/app")).headers.get("cache-control")).toBe("no-store");
    expect((await get("/lti/keys")).headers.get("cache-control")).not.toBe("no-store");
    expect((await get("/assets/style.css")).headers.get("cache-control")).toMatch(/max-age=3600/);
  });

  it("signs out from a button on every page: session gone, cookie cleared, a page saying what next", async () => {
    const launched = await launch();
    await launched.follow();
    const cookie = launched.cookies.header();
    const dashboard = await (await get("/app", cookie)).text();
    const form =
      /<form class="sign-out" method="post" action="\/sign-out">\s*<input type="hidden" name="_csrf" value="([^"]+)" \/>\s*<button type="submit">Esci<\/button>/.exec(
        dashboard,
      );
    expect(form).not.toBeNull();
    const post = (body: string) =>
      fetch(`${tool.url}/sign-out`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie, origin: tool.url, "content-type": "application/x-www-form-urlencoded" },
        body,
      });

    // Another site cannot sign the teacher out (or in) without the page's token.
    expect((await post("")).status).toBe(403);
    expect((await get("/app", cookie)).status).toBe(200);

    const sessionsBefore = await rowCount("sessions");
    const signedOut = await post(`_csrf=${encodeURIComponent(form?.[1] ?? "")}`);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe("/signed-out");
    expect(signedOut.headers.get("set-cookie")).toMatch(/^ot_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect(await rowCount("sessions")).toBe(sessionsBefore - 1);
    expect((await get("/app", cookie)).status).toBe(401);

    const italian = await fetch(`${tool.url}/signed-out`, { headers: { "accept-language": "it" } });
    expect(await italian.text()).toContain(
      "Chiudi questa finestra, oppure apri di nuovo OpenTwinning dal tuo corso",
    );
    const english = await fetch(`${tool.url}/signed-out`, { headers: { "accept-language": "en" } });
    expect(await english.text()).toContain("Close this window, or open OpenTwinning again from your course");
  });
});
