import type { CookiePolicy } from "./session/cookies.ts";

/** The LTI side's settings (validated from the environment by app/config.ts; README "LTI / Moodle"). */
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
