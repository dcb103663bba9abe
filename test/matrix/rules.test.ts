import { describe, expect, it } from "vitest";
import { loadConfig } from "../../app/config.ts";
import { isRepeatable } from "../../matrix-bot/homeserver/client.ts";
import {
  classify,
  HomeserverUnavailable,
  type RetryPolicy,
  withRetry,
} from "../../matrix-bot/homeserver/retry.ts";
import type { TwinSpacePerson } from "../../matrix-bot/twinspace/desired.ts";
import { belongsIn, creatorOutranksAll, powerLevels } from "../../matrix-bot/twinspace/layout.ts";

/** The bot's decisions that need no homeserver: configuration, retries, the TwinSpace's shape. */

const loadBotConfig = (env: NodeJS.ProcessEnv) => loadConfig(env).bot;

describe("bot configuration", () => {
  it("is off without a homeserver, and complete or refused with the variable to fix", () => {
    expect(loadBotConfig({})).toBeUndefined();
    expect(() => loadBotConfig({ MATRIX_BOT_ACCESS_TOKEN: "syt_x" })).toThrow(/MATRIX_HOMESERVER_URL is not/);
    expect(() => loadBotConfig({ MATRIX_HOMESERVER_URL: "https://matrix.school.example" })).toThrow(
      /MATRIX_BOT_ACCESS_TOKEN is not/,
    );
    expect(() =>
      loadBotConfig({ MATRIX_HOMESERVER_URL: "matrix.school", MATRIX_BOT_ACCESS_TOKEN: "t" }),
    ).toThrow(/MATRIX_HOMESERVER_URL must be an http\(s\) URL/);
    const base = {
      MATRIX_HOMESERVER_URL: "https://matrix.school.example/",
      MATRIX_BOT_ACCESS_TOKEN: "syt_x",
    };
    expect(loadBotConfig(base)).toEqual({
      homeserverUrl: "https://matrix.school.example",
      accessToken: "syt_x",
      jitsiBaseUrl: "https://meet.jit.si",
      commandPrefix: "!tw",
      pollIntervalMs: 1000,
      fullPassIntervalMs: 30 * 60_000,
    });
    expect(() => loadBotConfig({ ...base, MATRIX_JITSI_BASE_URL: "http://jitsi.local" })).toThrow(
      /must be an https URL/,
    );
    expect(() => loadBotConfig({ ...base, MATRIX_FULL_PASS_MINUTES: "often" })).toThrow(
      /MATRIX_FULL_PASS_MINUTES/,
    );
    expect(() => loadBotConfig({ ...base, MATRIX_COMMAND_PREFIX: "hey bot" })).toThrow(
      /MATRIX_COMMAND_PREFIX/,
    );
  });
});

describe("calls to the homeserver", () => {
  const limited = (ms?: number) => ({ errcode: "M_LIMIT_EXCEEDED", statusCode: 429, retryAfterMs: ms });
  const policy = (waits: number[]): RetryPolicy => ({
    transientAttempts: 3,
    rateLimitAttempts: 5,
    baseDelayMs: 10,
    maxDelayMs: 40,
    sleep: async (ms) => void waits.push(ms),
  });
  /** A call that fails with the given errors in turn, then answers "done". */
  const failing = (...errors: unknown[]) => {
    let calls = 0;
    const call = async () => {
      calls++;
      if (errors.length > 0) throw errors.shift();
      return "done";
    };
    return { call, calls: () => calls };
  };

  it("tells rate limits, transient failures and refusals apart", () => {
    expect(classify(limited(1200))).toEqual({ kind: "rate_limited", waitMs: 1200 });
    expect(classify({ statusCode: 502 })).toEqual({ kind: "transient", reachedServer: true });
    expect(classify({ code: "ECONNREFUSED" })).toEqual({ kind: "transient", reachedServer: false });
    expect(classify({ code: "ECONNRESET" })).toEqual({ kind: "transient", reachedServer: true });
    expect(classify({ errcode: "M_FORBIDDEN", statusCode: 403 })).toEqual({ kind: "permanent" });
    expect(classify(new TypeError("bug"))).toEqual({ kind: "permanent" });
  });

  it("waits exactly the retry_after_ms the server asked for", async () => {
    const waits: number[] = [];
    const { call } = failing(limited(1500), limited(250));
    expect(await withRetry(call, { repeatable: false, what: "send" }, policy(waits))).toBe("done");
    expect(waits).toEqual([1500, 250]);
  });

  it("backs off on transient failures, growing but bounded, then reports the homeserver unavailable", async () => {
    const waits: number[] = [];
    const { call, calls } = failing({ statusCode: 503 }, { statusCode: 503 }, { statusCode: 503 });
    await expect(withRetry(call, { repeatable: true, what: "state" }, policy(waits))).rejects.toBeInstanceOf(
      HomeserverUnavailable,
    );
    expect(calls()).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(5);
    expect(waits[1]).toBeLessThanOrEqual(40);
  });

  it("never repeats a createRoom that may have reached the server, only one that surely did not", async () => {
    expect(isRepeatable("POST", "/_matrix/client/v3/createRoom")).toBe(false);
    expect(isRepeatable("POST", "/_matrix/client/v3/rooms/!r/invite")).toBe(true);
    expect(isRepeatable("PUT", "/_matrix/client/v3/rooms/!r/send/m.room.message/t1")).toBe(true);
    const refused = failing({ code: "ECONNREFUSED" });
    expect(await withRetry(refused.call, { repeatable: false, what: "createRoom" }, policy([]))).toBe("done");
    const lost = failing({ code: "ECONNRESET" });
    await expect(withRetry(lost.call, { repeatable: false, what: "createRoom" }, policy([]))).rejects.toThrow(
      /outcome is unknown/,
    );
    expect(lost.calls()).toBe(1);
  });

  it("passes refusals through untouched", async () => {
    const forbidden = { errcode: "M_FORBIDDEN", statusCode: 403 };
    const { call, calls } = failing(forbidden);
    await expect(withRetry(call, { repeatable: true, what: "invite" }, policy([]))).rejects.toBe(forbidden);
    expect(calls()).toBe(1);
  });
});

describe("the TwinSpace's shape", () => {
  const person = (role: TwinSpacePerson["role"], name: string): TwinSpacePerson => ({
    personId: name,
    matrixUserId: `@${name}:school.example`,
    role,
  });
  const people = [
    person("founder", "anna"),
    person("admin", "luca"),
    person("teacher", "pablo"),
    person("pupil", "giulia"),
  ];

  it("keeps pupils out of the Teachers' room only", () => {
    expect(belongsIn("teachers", "pupil")).toBe(false);
    for (const room of ["space", "general", "forum", "pupils"] as const)
      expect(belongsIn(room, "pupil")).toBe(true);
    expect(belongsIn("teachers", "teacher")).toBe(true);
  });

  it("gives founders and admins 75, teachers 50, pupils nothing, and structure to the bot alone", () => {
    const levels = powerLevels(people, { userId: "@bot:school.example", listed: true }, false);
    expect(levels.users).toEqual({
      "@anna:school.example": 75,
      "@luca:school.example": 75,
      "@pablo:school.example": 50,
      "@bot:school.example": 100,
    });
    expect(levels).toMatchObject({
      invite: 100,
      state_default: 100,
      kick: 50,
      ban: 50,
      redact: 50,
      events_default: 0,
    });
    expect(levels.events["im.vector.modular.widgets"]).toBe(75);
  });

  it("leaves the creator out of the users from room version 12, where it outranks everyone", () => {
    expect(creatorOutranksAll("12")).toBe(true);
    expect(creatorOutranksAll("10")).toBe(false);
    expect(creatorOutranksAll("org.matrix.hydra.11")).toBe(true);
    const levels = powerLevels(people, { userId: "@bot:school.example", listed: false }, false);
    expect(levels.users["@bot:school.example"]).toBeUndefined();
  });

  it("makes a closed project's rooms read-only, moderators still able to redact", () => {
    const levels = powerLevels(people, { userId: "@bot:school.example", listed: false }, true);
    expect(levels.events_default).toBe(100);
    expect(levels.events["m.room.redaction"]).toBe(50);
  });
});
