import { createHash, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addPupilsToProject,
  createMatrixLinkCode,
  deletePupil,
  linkMatrixAccount,
  type Project,
  type Pupil,
  registerPupils,
  type Teacher,
} from "../../core/index.ts";
import type { OidcConfig } from "../../lti-tool/oidc/config.ts";
import { SessionStore, type Viewer } from "../../lti-tool/session/session.ts";
import { newPupilLocalpart } from "../../matrix-bot/accounts/passwords.ts";
import { MatrixBot } from "../../matrix-bot/bot.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { RetryingMatrixClient } from "../../matrix-bot/homeserver/client.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { FAST_RETRIES, projectRooms } from "../matrix/people.ts";
import { launchChromium, textOf } from "../support/browser.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { freePort } from "../support/postgres.ts";
import { registerUser, type RunningSynapse, startSynapse } from "../support/synapse.ts";
import { World } from "../support/world.ts";

const CLIENT_ID = "matrix";
const CLIENT_SECRET = randomBytes(32).toString("base64url");
const IDP = "opentwinning";

/**
 * A stand-in for the school's Element: opening it (at any room) starts the homeserver's SSO,
 * as Element does with `sso_redirect_options.immediate`; the homeserver comes back to
 * `/signed-in?loginToken=…`, which the test reads.
 */
async function startWebClient(homeserver: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://client");
    if (url.pathname === "/signed-in") {
      res.writeHead(200, { "content-type": "text/html" }).end("<title>Signed in</title><p>Signed in</p>");
      return;
    }
    const back = `http://127.0.0.1:${(server.address() as AddressInfo).port}/signed-in`;
    const sso = `${homeserver()}/_matrix/client/v3/login/sso/redirect/oidc-${IDP}?redirectUrl=${encodeURIComponent(back)}`;
    res.writeHead(302, { location: sso }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function matrix<T>(
  synapse: RunningSynapse,
  path: string,
  init: RequestInit = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${synapse.url}/_matrix/client/v3${path}`, {
    ...init,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await response.json()) as T;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** The rooms an account is joined to or invited to, as its own /sync says. */
async function roomsOf(synapse: RunningSynapse, token: string): Promise<string[]> {
  const sync = await matrix<{ rooms?: { join?: object; invite?: object } }>(
    synapse,
    "/sync?timeout=0",
    {},
    token,
  );
  return [...Object.keys(sync.rooms?.join ?? {}), ...Object.keys(sync.rooms?.invite ?? {})].sort();
}

describe("one click from the LMS into the TwinSpace (OpenID Connect)", () => {
  let w: World;
  let synapse: RunningSynapse;
  let tool: RunningTool;
  let client: { url: string; server: Server };
  let browser: Browser;
  let bot: MatrixBot;
  let anna: Teacher;
  let project: Project;
  let marco: Pupil;
  let rooms: Record<string, string>;
  let sessions: SessionStore;
  let lms: Platform;
  const annaInLms = { id: "teacher-anna", name: "Anna Rossi", email: "anna.rossi@galilei.example" };

  beforeAll(async () => {
    w = await World.create("sqlite");
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));

    // The homeserver is configured with the tool's issuer before the tool listens. The tool runs
    // on localhost and the LMS on 127.0.0.1: two sites, as in production, so inside the LMS's
    // iframe the tool's (Partitioned) session cookie is not the one a new window gets.
    const toolPort = await freePort();
    const issuer = `http://localhost:${toolPort}/oidc`;
    client = await startWebClient(() => synapse.url);
    synapse = await startSynapse({
      extraConfig: (url) => ({
        public_baseurl: `${url}/`,
        sso: { client_whitelist: [`${client.url}/`] },
        oidc_providers: [
          {
            idp_id: IDP,
            idp_name: "OpenTwinning",
            issuer,
            client_id: CLIENT_ID,
            client_secret: CLIENT_SECRET,
            scopes: ["openid", "profile"],
            skip_verification: true, // http issuer: tests only
            user_profile_method: "userinfo_endpoint",
            user_mapping_provider: {
              config: {
                localpart_template: "{{ user.preferred_username }}",
                display_name_template: "{{ user.name }}",
              },
            },
          },
        ],
      }),
    });
    const oidc: OidcConfig = {
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: [`${synapse.url}/_synapse/client/oidc/callback`],
      serverName: synapse.serverName,
      clientUrl: client.url,
    };
    const pupilAccounts = Object.assign(new PupilMatrixAccounts(w.store.database), {
      newLocalpart: newPupilLocalpart,
    });
    tool = await startTool({
      world: w,
      cookies: "secure",
      port: toolPort,
      oidc: { config: oidc, pupilAccounts },
      twinSpaces: new RecordedTwinSpaces(w.store.database),
    });
    sessions = new SessionStore(w.store.database);

    // Anna registers by her first launch from her school's LMS, then founds the project.
    lms = await startPlatform({ host: "127.0.0.1" });
    const school = { schoolName: "Liceo Galilei", country: "IT" };
    await lms.register(await tool.registrationUrl(school), school);
    expect(
      (await lms.launch({ user: annaInLms, roles: [ROLES.instructor], locale: "en" })).response.status,
    ).toBe(303);
    const owner = await w.store.read().identities.find(lms.url, annaInLms.id);
    anna = (await w.store.read().teachers.get((owner as { accountId: string }).accountId))!;
    project = await w.activeProject(anna, marie);
    marco = (await registerPupils(w.deps, w.actor(anna), [{ displayName: "Marco Bianchi" }])).registered[0]!;
    await addPupilsToProject(w.deps, w.actor(anna), project.id, [marco.id]);

    const botUser = await registerUser(synapse, "twinbot", { admin: true });
    bot = await MatrixBot.create({
      config: {
        homeserverUrl: synapse.url,
        accessToken: botUser.accessToken,
        jitsiBaseUrl: "https://meet.example.org",
        commandPrefix: "!tw",
        pollIntervalMs: 50,
        fullPassIntervalMs: 60_000,
      },
      database: w.store.database,
      core: w.deps,
      client: new RetryingMatrixClient(synapse.url, botUser.accessToken, FAST_RETRIES),
      log: { info: () => {}, warn: () => {} },
    });
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await lms?.stop();
    await bot?.stop();
    await tool?.stop();
    client?.server.close();
    await synapse?.stop();
    await w?.destroy();
  });

  /** A browser with a live session, its cookie set first-party by a handoff as after a launch. */
  async function signedInBrowser(viewer: Viewer): Promise<BrowserContext> {
    const context = await browser.newContext({ locale: viewer.locale });
    const { token } = await sessions.create(viewer);
    const page = await context.newPage();
    await page.goto(handoffUrl((await sessions.handoffForNewWindow(token))!, "/"));
    await page.close();
    return context;
  }

  /** Presses "Open the TwinSpace" on the project page; the answer's link opens the new window. */
  async function newWindowLink(projectPage: Pick<Page, "getByRole">): Promise<Locator> {
    await projectPage.getByRole("button", { name: "Open the TwinSpace" }).click();
    const link = projectPage.getByRole("link", { name: /Open the TwinSpace/ });
    expect(await link.getAttribute("target")).toBe("_blank");
    return link;
  }

  /** "Open the TwinSpace" (a new window) → homeserver SSO → our sign-in → back with a login token. */
  async function openTwinSpace(
    context: BrowserContext,
    projectPage: Pick<Page, "getByRole">,
  ): Promise<{ userId: string; token: string }> {
    const link = await newWindowLink(projectPage);
    const [popup] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await popup.waitForURL(/\/signed-in\?loginToken=/, { timeout: 30_000 });
    const loginToken = new URL(popup.url()).searchParams.get("loginToken")!;
    const login = await matrix<{ user_id: string; access_token: string }>(synapse, "/login", {
      method: "POST",
      body: JSON.stringify({ type: "m.login.token", token: loginToken }),
    });
    const whoami = await matrix<{ user_id: string }>(synapse, "/account/whoami", {}, login.access_token);
    expect(whoami.user_id).toBe(login.user_id);
    return { userId: whoami.user_id, token: login.access_token };
  }

  async function subjects(): Promise<number> {
    return Number((await w.store.database.knex("oidc_subjects").count({ n: "*" }))[0]!.n);
  }

  it("takes a teacher from the LMS into exactly the project's rooms, no password or code", async () => {
    const context = await browser.newContext({ locale: "en" });
    const page = await context.newPage();
    // The course page of the LMS shows OpenTwinning in an iframe.
    await page.goto(lms.embedUrl({ user: annaInLms, roles: [ROLES.instructor], locale: "en" }));
    const frame = page.frameLocator("#tool");
    await frame.getByRole("link", { name: project.title }).first().click();
    await expect
      .poll(() => page.frames().some((f) => f.url().endsWith(`/app/projects/${project.id}`)))
      .toBe(true);
    const { userId, token } = await openTwinSpace(context, frame);
    expect(userId).toBe(`@anna.rossi:${synapse.serverName}`);
    const profile = await matrix<{ displayname: string }>(
      synapse,
      `/profile/${encodeURIComponent(userId)}`,
      {},
      token,
    );
    expect(profile.displayname).toBe("Anna Rossi");
    // The sign-in recorded the account like a link: the reconciler invites it.
    await bot.drainOutbox();
    expect(await roomsOf(synapse, token)).toEqual(Object.values(rooms).sort());

    // Back on the project page, whose session the new window left in place, a second press
    // signs in to the same account.
    const toolFrame = page.frames().find((f) => f.url().startsWith(tool.url))!;
    await toolFrame.evaluate(() => history.back());
    await expect.poll(() => toolFrame.url()).toBe(`${tool.url}/app/projects/${project.id}`);
    const again = await openTwinSpace(context, frame);
    expect(again.userId).toBe(userId);
    await context.close();
  }, 120_000);

  it("takes a pupil to the pupils' rooms only, under a pseudonymous name", async () => {
    const context = await signedInBrowser({ kind: "pupil", pupilId: marco.id, locale: "en" });
    const page = await context.newPage();
    await page.goto(`${tool.url}/app/projects/${project.id}`);
    const { userId, token } = await openTwinSpace(context, page);
    expect(userId).toMatch(new RegExp(`^@tw-[a-z2-9]{10}:${synapse.serverName.replace(/\./g, "\\.")}$`));
    const profile = await matrix<{ displayname: string }>(
      synapse,
      `/profile/${encodeURIComponent(userId)}`,
      {},
      token,
    );
    expect(profile.displayname).toBe("Marco B.");
    await bot.drainOutbox();
    const expected = Object.entries(rooms)
      .filter(([purpose]) => purpose !== "teachers")
      .map(([, id]) => id)
      .sort();
    expect(await roomsOf(synapse, token)).toEqual(expected);
    expect(await roomsOf(synapse, token)).not.toContain(rooms.teachers);
    await context.close();
  }, 120_000);

  const annaSignedIn = (): Viewer => ({
    kind: "account",
    accountId: anna.id,
    schoolId: anna.schoolId,
    roles: ["teacher"],
    locale: "en",
  });

  function handoffUrl(handoff: string, next = "/oidc/twinspace"): string {
    return `${tool.url}/lti/handoff?${new URLSearchParams({ handoff, next })}`;
  }

  it("opens the new window once: the same handoff link again is refused", async () => {
    const context = await signedInBrowser(annaSignedIn());
    const page = await context.newPage();
    await page.goto(`${tool.url}/app/projects/${project.id}`);
    const link = await newWindowLink(page);
    const href = (await link.getAttribute("href"))!;
    const [popup] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await popup.waitForURL(/\/signed-in\?loginToken=/, { timeout: 30_000 });
    // The link from the browser's history, in a browser with no session of its own.
    const other = await browser.newContext({ locale: "en" });
    const { status, text } = await refusalPage(await other.newPage(), new URL(href, tool.url).href);
    expect(status).toBe(401);
    expect(text).toContain("This link has expired");
    expect(await other.cookies(tool.url)).toEqual([]);
    await other.close();
    await context.close();
  }, 60_000);

  it("refuses a handoff link older than a minute", async () => {
    const { token } = await sessions.create(annaSignedIn());
    const aMinuteAgo = new SessionStore(w.store.database, { now: () => new Date(Date.now() - 61_000) });
    const handoff = (await aMinuteAgo.handoffForNewWindow(token))!;
    const context = await browser.newContext({ locale: "it" });
    const { status, text } = await refusalPage(await context.newPage(), handoffUrl(handoff));
    expect(status).toBe(401);
    expect(text).toContain("Questo link è scaduto");
    expect(await context.cookies(tool.url)).toEqual([]);
    await context.close();
  });

  it("continues after a handoff only into OpenTwinning or the TwinSpace's web client", async () => {
    const context = await browser.newContext({ locale: "en" });
    const page = await context.newPage();
    for (const next of ["https://attacker.example/", "//attacker.example/", "/\\attacker.example/"]) {
      const { token } = await sessions.create(annaSignedIn());
      await page.goto(handoffUrl((await sessions.handoffForNewWindow(token))!, next));
      expect(page.url()).toBe(`${tool.url}/app`);
    }
    // The web client's step takes a room, never an address.
    const response = await fetch(
      `${tool.url}/oidc/twinspace?room=${encodeURIComponent("https://attacker.example/")}`,
      {
        redirect: "manual",
      },
    );
    expect(response.headers.get("location")).toBe(`${client.url}/`);
    await context.close();
  });

  it("refuses a press whose room was tampered with, saying where to press instead", async () => {
    const context = await signedInBrowser(annaSignedIn());
    const page = await context.newPage();
    await page.goto(`${tool.url}/app/projects/${project.id}`);
    await page.locator('input[name="room"]').evaluate((input: HTMLInputElement) => {
      input.value = "https://attacker.example/";
    });
    await page.getByRole("button", { name: "Open the TwinSpace" }).click();
    expect(await textOf(page.locator("main"))).toContain("This TwinSpace cannot be opened");
    expect(await page.getByRole("link", { name: /Open the TwinSpace/ }).count()).toBe(0);
    await context.close();
  });

  it("gives the new window a ten-minute session and leaves the LMS's own in place", async () => {
    let now = Date.now();
    const store = new SessionStore(w.store.database, { now: () => new Date(now) });
    const launch = await store.create(annaSignedIn());
    const inWindow = (await store.redeemHandoff((await store.handoffForNewWindow(launch.token))!))!;
    expect(await store.find(launch.token)).toBeDefined();
    expect(await store.find(inWindow.token)).toBeDefined();
    now += 11 * 60 * 1000;
    expect(await store.find(inWindow.token)).toBeUndefined();
    expect(await store.find(launch.token)).toBeDefined();
  });

  /** An authorization request as the homeserver makes it, with our own PKCE pair. */
  function authorizationUrl(overrides: Record<string, string> = {}): { url: string; verifier: string } {
    const verifier = randomBytes(32).toString("base64url");
    const params = new URLSearchParams({
      client_id: CLIENT_ID,
      response_type: "code",
      scope: "openid profile",
      redirect_uri: `${synapse.url}/_synapse/client/oidc/callback`,
      state: randomBytes(8).toString("hex"),
      nonce: randomBytes(8).toString("hex"),
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
      ...overrides,
    });
    return { url: `${tool.url}/oidc/auth?${params}`, verifier };
  }

  async function refusalPage(page: Page, url: string): Promise<{ status: number; text: string }> {
    const response = await page.goto(url);
    return { status: response!.status(), text: await textOf(page.locator("main")) };
  }

  it("refuses a browser without an OpenTwinning session, and creates nothing", async () => {
    const before = await subjects();
    const context = await browser.newContext({ locale: "en" });
    const page = await context.newPage();
    const { status, text } = await refusalPage(page, authorizationUrl().url);
    expect(status).toBe(401);
    expect(text).toContain("Open OpenTwinning from your course first");
    expect(await subjects()).toBe(before);
    await context.close();
  });

  it("refuses a pupil whom no teacher registered, and creates nothing", async () => {
    const [gone] = (await registerPupils(w.deps, w.actor(anna), [{ displayName: "Luca Verdi" }])).registered;
    const context = await signedInBrowser({ kind: "pupil", pupilId: gone!.id, locale: "en" });
    await deletePupil(w.deps, w.actor(anna), gone!.id);
    const before = await subjects();
    const page = await context.newPage();
    const { status, text } = await refusalPage(page, authorizationUrl().url);
    expect(status).toBe(403);
    expect(text).toContain("Your teacher has not registered you yet");
    expect(await subjects()).toBe(before);
    expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(gone!.id)).toBeUndefined();
    await context.close();
  });

  it("sends a pupil who has a printed-sheet account back to it, creating nothing", async () => {
    const [sara] = (await registerPupils(w.deps, w.actor(anna), [{ displayName: "Sara Gialli" }])).registered;
    const sheetAccount = `@${newPupilLocalpart()}:${synapse.serverName}`;
    await new PupilMatrixAccounts(w.store.database).record(
      sara!.id,
      sheetAccount,
      anna.id,
      new Date().toISOString(),
    );
    const before = await subjects();
    const context = await signedInBrowser({ kind: "pupil", pupilId: sara!.id, locale: "it" });
    const { status, text } = await refusalPage(await context.newPage(), authorizationUrl().url);
    expect(status).toBe(403);
    expect(text).toContain("Usa il nome utente e la password del tuo docente");
    expect(await subjects()).toBe(before);
    expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(sara!.id)).toBe(sheetAccount);
    await context.close();
  });

  it("leaves a teacher's own linked Matrix account in place, and says how to switch", async () => {
    const volta = await w.school("Liceo Volta", "IT", "Como");
    const paolo = await w.teacher("Paolo Neri", volta);
    const code = await createMatrixLinkCode(w.deps, w.actor(paolo));
    await linkMatrixAccount(w.deps, "@paolo:elsewhere.example", code.code);
    const before = await subjects();
    const context = await signedInBrowser({
      kind: "account",
      accountId: paolo.id,
      schoolId: volta.id,
      roles: ["teacher"],
      locale: "en",
    });
    const { status, text } = await refusalPage(await context.newPage(), authorizationUrl().url);
    expect(status).toBe(403);
    expect(text).toContain("You use your own Matrix account");
    expect(await subjects()).toBe(before);
    expect((await w.store.read().accounts.get(paolo.id))?.matrixUserId).toBe("@paolo:elsewhere.example");
    await context.close();
  });

  it("refuses a forged redirect URI and an unknown client with a page, before any sign-in", async () => {
    const context = await signedInBrowser({
      kind: "account",
      accountId: anna.id,
      schoolId: anna.schoolId,
      roles: ["teacher"],
      locale: "it",
    });
    const page = await context.newPage();
    const forgeries: Record<string, string>[] = [
      { redirect_uri: "https://attacker.example/callback" },
      { client_id: "someone-else" },
    ];
    for (const forged of forgeries) {
      const { status, text } = await refusalPage(page, authorizationUrl(forged).url);
      expect(status).toBe(400);
      expect(text).toContain("L'accesso al TwinSpace non è riuscito");
      expect(page.url()).toContain(tool.url);
    }
    await context.close();
  });

  it("exchanges a code once: a replay is refused", async () => {
    const context = await signedInBrowser({
      kind: "account",
      accountId: anna.id,
      schoolId: anna.schoolId,
      roles: ["teacher"],
      locale: "en",
    });
    const page = await context.newPage();
    // The code on its way to the homeserver, which has no session of ours and so never redeems it.
    let callback: URL | undefined;
    page.on("request", (request) => {
      if (request.url().startsWith(`${synapse.url}/_synapse/client/oidc/callback`))
        callback = new URL(request.url());
    });
    const { url, verifier } = authorizationUrl();
    await page.goto(url);
    const code = callback?.searchParams.get("code");
    expect(code).toBeTruthy();
    const exchange = () =>
      fetch(`${tool.url}/oidc/token`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code: code!,
          code_verifier: verifier,
          redirect_uri: `${synapse.url}/_synapse/client/oidc/callback`,
        }),
      });
    const first = await exchange();
    expect(first.status).toBe(200);
    expect(((await first.json()) as { id_token?: string }).id_token).toBeTruthy();
    const replay = await exchange();
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { error: string }).error).toBe("invalid_grant");
    await context.close();
  });
});
