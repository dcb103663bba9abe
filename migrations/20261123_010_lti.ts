import type { Knex } from "knex";

/**
 * The LTI side's tables (lti-tool/). One definition for SQLite and PostgreSQL; instants are
 * ISO-8601 UTC text like the core schema, so expiry is a plain string comparison in SQL.
 * Bearer secrets (session tokens, handoffs, registration tokens, OIDC states) are stored
 * only as SHA-256 hashes.
 *
 * - ltijs's own data, written through our knex plugin (lti-tool/lti/ltijsDatabase.ts):
 *   `lti_platforms`, `lti_platform_status`, `lti_keys` (the tool's key pair per platform,
 *   encrypted with LTI_KEY), `lti_access_tokens` (service tokens, encrypted, with expiry).
 * - Ours: `lti_deployments` (deployment → school, R1), `lti_registration_tokens`,
 *   `lti_logins` (OIDC login state bound to the browser and its nonce), `lti_nonces`
 *   (a nonce is accepted once: the primary key outlives the token's validity), `sessions`
 *   and `session_handoffs` (lti-tool/session/).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("lti_platforms", (t) => {
    t.string("platform_url", 500).notNullable();
    t.string("client_id", 255).notNullable();
    t.string("platform_name", 255).notNullable();
    t.string("auth_endpoint", 1000).notNullable();
    t.string("accesstoken_endpoint", 1000).notNullable();
    t.string("authorization_server", 1000).nullable();
    t.string("kid", 64).notNullable().unique();
    t.text("auth_config").notNullable();
    t.string("created_at", 30).notNullable();
    t.primary(["platform_url", "client_id"]);
  });

  await knex.schema.createTable("lti_platform_status", (t) => {
    t.string("id", 64).primary();
    t.boolean("active").notNullable().defaultTo(false);
  });

  await knex.schema.createTable("lti_keys", (t) => {
    t.string("kid", 64).notNullable();
    t.string("kind", 8).notNullable(); // public | private
    t.string("platform_url", 500).notNullable();
    t.string("client_id", 255).notNullable();
    t.text("iv").notNullable();
    t.text("data").notNullable();
    t.primary(["kid", "kind"]);
    t.index(["platform_url", "client_id"]);
  });

  await knex.schema.createTable("lti_access_tokens", (t) => {
    t.string("platform_url", 500).notNullable();
    t.string("client_id", 255).notNullable();
    t.string("scopes", 1000).notNullable();
    t.text("iv").notNullable();
    t.text("data").notNullable();
    t.bigInteger("created_ms").notNullable();
    t.string("expires_at", 30).notNullable();
    t.primary(["platform_url", "client_id", "scopes"]);
    t.index(["expires_at"]);
  });

  await knex.schema.createTable("lti_deployments", (t) => {
    t.string("issuer", 500).notNullable();
    t.string("client_id", 255).notNullable();
    t.string("deployment_id", 255).notNullable();
    t.string("school_id", 36).notNullable().references("schools.id");
    t.string("created_at", 30).notNullable();
    t.primary(["issuer", "client_id", "deployment_id"]);
    t.index(["school_id"]);
  });

  await knex.schema.createTable("lti_registration_tokens", (t) => {
    t.string("token_hash", 64).primary();
    t.string("school_name", 200).nullable();
    t.string("country", 2).nullable();
    t.string("created_at", 30).notNullable();
    t.string("expires_at", 30).notNullable();
    t.string("used_at", 30).nullable();
  });

  await knex.schema.createTable("lti_logins", (t) => {
    t.string("state_hash", 64).primary();
    t.string("nonce", 64).notNullable();
    t.string("issuer", 500).notNullable();
    t.string("client_id", 255).notNullable();
    t.string("deployment_id", 255).nullable();
    t.string("target_link_uri", 1000).notNullable();
    t.text("login_hint").notNullable();
    t.text("message_hint").nullable();
    t.string("expires_at", 30).notNullable();
    t.index(["expires_at"]);
  });

  await knex.schema.createTable("lti_nonces", (t) => {
    t.string("issuer", 500).notNullable();
    t.string("nonce", 255).notNullable();
    t.string("expires_at", 30).notNullable();
    t.primary(["issuer", "nonce"]);
    t.index(["expires_at"]);
  });

  await knex.schema.createTable("sessions", (t) => {
    t.string("token_hash", 64).primary();
    t.text("viewer").notNullable();
    t.text("launch").nullable();
    t.string("csrf_token", 64).notNullable();
    t.string("created_at", 30).notNullable();
    t.string("expires_at", 30).notNullable();
    t.index(["expires_at"]);
  });

  await knex.schema.createTable("session_handoffs", (t) => {
    t.string("handoff_hash", 64).primary();
    t.string("session_hash", 64).notNullable();
    t.string("expires_at", 30).notNullable();
    t.index(["expires_at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    "session_handoffs",
    "sessions",
    "lti_nonces",
    "lti_logins",
    "lti_registration_tokens",
    "lti_deployments",
    "lti_access_tokens",
    "lti_keys",
    "lti_platform_status",
    "lti_platforms",
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
