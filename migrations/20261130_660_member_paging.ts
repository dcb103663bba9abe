import type { Knex } from "knex";

/**
 * Keyset paging of a project's members (issue 18): each list's project, then its join time and
 * the id that breaks ties, so the project page's members and pupils are read a page at a time
 * by a seek into the index whatever the project's size.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("project_teachers", (t) => {
    t.index(["project_id", "joined_at", "teacher_id"], "project_teachers_keyset_index");
  });
  await knex.schema.alterTable("project_pupils", (t) => {
    t.index(["project_id", "joined_at", "pupil_id"], "project_pupils_keyset_index");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("project_pupils", (t) => {
    t.dropIndex(["project_id", "joined_at", "pupil_id"], "project_pupils_keyset_index");
  });
  await knex.schema.alterTable("project_teachers", (t) => {
    t.dropIndex(["project_id", "joined_at", "teacher_id"], "project_teachers_keyset_index");
  });
}
