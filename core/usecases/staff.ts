import { DomainError } from "../errors.ts";
import type { Account } from "../model.ts";
import { changeGrant } from "./administration.ts";
import type { CoreDeps } from "./context.ts";
import { type LaunchIdentity, upsertAccount } from "./registration.ts";

/**
 * A launch from a national unit's own LMS deployment admits its staff: an account with the
 * `staff` grant for the unit's country and no teacher record (so never a partner, an invitee
 * or a founder). The unit's LMS decides who its staff are, as a school's LMS decides its
 * teachers; the grant is recorded (and audited) on the first launch only.
 */
export async function admitStaffFromLaunch(
  deps: CoreDeps,
  identity: LaunchIdentity,
  countryCode: string,
): Promise<Account> {
  const country = deps.countries.find(countryCode);
  if (!country) throw new DomainError("unknown_country", { value: countryCode.slice(0, 10) });
  return deps.store.transaction(async (tx) => {
    const { account } = await upsertAccount(deps, tx, identity);
    if (await tx.teachers.get(account.id)) throw new DomainError("staff_account_is_teacher", { country });
    await changeGrant(deps, tx, undefined, account.id, { role: "staff", country }, true);
    return account;
  });
}
