import { countryName } from "../countries.ts";
import type { DomainError } from "../errors.ts";

/** A message catalogue: key → text with {param} placeholders. Plural forms use key_one / key_other. */
export type Catalogue = Readonly<Record<string, string>>;

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly locale: string;
  t(key: string, params?: Params): string;
  /** Says a refusal in this language, translating the codes among its parameters. */
  error(error: DomainError): string;
  date(isoDate: string): string;
  dateTime(isoInstant: string): string;
  list(items: readonly string[]): string;
}

/**
 * Catalogues per language; each part of the product (core, web pages, bot) brings its own
 * and they are merged. English is the fallback for a key missing elsewhere, so a new
 * language can be added one catalogue at a time.
 */
export class Messages {
  readonly #catalogues = new Map<string, Record<string, string>>();

  constructor(parts: readonly Record<string, Catalogue>[]) {
    for (const part of parts) {
      for (const [locale, catalogue] of Object.entries(part)) {
        this.#catalogues.set(locale, { ...this.#catalogues.get(locale), ...catalogue });
      }
    }
  }

  get locales(): string[] {
    return [...this.#catalogues.keys()];
  }

  /** "it-IT", "it_IT" or "it" → "it"; unknown or missing → "en". */
  negotiate(requested: string | undefined | null): string {
    const candidates = (requested ?? "")
      .replace(/_/g, "-")
      .split(",")
      .map((part) => part.split(";")[0]?.trim() ?? "");
    for (const tag of candidates) {
      if (!tag) continue;
      const lower = tag.toLowerCase();
      if (this.#catalogues.has(lower)) return lower;
      const language = lower.split("-")[0] ?? "";
      if (this.#catalogues.has(language)) return language;
    }
    return "en";
  }

  /**
   * The translator of a language; its times (`dateTime`) are told in `timeZone` (the person's
   * chosen zone; UTC when they chose none) and name the zone, so nobody takes a UTC time for
   * their own. Dates (`date`) are calendar days and stay as stored.
   */
  translator(requested: string | undefined | null, timeZone = "UTC"): Translator {
    const locale = this.negotiate(requested);
    const primary = this.#catalogues.get(locale) ?? {};
    const fallback = this.#catalogues.get("en") ?? {};
    const lookup = (key: string): string | undefined => primary[key] ?? fallback[key];
    const formats = intlLocale(locale);
    const plurals = new Intl.PluralRules(formats);
    const t = (key: string, params: Params = {}): string => {
      let text: string | undefined;
      if (typeof params.count === "number")
        text = lookup(`${key}_${plurals.select(params.count)}`) ?? lookup(`${key}_other`);
      text ??= lookup(key);
      if (text === undefined) return key;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        return value === undefined ? whole : String(value);
      });
    };
    const list = (items: readonly string[]) =>
      new Intl.ListFormat(formats, { type: "conjunction" }).format(items);
    const dateTime = (isoInstant: string) =>
      new Intl.DateTimeFormat(formats, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone,
        timeZoneName: "short",
      }).format(new Date(isoInstant));
    return {
      locale,
      t,
      list,
      error: (error) => t(error.messageKey, describeParams(error.params, t, list, locale, dateTime)),
      date: (isoDate) =>
        new Intl.DateTimeFormat(formats, { dateStyle: "long", timeZone: "UTC" }).format(
          new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
        ),
      dateTime,
    };
  }
}

/**
 * The locale Intl formats a catalogue's language with. Portuguese is European Portuguese
 * (Portugal takes part in eTwinning; docs/glossary/pt.md): "pt" alone would format dates and
 * choose plural forms as in Brazil (where 0 takes the singular).
 */
export function intlLocale(locale: string): string {
  return locale === "pt" ? "pt-PT" : locale;
}

/** Parameters that are codes (a status, a field, a country) are shown as words. */
function describeParams(
  params: Params,
  t: (key: string, params?: Params) => string,
  list: (items: readonly string[]) => string,
  locale: string,
  dateTime: (isoInstant: string) => string,
): Params {
  const field = (name: string) => t(`field.${name.replace(/\.\d+(\..*)?$/, "")}`);
  const out: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "string") continue;
    if (name === "status" || name === "wanted") out[name] = t(`status.${value}`);
    else if (name === "kind") out[name] = t(`kind.${value}`);
    else if (name === "field") out[name] = field(value);
    else if (name === "fields") out[name] = list(value.split(",").map(field));
    else if (name === "country") out[name] = countryName(value, locale);
    else if (name === "criterion") out[name] = t(`criterion.${value}`);
    else if (name === "what") out[name] = t(`thing.${value}`);
    else if (name === "until") out[name] = dateTime(value);
  }
  return out;
}
