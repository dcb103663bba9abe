/**
 * Participating countries as ISO 3166-1 alpha-2 codes (Kosovo uses the user-assigned XK,
 * as the EU does). The default list follows DESIGN.md: the EU member states, the other
 * Erasmus+ programme countries and the eTwinning partner countries. Deployments replace it
 * with the PARTICIPATING_COUNTRIES setting (see app/config.ts). Country names are not stored:
 * they come from Intl.DisplayNames in the reader's language.
 */
import { DomainError } from "./errors.ts";
import { collator, displayName } from "./i18n/displayNames.ts";
export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

export const OTHER_PROGRAMME_COUNTRIES = [
  "IS",
  "LI",
  "NO",
  "MK",
  "RS",
  "TR",
  "AL",
  "BA",
  "ME",
  "XK",
] as const;

export const ETWINNING_PARTNER_COUNTRIES = ["AM", "AZ", "GE", "MD", "UA", "TN", "JO", "LB"] as const;

export const DEFAULT_PARTICIPATING_COUNTRIES: readonly string[] = [
  ...EU_MEMBER_STATES,
  ...OTHER_PROGRAMME_COUNTRIES,
  ...ETWINNING_PARTNER_COUNTRIES,
];

const ALPHA2 = /^[A-Z]{2}$/;

export class Countries {
  readonly codes: ReadonlySet<string>;

  constructor(codes: readonly string[] = DEFAULT_PARTICIPATING_COUNTRIES) {
    const normalised = codes.map((code) => code.trim().toUpperCase());
    const malformed = normalised.filter((code) => !ALPHA2.test(code));
    if (malformed.length > 0) {
      throw new Error(`Country codes must be ISO 3166-1 alpha-2 (two letters): ${malformed.join(", ")}`);
    }
    this.codes = new Set(normalised);
  }

  /** Normalises user input ("it", " IT ") to the code, or undefined when it does not take part. */
  find(input: string): string | undefined {
    const code = input.trim().toUpperCase();
    return this.codes.has(code) ? code : undefined;
  }

  /**
   * A form's country: one not chosen is asked for ("Please fill in “Country”") rather than
   * called an unknown country "", one that does not take part is refused.
   */
  fromForm(value: unknown): string {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === ""))
      throw new DomainError("text_required", { field: "country" });
    const code = typeof value === "string" ? this.find(value) : undefined;
    if (!code) throw new DomainError("unknown_country", { value: String(value).slice(0, 10) });
    return code;
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  /** Codes with their names in `locale`, sorted by name for pickers. */
  list(locale: string): { code: string; name: string }[] {
    return [...this.codes]
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator(locale).compare(a.name, b.name));
  }
}

export function countryName(code: string, locale: string): string {
  return displayName(code, locale, "region");
}
