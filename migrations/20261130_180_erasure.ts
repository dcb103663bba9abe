import type { Knex } from "knex";

/**
 * Erasure (GDPR): an erased account keeps its row, pseudonymised ("Former member #n"), because
 * other people's records point at it (projects it founded, approvals it gave, the event log);
 * `erased_at` marks it so partner search, invitations and the privacy pages leave it out and a
 * second erasure changes nothing.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("accounts", (t) => {
    t.string("erased_at", 30).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("accounts", (t) => {
    t.dropColumn("erased_at");
  });
}
