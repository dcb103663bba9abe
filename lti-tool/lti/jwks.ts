import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from "jose";
import { outboundFetch, type OutboundPolicy } from "./outbound.ts";

/**
 * The platforms' public keys, cached per JWKS URL: a launch costs no fetch while the cached
 * set is fresh (10 minutes), and a token signed with a key id the cache does not know makes
 * one refetch (a platform rotated its keys), at most once per cooldown so that forged key
 * ids cannot make us hammer the platform. Fetches go through the outbound guard.
 */
export class PlatformKeys {
  readonly #sets = new Map<string, JWTVerifyGetKey>();
  readonly #policy: OutboundPolicy;
  readonly #cooldownMs: number;

  constructor(policy: OutboundPolicy, cooldownMs: number) {
    this.#policy = policy;
    this.#cooldownMs = cooldownMs;
  }

  for(jwksUrl: string): JWTVerifyGetKey {
    let set = this.#sets.get(jwksUrl);
    if (!set) {
      set = createRemoteJWKSet(new URL(jwksUrl), {
        cooldownDuration: this.#cooldownMs,
        cacheMaxAge: 10 * 60_000,
        timeoutDuration: 5000,
        [customFetch]: outboundFetch(this.#policy),
      });
      this.#sets.set(jwksUrl, set);
    }
    return set;
  }
}
