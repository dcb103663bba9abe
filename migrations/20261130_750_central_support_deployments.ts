import type { Knex } from "knex";

/**
 * The central support service's own LMS deployments (issue 15, point 1): a deployment
 * registered with `--central-support` (or a registration link made for the service) belongs
 * to the service instead of a school or a national unit; people who launch from it are its
 * staff (the `central_admin` grant, no teacher record).
 * - `lti_central_support_deployments`: the deployments of the service (a deployment is in
 *   exactly one of `lti_deployments`, `lti_national_unit_deployments` and this table).
 * - `lti_registration_tokens.central_support`: the token registers the service's LMS.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("lti_central_support_deployments", (t) => {
    t.string("issuer", 500).notNullable();
    t.string("client_id", 255).notNullable();
    t.string("deployment_id", 255).notNullable();
    t.string("created_at", 30).notNullable();
    t.primary(["issuer", "client_id", "deployment_id"]);
  });
  await knex.schema.alterTable("lti_registration_tokens", (t) => {
    t.boolean("central_support").notNullable().defaultTo(false);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("lti_registration_tokens", (t) => {
    t.dropColumn("central_support");
  });
  await knex.schema.dropTableIfExists("lti_central_support_deployments");
}
