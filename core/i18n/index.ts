import type { Catalogue } from "./translate.ts";
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

/** Core's own texts per language (the messaging texts are a catalogue part of their own). */
export const coreTexts = { en, it, fr, es, de, pt, pl, el, ro };

/** Core's catalogues; web pages and the bot merge theirs with these (see Messages). */
export const coreCatalogues = Object.fromEntries(
  Object.entries(coreTexts).map(([locale, texts]) => [
    locale,
    { ...texts, ...messagingCatalogues[locale as keyof typeof coreTexts] },
  ]),
) as Record<keyof typeof coreTexts, Catalogue>;
export { collator } from "./displayNames.ts";
export { type Catalogue, intlLocale, Messages, type Params, type Translator } from "./translate.ts";
