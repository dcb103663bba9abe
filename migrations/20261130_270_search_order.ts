import type { Knex } from "knex";

/**
 * Partner search by subject or language at a million teachers. Search results come in the
 * order (looking_for_partners, updated_at, id) descending; a subject or language filter
 * probed row by row along that order walks far when the subject is rare. Each subject and
 * language row therefore carries its teacher's sort key and country, and is indexed by
 * (subject[, country], sort key): such a search reads its page straight off one index.
 * A trigger keeps the copies equal to the teacher's row whatever path updates it.
 */
const LISTS = [
  { table: "teacher_subjects", column: "subject" },
  { table: "teacher_languages", column: "language" },
] as const;

export async function up(knex: Knex): Promise<void> {
  const postgres = knex.client.config.client === "pg";
  // The backfill reads every teacher once; at a million it outlasts the statement time limit.
  if (postgres) await knex.raw("SET LOCAL statement_timeout = 0");
  for (const { table, column } of LISTS) {
    await knex.schema.alterTable(table, (t) => {
      t.string("country", 2).notNullable().defaultTo("");
      t.boolean("looking_for_partners").notNullable().defaultTo(false);
      t.string("updated_at", 30).notNullable().defaultTo("");
    });
    await knex.raw(
      `UPDATE ${table} SET
        country = (SELECT country FROM teachers WHERE teachers.id = ${table}.teacher_id),
        looking_for_partners = (SELECT looking_for_partners FROM teachers WHERE teachers.id = ${table}.teacher_id),
        updated_at = (SELECT updated_at FROM teachers WHERE teachers.id = ${table}.teacher_id)`,
    );
    await knex.schema.alterTable(table, (t) => {
      t.index([column, "looking_for_partners", "updated_at", "teacher_id"], `${table}_order`);
      t.index(
        [column, "country", "looking_for_partners", "updated_at", "teacher_id"],
        `${table}_country_order`,
      );
    });
  }
  const copy = LISTS.map(
    ({ table }) =>
      `UPDATE ${table} SET country = new.country, looking_for_partners = new.looking_for_partners,
         updated_at = new.updated_at WHERE teacher_id = new.id;`,
  ).join("\n");
  if (postgres) {
    await knex.raw(`CREATE FUNCTION teachers_copy_search_order() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${copy.replaceAll("new.", "NEW.")} RETURN NULL; END $$`);
    await knex.raw(`CREATE TRIGGER teachers_search_order AFTER UPDATE OF country, looking_for_partners, updated_at
      ON teachers FOR EACH ROW EXECUTE FUNCTION teachers_copy_search_order()`);
  } else {
    await knex.raw(`CREATE TRIGGER teachers_search_order AFTER UPDATE OF country, looking_for_partners, updated_at
      ON teachers BEGIN ${copy} END`);
  }
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === "pg") {
    await knex.raw("DROP TRIGGER IF EXISTS teachers_search_order ON teachers");
    await knex.raw("DROP FUNCTION IF EXISTS teachers_copy_search_order()");
  } else {
    await knex.raw("DROP TRIGGER IF EXISTS teachers_search_order");
  }
  for (const { table } of LISTS) {
    await knex.schema.alterTable(table, (t) => {
      t.dropIndex([], `${table}_order`);
      t.dropIndex([], `${table}_country_order`);
      t.dropColumn("country");
      t.dropColumn("looking_for_partners");
      t.dropColumn("updated_at");
    });
  }
}
