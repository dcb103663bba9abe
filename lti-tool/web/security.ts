import { randomBytes } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";

/**
 * Security headers for every response. The CSP allows only our own scripts, styles and
 * images (no inline script: a per-response nonce is available for the rare exception).
 * The tool runs inside LMS iframes, so `frame-ancestors` lists the registered platforms'
 * origins (`frameAncestors`, cached by its owner) besides our own; nobody else may frame it.
 */
export function securityHeaders(frameAncestors: () => Promise<readonly string[]>): RequestHandler {
  return (req, res, next) => {
    frameAncestors().then((origins) => {
      setHeaders(req, res, origins);
      next();
    }, next);
  };
}

function setHeaders(req: Request, res: Response, frameOrigins: readonly string[]): void {
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
      ["frame-ancestors 'self'", ...frameOrigins].join(" "),
    ].join("; "),
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  // No page's address leaves the tool: a handoff or registration link must not travel in a Referer.
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000");
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
