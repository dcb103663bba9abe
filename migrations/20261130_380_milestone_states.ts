import type { Knex } from "knex";

/**
 * A milestone's state (planned or done) and the TwinSpace page that documents it (issue 14).
 * The founders may still edit the milestones of a running project, and saving the form writes
 * them again, so a milestone is named by its title and due date: one edited is a new milestone,
 * planned again. Milestones without a row are planned.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("milestone_states", (t) => {
    t.string("project_id", 36).notNullable().references("projects.id").onDelete("CASCADE");
    t.string("title", 200).notNullable();
    t.string("due_date", 10).notNullable();
    t.boolean("done").notNullable();
    t.string("page_id", 36).nullable().references("project_pages.id").onDelete("SET NULL");
    t.string("updated_by", 36).notNullable().references("accounts.id");
    t.string("updated_at", 30).notNullable();
    t.primary(["project_id", "title", "due_date"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("milestone_states");
}
