import { DomainError } from "../errors.ts";
import type { Account, Id, School, Teacher, TeacherProfile } from "../model.ts";
import type { Tx } from "../ports.ts";
import { staffCountries } from "../rules/authority.ts";
import { codeList, email, LIMITS, lmsName, MULTI_LINE, optionalText, requiredText } from "../rules/text.ts";
import { isLanguage, isSubject, PUPIL_AGE_MAX, PUPIL_AGE_MIN } from "../vocabulary.ts";
import { type Actor, type CoreDeps, emit, requireTeacher } from "./context.ts";

export interface SchoolInput {
  name: unknown;
  country: unknown;
  city?: unknown;
}

export function validateSchool(deps: CoreDeps, input: SchoolInput): Omit<School, "id"> {
  const name = requiredText("school_name", input.name, LIMITS.name);
  const country = deps.countries.fromForm(input.country);
  return { name, country, city: optionalText("city", input.city, LIMITS.name) };
}

/** A school joins when its LMS admin registers the tool (the LTI adapter binds the deployment). */
export async function registerSchool(deps: CoreDeps, tx: Tx, input: SchoolInput): Promise<School> {
  const school: School = { id: deps.ids.newId(), ...validateSchool(deps, input) };
  await tx.schools.insert(school, deps.clock.now());
  await emit(tx, deps, {
    type: "school_registered",
    actorId: undefined,
    projectId: undefined,
    payload: { schoolId: school.id, country: school.country },
  });
  return school;
}

/** What a verified launch tells us about the person. */
export interface LaunchIdentity {
  issuer: string;
  subject: string;
  name: string;
  email: string;
  locale: string;
}

function launchName(identity: LaunchIdentity): string {
  const name = lmsName(identity.name).slice(0, LIMITS.name);
  return name === "" ? "—" : name;
}

/**
 * R1: a teacher is registered by a launch from a deployment bound to a school. The first
 * launch creates the account and the teacher; later launches refresh name, email and
 * language. A teacher stays with the school of their first launch (a later launch from
 * another school's deployment does not move them: memberships and approvals depend on it).
 * `administers`: whether the launch also carried the Administrator role for the deployment's
 * school (recorded, so the school's news reaches its admins).
 */
export async function registerTeacherFromLaunch(
  deps: CoreDeps,
  identity: LaunchIdentity,
  schoolId: Id | undefined,
  administers = false,
): Promise<{ teacher: Teacher; created: boolean }> {
  return deps.store.transaction(async (tx) => {
    const { account } = await upsertAccount(deps, tx, identity);
    if (schoolId) await tx.schoolAdmins.record(schoolId, account.id, administers);
    const existing = await tx.teachers.get(account.id);
    if (existing) return { teacher: existing, created: false };
    // Staff are not teachers: a unit's account never turns into a partner or a founder.
    if (staffCountries(await tx.grants.forAccount(account.id)).length > 0)
      throw new DomainError("staff_not_teacher");
    if (!schoolId) throw new DomainError("deployment_not_bound");
    const school = await tx.schools.get(schoolId);
    if (!school) throw new DomainError("deployment_not_bound");
    await tx.teachers.insert(account.id, school, deps.clock.now());
    await emit(tx, deps, {
      type: "teacher_registered",
      actorId: account.id,
      projectId: undefined,
      payload: { teacherId: account.id, schoolId: school.id },
    });
    const teacher = await tx.teachers.get(account.id);
    if (!teacher) throw new Error("teacher vanished inside its own transaction");
    return { teacher, created: true };
  });
}

/** School admins, moderators and central admins have an account but no teacher profile. */
export async function registerAccountFromLaunch(deps: CoreDeps, identity: LaunchIdentity): Promise<Account> {
  return deps.store.transaction(async (tx) => (await upsertAccount(deps, tx, identity)).account);
}

/**
 * A school admin's launch (the LMS's Administrator role, no teaching role): their account, and
 * the record that they administer the school, which is who hears of its verification.
 */
export async function registerSchoolAdminFromLaunch(
  deps: CoreDeps,
  identity: LaunchIdentity,
  schoolId: Id,
): Promise<Account> {
  return deps.store.transaction(async (tx) => {
    const { account } = await upsertAccount(deps, tx, identity);
    await tx.schoolAdmins.record(schoolId, account.id, true);
    return account;
  });
}

/** The account of a launch's identity, created on its first launch; refreshed on later ones. */
export async function upsertAccount(
  deps: CoreDeps,
  tx: Tx,
  identity: LaunchIdentity,
): Promise<{ account: Account; created: boolean }> {
  const now = deps.clock.now();
  const owner = await tx.identities.find(identity.issuer, identity.subject);
  if (owner && "pupilId" in owner) throw new DomainError("forbidden", { reason: "pupil_identity" });
  const details = { name: launchName(identity), email: safeEmail(identity.email), locale: identity.locale };
  if (owner) {
    const account = await tx.accounts.get(owner.accountId);
    if (!account) throw new Error(`identity points at missing account ${owner.accountId}`);
    // The language chosen in the profile wins over the launch's until the person resets it.
    const updated = { ...account, ...details, locale: account.chosenLocale ?? details.locale };
    if (
      updated.name !== account.name ||
      updated.email !== account.email ||
      updated.locale !== account.locale
    ) {
      await tx.accounts.update(updated, now);
    }
    return { account: updated, created: false };
  }
  const account: Account = { id: deps.ids.newId(), matrixUserId: undefined, ...details };
  await tx.accounts.insert(account, now);
  await tx.identities.link(identity.issuer, identity.subject, { accountId: account.id }, now);
  return { account, created: true };
}

/** LMSs may send no email or a malformed one; the launch must not fail for it. */
function safeEmail(value: string): string {
  try {
    return email("email", value);
  } catch {
    return "";
  }
}

export type ProfileInput = { [K in keyof TeacherProfile]?: unknown };

export function validateProfile(input: ProfileInput): TeacherProfile {
  const ageMin = optionalAge("pupilAgeMin", input.pupilAgeMin);
  const ageMax = optionalAge("pupilAgeMax", input.pupilAgeMax);
  if (ageMin !== undefined && ageMax !== undefined && ageMin > ageMax) {
    throw new DomainError("age_range_invalid", { min: ageMin, max: ageMax });
  }
  return {
    subjects: codeList("subjects", input.subjects, isSubject, "unknown_subject"),
    languages: codeList("languages", input.languages, isLanguage, "unknown_language"),
    pupilAgeMin: ageMin,
    pupilAgeMax: ageMax,
    interests: optionalText("interests", input.interests, LIMITS.summary, MULTI_LINE),
    bio: optionalText("bio", input.bio, LIMITS.summary * 2, MULTI_LINE),
    lookingForPartners: input.lookingForPartners === true || input.lookingForPartners === "on",
  };
}

function optionalAge(field: string, value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const age = Number(value);
  if (!Number.isInteger(age) || age < PUPIL_AGE_MIN || age > PUPIL_AGE_MAX) {
    throw new DomainError("age_range_invalid", { field, min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX });
  }
  return age;
}

export async function updateProfile(deps: CoreDeps, actor: Actor, input: ProfileInput): Promise<Teacher> {
  const profile = validateProfile(input);
  return deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    await tx.teachers.saveProfile(actor.accountId, profile, deps.clock.now());
    await emit(tx, deps, {
      type: "teacher_profile_updated",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { teacherId: actor.accountId },
    });
    return requireTeacher(tx, actor.accountId);
  });
}
