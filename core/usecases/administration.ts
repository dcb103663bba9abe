import { DomainError } from "../errors.ts";
import type { Grant, Id, MembershipPolicy, SchoolProjectPolicy } from "../model.ts";
import type { Tx } from "../ports.ts";
import { validateWindow } from "../rules/schoolProjectPolicy.ts";
import { type Actor, type CoreDeps, emit, requireCentralAdmin } from "./context.ts";

export interface PolicyWindowInput {
  enabled: boolean;
  from?: string | undefined;
  until?: string | undefined;
}

/**
 * R5: a central admin opens or closes school projects, by default or for one country, and
 * optionally for a date range. `country: undefined` sets the default; `window: undefined`
 * removes a country's own setting.
 */
export async function setSchoolProjectPolicy(
  deps: CoreDeps,
  actor: Actor,
  country: string | undefined,
  window: PolicyWindowInput | undefined,
): Promise<SchoolProjectPolicy> {
  const checkedCountry = country === undefined ? undefined : deps.countries.find(country);
  if (country !== undefined && !checkedCountry)
    throw new DomainError("unknown_country", { value: country.slice(0, 10) });
  const checkedWindow = window ? validateWindow(window) : undefined;
  return deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    const policy = await tx.settings.schoolProjectPolicy();
    let next: SchoolProjectPolicy;
    if (checkedCountry === undefined) {
      next = { ...policy, default: checkedWindow ?? { enabled: false, from: undefined, until: undefined } };
    } else {
      const byCountry = { ...policy.byCountry };
      if (checkedWindow) byCountry[checkedCountry] = checkedWindow;
      else delete byCountry[checkedCountry];
      next = { ...policy, byCountry };
    }
    await tx.settings.saveSchoolProjectPolicy(next);
    await emit(tx, deps, {
      type: "school_project_policy_changed",
      actorId: actor.accountId,
      projectId: undefined,
      payload: {},
    });
    return next;
  });
}

export async function setMembershipPolicy(
  deps: CoreDeps,
  actor: Actor,
  policy: MembershipPolicy,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    await tx.settings.saveMembershipPolicy({
      nationalProjectsAcceptForeignTeachers: policy.nationalProjectsAcceptForeignTeachers === true,
    });
    await emit(tx, deps, {
      type: "membership_policy_changed",
      actorId: actor.accountId,
      projectId: undefined,
      payload: {},
    });
  });
}

/** A central admin grants or revokes the moderator role of a national unit. */
export async function setModerator(
  deps: CoreDeps,
  actor: Actor,
  accountId: Id,
  countryInput: string,
  granted: boolean,
): Promise<void> {
  const country = deps.countries.find(countryInput);
  if (!country) throw new DomainError("unknown_country", { value: countryInput.slice(0, 10) });
  await deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    await changeGrant(deps, tx, actor.accountId, accountId, { role: "moderator", country }, granted);
  });
}

/**
 * Grants the central admin role without an acting admin: only the operator's command line
 * (`npm run admin`) calls this, to name the first central admin.
 */
export async function bootstrapCentralAdmin(deps: CoreDeps, accountId: Id, granted = true): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await changeGrant(deps, tx, undefined, accountId, { role: "central_admin" }, granted);
  });
}

/** Adds or removes one grant with its event (also used by erasure, so every change is on record). */
export async function changeGrant(
  deps: CoreDeps,
  tx: Tx,
  actorId: Id | undefined,
  accountId: Id,
  grant: Grant,
  granted: boolean,
): Promise<void> {
  if (!(await tx.accounts.get(accountId))) throw new DomainError("not_found", { what: "account" });
  const has = (await tx.grants.forAccount(accountId)).some(
    (g) =>
      g.role === grant.role &&
      (g.role !== "moderator" || (grant.role === "moderator" && g.country === grant.country)),
  );
  if (has === granted) return;
  if (granted) await tx.grants.add(accountId, grant);
  else await tx.grants.remove(accountId, grant);
  await emit(tx, deps, {
    type: granted ? "grant_added" : "grant_removed",
    actorId,
    projectId: undefined,
    payload: {
      accountId,
      role: grant.role,
      ...(grant.role === "moderator" ? { country: grant.country } : {}),
    },
  });
}
