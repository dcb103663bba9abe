import type { Knex } from "knex";

/**
 * The form that adds a teacher's pupils to a project pages them by name (issue 18): the
 * teacher's pupils in (name, id) order, so a page is a seek and a short walk however many
 * pupils the teacher registered.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("pupils", (t) => {
    t.index(["teacher_id", "display_name", "id"], "pupils_teacher_name_index");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("pupils", (t) => {
    t.dropIndex(["teacher_id", "display_name", "id"], "pupils_teacher_name_index");
  });
}
