import { DomainError } from "../errors.ts";

/** Limits shared by every form; the pages show them as maxlength. */
export const LIMITS = {
  name: 200,
  title: 120,
  summary: 500,
  longText: 10_000,
  reason: 2_000,
  listItems: 20,
  milestones: 50,
} as const;

/** Texts typed in a textarea keep their line breaks and tabs; every other field is one line. */
export interface TextShape {
  multiLine?: boolean;
}
export const MULTI_LINE: TextShape = { multiLine: true };

// Control characters (C0, DEL, C1). NUL would cut a text short in SQLite; the others are
// invisible and can make a text read differently from what is stored.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /(?![\t\n\r])\p{Cc}/u;

function refuseControls(field: string, text: string, shape: TextShape): void {
  if ((shape.multiLine ? CONTROL_EXCEPT_LINES : CONTROL).test(text))
    throw new DomainError("text_control_character", { field });
}

/**
 * A name an LMS sends (a launch, a course roster): nobody here typed it, so its control
 * characters become spaces instead of refusing the person who carries it.
 */
export function lmsName(value: string): string {
  return value
    .replace(/\p{Cc}/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Trims and checks a text field; `field` names it in the error so the page can point at it. */
export function requiredText(field: string, value: unknown, max: number, shape: TextShape = {}): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text.length === 0) throw new DomainError("text_required", { field });
  if (text.length > max) throw new DomainError("text_too_long", { field, max });
  refuseControls(field, text, shape);
  return text;
}

export function optionalText(field: string, value: unknown, max: number, shape: TextShape = {}): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new DomainError("invalid_input", { field });
  const text = value.trim();
  if (text.length > max) throw new DomainError("text_too_long", { field, max });
  refuseControls(field, text, shape);
  return text;
}

/** The reason typed with a label decision: may be left empty when awarding, not when declining. */
export function labelDecisionReason(decision: { award: boolean; reason?: unknown }): string {
  return decision.award
    ? optionalText("reason", decision.reason, LIMITS.reason, MULTI_LINE)
    : requiredText("reason", decision.reason, LIMITS.reason, MULTI_LINE);
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function email(field: string, value: unknown): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text.length === 0) return "";
  if (text.length > 254 || !EMAIL.test(text)) throw new DomainError("email_invalid", { field });
  return text.toLowerCase();
}

/** A list of codes checked against a vocabulary, deduplicated, in input order. */
export function codeList(
  field: string,
  value: unknown,
  isKnown: (code: string) => boolean,
  unknownError: "unknown_subject" | "unknown_language",
): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  const codes: string[] = [];
  for (const item of items) {
    if (typeof item !== "string") throw new DomainError("invalid_input", { field });
    const code = item.trim().toLowerCase();
    if (code === "") continue;
    if (!isKnown(code)) throw new DomainError(unknownError, { field, value: code.slice(0, 40) });
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length > LIMITS.listItems)
    throw new DomainError("too_many_items", { field, max: LIMITS.listItems });
  return codes;
}

/**
 * Letters Unicode does not decompose into a base and a mark, as a reader types them without
 * one ("lukasz" for "Łukasz", "strasse" for "Straße"); Greek's final sigma is a sigma.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: "l",
  đ: "d",
  ð: "d",
  ø: "o",
  ħ: "h",
  ı: "i",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ς: "σ",
};

/**
 * Text as a reader compares it: case, accents, punctuation and spacing ignored, in every
 * script ("Über" and "uber", "Łukasz" and "lukasz", "Ρομποτική" and "ρομποτικη"); databases
 * fold ASCII only.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[łđðøħıßæœþς]/gu, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * What a reader takes for the same school name ("Liceo  Galilei" and "liceo galilèi."), so
 * look-alike schools can be flagged.
 */
export function schoolNameKey(name: string): string {
  return searchKey(name);
}
