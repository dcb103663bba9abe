import { randomBytes } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";

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
  // No address of ours leaves the tool in a Referer. Not "no-referrer": with it, browsers send
  // `Origin: null` even on our own form posts, and the same-origin check of changes needs it.
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000");
}
