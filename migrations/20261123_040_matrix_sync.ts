import type { Knex } from "knex";

/**
 * The bot's position in the homeserver's /sync stream (the `since` token), so that a
 * restarted bot, or another instance taking over the lease, carries on where the last one
 * stopped instead of reading old commands again. National-unit and direct-message rooms
 * need no table of their own: they are slots in `matrix_rooms` ("national_unit/IT",
 * "direct/@anna:school.example").
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("matrix_sync", (t) => {
    t.string("name", 64).primary();
    t.text("next_batch").notNullable();
    t.string("updated_at", 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("matrix_sync");
}
