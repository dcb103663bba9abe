import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectNotLogged } from "../support/logCapture.ts";
import { startEntry } from "../support/process.ts";
import { homeserver, matrixPerson } from "./people.ts";

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

  it("refuses a token the homeserver does not know, naming the variable", async () => {
    await expect(startEntry("app/main.ts", env("syt_not_a_token"), BOT_RUNNING)).rejects.toThrow(
      /refused MATRIX_BOT_ACCESS_TOKEN \(M_UNKNOWN_TOKEN\)/,
    );
  });
});
