import { coreCatalogues, Messages } from "../../core/index.ts";
import { en } from "./en.ts";
import { botEventCatalogues } from "./events.i18n.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";

export const botCatalogues = {
  en,
  it,
  fr,
};

/** Everything the bot can say: the core's refusals and vocabulary plus the bot's own texts. */
export const botMessages = new Messages([coreCatalogues, botCatalogues, botEventCatalogues]);
