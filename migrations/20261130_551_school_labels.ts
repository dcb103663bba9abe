import type { Knex } from "knex";

/**
 * The eTwinning School label (issue 15, core/rules/schoolLabel.ts): one row per application.
 * The holder is `school_id`, the awarding body the national unit of `country` (`decided_by`
 * its staff member or moderator), the award date `decided_at` of an `awarded` row, and its
 * period ends at `valid_until` (computed at the award: a label lapses by date, not by a job).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("school_labels", (t) => {
    t.string("id", 36).primary();
    t.string("school_id", 36).notNullable().references("schools.id");
    t.string("country", 2).notNullable();
    t.string("status", 16).notNullable(); // submitted | awarded | declined
    t.string("applied_by", 36).nullable().references("accounts.id");
    t.text("esafety").notNullable();
    t.string("applied_at", 30).notNullable();
    t.string("decided_by", 36).nullable().references("accounts.id");
    t.text("decision_note").nullable();
    t.string("decided_at", 30).nullable();
    t.string("valid_until", 30).nullable();
    t.index(["school_id", "status", "valid_until"]);
    t.index(["country", "status", "applied_at"]);
  });
  // One open application per school, even when two people apply at once (the retried
  // transaction then reads the other's application and refuses).
  await knex.raw(
    "CREATE UNIQUE INDEX school_labels_one_submitted ON school_labels (school_id) WHERE status = 'submitted'",
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("school_labels");
}
