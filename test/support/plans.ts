import type { Knex } from "knex";

/**
 * Query plans for the tests that prove a read is served by indexes. `capturePlans` runs a
 * repository call, records every SELECT it sends, and asks the database to explain each
 * one. PostgreSQL is asked with sequential scans discouraged (`enable_seqscan = off`):
 * on a small test table it would scan anyway, so a sequential scan that remains means no
 * index can serve the query.
 */
export interface ExplainedQuery {
  sql: string;
  plan: string;
}

export async function capturePlans(knex: Knex, run: () => Promise<unknown>): Promise<ExplainedQuery[]> {
  const selects: { sql: string; bindings: readonly unknown[] }[] = [];
  const record = (query: { sql: string; bindings?: readonly unknown[] }) => {
    if (/^\s*(\(\s*)?select/i.test(query.sql))
      selects.push({ sql: query.sql, bindings: query.bindings ?? [] });
  };
  knex.on("query", record);
  try {
    await run();
  } finally {
    knex.off("query", record);
  }
  const explained: ExplainedQuery[] = [];
  for (const { sql, bindings } of selects) explained.push({ sql, plan: await explain(knex, sql, bindings) });
  return explained;
}

async function explain(knex: Knex, sql: string, bindings: readonly unknown[]): Promise<string> {
  if (knex.client.config.client === "pg") {
    return knex.transaction(async (trx) => {
      await trx.raw("SET LOCAL enable_seqscan = off");
      // The query event shows PostgreSQL's numbered placeholders; knex.raw takes `?` in order.
      const result = await trx.raw(`EXPLAIN ${sql.replace(/\$\d+/g, "?")}`, bindings as Knex.RawBinding[]);
      return (result.rows as { "QUERY PLAN": string }[]).map((r) => r["QUERY PLAN"]).join("\n");
    });
  }
  const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as Knex.RawBinding[])) as {
    detail: string;
  }[];
  return rows.map((r) => r.detail).join("\n");
}

/** The tables a plan reads from start to end (a full scan), in either dialect's wording. */
export function fullScans(plan: string): string[] {
  const scans = new Set<string>();
  for (const m of plan.matchAll(/Seq Scan on (\w+)/g)) scans.add(m[1]!);
  // SQLite: "SCAN p" is a full scan; "SCAN p USING (COVERING) INDEX" walks an index instead.
  for (const m of plan.matchAll(/^SCAN (\w+)(?! USING)/gm)) scans.add(m[1]!);
  return [...scans];
}
