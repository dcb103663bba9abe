import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { ro } from "./ro.ts";

/** The LTI side's catalogues; merged into webMessages (lti-tool/web/i18n/index.ts). */
export const ltiCatalogues = {
  en,
  it,
  fr,
  ro,
};
