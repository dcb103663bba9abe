import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/**
 * Security headers for every response. The CSP allows only our own scripts, styles and
 * images (no inline script: a per-response nonce is available for the rare exception) and
 * lets any LMS frame the tool, since the tool is made to run inside LMS iframes; pages that
 * must never be framed set `frame-ancestors 'none'` themselves.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors *",
    ].join("; "),
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  // No page's address leaves the tool: a handoff or registration link must not travel in a Referer.
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000");
  next();
}

/**
 * Pages and answers that carry personal data must not stay in the cache of a shared
 * classroom PC, where the next person could open them from the history. Everything under
 * /app and /lti gets `no-store`, except the public keyset (`/lti/keys`), which platforms
 * may cache; static assets are served before this and keep their own caching.
 */
export function noStore(req: Request, res: Response, next: NextFunction): void {
  if (req.originalUrl.split("?")[0] !== "/lti/keys") res.setHeader("Cache-Control", "no-store");
  next();
}
