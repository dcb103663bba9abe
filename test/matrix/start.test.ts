import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectNotLogged } from "../support/logCapture.ts";
import { startEntry } from "../support/process.ts";
import { registerUser, startSynapse } from "../support/synapse.ts";
import { homeserver, matrixPerson, uniqueLocalpart } from "./people.ts";

/** `npm start` runs the bot in the same process when a homeserver is configured. */
describe("npm start with a homeserver", () => {
  const dir = mkdtempSync(join(tmpdir(), "opentwinning-bot-start-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = (token: string) => ({
    PORT: "0",
    DATABASE_URL: `sqlite:${join(dir, "opentwinning.sqlite")}`,
    MATRIX_HOMESERVER_URL: homeserver().url,
    MATRIX_BOT_ACCESS_TOKEN: token,
  });

  const BOT_RUNNING = /"component":"matrix-bot","msg":"running/;

  it("starts the bot beside the tool", async () => {
    const bot = await matrixPerson("twinbot");
    const app = await startEntry("app/main.ts", env(bot.accessToken), BOT_RUNNING);
    await app.stop();
    expect(app.output()).toContain(
      `"component":"matrix-bot","msg":"running as ${bot.userId} on ${homeserver().url}"`,
    );
    expectNotLogged({ "the bot's access token": bot.accessToken });
  });

  it("warns at start that no pupils' accounts are made on a homeserver without the pupil guard", async () => {
    const unguarded = await startSynapse({ pupilGuard: false });
    try {
      const bot = await registerUser(unguarded, uniqueLocalpart("twinbot"), { admin: true });
      const app = await startEntry(
        "app/main.ts",
        { ...env(bot.accessToken), MATRIX_HOMESERVER_URL: unguarded.url },
        /pupil guard/,
      );
      await app.stop();
      expect(app.output()).toMatch(
        /pupils' Matrix accounts are refused .*does not run the OpenTwinning pupil guard/,
      );
      expect(app.output()).toContain('README \\"Matrix\\", point 5');
    } finally {
      await unguarded.stop();
    }
  });

  it("refuses a token the homeserver does not know, naming the variable", async () => {
    await expect(startEntry("app/main.ts", env("syt_not_a_token"), BOT_RUNNING)).rejects.toThrow(
      /refused MATRIX_BOT_ACCESS_TOKEN \(M_UNKNOWN_TOKEN\)/,
    );
  });
});
