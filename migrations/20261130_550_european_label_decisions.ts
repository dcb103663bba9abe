import type { Knex } from "knex";

/**
 * The European Quality Label decided by the central support service (issue 15): its scores
 * per criterion and minimum requirements (the national label's configuration), the decision
 * (`awarded` | `declined`, null while open), who decided, why, and when. `awarded_at` stays
 * the award date certificates read. The candidates' list groups awarded National Labels by
 * project; the index serves it without reading refused or pending applications.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("european_labels", (t) => {
    t.string("status", 16).nullable();
    t.text("scores").notNullable().defaultTo("{}");
    t.text("requirements").notNullable().defaultTo("{}");
    t.string("decided_by", 36).nullable().references("accounts.id");
    t.text("decision_note").nullable();
    t.string("decided_at", 30).nullable();
  });
  await knex.schema.alterTable("label_applications", (t) => {
    t.index(["status", "project_id", "country"], "label_applications_status_project_index");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("label_applications", (t) => {
    t.dropIndex(["status", "project_id", "country"], "label_applications_status_project_index");
  });
  await knex.schema.alterTable("european_labels", (t) => {
    for (const column of ["status", "scores", "requirements", "decided_by", "decision_note", "decided_at"])
      t.dropColumn(column);
  });
}
