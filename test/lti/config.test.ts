import { describe, expect, it } from "vitest";
import { loadConfig } from "../../app/config.ts";
import { DEVELOPMENT_LTI_KEY } from "../../lti-tool/config.ts";

const loadLtiConfig = (publicUrl: string, env: NodeJS.ProcessEnv) =>
  loadConfig({ PUBLIC_URL: publicUrl, ...env }).lti;

describe("LTI configuration", () => {
  it("uses development cookies and key for http://localhost, refusing nothing", () => {
    const config = loadLtiConfig("http://localhost:3000", {});
    expect(config.cookies.mode).toBe("development");
    expect(config.cookies.options).toMatchObject({ sameSite: "lax", secure: false });
    expect(config.key).toBe(DEVELOPMENT_LTI_KEY);
    expect(config.allowPrivateAddresses).toBe(false);
    expect(config.jwksCooldownMs).toBe(30_000);
  });

  it("needs LTI_KEY with https and then sets SameSite=None; Secure; Partitioned cookies", () => {
    expect(() => loadLtiConfig("https://twinning.example.org", {})).toThrow(/LTI_KEY must be set/);
    const config = loadLtiConfig("https://twinning.example.org", {
      LTI_KEY: "k".repeat(40),
      LTI_REGISTRATION_HOSTS: "Moodle.Example.gov, lms.example.org:8443",
    });
    expect(config.cookies).toMatchObject({
      mode: "secure",
      sessionCookieName: "__Host-ot_session",
      options: { sameSite: "none", secure: true, partitioned: true, httpOnly: true },
    });
    expect(config.registrationHosts).toEqual(["moodle.example.gov", "lms.example.org:8443"]);
  });

  it("names the variable to fix", () => {
    expect(() => loadLtiConfig("http://localhost:3000", { LTI_COOKIES: "strict" })).toThrow(/LTI_COOKIES/);
    expect(() => loadLtiConfig("http://localhost:3000", { LTI_JWKS_COOLDOWN_MS: "soon" })).toThrow(
      /LTI_JWKS_COOLDOWN_MS/,
    );
  });
});
