import type { Knex } from "knex";

/**
 * Keyset paging of people lists and the inbox (issue 18): each list's owner (a project, the
 * teacher on "My pupils", a school on its admin's overview, the inbox's reader), then its time and the id that breaks ties, so a
 * page is a seek into the index and a short walk whatever the list's size. The inbox's index
 * replaces the one it extends. A conversation's messages already had theirs.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("project_teachers", (t) => {
    t.index(["project_id", "joined_at", "teacher_id"], "project_teachers_keyset_index");
  });
  await knex.schema.alterTable("project_pupils", (t) => {
    t.index(["project_id", "joined_at", "pupil_id"], "project_pupils_keyset_index");
  });
  await knex.schema.alterTable("pupils", (t) => {
    t.index(["teacher_id", "created_at", "id"], "pupils_teacher_keyset_index");
  });
  await knex.schema.alterTable("teachers", (t) => {
    t.index(["school_id", "created_at", "id"], "teachers_school_keyset_index");
  });
  await knex.schema.alterTable("projects", (t) => {
    t.index(["school_id", "created_at", "id"], "projects_school_keyset_index");
  });
  await knex.schema.alterTable("inbox_entries", (t) => {
    t.index(["account_id", "last_at", "conversation"], "inbox_entries_keyset_index");
    t.dropIndex(["account_id", "last_at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("inbox_entries", (t) => {
    t.index(["account_id", "last_at"]);
    t.dropIndex(["account_id", "last_at", "conversation"], "inbox_entries_keyset_index");
  });
  await knex.schema.alterTable("projects", (t) => {
    t.dropIndex(["school_id", "created_at", "id"], "projects_school_keyset_index");
  });
  await knex.schema.alterTable("teachers", (t) => {
    t.dropIndex(["school_id", "created_at", "id"], "teachers_school_keyset_index");
  });
  await knex.schema.alterTable("pupils", (t) => {
    t.dropIndex(["teacher_id", "created_at", "id"], "pupils_teacher_keyset_index");
  });
  await knex.schema.alterTable("project_pupils", (t) => {
    t.dropIndex(["project_id", "joined_at", "pupil_id"], "project_pupils_keyset_index");
  });
  await knex.schema.alterTable("project_teachers", (t) => {
    t.dropIndex(["project_id", "joined_at", "teacher_id"], "project_teachers_keyset_index");
  });
}
