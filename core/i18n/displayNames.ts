/**
 * Names of languages and countries in a locale, through one Intl.DisplayNames per locale and
 * kind: making one costs about as much as rendering a search result, and a page names
 * dozens (the search form lists every country and language).
 */
const cache = new Map<string, Intl.DisplayNames | null>();

export function displayName(code: string, locale: string, type: "language" | "region"): string {
  const key = `${type}:${locale}`;
  let names = cache.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, "en"], { type });
    } catch {
      names = null; // an unknown locale: the code stands for itself
    }
    cache.set(key, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

const collators = new Map<string, Intl.Collator>();

/** A collator for sorting names in `locale` (localeCompare would build one per comparison). */
export function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    try {
      found = new Intl.Collator(locale);
    } catch {
      found = new Intl.Collator("en");
    }
    collators.set(locale, found);
  }
  return found;
}
