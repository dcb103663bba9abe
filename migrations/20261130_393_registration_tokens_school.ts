import type { Knex } from "knex";

/**
 * A school admin's registration link for their school's other LMS (issue 15): the token
 * names the existing school, and the deployment it registers joins that school.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("lti_registration_tokens", (t) => {
    t.string("school_id", 36).nullable().references("schools.id");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("lti_registration_tokens", (t) => {
    t.dropForeign(["school_id"]);
    t.dropColumn("school_id");
  });
}
