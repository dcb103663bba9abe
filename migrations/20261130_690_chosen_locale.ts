import type { Knex } from "knex";

/**
 * `accounts.chosen_locale`: the interface language the person chose in their profile. It wins
 * over `accounts.locale` (the language their LMS sends at each launch) until they reset it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("accounts", (t) => {
    t.string("chosen_locale", 35).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("accounts", (t) => {
    t.dropColumn("chosen_locale");
  });
}
