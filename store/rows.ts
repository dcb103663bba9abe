import type { Knex } from "knex";
import { searchKey } from "../core/index.ts";
import type { Dialect } from "./database.ts";

/** What every repository gets: the running transaction and the dialect for the few differences. */
export interface Scope {
  db: Knex | Knex.Transaction;
  dialect: Dialect;
}

export function json<T>(text: unknown, fallback: T): T {
  if (typeof text !== "string" || text === "") return fallback;
  return JSON.parse(text) as T;
}

/** SQLite returns 0/1 for booleans, PostgreSQL true/false. */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === "1";
}

export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

export function nullable<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

/**
 * Lower-cases and strips diacritics, so that "Müller" matches "muller" in both databases
 * (PostgreSQL's 'simple' configuration would otherwise keep the accents).
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Large IN lists are split so that no query exceeds SQLite's parameter limit. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Rows whose `column` (an expression the code writes, never input) contains `words`
 * literally: LIKE's wildcards typed by a person are escaped.
 */
export function containsLike(query: Knex.QueryBuilder, column: string, words: string): void {
  query.whereRaw(`${column} like ? escape '\\'`, [`%${words.replace(/[\\%_]/g, "\\$&")}%`]);
}

/**
 * The columns a name or title search compares, each with the column keeping its `searchKey`
 * (case and accents folded in every script: the databases' lower() folds ASCII only).
 */
const SEARCH_KEYS = {
  accounts: { name: "name_key" },
  projects: { title: "title_key" },
  pupils: { display_name: "display_name_key" },
} as const;

/** `row` as written to `table`, with the search key of each searched column it sets. */
export function withSearchKeys<T extends object>(table: keyof typeof SEARCH_KEYS, row: T): T {
  const keys: Record<string, string> = {};
  for (const [source, key] of Object.entries(SEARCH_KEYS[table])) {
    const text: unknown = (row as Record<string, unknown>)[source];
    if (typeof text === "string") keys[key] = searchKey(text);
  }
  return { ...row, ...keys };
}

/**
 * Rows whose search-key `column` contains what a person typed, folded as the key is. Typed
 * punctuation alone ("%") folds to nothing, which no key contains: no row, not every row.
 */
export function containsSearchKey(query: Knex.QueryBuilder, column: string, typed: string): void {
  if (typed.trim() === "") return;
  const words = searchKey(typed);
  if (words === "") query.whereRaw("1 = 0");
  else containsLike(query, column, words);
}
