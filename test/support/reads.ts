import type { Knex } from "knex";

/**
 * The most rows any one query returned while `run` ran: what a page read from the database
 * at worst. A page whose lists are paged and whose figures are aggregates stays near a page
 * of rows however big the tables grow.
 */
export async function largestRead(knex: Knex, run: () => Promise<unknown>): Promise<number> {
  let largest = 0;
  const record = (response: unknown) => {
    const rows = Array.isArray(response) ? response : (response as { rows?: unknown[] } | undefined)?.rows;
    largest = Math.max(largest, rows?.length ?? 0);
  };
  knex.on("query-response", record);
  try {
    await run();
  } finally {
    knex.off("query-response", record);
  }
  return largest;
}
