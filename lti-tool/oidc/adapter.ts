import type { Adapter, AdapterPayload } from "oidc-provider";
import type { Knex } from "knex";

/**
 * oidc-provider's storage in `oidc_models` (both dialects): one row per record and kind,
 * with its expiry. Expired rows read as absent and are swept on writes.
 */
export class KnexOidcAdapter implements Adapter {
  readonly #knex: Knex;
  readonly #kind: string;

  constructor(knex: Knex, kind: string) {
    this.#knex = knex;
    this.#kind = kind;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const now = Date.now();
    const row = {
      kind: this.#kind,
      id,
      payload: JSON.stringify(payload),
      grant_id: payload.grantId ?? null,
      uid: payload.uid ?? null,
      expires_at: expiresIn ? new Date(now + expiresIn * 1000).toISOString() : null,
    };
    await this.#knex.transaction(async (trx) => {
      await trx("oidc_models").where("expires_at", "<", new Date(now).toISOString()).delete();
      await trx("oidc_models").insert(row).onConflict(["kind", "id"]).merge();
    });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.#first({ id });
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.#first({ uid });
  }

  async findByUserCode(): Promise<AdapterPayload | undefined> {
    return undefined; // the device flow is not enabled
  }

  /** Marks a code (or token) used: oidc-provider then refuses its replay and revokes its grant. */
  async consume(id: string): Promise<void> {
    await this.#knex.transaction(async (trx) => {
      const payload = await this.#first({ id }, trx);
      if (!payload) return;
      payload.consumed = Math.floor(Date.now() / 1000);
      await trx("oidc_models")
        .where({ kind: this.#kind, id })
        .update({ payload: JSON.stringify(payload) });
    });
  }

  async destroy(id: string): Promise<void> {
    await this.#knex("oidc_models").where({ kind: this.#kind, id }).delete();
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.#knex("oidc_models").where({ grant_id: grantId }).delete();
  }

  async #first(
    where: Record<string, string>,
    knex: Knex | Knex.Transaction = this.#knex,
  ): Promise<AdapterPayload | undefined> {
    const row: { payload: string } | undefined = await knex("oidc_models")
      .where({ kind: this.#kind, ...where })
      .where((q) => q.whereNull("expires_at").orWhere("expires_at", ">", new Date().toISOString()))
      .first("payload");
    return row ? (JSON.parse(row.payload) as AdapterPayload) : undefined;
  }
}
