import type { Knex } from "knex";

/**
 * A national unit's list of its country's projects (issue 15) pages newest first by keyset
 * (`created_at`, `id`): this index serves that order without sorting the whole table.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("projects", (t) => {
    t.index(["created_at", "id"], "projects_created_at_id_index");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("projects", (t) => {
    t.dropIndex(["created_at", "id"], "projects_created_at_id_index");
  });
}
