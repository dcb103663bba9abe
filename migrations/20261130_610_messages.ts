import type { Knex } from "knex";

/**
 * Teachers' messages (issue 16, point 2; core/usecases/messages.ts):
 * - `contacts.message`: the short note a contact request may carry, shown to the addressee.
 * - `messages`: one row per message of a conversation: `conversation` is `d:<low id>:<high id>`
 *   between two contacts or `p:<project id>` for a founder's message to the project's teachers.
 * - `inbox_entries`: each person's list of conversations with the time of the last message and
 *   how many they have not read, kept on every send so the inbox is one indexed read.
 * - `blocks`: who blocked whom.
 * - `message_reports`: a reported message for the national unit of the sender's country
 *   (`country` kept from the report's time), open until resolved.
 * - `rate_limit_hits`: one row per rate-limited act (a message, a contact request) for the window.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("contacts", (t) => {
    t.text("message").nullable();
  });
  await knex.schema.createTable("messages", (t) => {
    t.string("id", 36).primary();
    t.string("conversation", 80).notNullable();
    t.string("sender_id", 36).notNullable().references("accounts.id");
    t.string("project_id", 36).nullable().references("projects.id");
    t.text("body").notNullable();
    t.string("created_at", 30).notNullable();
    t.index(["conversation", "created_at", "id"]);
    t.index(["sender_id"]);
  });
  await knex.schema.createTable("inbox_entries", (t) => {
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.string("conversation", 80).notNullable();
    t.string("other_id", 36).nullable().references("accounts.id");
    t.string("project_id", 36).nullable().references("projects.id");
    t.string("last_at", 30).notNullable();
    t.integer("unread").notNullable().defaultTo(0);
    t.primary(["account_id", "conversation"]);
    t.index(["account_id", "last_at"]);
    t.index(["other_id"]);
  });
  await knex.schema.createTable("blocks", (t) => {
    t.string("blocker_id", 36).notNullable().references("accounts.id");
    t.string("blocked_id", 36).notNullable().references("accounts.id");
    t.string("created_at", 30).notNullable();
    t.primary(["blocker_id", "blocked_id"]);
    t.index(["blocked_id"]);
  });
  await knex.schema.createTable("message_reports", (t) => {
    t.string("id", 36).primary();
    t.string("message_id", 36).notNullable().references("messages.id").onDelete("CASCADE");
    t.string("reporter_id", 36).notNullable().references("accounts.id");
    t.text("reason").notNullable();
    t.string("country", 2).notNullable();
    t.string("status", 12).notNullable(); // open | resolved
    t.string("created_at", 30).notNullable();
    t.string("resolved_by", 36).nullable().references("accounts.id");
    t.string("resolved_at", 30).nullable();
    t.unique(["message_id", "reporter_id"]);
    t.index(["country", "status", "created_at", "id"]);
    t.index(["reporter_id"]);
  });
  await knex.schema.createTable("rate_limit_hits", (t) => {
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.string("action", 24).notNullable();
    t.string("at", 30).notNullable();
    t.index(["account_id", "action", "at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("rate_limit_hits");
  await knex.schema.dropTableIfExists("message_reports");
  await knex.schema.dropTableIfExists("blocks");
  await knex.schema.dropTableIfExists("inbox_entries");
  await knex.schema.dropTableIfExists("messages");
  await knex.schema.alterTable("contacts", (t) => {
    t.dropColumn("message");
  });
}
