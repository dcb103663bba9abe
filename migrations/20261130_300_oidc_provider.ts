import type { Knex } from "knex";

/**
 * OpenTwinning as the homeserver's OpenID Connect provider (lti-tool/oidc/):
 * - `oidc_keys`: the signing keys (private JWK, encrypted like the LTI keys); the newest
 *   unretired key signs, retired ones stay published until their tokens have expired;
 * - `oidc_models`: oidc-provider's short-lived records (interactions, codes, tokens, grants),
 *   each with its expiry; a consumed code is kept, marked, so a replay is recognised;
 * - `oidc_subjects`: one random, never reused `sub` per person and the Matrix localpart given
 *   at the first sign-in (the homeserver keeps using the account it made then).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("oidc_keys", (t) => {
    t.string("kid", 64).primary();
    t.text("private_jwk").notNullable();
    t.string("created_at", 30).notNullable();
    t.string("retired_at", 30).nullable();
  });
  await knex.schema.createTable("oidc_models", (t) => {
    t.string("kind", 40).notNullable();
    t.string("id", 255).notNullable();
    t.text("payload").notNullable();
    t.string("grant_id", 255).nullable();
    t.string("uid", 255).nullable();
    t.string("expires_at", 30).nullable();
    t.primary(["kind", "id"]);
    t.index(["grant_id"]);
    t.index(["uid"]);
    t.index(["expires_at"]);
  });
  await knex.schema.createTable("oidc_subjects", (t) => {
    t.string("subject", 64).primary();
    t.string("account_id", 36).nullable().unique();
    t.string("pupil_id", 36).nullable().unique();
    t.string("localpart", 255).notNullable().unique();
    t.string("created_at", 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("oidc_subjects");
  await knex.schema.dropTableIfExists("oidc_models");
  await knex.schema.dropTableIfExists("oidc_keys");
}
