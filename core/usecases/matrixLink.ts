import type { Account } from "../model.ts";
import { DomainError } from "../errors.ts";
import type { Tx } from "../ports.ts";
import { type Actor, type CoreDeps, emit } from "./context.ts";

/** How long a link code shown on the profile page stays valid. */
export const LINK_CODE_MINUTES = 15;

/** Unambiguous characters (no 0/O, 1/I/L) so a code typed from the screen is read right. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Matrix user IDs (spec: user identifiers): `@localpart:server`, at most 255 bytes. */
const MATRIX_USER_ID = /^@[a-z0-9._=\-/+]+:[A-Za-z0-9.-]+(:\d{1,5})?$/;

export function isMatrixUserId(value: string): boolean {
  return value.length <= 255 && MATRIX_USER_ID.test(value);
}

/** "K7QF3MZP" from 40 random bits of a v4 UUID (the id generator's randomness). */
function codeFrom(randomId: string): string {
  const bits = BigInt(`0x${randomId.replace(/-/g, "").slice(0, 10)}`);
  let code = "";
  for (let i = 0n; i < 8n; i++) code += ALPHABET[Number((bits >> (i * 5n)) % BigInt(ALPHABET.length))];
  return code;
}

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseLinkCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

/**
 * A pupil's Matrix account stays inside the pupil's project (R11): linked to an adult's
 * account it would be invited to that adult's groups, events, teachers' rooms and national
 * unit rooms, and reached by strangers there.
 */
async function refusePupilMatrixId(tx: Tx, matrixUserId: string): Promise<void> {
  if (await tx.pupils.isPupilMatrixId(matrixUserId)) throw new DomainError("matrix_id_of_pupil");
}

/**
 * A teacher (or moderator) asks for a one-time code on their profile page, to send as
 * `link <code>` to the bot from the Matrix account they want linked.
 */
export async function createMatrixLinkCode(
  deps: CoreDeps,
  actor: Actor,
): Promise<{ code: string; expiresAt: string }> {
  return deps.store.transaction(async (tx) => {
    if (!(await tx.accounts.get(actor.accountId))) throw new DomainError("not_found", { what: "account" });
    const now = deps.clock.now();
    const expiresAt = new Date(Date.parse(now) + LINK_CODE_MINUTES * 60_000).toISOString();
    const code = codeFrom(deps.ids.newId());
    await tx.linkCodes.insert(code, actor.accountId, expiresAt, now);
    return { code, expiresAt };
  });
}

/**
 * The bot redeems a code sent by `matrixUserId`: the code's account is linked to it. A
 * Matrix account links to one OpenTwinning account; linking a new one replaces the old
 * (the event says which, so the TwinSpaces move the person's memberships).
 */
export async function linkMatrixAccount(
  deps: CoreDeps,
  matrixUserId: string,
  typedCode: string,
): Promise<Account> {
  if (!isMatrixUserId(matrixUserId)) throw new DomainError("matrix_id_invalid", { value: matrixUserId });
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const accountId = await tx.linkCodes.consume(normaliseLinkCode(typedCode), now);
    if (!accountId) throw new DomainError("link_code_invalid");
    await refusePupilMatrixId(tx, matrixUserId);
    const holder = await tx.accounts.findByMatrixUserId(matrixUserId);
    if (holder && holder.id !== accountId) throw new DomainError("matrix_id_linked_elsewhere");
    const account = await tx.accounts.get(accountId);
    if (!account) throw new DomainError("not_found", { what: "account" });
    // Linking the same ID again is how a teacher who left their rooms by hand asks to be
    // invited back (the bot respects a leave until then), so it is announced all the same.
    const linked = { ...account, matrixUserId };
    if (account.matrixUserId !== matrixUserId) await tx.accounts.update(linked, now);
    await emit(tx, deps, {
      type: "matrix_account_linked",
      actorId: accountId,
      projectId: undefined,
      payload: {
        accountId,
        matrixUserId,
        ...(account.matrixUserId && account.matrixUserId !== matrixUserId
          ? { previousMatrixUserId: account.matrixUserId }
          : {}),
      },
    });
    return linked;
  });
}

/**
 * A teacher unlinks their Matrix account on the web page; the TwinSpaces then take the old
 * Matrix ID out (the event names it). Unlinking nothing changes nothing.
 */
export async function unlinkMatrixAccount(deps: CoreDeps, actor: Actor): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const account = await tx.accounts.get(actor.accountId);
    if (!account) throw new DomainError("not_found", { what: "account" });
    if (!account.matrixUserId) return;
    await tx.accounts.update({ ...account, matrixUserId: undefined }, deps.clock.now());
    await emit(tx, deps, {
      type: "matrix_account_unlinked",
      actorId: account.id,
      projectId: undefined,
      payload: { accountId: account.id, previousMatrixUserId: account.matrixUserId },
    });
  });
}

/**
 * The person signed in to the homeserver through OpenTwinning (lti-tool/oidc/): the account
 * the homeserver makes for them is recorded like a linked one, so the TwinSpaces invite it at
 * once. A Matrix account the teacher linked with a code is never replaced (false).
 */
export async function linkSignedInMatrixAccount(
  deps: CoreDeps,
  actor: Actor,
  matrixUserId: string,
): Promise<boolean> {
  if (!isMatrixUserId(matrixUserId)) throw new DomainError("matrix_id_invalid", { value: matrixUserId });
  return deps.store.transaction(async (tx) => {
    const account = await tx.accounts.get(actor.accountId);
    if (!account) throw new DomainError("not_found", { what: "account" });
    if (account.matrixUserId) return account.matrixUserId === matrixUserId;
    await refusePupilMatrixId(tx, matrixUserId);
    const holder = await tx.accounts.findByMatrixUserId(matrixUserId);
    if (holder) throw new DomainError("matrix_id_linked_elsewhere");
    await tx.accounts.update({ ...account, matrixUserId }, deps.clock.now());
    await emit(tx, deps, {
      type: "matrix_account_linked",
      actorId: account.id,
      projectId: undefined,
      payload: { accountId: account.id, matrixUserId },
    });
    return true;
  });
}
