import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestContact } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { mailerFor, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";

/**
 * A teacher whose LMS speaks English chooses French in the profile: the pages speak French at
 * once and after every new launch from the LMS, until the teacher goes back to the course's
 * language. Real launches through the platform simulator into the real tool.
 */
describe.each(DATABASE_KINDS)("the language chosen in the profile (%s)", (kind) => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  let smtp: SmtpReceiver;
  const claire = { id: "moodle-claire", name: "Claire Martin", email: "claire.martin@example.org" };

  /** A launch from the LMS, in English, and the session cookie it leaves in the browser. */
  async function launchInEnglish(): Promise<string> {
    const launched = await platform.launch({ user: claire, roles: [ROLES.instructor], locale: "en-GB" });
    expect((await launched.follow()).status).toBe(200);
    return launched.cookies.header();
  }
  const get = async (path: string, cookie: string) => {
    const response = await fetch(new URL(path, tool.url), { redirect: "manual", headers: { cookie } });
    return { status: response.status, html: await response.text() };
  };
  const chooseLanguage = async (locale: string, cookie: string) => {
    const profile = await get("/app/profile", cookie);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(profile.html)?.[1] ?? "";
    const response = await fetch(new URL("/app/profile/language", tool.url), {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: tool.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: csrf, locale }),
    });
    return {
      status: response.status,
      location: response.headers.get("location"),
      html: await response.text(),
    };
  };

  /** The option selected in the profile's language select ("" is the course's language). */
  const selectedLanguage = (html: string) =>
    /<select id="[^"]*" name="locale"[^>]*>([\s\S]*?)<\/select>/
      .exec(html)?.[1]
      ?.match(/value="([^"]*)"\s+selected/)?.[1];

  beforeAll(async () => {
    world = await World.create(kind);
    tool = await startTool({ world });
    platform = await startPlatform();
    smtp = new SmtpReceiver();
    await smtp.start();
    await platform.register(await tool.registrationUrl(), { schoolName: "Lycée Victor Hugo", country: "FR" });
  });
  afterAll(async () => {
    await platform.stop();
    await smtp.stop();
    await tool.stop();
    await world.destroy();
  });

  it("speaks French from the choice on, also after a new launch in English, until reset", async () => {
    const cookie = await launchInEnglish();
    const english = await get("/app/profile", cookie);
    expect(english.html).toContain('<html lang="en"');
    expect(english.html).toContain("My profile");
    expect(english.html).toMatch(/<option\s+value="fr"[^>]*>\s*Français\s*</);
    expect(selectedLanguage(english.html)).toBe("");

    const chosen = await chooseLanguage("fr", cookie);
    expect(chosen.status).toBe(303);
    expect(chosen.location).toBe("/app/profile?done=language_saved#language");
    const french = await get("/app/profile?done=language_saved", cookie);
    expect(french.html).toContain('<html lang="fr"');
    expect(french.html).toContain("Mon profil");
    expect(french.html).toContain("Votre langue est enregistrée.");
    expect(selectedLanguage(french.html)).toBe("fr");

    // The LMS still sends English; the choice wins, on the pages and in e-mails (which read the
    // account's language, as the bot's messages do).
    const relaunched = await launchInEnglish();
    const dashboard = await get("/app", relaunched);
    expect(dashboard.html).toContain('<html lang="fr"');
    expect(dashboard.html).toContain("Tableau de bord");
    const account = (await world.store.database.knex("accounts").where({ email: claire.email }).first()) as {
      id: string;
    };
    const ada = await world.teacher("Ada Lovelace", await world.school("Liceo Volta", "IT", "Como"));
    await requestContact(world.deps, world.actor(ada), account.id);
    await mailerFor(world, smtp, tool).drain();
    const [mail] = smtp.to(claire.email);
    expect(mail?.subject).toContain("Ada Lovelace aimerait devenir votre contact.");
    expect(mail?.html).toContain('lang="fr"');

    // A language the tool does not speak is refused in the person's language, and nothing changes.
    const refused = await chooseLanguage("xx", relaunched);
    expect(refused.status).toBe(422);
    expect(refused.html).toContain("« xx » n&#39;est pas l&#39;une des langues d&#39;OpenTwinning");
    expect((await get("/app", relaunched)).html).toContain("Tableau de bord");

    // Back to the course's language: the launch's English applies again at once.
    expect((await chooseLanguage("", relaunched)).status).toBe(303);
    const back = await get("/app/profile", relaunched);
    expect(back.html).toContain('<html lang="en"');
    expect(back.html).toContain("My profile");
    expect(selectedLanguage(back.html)).toBe("");
  }, 60_000);
});
