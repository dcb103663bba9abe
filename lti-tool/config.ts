import type { CookiePolicy } from "./session/cookies.ts";
import { cookiePolicy } from "./session/cookies.ts";

/** The LTI side's settings, read from the environment (see README "LTI / Moodle"). */
export interface LtiConfig {
  /** The tool's external base URL (PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** Encrypts the tool's private keys at rest (LTI_KEY). */
  key: string;
  cookies: CookiePolicy;
  /**
   * Hosts whose platforms may register without a registration token (LTI_REGISTRATION_HOSTS,
   * e.g. a ministry's Moodle farm). Everyone else needs a token from `npm run admin`.
   */
  registrationHosts: string[];
  /** Lets registration, JWKS and roster fetches reach private addresses (development only). */
  allowPrivateAddresses: boolean;
  /** How long after a JWKS fetch an unknown key id may trigger another fetch. */
  jwksCooldownMs: number;
}

/** Only for http://localhost development; a production start without LTI_KEY is refused. */
export const DEVELOPMENT_LTI_KEY = "development-only-lti-key-do-not-use-in-production";

export function loadLtiConfig(publicUrl: string, env: NodeJS.ProcessEnv = process.env): LtiConfig {
  const https = publicUrl.startsWith("https://");
  const key = env.LTI_KEY ?? "";
  if (https && key.length < 32) {
    throw new Error(
      "LTI_KEY must be set to a random secret of at least 32 characters when PUBLIC_URL is https " +
        "(it encrypts the tool's private keys; generate one with `openssl rand -base64 48`).",
    );
  }
  const cookieMode = env.LTI_COOKIES || (https ? "secure" : "development");
  if (cookieMode !== "secure" && cookieMode !== "development") {
    throw new Error(`LTI_COOKIES must be "secure" or "development"; got "${cookieMode}".`);
  }
  const cooldown = env.LTI_JWKS_COOLDOWN_MS ? Number(env.LTI_JWKS_COOLDOWN_MS) : 30_000;
  if (!Number.isInteger(cooldown) || cooldown < 0) {
    throw new Error(
      `LTI_JWKS_COOLDOWN_MS must be a number of milliseconds; got "${env.LTI_JWKS_COOLDOWN_MS}".`,
    );
  }
  return {
    publicUrl,
    key: key || DEVELOPMENT_LTI_KEY,
    cookies: cookiePolicy(cookieMode),
    registrationHosts: (env.LTI_REGISTRATION_HOSTS ?? "")
      .split(",")
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ""),
    allowPrivateAddresses: env.ALLOW_PRIVATE_REGISTRATION_URLS === "true",
    jwksCooldownMs: cooldown,
  };
}
