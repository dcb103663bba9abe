import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { type Catalogue, intlLocale } from "../../core/index.ts";
import { coreTexts } from "../../core/i18n/index.ts";
import { messagingCatalogues as coreMessaging } from "../../core/i18n/messaging.ts";
import { onlineEventCoreCatalogues } from "../../core/i18n/onlineEvents.ts";
import { certificateCatalogues } from "../../lti-tool/certificates/i18n.ts";
import { ltiCatalogues } from "../../lti-tool/lti/i18n/index.ts";
import { oidcCatalogues } from "../../lti-tool/oidc/i18n.ts";
import { eventCatalogues } from "../../lti-tool/pages/events/events.i18n.ts";
import { messagingCatalogues } from "../../lti-tool/pages/messages/messages.i18n.ts";
import { activityCatalogues } from "../../lti-tool/pages/projects/activity.i18n.ts";
import { lookCatalogues } from "../../lti-tool/pages/projects/look.i18n.ts";
import { schoolNewsCatalogues } from "../../lti-tool/pages/schoolNews.i18n.ts";
import { webCatalogues, webMessages } from "../../lti-tool/web/i18n/index.ts";
import { botEventCatalogues } from "../../matrix-bot/i18n/events.i18n.ts";
import { botCatalogues } from "../../matrix-bot/i18n/index.ts";

/**
 * Every catalogue part in every language the product speaks: no key of English missing, the
 * same {placeholders} as English, and every plural form the language's Intl.PluralRules can
 * select. A failure lists the keys to translate per part and language, e.g. for the person who
 * translates the keys other engineers added in English and Italian only.
 */
const PARTS: Record<string, Record<string, Catalogue>> = {
  "core/i18n": coreTexts,
  "core/i18n/messaging.ts": coreMessaging,
  "core/i18n/onlineEvents.ts": onlineEventCoreCatalogues,
  "lti-tool/web/i18n": webCatalogues,
  "lti-tool/lti/i18n": ltiCatalogues,
  "lti-tool/oidc/i18n.ts": oidcCatalogues,
  "lti-tool/pages/projects/activity.i18n.ts": activityCatalogues,
  "lti-tool/pages/projects/look.i18n.ts": lookCatalogues,
  "lti-tool/pages/schoolNews.i18n.ts": schoolNewsCatalogues,
  "lti-tool/pages/messages/messages.i18n.ts": messagingCatalogues,
  "lti-tool/certificates/i18n.ts": certificateCatalogues,
  "lti-tool/pages/events/events.i18n.ts": eventCatalogues,
  "matrix-bot/i18n": botCatalogues,
  "matrix-bot/i18n/events.i18n.ts": botEventCatalogues,
};

const LANGUAGES = [...new Set(Object.values(PARTS).flatMap((part) => Object.keys(part)))].sort();
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A key of English and the forms a language needs for it: itself, or one per plural category. */
function requiredKeys(english: Catalogue, locale: string): Map<string, string[]> {
  const categories = new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories;
  const required = new Map<string, string[]>();
  for (const key of Object.keys(english)) {
    const stem = key.replace(PLURAL_SUFFIX, "");
    if (stem === key) required.set(key, [key]);
    else
      required.set(
        stem,
        categories.map((category) => `${stem}_${category}`),
      );
  }
  return required;
}

const placeholders = (text: string | undefined) =>
  new Set([...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const same = (a: Set<string | undefined>, b: Set<string | undefined>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

/** What is wrong with one language of one part, as lines a translator can act on. */
function problems(part: Record<string, Catalogue>, locale: string): string[] {
  const english = part.en ?? {};
  const catalogue = part[locale] ?? {};
  const missing: string[] = [];
  const differing: string[] = [];
  for (const [stem, forms] of requiredKeys(english, locale)) {
    // A plural form may leave the number out ("une réponse"), never bring a placeholder English lacks.
    const englishForms = Object.keys(english).filter(
      (key) => key === stem || key.replace(PLURAL_SUFFIX, "") === stem,
    );
    const allowed = new Set(englishForms.flatMap((key) => [...placeholders(english[key])]));
    for (const key of forms) {
      if (!(key in catalogue)) missing.push(key);
      else if (
        forms.length === 1
          ? !same(placeholders(catalogue[key]), allowed)
          : ![...placeholders(catalogue[key])].every((p) => allowed.has(p))
      )
        differing.push(
          `${key}: {${[...placeholders(catalogue[key])].join("}, {")}} where English has {${[...allowed].join("}, {")}}`,
        );
    }
  }
  const known = new Set([...requiredKeys(english, locale).values()].flat());
  const stale = Object.keys(catalogue).filter(
    (key) => !known.has(key) && !(key.replace(PLURAL_SUFFIX, "") + "_other" in english),
  );
  return [
    ...(missing.length ? [`missing (${missing.length}):\n    ${missing.join("\n    ")}`] : []),
    ...(differing.length ? [`placeholders differ from English:\n    ${differing.join("\n    ")}`] : []),
    ...(stale.length ? [`not in English (remove, or add to English):\n    ${stale.join("\n    ")}`] : []),
  ];
}

describe("the catalogues", () => {
  it("list every catalogue file of the product", () => {
    const root = join(import.meta.dirname, "../..");
    const found = ["core", "lti-tool", "matrix-bot", "app", "store"].flatMap((dir) =>
      catalogueFiles(root, join(root, dir)),
    );
    const listed = Object.keys(PARTS);
    const unlisted = found.filter(
      (file) => !listed.some((part) => file === part || file.startsWith(`${part}/`)),
    );
    expect(unlisted, `catalogue files this test does not check: add them to PARTS`).toEqual([]);
  });

  it("speak the nine languages of the largest eTwinning countries, each in every part", () => {
    expect(LANGUAGES).toEqual(["de", "el", "en", "es", "fr", "it", "pl", "pt", "ro"]);
  });

  it("speak European Portuguese: dates as in Portugal, and zero takes the plural", () => {
    const t = webMessages.translator("pt-PT");
    expect(t.locale).toBe("pt");
    expect(t.date("2027-03-05")).toBe("5 de março de 2027");
    expect(t.t("nav.notifications_unread", { count: 0 })).toBe(
      t.t("nav.notifications_unread_other", { count: 0 }),
    );
    expect(t.t("nav.notifications_unread", { count: 1 })).toBe(
      t.t("nav.notifications_unread_one", { count: 1 }),
    );
  });

  for (const [name, part] of Object.entries(PARTS)) {
    it.each(LANGUAGES)(`${name} is complete in %s`, (locale) => {
      const found = problems(part, locale);
      expect(found, `${name} in ${locale}:\n  ${found.join("\n  ")}`).toEqual([]);
    });
  }
});

/** Files that hold catalogues: *.i18n.ts, i18n.ts, and the language files of i18n/ folders. */
function catalogueFiles(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : catalogueFiles(root, path);
    const inI18nFolder = dir.endsWith("/i18n") && /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(entry.name);
    const catalogueFile =
      entry.name === "i18n.ts" || entry.name.endsWith(".i18n.ts") || entry.name === "messaging.ts";
    return inI18nFolder || (catalogueFile && path.includes("i18n")) ? [relative(root, path)] : [];
  });
}
