import { coreCatalogues, Messages } from "../../core/index.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { ro } from "./ro.ts";

export const botCatalogues = {
  en,
  it,
  fr,
  ro,
};

/** Everything the bot can say: the core's refusals and vocabulary plus the bot's own texts. */
export const botMessages = new Messages([coreCatalogues, botCatalogues]);
