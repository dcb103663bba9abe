import type { Knex } from "knex";

/**
 * A national unit's country-wide lists (issue 15), read off indexes at any size:
 * - a project list page walks newest first and probes "is this country asked?" by
 *   (project_id, country), or, filtered by status, walks (status, created_at, id);
 * - its schools page by (name_key, id) within the country, its teachers by the accounts'
 *   (name, id);
 * - each school's row counts the projects founded there (by `school_id`).
 */
const INDEXES = [
  { table: "approvals", columns: ["project_id", "country"], name: "approvals_project_id_country_index" },
  { table: "projects", columns: ["status", "created_at", "id"], name: "projects_status_created_at_id_index" },
  { table: "projects", columns: ["school_id"], name: "projects_school_id_index" },
  { table: "schools", columns: ["country", "name_key", "id"], name: "schools_country_name_key_id_index" },
  { table: "accounts", columns: ["name", "id"], name: "accounts_name_id_index" },
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
