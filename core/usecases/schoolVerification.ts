import { DomainError } from "../errors.ts";
import { type CappedCount, COUNT_CAP, capCount } from "../paging.ts";
import type { Id, School, SchoolVerification } from "../model.ts";
import type { RejectedSchool, Tx } from "../ports.ts";
import { mayActForCountry } from "../rules/authority.ts";
import { LIMITS, MULTI_LINE, requiredText } from "../rules/text.ts";
import { type Actor, type CoreDeps, emit } from "./context.ts";

const QUEUE = 100;

async function requireVerifier(tx: Tx, actor: Actor, country: string): Promise<void> {
  const grants = await tx.grants.forAccount(actor.accountId);
  if (!mayActForCountry(grants, country, "verify_schools")) {
    // A teacher who moderates for the country is of its unit, yet does not verify schools.
    const moderates = mayActForCountry(grants, country, "decide_approvals");
    throw new DomainError(moderates ? "staff_only" : "not_moderator_for_country", { country });
  }
}

/**
 * The country's schools no staff member has confirmed or rejected yet: the QUEUE oldest, and
 * how many wait in all (deciding brings the next up).
 */
export async function schoolsToVerify(
  deps: CoreDeps,
  actor: Actor,
  countryCode: string,
): Promise<{ schools: School[]; waiting: CappedCount }> {
  const country = deps.countries.find(countryCode);
  if (!country) throw new DomainError("unknown_country", { value: countryCode.slice(0, 10) });
  return deps.store.transaction(async (tx) => {
    await requireVerifier(tx, actor, country);
    return {
      schools: await tx.schoolVerifications.unverifiedOf(country, QUEUE),
      waiting: capCount(await tx.schoolVerifications.countUnverified(country, COUNT_CAP)),
    };
  });
}

/**
 * The country's rejected schools, latest first: a rejection made in error, or a school that
 * proved real after all, is lifted by confirming it (verifySchool).
 */
export async function rejectedSchools(
  deps: CoreDeps,
  actor: Actor,
  countryCode: string,
): Promise<RejectedSchool[]> {
  const country = deps.countries.find(countryCode);
  if (!country) throw new DomainError("unknown_country", { value: countryCode.slice(0, 10) });
  return deps.store.transaction(async (tx) => {
    await requireVerifier(tx, actor, country);
    return tx.schoolVerifications.rejectedOf(country, QUEUE);
  });
}

/**
 * A national unit's staff confirm a newly registered school is real, or reject it with a
 * reason: a rejected school's LMS can no longer launch the tool (its admin is told why on
 * the launch), which stops a fake school posing as a real one. A later decision replaces
 * the earlier one (a rejection made in error can be undone by confirming).
 */
export async function verifySchool(
  deps: CoreDeps,
  actor: Actor,
  country: string,
  schoolId: Id,
  decision: { confirm: boolean; reason?: unknown },
): Promise<SchoolVerification> {
  const reason = decision.confirm
    ? undefined
    : requiredText("reason", decision.reason, LIMITS.reason, MULTI_LINE);
  return deps.store.transaction(async (tx) => {
    const school = await tx.schools.get(schoolId);
    // The page names the country: a school of another country is not on it.
    if (!school || school.country !== country) throw new DomainError("not_found", { what: "school" });
    await requireVerifier(tx, actor, school.country);
    const before = (await tx.schoolVerifications.ofSchools([schoolId])).get(schoolId)?.status;
    const verification: SchoolVerification = {
      schoolId,
      status: decision.confirm ? "verified" : "rejected",
      decidedBy: actor.accountId,
      reason,
      decidedAt: deps.clock.now(),
    };
    await tx.schoolVerifications.decide(verification);
    const base = { actorId: actor.accountId, projectId: undefined };
    if (reason === undefined) {
      await emit(tx, deps, {
        ...base,
        type: "school_verified",
        payload: { schoolId, country: school.country },
      });
    } else {
      await emit(tx, deps, {
        ...base,
        type: "school_rejected",
        payload: {
          schoolId,
          country: school.country,
          reason,
          ...(before === "verified" ? { withdrawn: true } : {}),
        },
      });
    }
    return verification;
  });
}
