import type { MatrixClient } from "@vector-im/matrix-bot-sdk";

/**
 * The bot's token is not a Synapse server admin's (or the homeserver has no Synapse admin
 * API): pupils' accounts cannot be made. `reason` is for the log; the pages tell the
 * teacher what the Matrix admin must do (README "Matrix", point 4).
 */
export class NoAdminRights extends Error {
  constructor(reason: string) {
    super(
      `pupils' Matrix accounts need the bot account to be a Synapse server admin (admin: true): ${reason}`,
    );
    this.name = "NoAdminRights";
  }
}

/** The few calls of Synapse's admin API the bot needs, through its retrying client. */
export class SynapseAdmin {
  readonly #client: Pick<MatrixClient, "doRequest">;

  constructor(client: Pick<MatrixClient, "doRequest">) {
    this.#client = client;
  }

  /**
   * Creates the account or, when it exists, sets a new password (PUT is create-or-modify,
   * so repeating it after a lost answer is safe). Other devices are logged out, so an old
   * password's session ends with it.
   */
  async putUser(userId: string, account: { password: string; displayname: string }): Promise<void> {
    await this.#admin("PUT", `/_synapse/admin/v2/users/${encodeURIComponent(userId)}`, {
      password: account.password,
      displayname: account.displayname,
      admin: false,
      deactivated: false,
      logout_devices: true,
    });
  }

  /** Deactivates and erases the account (messages hidden from later joiners); unknown accounts are done. */
  async deactivate(userId: string): Promise<void> {
    try {
      await this.#admin("POST", `/_synapse/admin/v1/deactivate/${encodeURIComponent(userId)}`, {
        erase: true,
      });
    } catch (error) {
      if ((error as { statusCode?: unknown }).statusCode === 404) return;
      throw error;
    }
  }

  async #admin(method: "PUT" | "POST", path: string, body: unknown): Promise<void> {
    try {
      await this.#client.doRequest(method, path, null, body);
    } catch (error) {
      const e = error as { statusCode?: unknown; errcode?: unknown };
      // 403 M_FORBIDDEN "You are not a server admin"; a non-Synapse server answers 404 M_UNRECOGNIZED.
      if (e.statusCode === 403 || e.errcode === "M_UNRECOGNIZED") {
        throw new NoAdminRights(
          `${method} ${path.split("/").slice(0, 5).join("/")} answered ${String(e.errcode)}`,
        );
      }
      throw error;
    }
  }
}
