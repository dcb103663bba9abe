import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { el } from "./el.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { pl } from "./pl.ts";
import { ro } from "./ro.ts";
import { messagingCatalogues } from "./messaging.ts";
import { pt } from "./pt.ts";

/** Core's catalogues; web pages and the bot merge theirs with these (see Messages). */
export const coreCatalogues = {
  en: { ...en, ...messagingCatalogues.en },
  it: { ...it, ...messagingCatalogues.it },
  fr: { ...fr, ...messagingCatalogues.fr },
  es: { ...es, ...messagingCatalogues.es },
  de: { ...de, ...messagingCatalogues.de },
  pt: { ...pt, ...messagingCatalogues.pt },
  pl: { ...pl, ...messagingCatalogues.pl },
  el: { ...el, ...messagingCatalogues.el },
  ro: { ...ro, ...messagingCatalogues.ro },
};
export { collator } from "./displayNames.ts";
export { type Catalogue, intlLocale, Messages, type Params, type Translator } from "./translate.ts";
