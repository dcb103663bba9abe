import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import type { Id } from "../../core/index.ts";
import { type EmailKind, isEmailKind } from "./kinds.ts";

/** What an unsubscribe link stops: one kind of notification, or every e-mail ("all", from a digest). */
export type UnsubscribeScope = EmailKind | "all";

export interface UnsubscribeRequest {
  accountId: Id;
  scope: UnsubscribeScope;
}

const AUDIENCE = "opentwinning:email-unsubscribe";

/**
 * Signs and checks the one-click unsubscribe links (RFC 8058): a JWT (HS256, jose) holding the
 * account and the scope, so the link works without a session and cannot be made up. The key
 * is derived from the tool's secret (LTI_KEY) for this one use. Links do not expire: an old
 * e-mail's link must still work.
 */
export class UnsubscribeTokens {
  readonly #key: Uint8Array;

  constructor(secret: string) {
    this.#key = createHmac("sha256", secret).update("email-unsubscribe").digest();
  }

  sign({ accountId, scope }: UnsubscribeRequest): Promise<string> {
    return new SignJWT({ scope })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(accountId)
      .setAudience(AUDIENCE)
      .sign(this.#key);
  }

  /** The request a genuine token carries; undefined for a forged, altered or malformed one. */
  async verify(token: string): Promise<UnsubscribeRequest | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.#key, { audience: AUDIENCE, algorithms: ["HS256"] });
      const scope = payload.scope;
      if (!payload.sub || (scope !== "all" && !isEmailKind(scope))) return undefined;
      return { accountId: payload.sub, scope };
    } catch {
      return undefined;
    }
  }
}
