import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COLUMNS_NAMING_NO_PERSON,
  isDerivedTable,
  PERSONAL_TABLES,
  TABLES_WITHOUT_PEOPLE,
} from "../../store/personalData.ts";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/databases.ts";

/** Column names that look like they name a person (an id, a Matrix ID, who did something). */
const LOOKS_PERSONAL =
  /(^|_)(account|teacher|pupil|requester|addressee|founder|cofounder|moderator|actor|member|person|user|owner)(_id)?$|_by$|^(low|high)_id$|^(viewer|login_hint)$/;

async function tablesOf(knex: Knex): Promise<string[]> {
  if (knex.client.config.client === "pg") {
    const rows: { table_name: string }[] = await knex("information_schema.tables")
      .where({ table_schema: knex.raw("current_schema()"), table_type: "BASE TABLE" })
      .select("table_name");
    return rows.map((row) => row.table_name);
  }
  const rows: { name: string }[] = await knex("sqlite_master").where({ type: "table" }).select("name");
  return rows.map((row) => row.name);
}

/** What the export and erasure would miss: tables nobody classified, and unclassified person-like columns. */
async function unclassified(knex: Knex): Promise<string[]> {
  const problems: string[] = [];
  for (const table of await tablesOf(knex)) {
    if (isDerivedTable(table)) continue;
    const spec = PERSONAL_TABLES[table];
    if (!spec && !(table in TABLES_WITHOUT_PEOPLE)) {
      problems.push(`table ${table}`);
      continue;
    }
    const classified = new Set([
      ...Object.keys(spec?.account ?? {}),
      ...Object.keys(spec?.pupil ?? {}),
      ...Object.keys(spec?.json ?? {}),
      ...Object.keys(spec?.matrixId ?? {}),
      ...(spec?.secret ?? []),
    ]);
    for (const column of Object.keys(await knex(table).columnInfo())) {
      const name = `${table}.${column}`;
      if (LOOKS_PERSONAL.test(column) && !classified.has(column) && !COLUMNS_NAMING_NO_PERSON.includes(name))
        problems.push(`column ${name}`);
    }
  }
  return problems;
}

describe.each(DATABASE_KINDS)("the personal-data map covers the schema on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("classifies every table and every column that names a person", async () => {
    expect(await unclassified(database.db.knex)).toEqual([]);
  });

  it("lists no table the schema does not have", async () => {
    const tables = new Set(await tablesOf(database.db.knex));
    const listed = [...Object.keys(PERSONAL_TABLES), ...Object.keys(TABLES_WITHOUT_PEOPLE)];
    expect(listed.filter((table) => !tables.has(table))).toEqual([]);
  });

  it("notices a new table, or a new column, that names a person", async () => {
    const knex = database.db.knex;
    await knex.schema.createTable("teacher_diaries", (t) => {
      t.string("teacher_id", 36);
      t.text("entry");
    });
    await knex.schema.alterTable("milestones", (t) => {
      t.string("set_by", 36).nullable();
    });
    try {
      expect((await unclassified(knex)).sort()).toEqual([
        "column milestones.set_by",
        "table teacher_diaries",
      ]);
    } finally {
      await knex.schema.dropTable("teacher_diaries");
    }
  });
});
