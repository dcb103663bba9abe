import { randomUUID } from "node:crypto";
import {
  admitStaffFromLaunch,
  type Account,
  acceptCofounder,
  acceptContact,
  bootstrapCentralAdmin,
  type CoreDeps,
  Countries,
  createProject,
  DEFAULT_QUALITY_CRITERIA,
  decideApproval,
  type Id,
  type Instant,
  type ProfileInput,
  type Project,
  type ProjectFormInput,
  registerAccountFromLaunch,
  registerSchool,
  registerTeacherFromLaunch,
  requestContact,
  type School,
  setModerator,
  type Teacher,
  updateProfile,
} from "../../core/index.ts";
import { KnexStore } from "../../store/knexStore.ts";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./databases.ts";

/** A clock the test moves by hand. */
export class TestClock {
  current: Instant;
  constructor(start: Instant) {
    this.current = start;
  }
  now(): Instant {
    return this.current;
  }
  advanceDays(days: number): void {
    this.current = new Date(Date.parse(this.current) + days * 86_400_000).toISOString();
  }
}

export const TODAY = "2026-11-22";

/**
 * A real store on a real database plus helpers that build the situations the rules talk
 * about (schools, teachers, contacts, founded and approved projects) through the use cases
 * themselves, so that every fixture obeys the rules too.
 */
export class World {
  readonly deps: CoreDeps;
  readonly store: KnexStore;
  readonly clock: TestClock;
  readonly #database: TestDatabase;
  #centralAdmin: Account | undefined;
  readonly #moderators = new Map<string, Account>();

  private constructor(database: TestDatabase) {
    this.#database = database;
    this.store = new KnexStore(database.db);
    this.clock = new TestClock(`${TODAY}T10:00:00.000Z`);
    this.deps = {
      store: this.store,
      clock: this.clock,
      ids: { newId: () => randomUUID() },
      countries: new Countries(),
      criteria: DEFAULT_QUALITY_CRITERIA,
    };
  }

  static async create(kind: DatabaseKind): Promise<World> {
    return new World(await createTestDatabase(kind));
  }

  async destroy(): Promise<void> {
    await this.#database.drop();
  }

  async school(name: string, country: string, city = ""): Promise<School> {
    return this.store.transaction((tx) => registerSchool(this.deps, tx, { name, country, city }));
  }

  /** A teacher registered by a launch from an LMS speaking `locale`, with `profile` filled in. */
  async teacher(name: string, school: School, profile?: ProfileInput, locale = "en"): Promise<Teacher> {
    const { teacher } = await registerTeacherFromLaunch(
      this.deps,
      {
        issuer: "https://lms.example",
        subject: randomUUID(),
        name,
        email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`,
        locale,
      },
      school.id,
    );
    return profile ? updateProfile(this.deps, { accountId: teacher.id }, profile) : teacher;
  }

  async account(name: string): Promise<Account> {
    return registerAccountFromLaunch(this.deps, {
      issuer: "https://lms.example",
      subject: randomUUID(),
      name,
      email: "",
      locale: "en",
    });
  }

  /**
   * A member of a unit's staff (a country's national unit, or CENTRAL_SUPPORT_UNIT) as their
   * first launch from the unit's own LMS admits them; that LMS sends no e-mail address.
   */
  async staff(name: string, unit: string, locale = "en"): Promise<Account> {
    return admitStaffFromLaunch(
      this.deps,
      { issuer: `https://lms.unit-${unit.toLowerCase()}.example`, subject: name, name, email: "", locale },
      unit,
    );
  }

  async centralAdmin(): Promise<Account> {
    if (!this.#centralAdmin) {
      this.#centralAdmin = await this.account("Central Admin");
      await bootstrapCentralAdmin(this.deps, this.#centralAdmin.id);
    }
    return this.#centralAdmin;
  }

  async moderator(country: string): Promise<Account> {
    let moderator = this.#moderators.get(country);
    if (!moderator) {
      moderator = await this.account(`Moderator ${country}`);
      await setModerator(
        this.deps,
        { accountId: (await this.centralAdmin()).id },
        moderator.id,
        country,
        true,
      );
      this.#moderators.set(country, moderator);
    }
    return moderator;
  }

  async contacts(a: Teacher, b: Teacher): Promise<void> {
    const request = await requestContact(this.deps, { accountId: a.id }, b.id);
    await acceptContact(this.deps, { accountId: b.id }, request.id);
  }

  /** A project form that satisfies R14, due dates after TODAY. */
  form(overrides: ProjectFormInput = {}): ProjectFormInput {
    return {
      title: "Our rivers, our future",
      summary: "Pupils compare the rivers of their towns.",
      description: "Water samples, maps and a shared e-book.",
      subjects: ["science", "geography"],
      languages: ["en"],
      pupilAgeMin: 11,
      pupilAgeMax: 14,
      objectives: "Understand river ecosystems together.",
      curricularIntegration: "Science and geography lessons, 2 hours a week.",
      workProcess: "Monthly tasks in mixed teams.",
      milestones: [
        { title: "Introductions", dueDate: "2026-12-15" },
        { title: "Water samples", dueDate: "2027-03-01" },
      ],
      ictTools: "TwinSpace chat and forum, shared maps.",
      expectedResults: "An e-book.",
      safetyRules: "First names only; no faces in photos; teachers moderate every room.",
      ...overrides,
    };
  }

  /** Founder and co-founder become contacts; the project goes to the co-founder, who accepts. */
  async projectAwaitingApproval(founder: Teacher, cofounder: Teacher, form = this.form()): Promise<Project> {
    await this.contacts(founder, cofounder);
    const project = await createProject(
      this.deps,
      { accountId: founder.id },
      { form, cofounderId: cofounder.id, submit: true },
    );
    return acceptCofounder(this.deps, { accountId: cofounder.id }, project.id);
  }

  /** As above, then every national unit concerned approves. */
  async activeProject(founder: Teacher, cofounder: Teacher, form = this.form()): Promise<Project> {
    let project = await this.projectAwaitingApproval(founder, cofounder, form);
    for (const country of new Set([founder.country, cofounder.country])) {
      const moderator = await this.moderator(country);
      project = await decideApproval(this.deps, { accountId: moderator.id }, project.id, country, {
        approve: true,
      });
    }
    return project;
  }

  actor(who: { id: Id }): { accountId: Id } {
    return { accountId: who.id };
  }
}
