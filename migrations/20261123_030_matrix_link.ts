import type { Knex } from "knex";

/** One-time codes linking a Matrix account to an OpenTwinning account (hashes only). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("matrix_link_codes", (t) => {
    t.string("code_hash", 64).primary();
    t.string("account_id", 36).notNullable().references("accounts.id").onDelete("CASCADE");
    t.string("expires_at", 30).notNullable();
    t.string("used_at", 30).nullable();
    t.string("created_at", 30).notNullable();
    t.index(["expires_at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("matrix_link_codes");
}
