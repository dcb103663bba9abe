import type { Knex } from "knex";
import { groupSearchKey } from "../core/rules/groups.ts";
import { schoolNameKey, searchKey } from "../core/rules/text.ts";

/**
 * `accounts.name_key`, `projects.title_key`, `pupils.display_name_key`: the name or title as a
 * search compares it (core's `searchKey`: case and accents folded in every script), kept by
 * the repositories (store/rows.ts `withSearchKeys`). lower() folds only ASCII, so "łukasz"
 * missed "Łukasz" and "galilei" missed "Galilèi". The searches are contains-LIKEs inside a
 * range another index reads (a country, a teacher, the name order), so the keys need no index.
 * `searchKey` now also folds letters without a mark to strip ("Ł", "ß", final "ς"): the
 * schools' and groups' keys are written again with it.
 */
interface Keyed {
  table: string;
  key: string;
  columns: string[];
  keyOf(row: Record<string, string>): string;
}

const ADDED: Keyed[] = [
  { table: "accounts", key: "name_key", columns: ["name"], keyOf: (r) => searchKey(r.name!) },
  { table: "projects", key: "title_key", columns: ["title"], keyOf: (r) => searchKey(r.title!) },
  {
    table: "pupils",
    key: "display_name_key",
    columns: ["display_name"],
    keyOf: (r) => searchKey(r.display_name!),
  },
];

const REFOLDED: Keyed[] = [
  { table: "schools", key: "name_key", columns: ["name"], keyOf: (r) => schoolNameKey(r.name!) },
  {
    table: "groups",
    key: "search_key",
    columns: ["name", "description"],
    keyOf: (r) => groupSearchKey({ name: r.name!, description: r.description! }),
  },
];

/** Rows per UPDATE: three parameters a row, far under SQLite's limit of 32,766. */
const BATCH = 500;

/** Walks the primary key: each batch one indexed read and one UPDATE, at any table size. */
async function writeKeys(knex: Knex, { table, key, columns, keyOf }: Keyed): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const rows: ({ id: string } & Record<string, string>)[] = await knex(table)
      .modify((q) => {
        if (after !== undefined) q.where("id", ">", after);
      })
      .orderBy("id")
      .limit(BATCH)
      .select("id", ...columns);
    const last = rows.at(-1);
    if (!last) return;
    const cases = rows.map(() => "when ? then ?").join(" ");
    await knex(table)
      .whereIn(
        "id",
        rows.map((r) => r.id),
      )
      .update({
        [key]: knex.raw(
          `case id ${cases} end`,
          rows.flatMap((r) => [r.id, keyOf(r)]),
        ),
      });
    after = last.id;
  }
}

export async function up(knex: Knex): Promise<void> {
  for (const keyed of ADDED) {
    await knex.schema.alterTable(keyed.table, (t) => {
      t.text(keyed.key).notNullable().defaultTo("");
    });
    await writeKeys(knex, keyed);
  }
  for (const keyed of REFOLDED) await writeKeys(knex, keyed);
}

export async function down(knex: Knex): Promise<void> {
  for (const { table, key } of ADDED)
    await knex.schema.alterTable(table, (t) => {
      t.dropColumn(key);
    });
}
