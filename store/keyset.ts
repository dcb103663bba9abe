import type { Knex } from "knex";
import type { KeysetCursor } from "../core/index.ts";

/**
 * Orders a list by (time, id) and, given a cursor, starts after it: a row-value comparison,
 * which both databases answer by seeking into an index on (…, time, id) instead of walking
 * from its start, so a late page costs what the first one does.
 */
export function keysetOrder(
  query: Knex.QueryBuilder,
  [time, id]: readonly [string, string],
  after: KeysetCursor | undefined,
  order: "asc" | "desc",
  idValue: (cursor: KeysetCursor) => string | number = (cursor) => cursor.id,
): Knex.QueryBuilder {
  if (after)
    query.whereRaw(`(??, ??) ${order === "desc" ? "<" : ">"} (?, ?)`, [time, id, after.at, idValue(after)]);
  return query.orderBy([
    { column: time, order },
    { column: id, order },
  ]);
}

/**
 * Counts the rows of `query`, reading `cap + 1` at most: enough to say "more than cap"
 * without counting a whole table on every view.
 */
export async function countUpTo(
  db: Knex | Knex.Transaction,
  query: Knex.QueryBuilder,
  cap: number,
): Promise<number> {
  const row = await db
    .from(
      query
        .clearSelect()
        .clearOrder()
        .select(db.raw("1 as one"))
        .limit(cap + 1)
        .as("capped"),
    )
    .count({ n: "*" })
    .first();
  return Number(row?.n ?? 0);
}
