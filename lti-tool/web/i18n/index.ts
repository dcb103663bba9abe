import { coreCatalogues, Messages } from "../../../core/index.ts";
import { onlineEventCoreCatalogues } from "../../../core/i18n/onlineEvents.ts";
import { certificateCatalogues } from "../../certificates/i18n.ts";
import { ltiCatalogues } from "../../lti/i18n/index.ts";
import { oidcCatalogues } from "../../oidc/i18n.ts";
import { eventCatalogues } from "../../pages/events/events.i18n.ts";
import { messagingCatalogues } from "../../pages/messages/messages.i18n.ts";
import { activityCatalogues } from "../../pages/projects/activity.i18n.ts";
import { lookCatalogues } from "../../pages/projects/look.i18n.ts";
import { schoolNewsCatalogues } from "../../pages/schoolNews.i18n.ts";
import { de } from "./de.ts";
import { el } from "./el.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { pt } from "./pt.ts";
import { pl } from "./pl.ts";
import { ro } from "./ro.ts";

export const webCatalogues = { en, it, fr, es, de, pt, pl, el, ro };

/** Every catalogue part the web pages speak from, in the order they are merged. */
export const webCatalogueParts = [
  coreCatalogues,
  webCatalogues,
  ltiCatalogues,
  oidcCatalogues,
  activityCatalogues,
  messagingCatalogues,
  certificateCatalogues,
  lookCatalogues,
  onlineEventCoreCatalogues,
  eventCatalogues,
  schoolNewsCatalogues,
];

/** Everything the web pages can say: the core's refusals and vocabulary plus the pages' own texts. */
export const webMessages = new Messages(webCatalogueParts);
