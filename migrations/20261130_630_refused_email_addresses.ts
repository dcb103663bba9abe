import type { Knex } from "knex";

/**
 * `refused_email_addresses`: an address the receiving mail server refused permanently (an SMTP
 * 5xx reply, such as "550 no such user"). E-mail to that account stops, so one dead address
 * cannot hold up everyone's notifications behind endless retries; the profile page tells the
 * person, and sending resumes by itself once the address that the LMS sends changes.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("refused_email_addresses", (t) => {
    t.string("account_id", 36).primary().references("accounts.id");
    t.string("address", 320).notNullable();
    t.integer("response_code").notNullable();
    t.string("refused_at", 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("refused_email_addresses");
}
