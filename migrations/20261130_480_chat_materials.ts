import type { Knex } from "knex";

/**
 * Files and images the bot collected from a project's rooms into its library (issue 14):
 * one row per Matrix event, so a second sync or a retry never stores a file twice and a
 * redaction finds the file to remove. The author is kept as the room showed them; the row
 * goes with its material (ON DELETE CASCADE).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("chat_materials", (t) => {
    t.string("event_id", 255).primary();
    t.string("material_id", 36).notNullable().unique().references("materials.id").onDelete("CASCADE");
    t.string("room_id", 255).notNullable();
    t.string("author_matrix_id", 255).notNullable();
    t.string("author_name", 100).notNullable();
    t.string("posted_at", 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("chat_materials");
}
