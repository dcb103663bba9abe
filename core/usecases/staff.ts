import { DomainError } from "../errors.ts";
import type { Account, Grant } from "../model.ts";
import { CENTRAL_SUPPORT_UNIT } from "../rules/authority.ts";
import { changeGrant } from "./administration.ts";
import type { CoreDeps } from "./context.ts";
import { type LaunchIdentity, upsertAccount } from "./registration.ts";

/**
 * A launch from a national unit's own LMS deployment admits its staff: an account with the
 * `staff` grant for the unit's country and no teacher record (so never a partner, an invitee
 * or a founder). The unit's LMS decides who its staff are, as a school's LMS decides its
 * teachers; the grant is recorded (and audited) on the first launch only. The central support
 * service's own deployment admits its staff likewise, with the `central_admin` grant: the
 * service's LMS, not the operator's CLI, decides who works for it.
 */
export async function admitStaffFromLaunch(
  deps: CoreDeps,
  identity: LaunchIdentity,
  unit: string,
): Promise<Account> {
  const grant = staffGrant(deps, unit);
  return deps.store.transaction(async (tx) => {
    const { account } = await upsertAccount(deps, tx, identity);
    if (await tx.teachers.get(account.id)) throw new DomainError("staff_account_is_teacher");
    await changeGrant(deps, tx, undefined, account.id, grant, true);
    return account;
  });
}

/** The grant of a unit's staff: a country code (national unit) or CENTRAL_SUPPORT_UNIT. */
function staffGrant(deps: CoreDeps, unit: string): Grant {
  if (unit === CENTRAL_SUPPORT_UNIT) return { role: "central_admin" };
  const country = deps.countries.find(unit);
  if (!country) throw new DomainError("unknown_country", { value: unit.slice(0, 10) });
  return { role: "staff", country };
}
