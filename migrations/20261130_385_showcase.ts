import type { Knex } from "knex";

/**
 * The public showcase (issue 14): a row publishes one page of a project at /showcase/<project>.
 * Off by default (no row), reversible (the row goes). `photo_consent_by` records the teacher who
 * confirmed that consent was obtained for the photos of pupils on the page; a page with images
 * is not published without it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("showcase_pages", (t) => {
    t.string("page_id", 36).primary().references("project_pages.id").onDelete("CASCADE");
    t.string("project_id", 36).notNullable().references("projects.id").onDelete("CASCADE");
    t.string("published_by", 36).notNullable().references("accounts.id");
    t.string("published_at", 30).notNullable();
    t.string("photo_consent_by", 36).nullable().references("accounts.id");
    t.index(["project_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("showcase_pages");
}
