import type { Knex } from "knex";

/**
 * Schools verified by their national unit (issue 15): one row per decision's latest state; a
 * school without a row is unverified. `rejected` suspends the school's LMS deployments.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("school_verifications", (t) => {
    t.string("school_id", 36).primary().references("schools.id");
    t.string("status", 16).notNullable(); // verified | rejected
    t.string("decided_by", 36).nullable().references("accounts.id");
    t.text("reason").nullable();
    t.string("decided_at", 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("school_verifications");
}
