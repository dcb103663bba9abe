import type { CookieOptions, Request, Response } from "express";

/**
 * How the tool's cookies are written. Inside an LMS iframe the tool is a third party, so
 * production needs `SameSite=None; Secure` (Chrome rejects None without Secure) and
 * `Partitioned` (CHIPS: the cookie is kept per embedding site, which is how browsers that
 * phase out third-party cookies still allow it). Development on http://localhost uses
 * `SameSite=Lax` without Secure: launches work when the LMS runs on the same site
 * (localhost), and a cross-site iframe falls back to the "open in a new window" step.
 */
export interface CookiePolicy {
  mode: "secure" | "development";
  sessionCookieName: string;
  options: CookieOptions;
}

export function cookiePolicy(mode: CookiePolicy["mode"]): CookiePolicy {
  if (mode === "secure") {
    return {
      mode,
      // __Host- pins the cookie to this host and path /, and requires Secure.
      sessionCookieName: "__Host-ot_session",
      options: { httpOnly: true, secure: true, sameSite: "none", partitioned: true, path: "/" },
    };
  }
  return {
    mode,
    sessionCookieName: "ot_session",
    options: { httpOnly: true, secure: false, sameSite: "lax", path: "/" },
  };
}

/**
 * The cookie that binds one OIDC login to the browser that started it. One cookie per login
 * (named after the state's hash), so two launches racing in two frames do not overwrite
 * each other's.
 */
export function stateCookieName(policy: CookiePolicy, stateHash: string): string {
  return `${policy.mode === "secure" ? "__Host-" : ""}ot_state_${stateHash.slice(0, 16)}`;
}

/** Reads one cookie from the request header (no parser middleware needed). */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function writeCookie(
  res: Response,
  name: string,
  value: string,
  policy: CookiePolicy,
  maxAgeMs: number,
): void {
  res.cookie(name, value, { ...policy.options, maxAge: maxAgeMs });
}
