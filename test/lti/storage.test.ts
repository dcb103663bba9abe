import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KnexLtijsDatabase } from "../../lti-tool/lti/ltijsDatabase.ts";
import { Logins, Nonces } from "../../lti-tool/lti/store.ts";
import { createLtiProvider } from "../../lti-tool/lti/provider.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/** ltijs's data and ours on both databases: the plugin's contract, expiry in SQL, single use. */
describe.each(DATABASE_KINDS)("LTI storage on %s", (kind) => {
  let world: World;
  beforeAll(async () => {
    world = await World.create(kind);
  });
  afterAll(() => world.destroy());

  const knex = () => world.store.database.knex;

  it("keeps ltijs platforms and keys, encrypted with an authenticated cipher", async () => {
    const provider = createLtiProvider(knex(), "a-key-of-enough-length-for-the-test");
    const platform = await provider.registerPlatform({
      issuer: "https://moodle.example",
      clientId: "client-a",
      name: "moodle",
      authEndpoint: "https://moodle.example/mod/lti/auth.php",
      tokenEndpoint: "https://moodle.example/mod/lti/token.php",
      jwksUrl: "https://moodle.example/mod/lti/certs.php",
    });
    expect(await provider.findPlatform("https://moodle.example", "client-a")).toEqual(platform);
    expect(await provider.platformsOf("https://moodle.example")).toEqual([platform]);
    const keys = await knex()("lti_keys").where({ kid: platform.kid });
    expect(keys.map((row: { kind: string }) => row.kind).sort()).toEqual(["private", "public"]);
    expect(JSON.stringify(keys)).not.toContain("PRIVATE KEY");

    // Another LTI_KEY cannot read them (GCM authenticates).
    const wrong = new KnexLtijsDatabase(knex());
    await expect(wrong.Get("another-key", "privatekey", { kid: platform.kid })).rejects.toThrow();
  });

  it("forgets service access tokens when they expire, in SQL", async () => {
    let now = Date.parse("2026-11-23T10:00:00Z");
    const database = new KnexLtijsDatabase(knex(), () => now);
    const where = { platformUrl: "https://moodle.example", clientId: "client-a", scopes: "nrps" };
    const token = { token: { access_token: "abc", token_type: "bearer", expires_in: 60 } };
    await database.Replace("k", "accesstoken", where, token, where);
    const [stored] = (await database.Get("k", "accesstoken", where)) || [];
    expect(stored).toMatchObject({ ...token, createdAt: now });
    now += 61_000;
    expect(await database.Get("k", "accesstoken", where)).toBe(false);
  });

  it("refuses ltijs collections that OpenTwinning does not keep", async () => {
    const database = new KnexLtijsDatabase(knex());
    await expect(database.Insert(false, "nonce", { nonce: "n" })).rejects.toThrow(/does not keep/);
  });

  it("accepts a nonce once, even from two logins racing", async () => {
    const nonces = new Nonces(knex());
    const results = await Promise.all([
      nonces.useOnce("https://a", "n-1"),
      nonces.useOnce("https://a", "n-1"),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect(await nonces.useOnce("https://b", "n-1")).toBe(true);
  });

  it("hands a login's state out once", async () => {
    const logins = new Logins(knex());
    const { state } = await logins.start({
      issuer: "https://a",
      clientId: "c",
      deploymentId: undefined,
      targetLinkUri: "https://tool/lti/launch",
      loginHint: "u",
      messageHint: undefined,
    });
    const [first, second] = await Promise.all([logins.take(state), logins.take(state)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
  });

  describe("through the platform simulator", () => {
    let tool: RunningTool;
    let platform: Platform;
    beforeAll(async () => {
      tool = await startTool({ world });
      platform = await startPlatform();
    });
    afterAll(async () => {
      await platform.stop();
      await tool.stop();
    });

    it("registers dynamically and launches a teacher", async () => {
      await platform.register(await tool.registrationUrl(), { schoolName: "Skola Vasa", country: "SE" });
      const launch = await platform.launch({
        user: { id: "sv-1", name: "Karin Berg" },
        roles: [ROLES.instructor],
      });
      expect(launch.response.status).toBe(303);
      expect(await world.store.database.knex("sessions").count({ n: "*" })).toEqual([
        { n: kind === "postgres" ? "1" : 1 },
      ]);
    });
  });
});
