import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/postgres.ts";
import { startEntry } from "../support/process.ts";

const COMMAND =
  'npm run admin -- registration-token create --school-name "<school name>" --country <country code>';

describe("npm start on a fresh install", () => {
  const dir = mkdtempSync(join(tmpdir(), "opentwinning-first-start-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { DATABASE_URL: `sqlite:${join(dir, "opentwinning.sqlite")}` };

  /** The process's output as people read it: each JSON log line's message, other lines as they are. */
  function messages(output: string): string {
    return output
      .split("\n")
      .map((line) => {
        try {
          return String((JSON.parse(line) as { msg?: unknown }).msg ?? line);
        } catch {
          return line;
        }
      })
      .join("\n");
  }

  async function landingPage(port: number, language: string): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "Accept-Language": language } });
    return response.text();
  }

  it("tells the operator the next step until the first LMS is registered, without warnings", async () => {
    const port = await freePort();
    const app = await startEntry("app/main.ts", { ...env, PORT: String(port) }, /listening/);
    try {
      expect(messages(app.output())).toContain(
        `No LMS is registered yet. Next step: make a school's registration URL with ${COMMAND}`,
      );
      expect(messages(app.output())).toContain('README.md, section "LTI / Moodle"');
      expect(app.output()).not.toMatch(/Warning|DEP0\d+/);

      const english = await landingPage(port, "en");
      expect(english).toContain("<h2>Setting up this service</h2>");
      // The command as the operator copies it, escaped in the page.
      expect(english).toContain(
        "<code>npm run admin -- registration-token create --school-name &quot;&lt;school name&gt;&quot; --country &lt;country code&gt;</code>",
      );
      expect(english).toContain("README.md, section “LTI / Moodle”");
      const italian = await landingPage(port, "it-IT,it;q=0.9");
      expect(italian).toContain("<h2>Configurare questo servizio</h2>");
      expect(italian).toContain("README.md, sezione “LTI / Moodle”");
    } finally {
      await app.stop();
    }

    execFileSync(
      process.execPath,
      [
        "scripts/node.mjs",
        "app/admin.ts",
        ...["platform", "add", "--issuer", "https://moodle.school.example", "--client-id", "client-1"],
        ...["--deployment-id", "1", "--auth-url", "https://moodle.school.example/mod/lti/auth.php"],
        ...["--token-url", "https://moodle.school.example/mod/lti/token.php"],
        ...["--jwks-url", "https://moodle.school.example/mod/lti/certs.php"],
        ...["--school-name", "Liceo Galilei", "--country", "IT"],
      ],
      { env: { ...process.env, ...env }, stdio: "pipe" },
    );

    const registered = await startEntry("app/main.ts", { ...env, PORT: String(port) }, /listening/);
    try {
      expect(messages(registered.output())).not.toContain("No LMS is registered yet");
      const page = await landingPage(port, "en");
      expect(page).toContain("School IT administrators");
      expect(page).not.toContain("Setting up this service");
    } finally {
      await registered.stop();
    }
  });

  it("serves /favicon.ico", async () => {
    const port = await freePort();
    const app = await startEntry("app/main.ts", { ...env, PORT: String(port) }, /listening/);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/favicon.ico`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/x-icon");
      const icon = Buffer.from(await response.arrayBuffer());
      // An icon resource (reserved 0, type 1) holding the 16, 32 and 48 pixel images.
      expect([icon.readUInt16LE(0), icon.readUInt16LE(2), icon.readUInt16LE(4)]).toEqual([0, 1, 3]);
    } finally {
      await app.stop();
    }
  });
});
