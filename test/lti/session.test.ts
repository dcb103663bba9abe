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
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";

const teacher: Viewer = {
  kind: "account",
  accountId: "a1",
  schoolId: "s1",
  roles: ["teacher"],
  locale: "it",
};

describe("sessions", () => {
  let database: TestDatabase;
  let now = new Date("2026-11-23T08:00:00Z");
  let store: SessionStore;
  let base: string;
  let close: () => void;
  const cookies = cookiePolicy("development");

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
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

  it("hands a session over to a new window once", async () => {
    const { token } = await store.create(teacher);
    const handoff = await store.createHandoff(token);
    const first = await store.redeemHandoff(handoff);
    expect(first?.session.viewer).toEqual(teacher);
    expect(first?.token).not.toBe(token);
    expect(await store.redeemHandoff(handoff)).toBeUndefined();
    const late = await store.createHandoff(token);
    now = new Date(now.getTime() + 6 * 60_000);
    expect(await store.redeemHandoff(late)).toBeUndefined();
  });
});
