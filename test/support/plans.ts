import type { Knex } from "knex";

/**
 * Query plans for the tests that prove a read is served by indexes. `capturePlans` runs a
 * repository call, records every SELECT it sends, and asks the database to explain each
 * one. PostgreSQL is asked with sequential scans, sorts, hash and merge joins discouraged: on
 * small test tables it would scan, sort and hash anyway, where at scale it must not. So a
 * sequential scan that remains means no index can serve the query, a sort that remains means
 * no index delivers the rows in the order asked, and the joins show which side drives.
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
      for (const method of ["sort", "hashjoin", "mergejoin"])
        await trx.raw(`SET LOCAL enable_${method} = off`);
      // The query event shows PostgreSQL's numbered placeholders; knex.raw takes `?` in order.
      const result = await trx.raw(`EXPLAIN ${sql.replace(/\$\d+/g, "?")}`, bindings as Knex.RawBinding[]);
      return (result.rows as { "QUERY PLAN": string }[]).map((r) => r["QUERY PLAN"]).join("\n");
    });
  }
  const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as Knex.RawBinding[])) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  // Indented by depth like PostgreSQL's plans, so a subquery's steps sit under it.
  const depth = new Map<number, number>([[0, -1]]);
  return rows
    .map((r) => {
      depth.set(r.id, (depth.get(r.parent) ?? -1) + 1);
      return `${"  ".repeat(depth.get(r.id)!)}${r.detail}`;
    })
    .join("\n");
}

/** SQLite's names for subquery results it builds first (a co-routine or a materialised view). */
function subqueryNames(plan: string): Set<string> {
  return new Set([...plan.matchAll(/^\s*(?:CO-ROUTINE|MATERIALIZE) (\w+)/gm)].map((m) => m[1]!));
}

/** The tables a plan reads from start to end (a full scan), in either dialect's wording. */
export function fullScans(plan: string): string[] {
  const scans = new Set<string>();
  for (const m of plan.matchAll(/Seq Scan on (\w+)/g)) scans.add(m[1]!);
  // SQLite: "SCAN p" is a full scan; "SCAN p USING (COVERING) INDEX" walks an index instead, a
  // full-text table scanned with a MATCH (index string "n:M…") reads its index, and a scan of
  // a subquery's result is judged by the subquery's own steps.
  const subqueries = subqueryNames(plan);
  for (const m of plan.matchAll(/^\s*SCAN (\w+)\b(?! USING)(?! VIRTUAL TABLE INDEX \d+:M)/gm)) {
    if (!subqueries.has(m[1]!)) scans.add(m[1]!);
  }
  return [...scans];
}

/**
 * Sorts of a set the plan does not bound: SQLite's temporary B-tree for ORDER BY, or a
 * PostgreSQL Sort, whose rows come from walking a table or an index rather than from a
 * subquery with a LIMIT (a capped set of text matches). A page of results must come off an
 * index in order, or sort only such a capped set.
 */
export function unboundedSorts(plan: string): string[] {
  if (/^(Limit|Sort|Nested Loop|Hash|Merge|Index|Bitmap|Seq)/.test(plan)) return postgresSorts(plan);
  if (!/USE TEMP B-TREE FOR ORDER BY/.test(plan)) return [];
  // The outer loop is the first step at the top level; a scan of a subquery is bounded by its LIMIT.
  const outer = plan.split("\n").find((line) => /^(SCAN|SEARCH) /.test(line)) ?? "";
  const scanned = /^SCAN (\w+)$/.exec(outer)?.[1];
  return scanned && subqueryNames(plan).has(scanned) ? [] : [`USE TEMP B-TREE FOR ORDER BY over ${outer}`];
}

function postgresSorts(plan: string): string[] {
  const nodes = plan
    .split("\n")
    .map((line) => /^(\s*(?:->\s+)?)(\S.*)$/.exec(line)!)
    .filter((m, i) => i === 0 || m[1]!.includes("->"))
    .map((m) => ({ indent: m[1]!.length, text: m[2]! }));
  const found: string[] = [];
  nodes.forEach((node, i) => {
    if (!/^(Sort|Incremental Sort)\b/.test(node.text)) return;
    // Follow the outer (first) input down to where the rows come from.
    let depth = node.indent;
    for (const below of nodes.slice(i + 1)) {
      if (below.indent <= depth) break;
      depth = below.indent;
      if (/^Limit\b/.test(below.text)) return;
      if (/^Subquery Scan\b/.test(below.text)) continue;
      if (/Scan\b/.test(below.text)) {
        found.push(`Sort over ${below.text.replace(/\s+\(cost.*$/, "")}`);
        return;
      }
    }
  });
  return found;
}

/**
 * The step a plan's outer loop reads (with its index condition): where the rows of the answer
 * come from. A search whose filter matches little must start there, not walk a whole index.
 */
export function drivingStep(plan: string): string {
  const lines = plan.split("\n");
  if (!/^(Limit|Sort|Nested Loop|Hash|Merge|Index|Bitmap|Seq)/.test(plan)) {
    return lines.find((line) => /^(SCAN|SEARCH) /.test(line)) ?? "";
  }
  // PostgreSQL: follow the first input of each node down to a scan, and take its conditions.
  let depth = -1;
  for (const [i, line] of lines.entries()) {
    const node = /^(\s*(?:->\s+)?)(\S.*)$/.exec(line)!;
    if (i > 0 && !node[1]!.includes("->")) continue;
    if (node[1]!.length <= depth) break;
    depth = node[1]!.length;
    if (/Scan\b/.test(node[2]!) && !/^Subquery Scan/.test(node[2]!) && !/^Bitmap Heap Scan/.test(node[2]!)) {
      const conditions = lines.slice(i + 1).findIndex((l) => l.includes("->"));
      return lines.slice(i, conditions < 0 ? undefined : i + 1 + conditions).join("\n");
    }
  }
  return "";
}
