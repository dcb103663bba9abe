import { webCatalogueParts } from "../../lti-tool/web/i18n/index.ts";

/** The shortest piece of English worth looking for: shorter ones ("Save", "Email") match by chance. */
const MIN_LENGTH = 12;

const merged = (locale: string): Record<string, string> =>
  Object.assign({}, ...webCatalogueParts.map((part) => (part as Record<string, object>)[locale] ?? {}));

/**
 * The English texts of the pages' catalogues that must not show to a person reading `locale`:
 * every English value that the language says differently, cut at its {placeholders} into the
 * fixed pieces a page would show, keeping pieces of two words or more and at least
 * MIN_LENGTH characters that the translation does not itself contain (names, "Matrix").
 * A piece found on a page is a hard-coded English string or a missing translation.
 */
export function englishTexts(locale: string): string[] {
  const english = merged("en");
  const translated = merged(locale);
  const pieces = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    const translation = translated[key];
    if (translation === text) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const trimmed = piece.trim();
      if (trimmed.length < MIN_LENGTH || !trimmed.includes(" ") || /[<&]/.test(trimmed)) continue;
      if (translation?.includes(trimmed)) continue;
      pieces.add(trimmed);
    }
  }
  return [...pieces];
}

/** The English pieces (see englishTexts) that a text shows. */
export function englishIn(text: string, pieces: readonly string[]): string[] {
  const flat = text.replace(/\s+/g, " ");
  return pieces.filter((piece) => flat.includes(piece));
}
