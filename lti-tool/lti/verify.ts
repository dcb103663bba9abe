import { decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from "jose";
import type { PlatformKeys } from "./jwks.ts";
import type { PlatformRecord } from "./provider.ts";
import { LtiRefusal } from "./refusal.ts";
import type { LoginRecord } from "./store.ts";

/** Launch tokens older than this (by iat) are refused; platforms sign them right before the POST. */
export const MAX_TOKEN_AGE_S = 5 * 60;
/** Tolerated clock difference between the platform and us. */
export const CLOCK_TOLERANCE_S = 60;
export const MAX_TOKEN_LENGTH = 32 * 1024;

/** Before any key lookup: the token must at least look like an RS256 JWS with a key id. */
export function checkTokenShape(idToken: string): void {
  if (idToken.length > MAX_TOKEN_LENGTH)
    throw new LtiRefusal("too_large", `id_token of ${idToken.length} bytes`);
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(idToken);
  } catch {
    throw new LtiRefusal("request", "id_token is not a JWS");
  }
  // LTI Core §5.1.3: RS256 only. This also refuses `alg: none` and HS256 signed with the public key.
  if (header.alg !== "RS256") throw new LtiRefusal("signature", `alg ${String(header.alg)} is not RS256`);
  if (typeof header.kid !== "string" || header.kid === "")
    throw new LtiRefusal("signature", "no kid in header");
}

/**
 * Verifies the id_token against the platform of the login it answers: signature by the
 * platform's JWKS (refetched once for an unknown kid), iss = the login's issuer, aud
 * contains our client id, azp = our client id whenever aud lists several audiences (OIDC
 * Core §3.1.3.7, which ltijs skips when azp is absent), exp, iat not older than
 * MAX_TOKEN_AGE_S and not in the future, and the nonce the login issued (ltijs checks only
 * that a nonce was not seen before).
 */
export async function verifyIdToken(
  idToken: string,
  login: LoginRecord,
  platform: PlatformRecord,
  keys: PlatformKeys,
): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, keys.for(platform.jwksUrl), {
      algorithms: ["RS256"],
      issuer: login.issuer,
      audience: login.clientId,
      maxTokenAge: MAX_TOKEN_AGE_S,
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ["exp", "iat", "nonce", "sub"],
    }));
  } catch (error) {
    throw refusalFor(error);
  }
  const now = Date.now() / 1000;
  if (typeof payload.iat === "number" && payload.iat > now + CLOCK_TOLERANCE_S) {
    throw new LtiRefusal("time", `iat ${payload.iat} lies in the future`);
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== login.clientId) {
    throw new LtiRefusal("audience", `azp ${String(payload.azp)} is not ${login.clientId}`);
  }
  if (payload.nonce !== login.nonce) throw new LtiRefusal("replay", "nonce is not the one this login issued");
  return payload;
}

function refusalFor(error: unknown): LtiRefusal {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof errors.JWTExpired) return new LtiRefusal("time", message);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iat" || error.claim === "exp" || error.claim === "nbf") {
      return new LtiRefusal("time", message);
    }
    if (error.claim === "iss" || error.claim === "aud") return new LtiRefusal("audience", message);
    return new LtiRefusal("message", message);
  }
  if (error instanceof errors.JWKSTimeout) return new LtiRefusal("platform_unreachable", message);
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return new LtiRefusal("signature", message);
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return new LtiRefusal("request", message);
  }
  // JWKS fetch failures (network, status, not JSON) and anything unexpected from the key set.
  return new LtiRefusal("platform_unreachable", message);
}
