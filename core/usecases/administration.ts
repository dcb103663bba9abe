import { DomainError } from "../errors.ts";
import type { Account, Grant, Id, MembershipPolicy, School, SchoolProjectPolicy } from "../model.ts";
import { type KeysetPage, namePage, PAGE_SIZE } from "../paging.ts";
import type { AccountCandidate, GrantAuditEntry, NameCursor, Tx } from "../ports.ts";
import { sameGrant } from "../rules/authority.ts";
import { validateWindow } from "../rules/schoolProjectPolicy.ts";
import { LIMITS, requiredText } from "../rules/text.ts";
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

/**
 * The account a grant names: its id, or an email only when exactly one account uses it.
 * Emails come from whichever LMS launched the account and are not unique: a school that
 * launches accounts with someone else's address must not receive their role.
 */
export type Grantee = Id | { email: string };

/** Who grants roles: a central admin, or the operator's command line (`npm run admin`). */
export type GrantingActor = Actor | "operator";

const CANDIDATES_SHOWN = 50;
const AUDIT_PAGE = 20;
const LOOKALIKE_GROUPS = 100;

/** The accounts `term` (an id, an email or part of a name) may mean, each with school and LMS. */
export async function findAccountsToGrant(
  deps: CoreDeps,
  actor: GrantingActor,
  term: unknown,
): Promise<AccountCandidate[]> {
  const search = requiredText("search", term, LIMITS.name);
  return deps.store.transaction(async (tx) => {
    if (actor !== "operator") await requireCentralAdmin(tx, actor.accountId);
    return tx.accounts.findCandidates(search, CANDIDATES_SHOWN);
  });
}

/** A central admin grants or revokes the moderator role of a national unit. */
export async function setModerator(
  deps: CoreDeps,
  actor: Actor,
  grantee: Grantee,
  countryInput: string,
  granted: boolean,
): Promise<void> {
  const country = deps.countries.fromForm(countryInput);
  await deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    const account = await resolveGrantee(tx, grantee);
    await changeGrant(deps, tx, actor.accountId, account.id, { role: "moderator", country }, granted);
  });
}

/**
 * Grants the central admin role without an acting admin: only the operator's command line
 * (`npm run admin`) calls this, to name the first central admin. Returns the account.
 */
export async function bootstrapCentralAdmin(
  deps: CoreDeps,
  grantee: Grantee,
  granted = true,
): Promise<Account> {
  return deps.store.transaction(async (tx) => {
    const account = await resolveGrantee(tx, grantee);
    await changeGrant(deps, tx, undefined, account.id, { role: "central_admin" }, granted);
    return account;
  });
}

export interface GrantAuditPage {
  entries: GrantAuditEntry[];
  /** The actors and grantees the entries name. */
  accounts: Map<Id, Account>;
  /** Where the next (older) page starts; undefined on the last page. */
  olderThan: number | undefined;
}

/** One row of the moderators' list: a moderator grant and the account holding it. */
export interface ModeratorRow {
  account: Account;
  country: string;
}

/**
 * The central admin's list of moderators, a page at a time by country, then account; with
 * `name`, those whose name contains it. The cursor is the last row's `country~account id`.
 */
export async function moderatorsPage(
  deps: CoreDeps,
  actor: Actor,
  name: string,
  after: NameCursor | undefined,
): Promise<KeysetPage<ModeratorRow>> {
  return deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    const term = name.trim().slice(0, LIMITS.name);
    const rows = await tx.grants.moderatorsPage(term || undefined, after, PAGE_SIZE + 1);
    return namePage(rows, PAGE_SIZE, (row) => ({ name: row.country, id: row.account.id }));
  });
}

/** The audit trail of grants and revocations, newest first, one page at a time. */
export async function grantAudit(
  deps: CoreDeps,
  actor: Actor,
  olderThan: number | undefined,
): Promise<GrantAuditPage> {
  return deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    const rows = await tx.grants.auditPage(AUDIT_PAGE + 1, olderThan);
    const entries = rows.slice(0, AUDIT_PAGE);
    const ids = entries.flatMap((e) => (e.actorId ? [e.actorId, e.accountId] : [e.accountId]));
    const accounts = new Map((await tx.accounts.getMany(ids)).map((a) => [a.id, a]));
    return { entries, accounts, olderThan: rows.length > AUDIT_PAGE ? entries.at(-1)?.id : undefined };
  });
}

/**
 * Schools of one country whose names read the same: two registrations for one school, or
 * one impersonating another. The central admin checks them before trusting either.
 */
export async function lookalikeSchools(deps: CoreDeps, actor: Actor): Promise<School[][]> {
  return deps.store.transaction(async (tx) => {
    await requireCentralAdmin(tx, actor.accountId);
    return tx.schools.lookalikes(LOOKALIKE_GROUPS);
  });
}

async function resolveGrantee(tx: Tx, grantee: Grantee): Promise<Account> {
  if (typeof grantee === "string") {
    const account = await tx.accounts.get(grantee);
    if (!account) throw new DomainError("not_found", { what: "account" });
    return account;
  }
  const matches = await tx.accounts.withEmail(grantee.email, 2);
  const [only] = matches;
  if (!only) throw new DomainError("not_found", { what: "account" });
  if (matches.length > 1) throw new DomainError("account_ambiguous", { email: only.email });
  return only;
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
  const has = (await tx.grants.forAccount(accountId)).some((g) => sameGrant(g, grant));
  if (has === granted) return;
  if (granted) await tx.grants.add(accountId, grant);
  else await tx.grants.remove(accountId, grant);
  await tx.grants.audit({
    actorId,
    accountId,
    grant,
    change: granted ? "granted" : "revoked",
    at: deps.clock.now(),
  });
  await emit(tx, deps, {
    type: granted ? "grant_added" : "grant_removed",
    actorId,
    projectId: undefined,
    payload: {
      accountId,
      role: grant.role,
      ...(grant.role === "central_admin" ? {} : { country: grant.country }),
    },
  });
}
