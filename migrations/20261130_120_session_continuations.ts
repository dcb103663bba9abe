import type { Knex } from "knex";

/**
 * `session_continuations`: the single-use, one-minute ticket a launch hands to the browser
 * on its way to /lti/continue (lti-tool/session/session.ts). It is consumed there either way:
 * dropped when the session cookie came back, exchanged for a handoff only when it did not.
 * So after a normal launch no ticket that could open the session is left anywhere.
 * Like every bearer secret, only its SHA-256 hash is stored. Signing out deletes a session's
 * tickets by `session_hash`, hence the index on `session_handoffs` too.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("session_continuations", (t) => {
    t.string("continuation_hash", 64).primary();
    t.string("session_hash", 64).notNullable();
    t.string("expires_at", 30).notNullable();
    t.index(["expires_at"]);
    t.index(["session_hash"]);
  });
  await knex.schema.alterTable("session_handoffs", (t) => {
    t.index(["session_hash"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("session_handoffs", (t) => {
    t.dropIndex(["session_hash"]);
  });
  await knex.schema.dropTableIfExists("session_continuations");
}
