import { coreCatalogues, Messages } from "../../core/index.ts";
import { de } from "./de.ts";
import { el } from "./el.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { botEventCatalogues } from "./events.i18n.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { pt } from "./pt.ts";
import { pl } from "./pl.ts";
import { ro } from "./ro.ts";

export const botCatalogues = { en, it, fr, es, de, pt, pl, el, ro };

/** Everything the bot can say: the core's refusals and vocabulary plus the bot's own texts. */
export const botMessages = new Messages([coreCatalogues, botCatalogues, botEventCatalogues]);
