import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../app/config.ts";
import { freePort } from "../support/postgres.ts";
import { startEntry } from "../support/process.ts";

describe("npm start on embedded defaults", () => {
  const dir = mkdtempSync(join(tmpdir(), "opentwinning-start-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates and migrates the SQLite file, then serves the landing page and /healthz", async () => {
    const port = await freePort();
    const databaseFile = join(dir, "data", "opentwinning.sqlite");
    const app = await startEntry(
      "app/main.ts",
      { PORT: String(port), DATABASE_URL: `sqlite:${databaseFile}` },
      /listening/,
    );
    try {
      expect(existsSync(databaseFile)).toBe(true);
      expect(app.output()).toContain(`public URL http://localhost:${port}`);

      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", database: "sqlite" });

      const italian = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "Accept-Language": "it-IT,it;q=0.9" },
      });
      expect(italian.headers.get("content-security-policy")).toContain("default-src 'self'");
      const page = await italian.text();
      expect(page).toContain('<html lang="it">');
      expect(page).toContain("progetti di classe tra scuole e paesi");
    } finally {
      await app.stop();
    }
    // A second start finds the schema in place and applies nothing.
    const again = await startEntry(
      "app/main.ts",
      { PORT: "0", DATABASE_URL: `sqlite:${databaseFile}` },
      /listening/,
    );
    await again.stop();
    expect(again.output()).toContain("0 migration(s) applied");
  });

  it("refuses a malformed DATABASE_URL with a message naming the variable", async () => {
    await expect(
      startEntry("app/main.ts", { PORT: "0", DATABASE_URL: "mysql://somewhere/db" }, /listening/),
    ).rejects.toThrow(/DATABASE_URL must start with \\"sqlite:\\"/); // quoted inside a JSON log line
  });
});

describe("configuration", () => {
  it("defaults to port 3000 on 127.0.0.1, a public URL on localhost and SQLite under ./data", () => {
    const config = loadConfig({}).app;
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      publicUrl: "http://localhost:3000",
      databaseUrl: "sqlite:./data/opentwinning.sqlite",
    });
    expect(config.countries.has("IT")).toBe(true);
  });

  it("takes PUBLIC_URL without its trailing slash and a country list override", () => {
    const config = loadConfig({
      PUBLIC_URL: "https://twinning.example.org/",
      PARTICIPATING_COUNTRIES: "it, fr",
      LTI_KEY: "k".repeat(40),
    }).app;
    expect(config.publicUrl).toBe("https://twinning.example.org");
    expect([...config.countries.codes]).toEqual(["IT", "FR"]);
  });

  it("explains a bad PORT", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow(/PORT must be a port number/);
  });
});
