import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOidcConfig } from "../../lti-tool/oidc/config.ts";
import { teacherLocalpart } from "../../lti-tool/oidc/identities.ts";
import { KnexOidcAdapter } from "../../lti-tool/oidc/adapter.ts";
import { SigningKeys } from "../../lti-tool/oidc/keys.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

describe.each(DATABASE_KINDS)("the provider's signing keys on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  it("makes one key, keeps it, rotates it and keeps the old one published for a day", async () => {
    const keys = new SigningKeys(w.store.database.knex, SECRET);
    const [first] = await keys.current();
    expect(first?.kty).toBe("RSA");
    expect(first?.d).toBeTruthy();
    // Persisted: a restart (a new instance) signs with the same key.
    expect((await new SigningKeys(w.store.database.knex, SECRET).current()).map((k) => k.kid)).toEqual([
      first!.kid,
    ]);
    // Encrypted at rest: the private exponent is not in the row.
    const row = await w.store.database.knex("oidc_keys").first("private_jwk");
    expect(row.private_jwk).not.toContain(first!.d);

    const now = new Date();
    const rotated = await keys.rotate(now);
    expect((await keys.current(now)).map((k) => k.kid)).toEqual([rotated, first!.kid]);
    const dayLater = new Date(now.getTime() + 24 * 60 * 60 * 1000 + 1000);
    expect((await keys.current(dayLater)).map((k) => k.kid)).toEqual([rotated]);
  });

  it("keeps the provider's records: found by id and uid, consumed once marked, gone by grant or expiry", async () => {
    const codes = new KnexOidcAdapter(w.store.database.knex, "AuthorizationCode");
    const sessions = new KnexOidcAdapter(w.store.database.knex, "Session");
    await codes.upsert("code-1", { grantId: "grant-1", accountId: "sub-1" }, 60);
    await codes.upsert("code-2", { grantId: "grant-2" }, 60);
    await sessions.upsert("session-1", { uid: "uid-1", accountId: "sub-1" }, 60);
    expect(await codes.find("code-1")).toMatchObject({ accountId: "sub-1" });
    expect(await sessions.find("code-1")).toBeUndefined(); // kinds do not mix
    expect(await sessions.findByUid("uid-1")).toMatchObject({ accountId: "sub-1" });
    await codes.consume("code-1");
    expect((await codes.find("code-1"))?.consumed).toBeGreaterThan(0);
    await codes.revokeByGrantId("grant-1");
    expect(await codes.find("code-1")).toBeUndefined();
    expect(await codes.find("code-2")).toBeTruthy();
    await codes.upsert("code-2", { grantId: "grant-2" }, -1); // expired
    expect(await codes.find("code-2")).toBeUndefined();
    await sessions.destroy("session-1");
    expect(await sessions.findByUid("uid-1")).toBeUndefined();
  });
});

describe("the provider's settings", () => {
  const complete = {
    OIDC_CLIENT_SECRET: SECRET,
    OIDC_REDIRECT_URIS: "https://matrix.school.example/_synapse/client/oidc/callback",
    MATRIX_SERVER_NAME: "school.example",
    MATRIX_CLIENT_URL: "https://element.school.example/",
  };

  it("is off with nothing set, and complete with everything", () => {
    expect(loadOidcConfig({})).toBeUndefined();
    expect(loadOidcConfig(complete)).toEqual({
      clientId: "matrix",
      clientSecret: SECRET,
      redirectUris: ["https://matrix.school.example/_synapse/client/oidc/callback"],
      serverName: "school.example",
      clientUrl: "https://element.school.example",
    });
  });

  it("names what is missing or wrong", () => {
    expect(() => loadOidcConfig({ ...complete, MATRIX_SERVER_NAME: "" })).toThrow(
      /MATRIX_SERVER_NAME is not set/,
    );
    expect(() => loadOidcConfig({ ...complete, OIDC_CLIENT_SECRET: "short" })).toThrow(
      /at least 32 characters/,
    );
    expect(() => loadOidcConfig({ ...complete, OIDC_REDIRECT_URIS: "matrix.school.example" })).toThrow(
      /OIDC_REDIRECT_URIS must list http\(s\) URLs/,
    );
  });
});

describe("teachers' Matrix localparts", () => {
  it("are readable, without accents, and never look like a pupil's", () => {
    expect(teacherLocalpart("Élodie O'Brien", 0)).toBe("elodie.o.brien");
    expect(teacherLocalpart("Élodie O'Brien", 1)).toBe("elodie.o.brien.2");
    expect(teacherLocalpart("Tw- Smith", 0)).toBe("tw.smith");
    expect(teacherLocalpart("李雷", 0)).toBe("teacher");
  });
});
