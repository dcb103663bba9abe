import type { Knex } from "knex";

/**
 * What the project page shows of a TwinSpace's life (matrix-bot/chat/activity.ts):
 * - `twinspace_topics`: the Forum's thread roots the bot saw: the first line of the root as
 *   plain text, the author as the room showed them, the time and the number of replies
 *   (no other message text is kept); a redaction deletes the row;
 * - `twinspace_messages`: the latest messages' ids and times per room (the bot keeps the
 *   newest 200), enough to count "new since you last looked";
 * - `twinspace_last_seen`: when each member (account or pupil) last opened the project page.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("twinspace_topics", (t) => {
    t.string("event_id", 255).primary();
    t.string("room_id", 255).notNullable();
    t.string("title", 200).notNullable();
    t.string("author_matrix_id", 255).notNullable();
    t.string("author_name", 100).notNullable();
    t.string("sent_at", 30).notNullable();
    t.integer("reply_count").notNullable().defaultTo(0);
    t.index(["room_id", "sent_at"]);
  });
  await knex.schema.createTable("twinspace_messages", (t) => {
    t.string("room_id", 255).notNullable();
    t.string("event_id", 255).notNullable();
    t.string("sent_at", 30).notNullable();
    t.primary(["room_id", "event_id"]);
    t.index(["room_id", "sent_at"]);
  });
  await knex.schema.createTable("twinspace_last_seen", (t) => {
    t.string("project_id", 36).notNullable();
    t.string("account_id", 36).nullable();
    t.string("pupil_id", 36).nullable();
    t.string("seen_at", 30).notNullable();
    t.unique(["project_id", "account_id"]);
    t.unique(["project_id", "pupil_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("twinspace_last_seen");
  await knex.schema.dropTableIfExists("twinspace_messages");
  await knex.schema.dropTableIfExists("twinspace_topics");
}
