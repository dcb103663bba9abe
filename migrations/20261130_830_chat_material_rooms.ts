import type { Knex } from "knex";

/**
 * Which of the project's rooms a collected file was posted in (`general`, `forum`, `pupils`):
 * readers from outside the project (a national unit's look, a Quality Label assessment) see the
 * files of the rooms they may read only, never the Pupils' room's (core/rules/materials.ts).
 * Existing rows take the purpose the bot recorded for their room; a room no longer known stays
 * null, which those readers treat as hidden.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("chat_materials", (t) => {
    t.string("room_purpose", 24).nullable();
  });
  await knex("chat_materials").update({
    room_purpose: knex("matrix_rooms")
      .select("purpose")
      .where("matrix_rooms.room_id", knex.ref("chat_materials.room_id"))
      .limit(1),
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("chat_materials", (t) => {
    t.dropColumn("room_purpose");
  });
}
