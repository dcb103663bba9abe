import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bootstrapCentralAdmin,
  coreCatalogues,
  decideApproval,
  type Id,
  type Project,
  type Teacher,
} from "../../core/index.ts";
import { ltiCatalogues } from "../../lti-tool/lti/i18n/index.ts";
import { webCatalogues, webMessages } from "../../lti-tool/web/i18n/index.ts";
import { launchChromium, textOf, Visitor } from "../support/browser.ts";
import { type Platform, type PlatformUser, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/** What the founders write in the project form, in their language (milestones after TODAY). */
const WRITTEN = {
  en: {
    texts: {
      summary: "Pupils compare the rivers of Rome and Lyon.",
      description: "Water samples, maps and a shared e-book.",
      objectives: "Understand river ecosystems together.",
      curricularIntegration: "Science and geography, 2 hours a week.",
      workProcess: "Monthly tasks in mixed teams.",
      ictTools: "TwinSpace chat and forum, shared maps.",
      expectedResults: "An e-book.",
      safetyRules: "First names only; no faces in photos.",
    },
    milestones: [
      ["Introductions", "2026-12-15"],
      ["Water samples", "2027-03-01"],
    ],
  },
  it: {
    texts: {
      summary: "Gli alunni confrontano i fiumi di Roma e di Lione.",
      description: "Campioni d'acqua, mappe e un e-book comune.",
      objectives: "Capire insieme gli ecosistemi fluviali.",
      curricularIntegration: "Scienze e geografia, 2 ore a settimana.",
      workProcess: "Compiti mensili in squadre miste.",
      ictTools: "Chat e forum del TwinSpace, mappe condivise.",
      expectedResults: "Un e-book.",
      safetyRules: "Solo nomi propri; niente volti nelle foto.",
    },
    milestones: [
      ["Presentazioni", "2026-12-15"],
      ["Campioni d'acqua", "2027-03-01"],
    ],
  },
} as const;

/**
 * What people see, per language: written out here rather than read from the catalogues, so
 * that an untranslated or wrong text fails the test.
 */
const SEEN = {
  en: {
    title: "Our rivers, our future",
    profileSaved: "Your profile is saved.",
    france: "France",
    italy: "Italy",
    english: "English",
    requestSent: "Contact request sent.",
    contactRequests: "Contact requests",
    nowContacts: "You are now contacts.",
    europeanExplained: "European project: the founders teach in different countries.",
    chooseCofounder: "Choose a co-founder to see the kind of project.",
    projectSent: "Project sent to the co-founder, who now accepts or declines.",
    awaitingCofounder: "awaiting the co-founder",
    invitesToCofound: "Giulia Rossi invites you to co-found this project.",
    answerSaved: "Your answer is saved.",
    awaitingApproval: "awaiting approval",
    waitingForUnits: /Waiting for the national unit of (France and Italy|Italy and France)/,
    queueEmpty: "No project awaits your decision.",
    notVisible: "Not possible",
    onlyItaly: "Only the national unit of Italy decides for Italy.",
    decisionSaved: "Your decision is saved and the founders are told.",
    active: "active",
    twinSpacePreparing: "The TwinSpace is being prepared",
    approvedBy: /France approved Sophie Laurent.*Italy approved Elena Galli/,
    invitationSent: "Invitation sent.",
    joined: "Hans Weber joined “Our rivers, our future”.",
    invitations: "Invitations to projects",
    welcome: "Welcome to the project.",
    germany: "Germany",
    pupilsAdded: (title: string) => `They are now members of the project “${title}”.`,
    pupilsOf: "Pupils of Giulia Rossi",
    nationalRule: "This is a national project: only teachers from Italy can join.",
    nationalRefusal:
      "A national project takes teachers of its own country only; this teacher works in France.",
    schoolRule: "This is a school project: only teachers of Liceo Galilei can join.",
    schoolRefusal: "A school project takes teachers of its own school only.",
    moderatorAdded: "Moderator added.",
    openFromCourse: "Please open OpenTwinning from your course",
    labelApplied: "Your Quality Label application is sent to your national unit.",
    labelDecided: "Decision saved; the teacher is told.",
    labelAwarded: "National Quality Label awarded",
    policySaved: "Policy saved.",
  },
  it: {
    title: "I nostri fiumi, il nostro futuro",
    profileSaved: "Il tuo profilo è salvato.",
    france: "Francia",
    italy: "Italia",
    english: "inglese",
    requestSent: "Richiesta di contatto inviata.",
    contactRequests: "Richieste di contatto",
    nowContacts: "Ora siete contatti.",
    europeanExplained: "Progetto europeo: i fondatori insegnano in paesi diversi.",
    chooseCofounder: "Scegli un cofondatore per vedere il tipo di progetto.",
    projectSent: "Progetto inviato al cofondatore, che ora accetta o rifiuta.",
    awaitingCofounder: "in attesa del cofondatore",
    invitesToCofound: "Giulia Rossi ti invita a cofondare questo progetto.",
    answerSaved: "La tua risposta è salvata.",
    awaitingApproval: "in attesa di approvazione",
    waitingForUnits:
      /In attesa della decisione delle unità nazionali \((Francia e Italia|Italia e Francia)\)/,
    queueEmpty: "Nessun progetto attende la tua decisione.",
    notVisible: "Operazione non possibile",
    onlyItaly: "Per questo paese (Italia) decide solo la sua unità nazionale.",
    decisionSaved: "La tua decisione è salvata e i fondatori ne sono informati.",
    active: "attivo",
    twinSpacePreparing: "Il TwinSpace è in preparazione",
    approvedBy: /Francia approvato Sophie Laurent.*Italia approvato Elena Galli/,
    invitationSent: "Invito inviato.",
    joined: "Hans Weber è entrato in “I nostri fiumi, il nostro futuro”.",
    invitations: "Inviti a progetti",
    welcome: "Benvenuto nel progetto.",
    germany: "Germania",
    pupilsAdded: (title: string) => `Ora fanno parte del progetto «${title}».`,
    pupilsOf: "Alunni di Giulia Rossi",
    nationalRule: "È un progetto nazionale: possono partecipare solo docenti dello stesso paese (Italia).",
    nationalRefusal: "Un progetto nazionale accoglie solo docenti del proprio paese",
    schoolRule: "È un progetto di istituto: possono partecipare solo docenti di Liceo Galilei.",
    schoolRefusal: "Un progetto di istituto accoglie solo docenti della propria scuola.",
    moderatorAdded: "Moderatore aggiunto.",
    openFromCourse: "Apri OpenTwinning dal tuo corso",
    labelApplied: "La tua candidatura al Quality Label è stata inviata alla tua unità nazionale.",
    labelDecided: "Decisione salvata; il docente ne è informato.",
    labelAwarded: "Quality Label nazionale assegnato",
    policySaved: "Impostazione salvata.",
  },
} as const;

/**
 * The English sentences of every catalogue the pages use that read differently in Italian
 * (long enough to be unmistakable, without placeholders): none may show on an Italian page,
 * where it would mean a key missing in Italian (English is the fallback) or a text rendered
 * in the wrong language.
 */
const ENGLISH_ONLY: readonly string[] = [coreCatalogues, webCatalogues, ltiCatalogues].flatMap(({ en, it }) =>
  Object.entries(en as Record<string, string>)
    .filter(
      ([key, text]) =>
        text.length >= 12 && !text.includes("{") && (it as Record<string, string>)[key] !== text,
    )
    .map(([, text]) => text),
);

type School = "galilei" | "volta" | "hugo" | "gymnasium";
const SCHOOLS: Record<School, { schoolName: string; country: string }> = {
  galilei: { schoolName: "Liceo Galilei", country: "IT" },
  volta: { schoolName: "Liceo Volta", country: "IT" },
  hugo: { schoolName: "Lycée Victor Hugo", country: "FR" },
  gymnasium: { schoolName: "Gymnasium Berlin", country: "DE" },
};

/** Who launches from which school's LMS, with which LTI role. */
const person = (id: string, name: string, school: School, role: string) => ({
  user: { id, name, email: `${id}@schools.example` } satisfies PlatformUser,
  school,
  role,
});
const PEOPLE = {
  giulia: person("giulia", "Giulia Rossi", "galilei", ROLES.instructor),
  marco: person("marco", "Marco Bianchi", "galilei", ROLES.instructor),
  paolo: person("paolo", "Paolo Conti", "volta", ROLES.instructor),
  claire: person("claire", "Claire Martin", "hugo", ROLES.instructor),
  hans: person("hans", "Hans Weber", "gymnasium", ROLES.instructor),
  admin: person("central-admin", "Anna Centrale", "galilei", ROLES.siteAdmin),
  moderatorIT: person("moderator-it", "Elena Galli", "volta", ROLES.institutionAdmin),
  moderatorFR: person("moderator-fr", "Sophie Laurent", "hugo", ROLES.institutionAdmin),
  moderatorDE: person("moderator-de", "Klaus Richter", "gymnasium", ROLES.institutionAdmin),
};
type Person = keyof typeof PEOPLE;
const COURSE = { id: "course-3A", title: "3A Scienze" };
const PUPIL = { id: "pupil-luca", name: "Luca B." };

/**
 * The full journey runs in Italian; English walks its first half (contacts, founding, the
 * co-founder, both national units), which keeps the suite fast while every step a teacher
 * and a moderator take is seen in both languages.
 */
const WALKS = [
  { locale: "it", full: true },
  { locale: "en", full: false },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The whole journey in Chromium, every person launching from their school's LMS (the
 * platform simulator; each school's platform registered by dynamic registration): two
 * teachers in Italy and France become contacts and found a european project, both national
 * units approve it while a third country's cannot, a teacher from Germany is invited and
 * joins, a pupil imported from the course roster opens the project through the course's deep
 * link, the French teacher earns a National Quality Label; and the refusals of R9. Every page
 * is audited with axe-core (WCAG 2.1 AA, no serious or critical violation); screenshots go to
 * test-output/screenshots/.
 */
describe.each(WALKS)("the journey in the browser ($locale)", ({ locale, full }) => {
  const seen = SEEN[locale];
  const say = webMessages.translator(locale);
  const fullWalk = it.runIf(full);
  let world: World;
  let tool: RunningTool;
  const lms = {} as Record<School, Platform>;
  const at = {} as Record<Person, Visitor>;
  let projectUrl: string;

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world, cookies: "secure" });
    for (const [key, school] of Object.entries(SCHOOLS)) {
      const platform = await startPlatform();
      await platform.register(await tool.registrationUrl(school), school);
      lms[key as School] = platform;
    }
  });
  afterAll(async () => {
    await Promise.all(Object.values(lms).map((platform) => platform.stop()));
    await tool.stop();
    await world.destroy();
  });

  async function accountOf(who: Person): Promise<Id> {
    const { user, school } = PEOPLE[who];
    const owner = await world.store.read().identities.find(lms[school].url, user.id);
    if (!owner || !("accountId" in owner)) throw new Error(`${user.id} has not launched`);
    return owner.accountId;
  }
  async function teacherOf(who: Person): Promise<Teacher> {
    const teacher = await world.store.read().teachers.get(await accountOf(who));
    if (!teacher) throw new Error(`${who} is not a teacher`);
    return teacher;
  }

  const nav = (visitor: Visitor, key: Parameters<typeof say.t>[0]) =>
    visitor.follow(visitor.page.getByRole("navigation").getByRole("link", { name: say.t(key), exact: true }));
  const button = (visitor: Visitor, name: string) => visitor.page.getByRole("button", { name });
  const main = (visitor: Visitor) => visitor.page.locator("main");
  const visitorOptions = () => ({
    locale,
    tool: tool.url,
    untranslated: locale === "it" ? ENGLISH_ONLY : [],
  });

  it("registers everyone on their first launch from their school's LMS", async () => {
    const inBrowser: Person[] = ["giulia", "claire", "admin", "moderatorIT", "moderatorFR"];
    if (full) inBrowser.push("hans", "moderatorDE");
    for (const who of inBrowser) {
      const { user, school, role } = PEOPLE[who];
      at[who] = await Visitor.open(browser, visitorOptions());
      await at[who].launch(lms[school].launchUrl({ user, roles: [role], locale }), "/app");
    }
    expect(await textOf(main(at.giulia))).toContain(say.t("dashboard.no_projects"));
    if (!full) return;
    // Two colleagues the refusals need register too; they never open a page here, so no browser.
    for (const who of ["marco", "paolo"] as const) {
      const { user, school, role } = PEOPLE[who];
      const launch = await lms[school].launch({ user, roles: [role], locale });
      expect(launch.response.status).toBe(303);
    }
  });

  it("lets the central admin name each country's moderators and open school projects (R5, R6)", async () => {
    // The operator names the first central admin (npm run admin -- central-admin grant).
    await bootstrapCentralAdmin(world.deps, await accountOf("admin"));
    const admin = at.admin;
    await admin.goto(`${tool.url}/app`);
    await nav(admin, "nav.admin");
    const moderators: Person[] = full
      ? ["moderatorIT", "moderatorFR", "moderatorDE"]
      : ["moderatorIT", "moderatorFR"];
    for (const who of moderators) {
      const { user, school } = PEOPLE[who];
      // Search, then grant to the one account listed with its school (emails are not unique).
      await admin.page.locator("#moderator-find").fill(user.email);
      await admin.follow(button(admin, say.t("admin.find")));
      const candidate = main(admin).getByRole("row").filter({ hasText: user.email });
      await candidate.getByLabel(say.t("field.country")).selectOption(SCHOOLS[school].country);
      await admin.follow(candidate.getByRole("button", { name: say.t("admin.add") }));
      expect(await textOf(main(admin))).toContain(seen.moderatorAdded);
      expect(await textOf(main(admin))).toContain(user.name);
    }
    await admin.page
      .getByRole("group", { name: say.t("admin.default") })
      .getByLabel(say.t("admin.enabled"))
      .check();
    await admin.follow(button(admin, say.t("admin.save_default")));
    expect(await textOf(main(admin))).toContain(seen.policySaved);
    await admin.screenshot("admin");
  });

  it("makes two teachers in two countries contacts: search, add as contact, accept (R2)", async () => {
    const { claire, giulia } = at;
    await nav(claire, "nav.profile");
    await claire.page.getByRole("checkbox", { name: say.t("subject.science"), exact: true }).check();
    await claire.page.getByRole("checkbox", { name: seen.english, exact: true }).check();
    await claire.page.getByLabel(say.t("field.interests")).fill("rivers, water, citizenship");
    await claire.page.getByLabel(say.t("profile.looking")).check();
    await claire.follow(button(claire, say.t("profile.save")));
    expect(await textOf(main(claire))).toContain(seen.profileSaved);
    await claire.screenshot("profile");

    await nav(giulia, "nav.search");
    await giulia.page.getByLabel(say.t("field.country")).selectOption("FR");
    await giulia.page.getByLabel(say.t("search.subject")).selectOption("science");
    await giulia.page.getByLabel(say.t("search.text")).fill("river");
    await giulia.follow(button(giulia, say.t("search.submit")));
    const result = main(giulia).getByRole("listitem").filter({ hasText: "Claire Martin" });
    expect(await textOf(result)).toContain(`Lycée Victor Hugo · ${seen.france}`);
    expect(await textOf(result)).toContain(say.t("search.looking"));
    await giulia.screenshot("search");
    await giulia.follow(result.getByRole("button", { name: say.t("contacts.add") }));
    expect(await textOf(main(giulia))).toContain(seen.requestSent);
    expect(await textOf(result)).toContain(say.t("contacts.request_sent"));

    await nav(claire, "nav.dashboard");
    const requests = main(claire).locator("section").filter({ hasText: seen.contactRequests });
    expect(await textOf(requests)).toContain("Giulia Rossi");
    await claire.follow(requests.getByRole("button", { name: say.t("contacts.accept") }));
    expect(await textOf(main(claire))).toContain(seen.nowContacts);
  });

  it("founds a european project through the form, which shows the kind before sending (R3, R4, R14)", async () => {
    const { giulia } = at;
    await nav(giulia, "nav.contacts");
    await giulia.screenshot("contacts");
    await giulia.follow(
      giulia.page.getByRole("link", { name: say.t("contacts.found_with", { name: "Claire Martin" }) }),
    );
    const preview = giulia.page.locator("#kind-preview");
    expect(await textOf(preview)).toContain(seen.europeanExplained);
    const cofounder = giulia.page.getByLabel(say.t("found.cofounder_label"));
    await cofounder.selectOption("");
    // The page's script explains the kind as soon as the choice changes.
    await expect.poll(() => textOf(preview)).toBe(seen.chooseCofounder);
    await cofounder.selectOption({
      label: say.t("found.cofounder_option", {
        name: "Claire Martin",
        school: "Lycée Victor Hugo",
        country: seen.france,
        kind: say.t("kind.european"),
      }),
    });
    await expect.poll(() => textOf(preview)).toContain(seen.europeanExplained);
    await giulia.screenshot("project-kind", giulia.page.locator("fieldset", { has: preview }));

    const form = giulia.page.locator("form.project-form");
    await form.getByLabel(say.t("field.title")).fill(seen.title);
    for (const [field, value] of Object.entries(WRITTEN[locale].texts)) {
      await form.getByLabel(say.t(`field.${field}`)).fill(value);
    }
    for (const subject of ["science", "geography"]) {
      await form.getByRole("checkbox", { name: say.t(`subject.${subject}`), exact: true }).check();
    }
    await form.getByRole("checkbox", { name: seen.english, exact: true }).check();
    await form.getByLabel(say.t("field.pupilAgeMin")).fill("11");
    await form.getByLabel(say.t("field.pupilAgeMax")).fill("14");
    for (const [index, [title, due]] of WRITTEN[locale].milestones.entries()) {
      const number = index + 1;
      await form.getByLabel(say.t("found.milestone_title", { number }), { exact: true }).fill(title);
      await form.getByLabel(say.t("found.milestone_date", { number })).fill(due);
    }
    await giulia.screenshot("project-form");
    await giulia.follow(button(giulia, say.t("found.send")));
    expect(await textOf(main(giulia))).toContain(seen.projectSent);
    expect(await textOf(main(giulia))).toContain(seen.awaitingCofounder);
    projectUrl = giulia.page.url().replace(/\?.*$/, "");
    expect(projectUrl).toMatch(/\/app\/projects\/[0-9a-f-]{36}$/);
  });

  it("shows the co-founder the whole form to accept", async () => {
    const { claire } = at;
    await nav(claire, "nav.dashboard");
    await claire.screenshot("dashboard");
    const decisions = main(claire)
      .locator("section")
      .filter({ hasText: say.t("dashboard.decisions") });
    await claire.follow(decisions.getByRole("link", { name: seen.title }));
    expect(await textOf(main(claire))).toContain(seen.invitesToCofound);
    expect(await textOf(main(claire))).toContain(WRITTEN[locale].texts.objectives);
    await claire.follow(button(claire, say.t("lifecycle.cofounder_accept")));
    expect(await textOf(main(claire))).toContain(seen.answerSaved);
    expect(await textOf(main(claire))).toContain(seen.awaitingApproval);
    expect(await textOf(main(claire))).toMatch(seen.waitingForUnits);
  });

  fullWalk(
    "offers a third country's moderator no decision, and the server refuses a forged one (R6)",
    async () => {
      const germany = at.moderatorDE;
      await germany.goto(`${tool.url}/app`);
      await nav(germany, "nav.moderation");
      expect(await textOf(main(germany))).toContain(seen.queueEmpty);
      await germany.goto(projectUrl);
      expect(await textOf(main(germany))).toContain(seen.notVisible);
      // A forger takes the session's CSRF token from a form of theirs (mark notifications read).
      await germany.goto(`${tool.url}/app/notifications`);
      await germany.forge(`${projectUrl}/approvals/IT`, { decision: "approve" });
      expect(await textOf(main(germany))).toContain(seen.onlyItaly);
    },
  );

  it("has both national units approve, each for its own country (R6, R7)", async () => {
    const { moderatorIT: italy, moderatorFR: france, giulia } = at;
    await italy.goto(`${tool.url}/app`);
    await nav(italy, "nav.moderation");
    const queued = main(italy).getByRole("listitem").filter({ hasText: seen.title });
    expect(await textOf(queued)).toContain("Giulia Rossi");
    expect(await textOf(queued)).toContain("Claire Martin");
    await italy.screenshot("moderation-queue");
    await italy.follow(queued.getByRole("button", { name: say.t("approval.approve") }));
    expect(await textOf(main(italy))).toContain(seen.decisionSaved);
    expect(await textOf(main(italy))).toContain(seen.queueEmpty);
    await italy.follow(
      main(italy).getByRole("link", { name: say.t("moderation.dashboard_link", { country: seen.italy }) }),
    );

    await france.goto(`${tool.url}/app`);
    await nav(france, "nav.moderation");
    await france.follow(main(france).getByRole("link", { name: seen.title }));
    await france.follow(button(france, say.t("approval.approve")));
    expect(await textOf(main(france))).toContain(seen.active);

    await nav(giulia, "nav.dashboard");
    await giulia.follow(main(giulia).getByRole("link", { name: seen.title }));
    const status = main(giulia).getByRole("region", { name: say.t("project.status_heading"), exact: true });
    expect(await textOf(status)).toMatch(seen.approvedBy);
    expect(await textOf(main(giulia))).toContain(seen.twinSpacePreparing);
    await giulia.screenshot("project", "window");
  });

  fullWalk("invites a teacher from a third country, who accepts and joins (R8)", async () => {
    const { giulia, hans } = at;
    await giulia.goto(projectUrl);
    await giulia.page.getByLabel(say.t("invite.search")).fill("Hans");
    await giulia.follow(button(giulia, say.t("invite.search_submit")));
    await giulia.follow(button(giulia, say.t("invite.send")).filter({ hasText: "Hans Weber" }));
    expect(await textOf(main(giulia))).toContain(seen.invitationSent);

    await nav(hans, "nav.dashboard");
    const invitations = main(hans).locator("section").filter({ hasText: seen.invitations });
    expect(await textOf(invitations)).toContain(seen.title);
    await hans.follow(invitations.getByRole("button", { name: say.t("invitation.accept") }));
    expect(await textOf(main(hans))).toContain(seen.welcome);
    expect(await main(hans).getByRole("heading", { name: seen.germany }).count()).toBe(1);

    // The founder is told in the app; the navigation counts what is new.
    const notifications = new RegExp(`^${say.t("nav.notifications")} \\(`);
    await giulia.follow(giulia.page.getByRole("navigation").getByRole("link", { name: notifications }));
    expect(await textOf(main(giulia))).toContain(seen.joined);
  });

  fullWalk(
    "registers a pupil from the course roster and links the project in the course; the pupil launches and sees it (R11)",
    async () => {
      const { giulia } = at;
      /** Giulia launches from her course, as a plain launch or as a deep-linking request. */
      const launchFromCourse = (deepLinking: boolean, lands: string) =>
        giulia.launch(
          lms.galilei.launchUrl({
            user: PEOPLE.giulia.user,
            roles: [ROLES.instructor],
            context: COURSE,
            locale,
            deepLinking,
          }),
          lands,
        );
      lms.galilei.setRoster(COURSE.id, [
        { user_id: PEOPLE.giulia.user.id, roles: [ROLES.instructor], name: "Giulia Rossi" },
        { user_id: PUPIL.id, roles: [ROLES.learner], name: PUPIL.name },
        { user_id: "pupil-sara", roles: [ROLES.learner], name: "Sara C." },
      ]);
      await launchFromCourse(false, "/app");
      await giulia.goto(projectUrl);
      await giulia.follow(giulia.page.getByRole("link", { name: say.t("pupils.import") }));
      // Nobody is ticked: the teacher chooses the pupils to register.
      await giulia.page.getByLabel(PUPIL.name).check();
      await giulia.page.getByLabel(say.t("lti.roster.project")).selectOption({ label: seen.title });
      await giulia.follow(button(giulia, say.t("lti.roster.submit")));
      expect(await textOf(main(giulia))).toContain(seen.pupilsAdded(seen.title));

      await launchFromCourse(true, "/lti/deep-linking");
      await giulia.page.getByLabel(seen.title).check();
      await giulia.follow(
        button(giulia, say.t("lti.deep_linking.submit")),
        `${lms.galilei.url}/deep-linking-return`,
      );
      expect(await textOf(giulia.page.locator("body"))).toContain("Content added to the course");

      const link = lms.galilei.deepLinks.at(-1)?.items[0] as { url: string; custom: Record<string, string> };
      const pupil = await Visitor.open(browser, visitorOptions());
      // Opened directly, the tool only explains itself; the pages need a launch from the course.
      await pupil.goto(`${tool.url}/`);
      await pupil.goto(`${tool.url}/app`);
      expect(await textOf(main(pupil))).toContain(seen.openFromCourse);
      await pupil.launch(
        lms.galilei.launchUrl({
          user: { id: PUPIL.id, name: PUPIL.name },
          roles: [ROLES.learner],
          context: COURSE,
          locale,
          targetLinkUri: link.url,
          custom: link.custom,
        }),
        new URL(projectUrl).pathname,
      );
      expect(await textOf(pupil.page.getByRole("heading", { level: 1 }))).toBe(seen.title);
      await pupil.screenshot("pupil-project");
      await pupil.close();

      await giulia.goto(projectUrl);
      expect(await textOf(main(giulia))).toContain(seen.pupilsOf);
      expect(await textOf(main(giulia))).toContain(PUPIL.name);
      await giulia.screenshot("project-members");
    },
  );

  fullWalk(
    "lets a teacher apply for a National Quality Label; her national unit scores and awards it (R12, R13)",
    async () => {
      const { claire, moderatorFR: france } = at;
      await claire.goto(projectUrl);
      await claire.follow(main(claire).getByRole("link", { name: say.t("labels.apply") }));
      for (const evidence of await main(claire).locator("textarea").all()) {
        await evidence.fill("Nos élèves ont mesuré la qualité de l'eau du Rhône.");
      }
      await claire.follow(button(claire, say.t("labels.submit")));
      expect(await textOf(main(claire))).toContain(seen.labelApplied);

      await nav(france, "nav.moderation");
      const applications = main(france).locator('section[aria-labelledby="labels"]');
      await france.follow(applications.getByRole("link", { name: seen.title }));
      for (const score of await main(france).locator('select[name^="score_"]').all()) {
        await score.selectOption("4");
      }
      for (const requirement of await main(france).locator('select[name^="requirement_"]').all()) {
        await requirement.selectOption("yes");
      }
      await france.follow(button(france, say.t("assess.award")));
      expect(await textOf(main(france))).toContain(seen.labelDecided);
      await claire.goto(projectUrl);
      expect(await textOf(main(claire))).toContain(seen.labelAwarded);
    },
  );

  fullWalk(
    "refuses a teacher from another country in a national project and from another school in a school project (R9)",
    async () => {
      const giulia = await teacherOf("giulia");
      const moderator = { accountId: await accountOf("moderatorIT") };
      const approved = async (cofounder: Teacher, title: string): Promise<Project> => {
        const project = await world.projectAwaitingApproval(giulia, cofounder, world.form({ title }));
        return decideApproval(world.deps, moderator, project.id, "IT", { approve: true });
      };
      const paolo = await teacherOf("paolo");
      const national = await approved(paolo, "Le nostre città");
      const school = await approved(await teacherOf("marco"), "Orto scolastico");
      const claire = await teacherOf("claire");

      const refuses = async (
        project: Project,
        search: string,
        teacherId: Id,
        rule: string,
        refusal: string,
      ) => {
        const visitor = at.giulia;
        await visitor.goto(`${tool.url}/app/projects/${project.id}`);
        expect(await textOf(main(visitor))).toContain(rule);
        await visitor.page.getByLabel(say.t("invite.search")).fill(search);
        await visitor.follow(button(visitor, say.t("invite.search_submit")));
        const candidate = main(visitor).getByRole("listitem").filter({ hasText: search });
        expect(await textOf(candidate)).toContain(refusal);
        expect(await candidate.getByRole("button").count()).toBe(0);
        await visitor.forge(`${tool.url}/app/projects/${project.id}/invite`, { teacherId });
        expect(await textOf(main(visitor).getByRole("alert"))).toContain(refusal);
      };
      await refuses(national, "Claire", claire.id, seen.nationalRule, seen.nationalRefusal);
      await refuses(school, "Paolo", paolo.id, seen.schoolRule, seen.schoolRefusal);
    },
  );
});
