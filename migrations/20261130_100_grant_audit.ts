import type { Knex } from "knex";
import { schoolNameKey } from "../core/rules/text.ts";

/**
 * Safety of grants and schools:
 * - `grant_audit`: every grant and revocation of a role (moderator, central admin), written
 *   in the transaction that changes `grants`: who (`actor_id`, null for the operator's
 *   command line), whom, which role and country, when.
 * - `schools.name_key`: the name as a reader compares it (core's `schoolNameKey`), indexed
 *   with the country so the central admin's list of look-alike schools is one grouped query.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("grant_audit", (t) => {
    t.bigIncrements("id").primary();
    t.string("actor_id", 36).nullable().references("accounts.id");
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.string("role", 24).notNullable();
    t.string("country", 2).notNullable().defaultTo("");
    t.string("change", 8).notNullable(); // granted | revoked
    t.string("at", 30).notNullable();
  });
  await knex.schema.alterTable("schools", (t) => {
    t.string("name_key", 200).notNullable().defaultTo("");
    t.index(["country", "name_key"]);
  });
  const schools: { id: string; name: string }[] = await knex("schools").select("id", "name");
  for (const school of schools) {
    await knex("schools")
      .where({ id: school.id })
      .update({ name_key: schoolNameKey(school.name) });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("schools", (t) => {
    t.dropIndex(["country", "name_key"]);
    t.dropColumn("name_key");
  });
  await knex.schema.dropTableIfExists("grant_audit");
}
