import { DomainError } from "../errors.ts";
import { coreCatalogues } from "../i18n/index.ts";
import type { Account } from "../model.ts";
import type { Actor, CoreDeps } from "./context.ts";

/** The languages the interface speaks: every language core's catalogues are written in. */
export const INTERFACE_LOCALES: readonly string[] = Object.keys(coreCatalogues);

/**
 * A person chooses the language of their own pages, e-mails and bot messages; "" goes back to
 * the language their LMS sends at each launch. Only the actor's own account changes.
 */
export async function chooseInterfaceLanguage(
  deps: CoreDeps,
  actor: Actor,
  choice: string,
): Promise<Account> {
  const locale = choice === "" ? undefined : choice;
  if (locale !== undefined && !INTERFACE_LOCALES.includes(locale))
    throw new DomainError("unknown_interface_language", { value: choice.slice(0, 35) });
  return deps.store.transaction(async (tx) => {
    const account = await tx.accounts.get(actor.accountId);
    if (!account) throw new DomainError("forbidden");
    await tx.accounts.chooseLocale(account.id, locale, deps.clock.now());
    const updated = await tx.accounts.get(account.id);
    if (!updated) throw new Error("account vanished inside its own transaction");
    return updated;
  });
}
