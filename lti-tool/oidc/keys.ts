import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import type { Knex } from "knex";
import { decrypt, encrypt } from "../lti/ltijsDatabase.ts";

/** A retired key stays published this long, so tokens it signed still verify. */
const RETIRED_KEY_PUBLISHED_MS = 24 * 60 * 60 * 1000;

/**
 * The provider's signing keys in `oidc_keys`, encrypted with LTI_KEY like the LTI keys. The
 * newest unretired key signs; `rotate` makes a new one and retires the others, which stay in
 * the JWKS for a day. The provider reads the keys when it starts.
 */
export class SigningKeys {
  readonly #knex: Knex;
  readonly #secret: string;

  constructor(knex: Knex, secret: string) {
    this.#knex = knex;
    this.#secret = secret;
  }

  /** Private JWKs, the signing key first; one is made on first use. */
  async current(now = new Date()): Promise<JWK[]> {
    const keys = await this.#published(now);
    if (keys.length > 0) return keys;
    await this.#create(now);
    return this.#published(now);
  }

  /** A new signing key; the old ones retire (still published for a day). */
  async rotate(now = new Date()): Promise<string> {
    return this.#knex.transaction(async (trx) => {
      await trx("oidc_keys").whereNull("retired_at").update({ retired_at: now.toISOString() });
      return this.#create(now, trx);
    });
  }

  async #published(now: Date): Promise<JWK[]> {
    const since = new Date(now.getTime() - RETIRED_KEY_PUBLISHED_MS).toISOString();
    const rows: { private_jwk: string; retired_at: string | null }[] = await this.#knex("oidc_keys")
      .where((q) => q.whereNull("retired_at").orWhere("retired_at", ">", since))
      .orderBy("created_at", "desc")
      .select("private_jwk", "retired_at");
    const active = rows.filter((row) => row.retired_at === null);
    const retired = rows.filter((row) => row.retired_at !== null);
    return [...active, ...retired].map((row) => {
      const { iv, data } = JSON.parse(row.private_jwk) as { iv: string; data: string };
      return JSON.parse(decrypt(data, iv, this.#secret)) as JWK;
    });
  }

  async #create(now: Date, knex: Knex | Knex.Transaction = this.#knex): Promise<string> {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = randomUUID();
    const jwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
    await knex("oidc_keys").insert({
      kid,
      private_jwk: JSON.stringify(encrypt(JSON.stringify(jwk), this.#secret)),
      created_at: now.toISOString(),
      retired_at: null,
    });
    return kid;
  }
}
