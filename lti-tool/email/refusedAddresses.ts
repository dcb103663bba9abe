import type { Knex } from "knex";
import type { Id } from "../../core/index.ts";

export interface AddressRefusal {
  address: string;
  responseCode: number;
  refusedAt: string;
}

/**
 * A permanent SMTP refusal (5xx) is the receiving server saying "never": retrying it would only
 * hold the outbox. Temporary ones (4xx, a connection that failed) are retried with back-off.
 */
export function permanentRefusalCode(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600 ? code : undefined;
}

/** Addresses whose mail server refused our e-mail for good (`refused_email_addresses`). */
export class RefusedAddresses {
  readonly #knex: Knex;

  constructor(knex: Knex) {
    this.#knex = knex;
  }

  /** The refusal that still applies: the account's current address is the one refused. */
  async of(accountId: Id, currentAddress: string): Promise<AddressRefusal | undefined> {
    const row: { address: string; response_code: number; refused_at: string } | undefined = await this.#knex(
      "refused_email_addresses",
    )
      .where({ account_id: accountId })
      .first();
    if (!row || row.address !== currentAddress) return undefined;
    return { address: row.address, responseCode: row.response_code, refusedAt: row.refused_at };
  }

  async record(accountId: Id, refusal: AddressRefusal): Promise<void> {
    const row = {
      address: refusal.address,
      response_code: refusal.responseCode,
      refused_at: refusal.refusedAt,
    };
    await this.#knex("refused_email_addresses")
      .insert({ account_id: accountId, ...row })
      .onConflict("account_id")
      .merge(["address", "response_code", "refused_at"]);
  }
}
