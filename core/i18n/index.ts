import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { ro } from "./ro.ts";
import { messagingCatalogues } from "./messaging.ts";

/** Core's catalogues; web pages and the bot merge theirs with these (see Messages). */
export const coreCatalogues = {
  en: { ...en, ...messagingCatalogues.en },
  it: { ...it, ...messagingCatalogues.it },
  fr: { ...fr, ...messagingCatalogues.fr },
  ro: { ...ro, ...messagingCatalogues.ro },
};
export { collator } from "./displayNames.ts";
export { type Catalogue, Messages, type Params, type Translator } from "./translate.ts";
