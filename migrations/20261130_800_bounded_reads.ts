import type { Knex } from "knex";

/**
 * The last reads that took whole lists are bounded (issue 18):
 * - a project's Quality Label applications are paged oldest first by `(created_at, id)`;
 * - the central admin's moderators are paged by country, then account, walking grants of one
 *   role in that order;
 * - the bot's `accept <code>` finds a teacher's pending invitation by the start of its id;
 * - the bot's weekly diary counts a project's events of one week, a range of
 *   `(project_id, created_at)` rather than the project's whole log.
 */
const INDEXES = [
  {
    table: "label_applications",
    columns: ["project_id", "created_at", "id"],
    name: "label_applications_project_keyset_index",
  },
  { table: "invitations", columns: ["teacher_id", "status", "id"], name: "invitations_teacher_ref_index" },
  { table: "grants", columns: ["role", "country", "account_id"], name: "grants_role_country_account_index" },
  { table: "events", columns: ["project_id", "created_at"], name: "events_project_created_at_index" },
] as const;

export async function up(knex: Knex): Promise<void> {
  for (const { table, columns, name } of INDEXES) {
    await knex.schema.alterTable(table, (t) => {
      t.index([...columns], name);
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const { table, name } of INDEXES) {
    await knex.schema.alterTable(table, (t) => {
      t.dropIndex([], name);
    });
  }
}
