/**
 * Controlled vocabularies for profiles, projects and partner search. Subjects are codes
 * (translated in the message catalogues under `subject.<code>`) so that a search for
 * "mathematics" finds an Italian teacher's "matematica". Languages are ISO 639-1 codes,
 * named by Intl.DisplayNames in the reader's language.
 */
import { displayName } from "./i18n/displayNames.ts";
export const SUBJECTS = [
  "art",
  "biology",
  "chemistry",
  "citizenship",
  "computing",
  "cross_curricular",
  "economics",
  "environment",
  "foreign_languages",
  "geography",
  "history",
  "home_language",
  "mathematics",
  "media_education",
  "music",
  "philosophy",
  "physical_education",
  "physics",
  "pre_school",
  "religion",
  "science",
  "special_needs",
  "technology",
  "vocational",
] as const;

export type Subject = (typeof SUBJECTS)[number];

const SUBJECT_SET: ReadonlySet<string> = new Set(SUBJECTS);

export function isSubject(code: string): code is Subject {
  return SUBJECT_SET.has(code);
}

/** The languages of the EU and the partner countries, plus widely taught others (ISO 639-1). */
export const LANGUAGES = [
  "ar",
  "bg",
  "bs",
  "ca",
  "cs",
  "cy",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "eu",
  "fi",
  "fr",
  "ga",
  "gl",
  "hr",
  "hu",
  "hy",
  "is",
  "it",
  "ka",
  "lb",
  "lt",
  "lv",
  "mk",
  "mt",
  "nl",
  "no",
  "pl",
  "pt",
  "ro",
  "ru",
  "sk",
  "sl",
  "sq",
  "sr",
  "sv",
  "tr",
  "uk",
  "az",
  "zh",
  "ja",
  "la",
] as const;

const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGES);

export function isLanguage(code: string): boolean {
  return LANGUAGE_SET.has(code);
}

export function languageName(code: string, locale: string): string {
  return displayName(code, locale, "language");
}

/** Pupils in eTwinning are 3 to 19 years old (pre-school to upper secondary and VET). */
export const PUPIL_AGE_MIN = 3;
export const PUPIL_AGE_MAX = 19;
