import type { Knex } from "knex";

/**
 * Who administers which school (issue 15): the accounts whose launches from the school's LMS
 * carried the Administrator role, so that news of the school (its verification) reaches them
 * outside a launch. A launch without that role removes the row: the LMS decides.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("school_admins", (t) => {
    t.string("school_id", 36).notNullable().references("schools.id");
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.primary(["school_id", "account_id"]);
    t.index(["account_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("school_admins");
}
