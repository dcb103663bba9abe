import type { Knex } from "knex";

/**
 * A national unit's country-wide lists (issue 15): its schools page by (name_key, id) within
 * the country, and each school's row counts the projects founded there (by `school_id`),
 * both read off these indexes instead of the whole table.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("schools", (t) => {
    t.index(["country", "name_key", "id"], "schools_country_name_key_id_index");
  });
  await knex.schema.alterTable("projects", (t) => {
    t.index(["school_id"], "projects_school_id_index");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("schools", (t) => {
    t.dropIndex([], "schools_country_name_key_id_index");
  });
  await knex.schema.alterTable("projects", (t) => {
    t.dropIndex([], "projects_school_id_index");
  });
}
