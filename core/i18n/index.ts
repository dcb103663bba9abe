import { en } from "./en.ts";
import { it } from "./it.ts";
import { messagingEn, messagingIt } from "./messaging.ts";

/** Core's catalogues; web pages and the bot merge theirs with these (see Messages). */
export const coreCatalogues = { en: { ...en, ...messagingEn }, it: { ...it, ...messagingIt } };
export { collator } from "./displayNames.ts";
export { type Catalogue, Messages, type Params, type Translator } from "./translate.ts";
