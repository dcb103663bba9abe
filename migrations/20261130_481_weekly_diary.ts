import type { Knex } from "knex";

/**
 * The last week whose diary summary the bot posted in a project's Teachers' room (issue 14),
 * written after the post: a restart or a second instance never posts the same week twice.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("twinspace_weekly_diary", (t) => {
    t.string("project_id", 36).primary().references("projects.id").onDelete("CASCADE");
    t.string("week", 10).notNullable();
    t.string("sent_at", 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("twinspace_weekly_diary");
}
