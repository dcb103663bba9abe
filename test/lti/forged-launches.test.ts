import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { base64url, decodeProtectedHeader, importPKCS8, type JWTPayload, SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { logLinesOf } from "../support/logCapture.ts";
import { type LaunchFlow, type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/**
 * Forged and malformed launches (issue 3, "Bad input"): each is refused with a 4xx, a page
 * an LMS admin can act on, a log line, and nothing stored. Several of these a plain ltijs
 * 5.9.9 tool accepts; the test names say which.
 */
describe("forged LTI traffic", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  const teacher = { id: "teacher-1", name: "Anna Weber", email: "anna@schule.example" };
  const LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world });
    platform = await startPlatform();
    const url = await tool.registrationUrl();
    await platform.register(url, { schoolName: "Gymnasium am See", country: "DE" });
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });
  afterEach(() => vi.restoreAllMocks());

  const TABLES = ["accounts", "teachers", "pupils", "identities", "events", "sessions", "lti_nonces"];
  async function stored(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await world.store.database.knex(table).count({ n: "*" });
      counts[table] = Number(row?.n);
    }
    return counts;
  }

  function begin(options: Partial<Parameters<Platform["beginLaunch"]>[0]> = {}): Promise<LaunchFlow> {
    return platform.beginLaunch({ user: teacher, roles: [ROLES.instructor], ...options });
  }

  /**
   * Runs `send` and checks the refusal: status, the page's title, a log line with the
   * refusal code, and not one row more in any table that a launch writes.
   */
  async function expectRefused(
    send: () => Promise<Response>,
    status: number,
    title: RegExp,
    code: string,
  ): Promise<void> {
    const before = await stored();
    const response = await send();
    const page = await response.text();
    expect(response.status, page).toBe(status);
    expect(page).toMatch(title);
    expect(page).not.toMatch(/at \S+ \(\S+:\d+:\d+\)|node_modules/);
    expect(JSON.stringify(logLinesOf(response.headers.get("x-request-id")))).toContain(code);
    expect(await stored()).toEqual(before);
  }

  it("accepts an untouched launch (the baseline the forgeries start from)", async () => {
    const flow = await begin();
    expect((await flow.post()).status).toBe(303);
  });

  describe("signature", () => {
    it("refuses a token signed with another key under the platform's kid", async () => {
      const flow = await begin();
      const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
      const key = await importPKCS8(privateKey.export({ type: "pkcs8", format: "pem" }).toString(), "RS256");
      const idToken = await platform.sign(flow.claims, { key });
      await expectRefused(() => flow.post({ idToken }), 401, /could not be verified/, "signature");
    });

    it("refuses alg: none", async () => {
      const flow = await begin();
      const header = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
      const idToken = `${header}.${base64url.encode(JSON.stringify(flow.claims))}.`;
      await expectRefused(() => flow.post({ idToken }), 401, /could not be verified/, "alg none");
    });

    it("refuses HS256 signed with the platform's public key as the secret", async () => {
      const flow = await begin();
      const jwks = (await (await fetch(`${platform.url}/jwks`)).json()) as { keys: Record<string, string>[] };
      const pem = createPublicKey({ key: jwks.keys[0] as never, format: "jwk" })
        .export({ type: "spki", format: "pem" })
        .toString();
      const idToken = await new SignJWT(flow.claims)
        .setProtectedHeader({ alg: "HS256", kid: decodeProtectedHeader(flow.form.id_token).kid })
        .sign(new TextEncoder().encode(pem));
      await expectRefused(() => flow.post({ idToken }), 401, /could not be verified/, "alg HS256");
    });

    it("refuses garbage and a token without a key id", async () => {
      const flow = await begin();
      await expectRefused(() => flow.post({ idToken: "garbage" }), 400, /incomplete/, "not a JWS");
      const unsigned = await new SignJWT(flow.claims)
        .setProtectedHeader({ alg: "RS256" })
        .sign(
          await importPKCS8(
            generateKeyPairSync("rsa", { modulusLength: 2048 })
              .privateKey.export({ type: "pkcs8", format: "pem" })
              .toString(),
            "RS256",
          ),
        );
      const second = await begin();
      await expectRefused(() => second.post({ idToken: unsigned }), 401, /could not be verified/, "no kid");
    });
  });

  describe("times", () => {
    const now = () => Math.floor(Date.now() / 1000);

    it("refuses an expired token", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, iat: now() - 120, exp: now() - 61 });
      await expectRefused(() => flow.post({ idToken }), 401, /has expired/, "time");
    });

    it("refuses a token issued a day in the future (plain ltijs accepts it)", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, iat: now() + 86_400, exp: now() + 86_460 });
      await expectRefused(() => flow.post({ idToken }), 401, /has expired/, "time");
    });

    it("refuses a token issued too long ago even if it has not expired", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, iat: now() - 3600, exp: now() + 3600 });
      await expectRefused(() => flow.post({ idToken }), 401, /has expired/, "time");
    });
  });

  describe("audience and issuer", () => {
    it("refuses another audience", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, aud: "someone-else" });
      await expectRefused(() => flow.post({ idToken }), 401, /meant for another tool/, "audience");
    });

    it("refuses an audience list without azp (plain ltijs accepts it)", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, aud: [String(flow.claims.aud), "someone-else"] });
      await expectRefused(() => flow.post({ idToken }), 401, /meant for another tool/, "azp");
    });

    it("refuses an azp that is not our client id, accepts a list with the right azp", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, azp: "someone-else" });
      await expectRefused(() => flow.post({ idToken }), 401, /meant for another tool/, "azp");
      const fine = await begin();
      const clientId = String(fine.claims.aud);
      const listed = await platform.sign({ ...fine.claims, aud: [clientId, "other"], azp: clientId });
      expect((await fine.post({ idToken: listed })).status).toBe(303);
    });

    it("refuses a token from another issuer than the login's", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, iss: "https://evil.example" });
      await expectRefused(() => flow.post({ idToken }), 401, /meant for another tool/, "audience");
    });

    it("refuses a login from an unknown platform", async () => {
      await expectRefused(
        () =>
          fetch(`${tool.url}/lti/login`, {
            method: "POST",
            redirect: "manual",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({
              iss: "https://unknown.example",
              login_hint: "x",
              target_link_uri: `${tool.url}/lti/launch`,
            }),
          }),
        400,
        /not registered/,
        "unknown_platform",
      );
    });

    it("refuses a login whose target is not the tool's launch URL", async () => {
      await expectRefused(
        () =>
          fetch(
            `${tool.url}/lti/login?${new URLSearchParams({ iss: platform.url, login_hint: "x", target_link_uri: "https://evil.example/steal" })}`,
            { redirect: "manual" },
          ),
        400,
        /tool address is wrong/,
        "target",
      );
    });
  });

  describe("nonce and state", () => {
    it("refuses the same launch posted twice", async () => {
      const flow = await begin();
      expect((await flow.post()).status).toBe(303);
      await expectRefused(() => flow.post(), 400, /sign-in has expired/, "login_expired");
    });

    it("refuses a nonce other than the one its login issued (plain ltijs accepts it)", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, nonce: "a-fresh-nonce-never-seen" });
      await expectRefused(() => flow.post({ idToken }), 401, /already used/, "nonce is not the one");
    });

    it("refuses a replayed nonce under a fresh login", async () => {
      const first = await begin();
      expect((await first.post()).status).toBe(303);
      const second = await begin();
      const idToken = await platform.sign({ ...second.claims, nonce: first.claims.nonce });
      await expectRefused(() => second.post({ idToken }), 401, /already used/, "replay");
    });

    it("refuses a token without a nonce (plain ltijs only by accident of a failing query)", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, nonce: undefined });
      await expectRefused(() => flow.post({ idToken }), 400, /not supported/, "nonce");
    });

    it("refuses a launch without state, and one with a state no login issued", async () => {
      const flow = await begin();
      await expectRefused(
        () => flow.post({ body: new URLSearchParams({ id_token: flow.form.id_token }).toString() }),
        400,
        /incomplete/,
        "without id_token or state",
      );
      const other = await begin();
      await expectRefused(
        () => other.post({ state: "made-up-state" }),
        400,
        /sign-in has expired/,
        "login_expired",
      );
    });

    it("refuses a state cookie that belongs to another login", async () => {
      const flow = await begin();
      const cookies = flow.cookies.clone();
      const name = cookies.names().find((cookie) => cookie.startsWith("ot_state_")) ?? "";
      const other = await begin();
      cookies.delete(name);
      const otherName = other.cookies.names().find((cookie) => cookie.startsWith("ot_state_")) ?? "";
      const forged = `${otherName}=${flow.form.state}`;
      await expectRefused(
        () =>
          fetch(other.action, {
            method: "POST",
            redirect: "manual",
            headers: { "content-type": "application/x-www-form-urlencoded", cookie: forged },
            body: new URLSearchParams(other.form),
          }),
        400,
        /belongs to another window/,
        "browser_mismatch",
      );
    });
  });

  describe("deployment, message and claims", () => {
    it("refuses a deployment that is not bound to a school (plain ltijs accepts it)", async () => {
      const flow = await begin({ deploymentId: "999" });
      await expectRefused(() => flow.post(), 403, /not linked to a school/, "unknown_deployment");
    });

    it("refuses a deployment other than the one named at login", async () => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, [`${LTI}deployment_id`]: "999" });
      await expectRefused(() => flow.post({ idToken }), 403, /not linked to a school/, "login said");
    });

    it("refuses a wrong message type and a wrong LTI version", async () => {
      const flow = await begin();
      const review = await platform.sign({
        ...flow.claims,
        [`${LTI}message_type`]: "LtiSubmissionReviewRequest",
      });
      await expectRefused(() => flow.post({ idToken: review }), 400, /not supported/, "message type");
      const second = await begin();
      const old = await platform.sign({ ...second.claims, [`${LTI}version`]: "1.1" });
      await expectRefused(() => second.post({ idToken: old }), 400, /not supported/, "LTI version");
    });

    it.each([
      ["roles", `${LTI}roles`],
      ["resource_link", `${LTI}resource_link`],
      ["deployment_id", `${LTI}deployment_id`],
      ["target_link_uri", `${LTI}target_link_uri`],
      ["sub", "sub"],
    ])("refuses a launch without %s", async (_name, claim) => {
      const flow = await begin();
      const idToken = await platform.sign({ ...flow.claims, [claim]: undefined } as JWTPayload);
      await expectRefused(() => flow.post({ idToken }), 400, /not supported/, "message");
    });

    it("refuses a deep-linking request without its settings claim (plain ltijs lets it through)", async () => {
      const flow = await begin({ deepLinking: true });
      const idToken = await platform.sign({
        ...flow.claims,
        "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": undefined,
      });
      await expectRefused(() => flow.post({ idToken }), 400, /not supported/, "deep_linking_settings");
    });

    it("refuses a target_link_uri other than the login's (plain ltijs accepts it)", async () => {
      const flow = await begin();
      const idToken = await platform.sign({
        ...flow.claims,
        [`${LTI}target_link_uri`]: `${tool.url}/elsewhere`,
      });
      await expectRefused(() => flow.post({ idToken }), 400, /not supported/, "target_link_uri");
    });

    it("refuses a mentor (no teacher, admin or learner role)", async () => {
      const flow = await begin({ roles: [ROLES.mentor] });
      await expectRefused(() => flow.post(), 403, /role has no access/, "role");
    });
  });

  describe("size", () => {
    it("refuses an oversized token with 413 and no stack trace (plain ltijs shows one)", async () => {
      const flow = await begin();
      await expectRefused(() => flow.post({ idToken: "x".repeat(40_000) }), 413, /too large/, "too_large");
      const second = await begin();
      await expectRefused(
        () => second.post({ idToken: "x".repeat(200_000) }),
        413,
        /too large/,
        "body too large",
      );
    });
  });

  describe("platform keys", () => {
    it("caches the platform's JWKS and refetches it once for an unknown kid (key rotation)", async () => {
      expect((await (await begin()).post()).status).toBe(303);
      const fetched = platform.jwksRequests;
      expect((await (await begin()).post()).status).toBe(303);
      expect(platform.jwksRequests).toBe(fetched);

      await platform.rotateKey();
      expect((await (await begin()).post()).status).toBe(303);
      expect(platform.jwksRequests).toBe(fetched + 1);

      const flow = await begin();
      const idToken = await platform.sign(flow.claims, { kid: "no-such-key" });
      await expectRefused(() => flow.post({ idToken }), 401, /could not be verified/, "signature");
      expect(platform.jwksRequests).toBe(fetched + 2);
    });
  });
});
