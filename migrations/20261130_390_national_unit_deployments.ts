import type { Knex } from "knex";

/**
 * National units' own LMS deployments (issue 15): a deployment registered with
 * `--national-unit CC` (or a registration token made for a unit) belongs to the unit of that
 * country instead of a school; people who launch from it are the unit's staff.
 * - `lti_national_unit_deployments`: deployment → country, the counterpart of
 *   `lti_deployments` (deployment → school); a deployment is in one of the two.
 * - `lti_registration_tokens.national_unit`: the country whose unit a token registers.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("lti_national_unit_deployments", (t) => {
    t.string("issuer", 500).notNullable();
    t.string("client_id", 255).notNullable();
    t.string("deployment_id", 255).notNullable();
    t.string("country", 2).notNullable();
    t.string("created_at", 30).notNullable();
    t.primary(["issuer", "client_id", "deployment_id"]);
  });
  await knex.schema.alterTable("lti_registration_tokens", (t) => {
    t.string("national_unit", 2).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("lti_registration_tokens", (t) => {
    t.dropColumn("national_unit");
  });
  await knex.schema.dropTableIfExists("lti_national_unit_deployments");
}
