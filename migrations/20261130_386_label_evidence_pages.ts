import type { Knex } from "knex";

/**
 * Quality Label evidence that points at the project's TwinSpace pages (issue 14): the teacher
 * picks pages when applying; the national unit opens them read-only while scoring.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("label_evidence_pages", (t) => {
    t.string("application_id", 36).notNullable().references("label_applications.id").onDelete("CASCADE");
    t.string("page_id", 36).notNullable().references("project_pages.id").onDelete("CASCADE");
    t.primary(["application_id", "page_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("label_evidence_pages");
}
