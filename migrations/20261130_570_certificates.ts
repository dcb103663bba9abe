import type { Knex } from "knex";

/**
 * Certificates teachers downloaded (issue 15): one row per holder, kind and certified record,
 * so the same certificate downloaded twice keeps its id. The id is the random token of the
 * public verification URL (/verify/<id>), not a UUID.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("certificates", (t) => {
    t.string("id", 64).primary();
    t.string("kind", 40).notNullable();
    t.string("holder_id", 36).notNullable().references("accounts.id");
    // The record the kind certifies: a label application, a project, a school label.
    t.string("subject_id", 36).notNullable();
    t.string("issued_at", 30).notNullable();
    t.unique(["holder_id", "kind", "subject_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("certificates");
}
