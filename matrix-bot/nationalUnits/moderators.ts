import { countriesActedFor, type Store } from "../../core/index.ts";
import { botMessages } from "../i18n/index.ts";

/** A country's national unit as its room needs it: the moderators with a linked Matrix ID, and a language. */
export interface NationalUnit {
  country: string;
  moderators: { matrixUserId: string }[];
  /** The room's language: the first moderator's (by account id, so it does not wander), else English. */
  locale: string;
}

export async function loadNationalUnit(store: Store, country: string): Promise<NationalUnit> {
  const accounts = await store.transaction(async (tx) =>
    tx.accounts.getMany(await tx.grants.moderatorsOf(country)),
  );
  const linked = accounts.filter((account) => account.matrixUserId).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    country,
    moderators: linked.map((account) => ({ matrixUserId: account.matrixUserId! })),
    locale: botMessages.negotiate(linked[0]?.locale ?? accounts[0]?.locale ?? "en"),
  };
}

/** Every country that has a moderator: each gets a room. */
export async function countriesWithModerators(store: Store): Promise<string[]> {
  const grants = await store.transaction((tx) => tx.grants.list());
  return countriesActedFor(
    grants.map(({ grant }) => grant),
    "moderation_room",
  );
}
