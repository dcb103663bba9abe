import type { Knex } from "knex";

/**
 * The last lists that were read whole are paged (issue 18): the form that adds a teacher's
 * pupils to a project, by name, a project's pending invitations, oldest first, and its
 * materials by folder and name. Each index
 * leads with the list's owner, then its order and the id that breaks ties, so a page is a
 * seek and a short walk however long the list.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("pupils", (t) => {
    t.index(["teacher_id", "display_name", "id"], "pupils_teacher_name_index");
  });
  await knex.schema.alterTable("invitations", (t) => {
    t.index(["project_id", "status", "created_at", "id"], "invitations_project_keyset_index");
  });
  await knex.schema.alterTable("materials", (t) => {
    t.index(["project_id", "folder", "name", "id"], "materials_project_keyset_index");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("materials", (t) => {
    t.dropIndex(["project_id", "folder", "name", "id"], "materials_project_keyset_index");
  });
  await knex.schema.alterTable("invitations", (t) => {
    t.dropIndex(["project_id", "status", "created_at", "id"], "invitations_project_keyset_index");
  });
  await knex.schema.alterTable("pupils", (t) => {
    t.dropIndex(["teacher_id", "display_name", "id"], "pupils_teacher_name_index");
  });
}
