import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatrixLinkCode, registerPupils, type Pupil, type Teacher } from "../../core/index.ts";
import { type AccountAdmin, PupilAccountManager } from "../../matrix-bot/accounts/pupilAccounts.ts";
import { NoAdminRights } from "../../matrix-bot/accounts/synapseAdmin.ts";
import { CommandDispatcher } from "../../matrix-bot/commands/dispatcher.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { createLogger, redactPath, scrubSecrets } from "../../ops/log.ts";
import { type Client, startPages } from "../pages/client.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturedLogText, expectNotLogged, logLinesOf } from "../support/logCapture.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { World } from "../support/world.ts";

/** The homeserver's admin API (a third party) with the faults a real one shows. */
class FaultyAdmin implements AccountAdmin {
  fault: "none" | "no_rights" | "lost" = "none";
  async putUser() {
    if (this.fault === "no_rights") throw new NoAdminRights("PUT answered M_FORBIDDEN");
    if (this.fault === "lost") throw new Error("socket hang up");
  }
  async deactivate() {}
}

const passwordsOn = (html: string) =>
  [...html.matchAll(/<code>([a-z2-9]{4}(?:-[a-z2-9]{4}){3})<\/code>/g)].map((match) => match[1]!);

describe("redaction rules", () => {
  it("replaces registration tokens in paths and every query string", () => {
    expect(redactPath("/lti/register/abc_DEF-123?openid_configuration=x")).toBe(
      "/lti/register/[redacted]?[redacted]",
    );
    expect(redactPath("/lti/continue?next=%2Fapp&continuation=s3cret")).toBe("/lti/continue?[redacted]");
    expect(redactPath("/app/projects/42")).toBe("/app/projects/42");
    expect(redactPath("/verify/Zx3kQ9v_abc-DEF")).toBe("/verify/[redacted]");
    expect(redactPath("/app/certificates/pdf/Zx3kQ9v_abc-DEF")).toBe("/app/certificates/pdf/[redacted]");
    expect(scrubSecrets('{"msg":"GET https://tool.example/lti/handoff?handoff=s3cret failed?"}')).toBe(
      '{"msg":"GET https://tool.example/lti/handoff?[redacted] failed?"}',
    );
  });

  it("writes every level to LOG_FILE even when LOG_LEVEL silences the output, with secret fields redacted", () => {
    const dir = mkdtempSync(join(tmpdir(), "opentwinning-log-"));
    try {
      const file = join(dir, "log.ndjson");
      const logger = createLogger({ LOG_LEVEL: "silent", LOG_FILE: file });
      logger.debug(
        { token: "tok-1", user: { password: "pw-2" }, headers: { cookie: "ot_session=ck-3" } },
        "hello",
      );
      const [line] = readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((text) => JSON.parse(text));
      expect(line).toMatchObject({
        msg: "hello",
        token: "[redacted]",
        user: { password: "[redacted]" },
        headers: { cookie: "[redacted]" },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("explains a LOG_LEVEL it does not know", () => {
    expect(() => createLogger({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of trace, debug, info/);
  });
});

/**
 * Registration tokens, continuations, handoffs, session cookies, Matrix link codes and
 * pupils' passwords go through success and refusal paths of the real tool, and none of
 * them may appear in any line the product logged (the run's capture, test/support/logCapture.ts).
 */
describe.each(DATABASE_KINDS)("no secret reaches the log (%s)", (kind) => {
  let w: World;
  let platform: Platform;
  let pages: Awaited<ReturnType<typeof startPages>>;
  let admin: FaultyAdmin;
  let teacher: Teacher;
  let pupil: Pupil;
  let asTeacher: Client;
  const secrets: Record<string, string | undefined> = {};
  const tool = () => pages.tool;

  beforeAll(async () => {
    w = await World.create(kind);
    admin = new FaultyAdmin();
    pages = await startPages(w, {
      matrix: {
        homeserverUrl: "https://matrix.school.example",
        botUserId: async () => "@twinspace:school.example",
        pupilAccounts: new PupilAccountManager({
          core: w.deps,
          admin,
          records: new PupilMatrixAccounts(w.store.database),
          serverName: async () => "school.example",
          requireGuard: async () => {}, // no homeserver here: the guard's probe is tested on Synapse
        }),
      },
    });
    platform = await startPlatform();
    teacher = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    pupil = (await registerPupils(w.deps, w.actor(teacher), [{ displayName: "Marco Rossi" }])).registered[0]!;
    asTeacher = await pages.as(teacher);
    secrets["session cookie (pages)"] = asTeacher.cookie.split("=")[1];
  });

  afterAll(async () => {
    await platform.stop();
    await pages.tool.stop();
    await w.destroy();
  });

  it("registration tokens: refused, used and reused", async () => {
    const url = await tool().registrationUrl({ schoolName: "Liceo Galilei", country: "IT" });
    const token = url.split("/").pop()!;
    secrets["registration token"] = token;
    secrets["unknown registration token"] = "Zq7Xr2Lw9Vt4Ks8Mn3Pb6Hd1Fg5Jc0";

    // Refused without the platform's configuration: the path with the still-valid token is logged redacted.
    const refused = await fetch(url);
    expect(refused.status).toBe(400);
    const lines = logLinesOf(refused.headers.get("x-request-id"));
    expect(lines.map((line) => [line.path, line.refusal])).toEqual([["/lti/register/[redacted]", "request"]]);

    const unknown = await fetch(
      `${tool().url}/lti/register/${secrets["unknown registration token"]}?openid_configuration=${encodeURIComponent(`${platform.url}/openid`)}`,
    );
    expect(unknown.status).toBe(403);
    expect(logLinesOf(unknown.headers.get("x-request-id"))[0]).toMatchObject({
      path: "/lti/register/[redacted]?[redacted]",
      refusal: "registration_token",
    });

    const tooLarge = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `school_name=${"x".repeat(200_000)}`,
    });
    expect(tooLarge.status).toBe(413);
    expect(logLinesOf(tooLarge.headers.get("x-request-id"))).toHaveLength(1);

    await platform.register(url, { schoolName: "Liceo Galilei", country: "IT" });
    await expect(platform.register(url, { schoolName: "Liceo Galilei", country: "IT" })).rejects.toThrow();
  });

  it("launches: session cookies, continuations and handoffs, used and refused", async () => {
    const launch = await platform.launch({
      user: { id: "moodle-9", name: "Giulia Rossi" },
      roles: [ROLES.instructor],
    });
    const location = launch.response.headers.get("location") ?? "";
    const continuation = new URL(location, tool().url).searchParams.get("continuation") ?? "";
    secrets["continuation"] = continuation;
    secrets["session cookie (launch)"] = launch.cookies.get("ot_session");
    // The cookie did not come back: a handoff for a new window.
    const blocked = await fetch(new URL(location, tool().url));
    const handoffLink = /href="(\/lti\/handoff\?[^"]+)"/
      .exec(await blocked.text())?.[1]
      ?.replaceAll("&amp;", "&");
    const handoff = new URL(handoffLink ?? "", tool().url);
    secrets["handoff"] = handoff.searchParams.get("handoff") ?? undefined;
    const redeemed = await fetch(handoff, { redirect: "manual" });
    expect(redeemed.status).toBe(303);
    secrets["session cookie (handoff)"] = /ot_session=([^;]+)/.exec(
      redeemed.headers.get("set-cookie") ?? "",
    )?.[1];
    // Used twice, and a continuation used twice: refused, and logged (if at all) without them.
    expect((await fetch(handoff, { redirect: "manual" })).status).toBe(401);
    expect((await fetch(new URL(location, tool().url))).status).toBe(401);
    // A forged launch that carries a session cookie is refused.
    const forged = await fetch(`${tool().url}/lti/launch`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `ot_session=${secrets["session cookie (handoff)"]}`,
      },
      body: "id_token=x&state=y",
    });
    expect(forged.status).toBe(400);
    expect(Object.values(secrets).every(Boolean)).toBe(true);
  });

  it("Matrix link codes: shown once, refused when wrong, used when right", async () => {
    const page = await asTeacher.post("/app/matrix/code");
    secrets["link code (page)"] = /<code>link ([A-Z2-9]{8})<\/code>/.exec(page.html)?.[1];
    expect(secrets["link code (page)"]).toBeTruthy();
    const bot = new CommandDispatcher({
      deps: w.deps,
      prefix: "!tw",
      pupils: { isPupil: async () => false },
    });
    const { code } = await createMatrixLinkCode(w.deps, w.actor(teacher));
    secrets["link code (chat)"] = code;
    const say = async (body: string) =>
      (await bot.handle({ sender: "@ada:school.example", body, room: { kind: "direct" } }))?.text ?? "";
    expect(await say(`link ${code.slice(0, 4)}ZZZZ`)).toMatch(/unknown, already used or expired/);
    expect(await say(`link ${code}`)).toMatch(/is now linked/);
    expect(await say(`link ${code}`)).toMatch(/already/);
  });

  it("pupils' passwords: printed, and the homeserver's refusals and failures", async () => {
    const sheet = await asTeacher.post("/app/pupils/sheet", { pupil: pupil.id });
    expect(sheet.status).toBe(200);
    const [password] = passwordsOn(sheet.html);
    secrets["pupil's password"] = password;
    expect(password).toBeTruthy();

    // Client.post reads the answer; the request id is a header, so these go through fetch.
    const postSheet = () =>
      fetch(`${tool().url}/app/pupils/sheet`, {
        method: "POST",
        headers: {
          cookie: asTeacher.cookie,
          origin: tool().url,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ _csrf: asTeacher.csrf, pupil: pupil.id }),
      });
    admin.fault = "no_rights";
    const noRights = await postSheet();
    expect(logLinesOf(noRights.headers.get("x-request-id"))).toHaveLength(1);
    admin.fault = "lost";
    const lost = await postSheet();
    expect(lost.status).toBe(500);
    expect(logLinesOf(lost.headers.get("x-request-id"))[0]).toMatchObject({ msg: "request failed" });
    admin.fault = "none";
  });

  it("none of them is in any captured line, while the refusals are", () => {
    expect(Object.keys(secrets).sort()).toEqual([
      "continuation",
      "handoff",
      "link code (chat)",
      "link code (page)",
      "pupil's password",
      "registration token",
      "session cookie (handoff)",
      "session cookie (launch)",
      "session cookie (pages)",
      "unknown registration token",
    ]);
    expect(capturedLogText()).toContain('"refusal":"registration_token"');
    expectNotLogged(secrets);
  });
});
