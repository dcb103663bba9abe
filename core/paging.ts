import { DomainError } from "./errors.ts";
import type { Translator } from "./i18n/translate.ts";
import type { NameCursor } from "./ports.ts";

/**
 * Keyset paging, shared by every list (issue 18): a page continues after the last row's sort
 * time and id instead of skipping an offset, so every page costs the same at any table size.
 */
export interface KeysetCursor {
  /** The last row's sort time (an ISO instant). */
  at: string;
  /** The last row's id: the tie-breaker between rows of the same time. */
  id: string;
}

/** Rows a list shows per page. */
export const PAGE_SIZE = 50;
/** Counts stop here: a page says "more than 1,000" rather than count every row. */
export const COUNT_CAP = 1000;

/** A count read with a cap: `capped` when more rows exist than `count` says. */
export interface CappedCount {
  count: number;
  capped: boolean;
}

/** A count of up to `cap + 1` rows (as the store counts them), told as at most `cap` and more. */
export function capCount(counted: number, cap = COUNT_CAP): CappedCount {
  return counted > cap ? { count: cap, capped: true } : { count: counted, capped: false };
}

export interface KeysetPage<T> {
  items: T[];
  /** The cursor of the next page, for its link; undefined on the last page. */
  next: string | undefined;
}

function encodeCursor(cursor: KeysetCursor): string {
  return `${cursor.at}~${cursor.id}`;
}

/** The cursor a "next page" link carries; a malformed one is a refusal the list can show. */
export function parseCursor(
  value: unknown,
  shape: { numericId?: boolean; maxIdLength?: number } = {},
): KeysetCursor | undefined {
  if (value === undefined || value === "") return undefined;
  const [at = "", id = "", ...rest] = typeof value === "string" ? value.split("~") : [];
  const idOk = shape.numericId ? /^\d{1,15}$/.test(id) : id !== "" && id.length <= (shape.maxIdLength ?? 64);
  if (Number.isNaN(Date.parse(at)) || !idOk || rest.length > 0)
    throw new DomainError("filter_invalid", { field: "after" });
  return { at, id };
}

/**
 * The cursor of a list in name order (`name~id`); a name may hold "~", an id does not. A
 * malformed one is a refusal the list can show.
 */
export function parseNameCursor(value: unknown): NameCursor | undefined {
  if (value === undefined || value === "") return undefined;
  const text = typeof value === "string" ? value : "";
  const split = text.lastIndexOf("~");
  if (split < 0 || split === text.length - 1) throw new DomainError("filter_invalid", { field: "after" });
  return { name: text.slice(0, split), id: text.slice(split + 1) };
}

/** `keysetPage` for a list in name order: its next cursor is the last row's `name~id`. */
export function namePage<T>(rows: readonly T[], limit: number, key: (row: T) => NameCursor): KeysetPage<T> {
  return keysetPage(rows, limit, (row) => {
    const { name, id } = key(row);
    return { at: name, id };
  });
}

/** Cuts rows read with `limit + 1` to one page: the extra row only tells that a next page exists. */
export function keysetPage<T>(
  rows: readonly T[],
  limit: number,
  key: (row: T) => KeysetCursor,
): KeysetPage<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? encodeCursor(key(last)) : undefined };
}

/** A count as people read it: "1,234", or "more than 1,000" when the count stopped at its cap. */
export function countText(t: Translator, count: CappedCount): string {
  const number = new Intl.NumberFormat(t.locale).format(count.count);
  return count.capped ? t.t("paging.more_than", { number }) : number;
}
