import type { Knex } from "knex";

/**
 * E-mail notifications (lti-tool/email/):
 * - `email_preferences`: a person's choice per kind of notification (immediate | digest | never);
 *   no row means the kind's default (lti-tool/email/kinds.ts).
 * - `sent_emails`: one row per (event, recipient) once its e-mail went out or was queued for the
 *   digest, so a retried event never mails the same person twice.
 * - `email_digest_items`: notifications waiting for the person's daily digest; `sent_at` is set
 *   in the transaction that records the digest as sent.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("email_preferences", (t) => {
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.string("kind", 24).notNullable();
    t.string("mode", 12).notNullable();
    t.primary(["account_id", "kind"]);
  });
  await knex.schema.createTable("sent_emails", (t) => {
    t.bigInteger("event_id").notNullable();
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.string("mode", 12).notNullable();
    t.string("sent_at", 30).notNullable();
    t.primary(["event_id", "account_id"]);
  });
  await knex.schema.createTable("email_digest_items", (t) => {
    t.bigInteger("event_id").notNullable();
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.string("type", 64).notNullable();
    t.string("project_id", 36).nullable();
    t.text("params").notNullable();
    t.string("created_at", 30).notNullable();
    t.string("sent_at", 30).nullable();
    t.primary(["event_id", "account_id"]);
    t.index(["sent_at", "account_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("email_digest_items");
  await knex.schema.dropTableIfExists("sent_emails");
  await knex.schema.dropTableIfExists("email_preferences");
}
