import type { Knex } from "knex";

/**
 * A national unit's read-only look inside a TwinSpace (issue 15, point 4): who opened it, for
 * which unit (a country code, or `central` for the central support service), when, and until
 * when it lets them read. The founders see these rows on the project page.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("twinspace_looks", (t) => {
    t.string("id", 36).primary();
    t.string("project_id", 36).notNullable().references("projects.id");
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.string("unit", 16).notNullable();
    t.string("started_at", 30).notNullable();
    t.string("expires_at", 30).notNullable();
    // The project page lists a project's looks; a read finds the reader's open look.
    t.index(["project_id", "started_at"]);
    t.index(["account_id", "project_id", "expires_at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("twinspace_looks");
}
