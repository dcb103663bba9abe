/**
 * Issue 15: a school's own people hear of its national unit's decision. Its admins (whom its
 * LMS launched as Administrator) are told in the tool and by e-mail in their language — what a
 * verification means, a rejection's reason and what to do next — and read it on My school;
 * its teachers hear of a verification in the tool (by e-mail only if they chose it); nobody
 * else is told. A rejected school's admin still comes in, to My school; its teachers do not.
 *
 *   npx vitest run test/pages/schoolNews.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Account, admitStaffFromLaunch, type Id, type School, type Teacher } from "../../core/index.ts";
import type { EmailNotifications } from "../../lti-tool/email/emailNotifications.ts";
import { RegistrationTokens } from "../../lti-tool/lti/store.ts";
import { country } from "../../lti-tool/pages/views/format.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import {
  type Platform,
  type PlatformUser,
  type Registration,
  ROLES,
  startPlatform,
} from "../support/platform/platform.ts";
import { mailerFor, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const fr = webMessages.translator("fr");
const en = webMessages.translator("en");

describe.each(DATABASE_KINDS)("a school's verification told to its people on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let smtp: SmtpReceiver;
  let mailer: EmailNotifications;
  let lms: Platform;
  let hugo: School;
  let fantome: School;
  let voltaire: School;
  let hugoLms: Registration;
  let fantomeLms: Registration;
  let marc: Teacher; // Collège Voltaire (FR)
  let giulia: Teacher; // Liceo Galilei (IT)
  let france: Client;
  let italyStaff: Account;

  const sophie = { id: "hugo-admin", name: "Sophie Dupont", email: "sophie.dupont@hugo.example" };
  const claire = { id: "hugo-teacher", name: "Claire Martin", email: "claire.martin@hugo.example" };
  const paul = { id: "fantome-admin", name: "Paul Smith", email: "paul.smith@fantome.example" };
  const fanny = { id: "fantome-teacher", name: "Fanny Ardant", email: "fanny.ardant@fantome.example" };

  const registrationFor = async (school: School) =>
    lms.register(
      `${app.tool.url}/lti/register/${await new RegistrationTokens(w.store.knex).create({
        schoolName: undefined,
        country: undefined,
        schoolId: school.id,
      })}`,
      { schoolName: "Ignored", country: "FR" },
    );
  const launch = (registration: Registration, user: PlatformUser, role: string, locale: string) =>
    lms.launch({ registration, user, roles: [role], locale });
  const accountOf = async (user: PlatformUser): Promise<Id> => {
    const owner = await w.store.read().identities.find(lms.url, user.id);
    if (!owner || !("accountId" in owner)) throw new Error(`${user.id} has not launched`);
    return owner.accountId;
  };
  const adminOf = async (user: PlatformUser, school: School, locale: string) =>
    app.as({ id: await accountOf(user), schoolId: school.id }, { roles: ["school_admin"], locale });
  /** Who was told of the school's decisions in the tool. */
  const toldOf = async (type: string) =>
    ((await w.store.knex("notifications").where({ type }).pluck("account_id")) as string[]).sort();
  const decide = (school: School, form: Record<string, string>) =>
    france.post(`/app/national-unit/FR/schools/${school.id}`, form);

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w, { emailEnabled: true });
    smtp = new SmtpReceiver();
    await smtp.start();
    mailer = mailerFor(w, smtp, app.tool);
    lms = await startPlatform();
    hugo = await w.school("Lycée Hugo", "FR", "Lyon");
    fantome = await w.school("École Fantôme", "FR", "Nulle-part");
    voltaire = await w.school("Collège Voltaire", "FR", "Paris");
    hugoLms = await registrationFor(hugo);
    fantomeLms = await registrationFor(fantome);
    for (const [registration, user, role, locale] of [
      [hugoLms, sophie, ROLES.institutionAdmin, "fr"],
      [hugoLms, claire, ROLES.instructor, "fr"],
      [fantomeLms, paul, ROLES.institutionAdmin, "en"],
      [fantomeLms, fanny, ROLES.instructor, "en"],
    ] as const) {
      expect((await launch(registration, user, role, locale)).response.status).toBe(303);
    }
    marc = await w.teacher("Marc Arouet", voltaire, undefined, "fr");
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT"));
    const staff = (name: string, unit: string) =>
      admitStaffFromLaunch(
        w.deps,
        { issuer: `https://lms.unit-${unit}.example`, subject: name, name, email: "", locale: "en" },
        unit,
      );
    france = await app.as(await staff("Agnès Agence", "FR"), { roles: [] });
    italyStaff = await staff("Marta Staffetta", "IT");
  });
  afterAll(async () => {
    await lms.stop();
    await smtp.stop();
    await app.tool.stop();
    await w.destroy();
  });

  it("tells a verified school's admin in French, in the tool and by e-mail, and its teachers in the tool", async () => {
    expect((await decide(hugo, { decision: "confirm" })).status).toBe(303);
    await mailer.drain();

    const unit = { country: country(fr, "FR") };
    const forAdmin = fr.t("notification.school_verified.admin", unit);
    const mails = smtp.to(sophie.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(forAdmin);
    expect(mails[0]?.text).toContain(`${app.tool.url}/app/school`);
    // Claire did not choose e-mail for her school's news: nobody but the admin is mailed.
    expect(smtp.received.map((mail) => mail.to)).toEqual([expect.stringContaining(sophie.email)]);

    const asSophie = await adminOf(sophie, hugo, "fr");
    const told = (await asSophie.get("/app/notifications")).html;
    expect(told).toContain(escapeHtml(forAdmin));
    expect(told).toContain('href="/app/school"');
    const asClaire = await app.as({ id: await accountOf(claire) }, { locale: "fr" });
    expect((await asClaire.get("/app/notifications")).html).toContain(
      escapeHtml(fr.t("notification.school_verified.teacher", unit)),
    );
    // Another school's teachers, of this country or another, and the units' staff hear nothing.
    expect(await toldOf("school_verified")).toEqual(
      [await accountOf(sophie), await accountOf(claire)].sort(),
    );
    for (const other of [marc, giulia]) {
      expect((await (await app.as(other)).get("/app/notifications")).html).not.toContain("Hugo");
    }
    expect(await toldOf("school_verified")).not.toContain(italyStaff.id);

    const school = (await asSophie.get("/app/school")).html;
    expect(school).toContain(
      escapeHtml(fr.t("school_news.verified_on", { ...unit, date: fr.date(w.deps.clock.now()) })),
    );
  });

  it("mails a teacher their school's verification only when they chose it", async () => {
    const asMarc = await app.as(marc, { locale: "fr" });
    const choices = { contacts: "never", messages: "never", invitations: "never", decisions: "never" };
    const saved = await asMarc.post("/app/profile/email", {
      ...choices,
      projects: "never",
      roles: "never",
      events: "never",
      school: "immediate",
    });
    expect(saved.status).toBe(303);
    expect((await decide(voltaire, { decision: "confirm" })).status).toBe(303);
    await mailer.drain();
    const [mail] = smtp.to("marc.arouet@example.org");
    expect(mail?.subject).toContain(
      fr.t("notification.school_verified.teacher", { country: country(fr, "FR") }),
    );
  });

  it("tells a rejected school's admin the reason and what to do next; only the admin still comes in", async () => {
    const reason = "No school of this name in the national register <check the address>.";
    expect((await decide(fantome, { decision: "reject", reason })).status).toBe(303);
    await mailer.drain();

    const unit = { country: country(en, "FR") };
    const sentence = en.t("notification.school_rejected.admin", { ...unit, reason });
    const [mail] = smtp.to(paul.email);
    expect(mail?.subject).toContain(sentence);
    expect(mail?.html).toContain(escapeHtml(reason));
    expect(smtp.to(fanny.email)).toHaveLength(0);
    const asPaul = await adminOf(paul, fantome, "en");
    expect((await asPaul.get("/app/notifications")).html).toContain(escapeHtml(sentence));
    expect(await toldOf("school_rejected")).toEqual([await accountOf(paul)]);

    // The admin's launch lands on My school, which says why and what to do; the teacher's is refused.
    const again = await launch(fantomeLms, paul, ROLES.institutionAdmin, "en");
    expect(again.response.status).toBe(303);
    expect(again.response.headers.get("location")).toContain(encodeURIComponent("/app/school"));
    const refused = await launch(fantomeLms, fanny, ROLES.instructor, "en");
    expect(refused.response.status).toBe(403);
    // Someone who also teaches would come in as a teacher: refused too.
    const both = await lms.launch({
      registration: fantomeLms,
      user: { ...paul, id: "fantome-teaching-admin" },
      roles: [ROLES.instructor, ROLES.institutionAdmin],
    });
    expect(both.response.status).toBe(403);

    const school = (await asPaul.get("/app/school")).html;
    expect(school).toContain(
      escapeHtml(en.t("school_news.rejected_on", { ...unit, date: en.date(w.deps.clock.now()) })),
    );
    expect(school).toContain(escapeHtml(reason));
    expect(school).toContain(escapeHtml(en.t("school_news.rejected_next", unit)));
    // Suspended: the admin reads why, but applies for nothing.
    const applied = await asPaul.post("/app/school-label", { esafety: "Our e-safety policy." });
    expect(applied.status).toBe(422);
    expect(applied.html).toContain(escapeHtml(en.t("error.school_suspended")));
    expect(await w.store.knex("school_labels").where({ school_id: fantome.id })).toHaveLength(0);
  });

  it("tells the admin when a verification is withdrawn, with the reason", async () => {
    const reason = "Le numéro d'établissement ne correspond pas.";
    expect((await decide(hugo, { decision: "reject", reason })).status).toBe(303);
    await mailer.drain();
    const mails = smtp.to(sophie.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toContain(
      fr.t("notification.school_rejected.withdrawn", { country: country(fr, "FR"), reason }),
    );
    expect(smtp.to(claire.email)).toHaveLength(0);
  });
});
