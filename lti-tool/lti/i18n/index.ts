import { de } from "./de.ts";
import { el } from "./el.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { pt } from "./pt.ts";
import { pl } from "./pl.ts";
import { ro } from "./ro.ts";

/** The LTI side's catalogues; merged into webMessages (lti-tool/web/i18n/index.ts). */
export const ltiCatalogues = { en, it, fr, es, de, pt, pl, el, ro };
