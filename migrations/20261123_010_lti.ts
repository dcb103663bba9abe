import type { Knex } from "knex";

/**
 * The LTI side's tables (lti-tool/): browser sessions and their new-window handoffs. Tokens
 * are stored only as SHA-256 hashes. Instants are ISO-8601 UTC text like the core schema.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("sessions", (t) => {
    t.string("token_hash", 64).primary();
    t.text("viewer").notNullable();
    t.text("launch").nullable();
    t.string("csrf_token", 64).notNullable();
    t.string("created_at", 30).notNullable();
    t.string("expires_at", 30).notNullable();
    t.index(["expires_at"]);
  });

  await knex.schema.createTable("session_handoffs", (t) => {
    t.string("handoff_hash", 64).primary();
    t.string("session_hash", 64).notNullable();
    t.string("expires_at", 30).notNullable();
    t.index(["expires_at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ["session_handoffs", "sessions"]) {
    await knex.schema.dropTableIfExists(table);
  }
}
