import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Translator } from "../../core/index.ts";
import { webMessages } from "../web/i18n/index.ts";
import { type CookiePolicy, readCookie } from "./cookies.ts";
import { sendNotice } from "./notice.ts";
import { requestLog } from "../web/requestLog.ts";
import { type Session, type SessionStore, sameSecret } from "./session.ts";

/** The session of the request, set by loadSession; undefined when there is none. */
export function currentSession(res: Response): Session | undefined {
  return res.locals.session as Session | undefined;
}

/** Reads the session cookie and sets `res.locals.session` (a Session, or undefined). */
export function loadSession(store: SessionStore, cookies: CookiePolicy): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = readCookie(req, cookies.sessionCookieName);
    res.locals.session = undefined;
    if (!token) return next();
    store.find(token).then((session) => {
      res.locals.session = session;
      next();
    }, next);
  };
}

/** The translator for a request: the launch's language (else the browser's) and the person's time zone. */
export function requestTranslator(req: Request, res: Response): Translator {
  const viewer = currentSession(res)?.viewer;
  const locale = viewer?.locale ?? (req.acceptsLanguages(...webMessages.locales) || undefined);
  return webMessages.translator(locale, viewer?.kind === "account" ? viewer.timeZone : undefined);
}

/** No session → 401 with a page that tells the person to open the tool from their course. */
export const requireSession: RequestHandler = (req, res, next) => {
  if (currentSession(res)) return next();
  const t = requestTranslator(req, res);
  sendNotice(res, 401, t, { title: t.t("session.required.title"), message: t.t("session.required.body") });
};

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Changing requests must carry the session's CSRF token as the form field `_csrf` (the body
 * must already be parsed) or the `X-CSRF-Token` header; compared in constant time.
 */
export const csrfProtection: RequestHandler = (req, res, next) => {
  if (!UNSAFE_METHODS.has(req.method)) return next();
  const expected = currentSession(res)?.csrfToken;
  const body = req.body as Record<string, unknown> | undefined;
  // A file upload (multipart) is read by its route, after this check: its form carries the
  // token in the action's query string instead (query strings are redacted from log lines).
  const inQuery =
    req.is("multipart/form-data") && typeof req.query._csrf === "string" ? req.query._csrf : undefined;
  const sent = typeof body?._csrf === "string" ? body._csrf : (req.get("X-CSRF-Token") ?? inQuery);
  if (expected && sent && sameSecret(sent, expected)) return next();
  const t = requestTranslator(req, res);
  sendNotice(res, 403, t, { title: t.t("session.csrf.title"), message: t.t("session.csrf.body") });
};

/**
 * Changing requests must come from our own pages: the browser's `Origin` (the `Referer`'s
 * origin when a browser sends no Origin) must be the tool's public origin. This is a second
 * lock beside the CSRF token, and also covers requests that have no session yet. `exempt`
 * names the endpoints that platforms post to (LTI login, launch, registration): they check
 * their own signed messages and state instead. `publicUrl` is read per request.
 */
export function sameOriginChanges(
  publicUrl: () => string,
  exempt: (path: string) => boolean,
): RequestHandler {
  return (req, res, next) => {
    if (!UNSAFE_METHODS.has(req.method) || exempt(req.path)) return next();
    if (fromOurPages(req, new URL(publicUrl()).origin)) return next();
    requestLog(res).warn(
      { origin: req.get("Origin") ?? "absent", fetchSite: req.get("Sec-Fetch-Site") ?? "absent" },
      "refused a change from another origin",
    );
    const t = requestTranslator(req, res);
    sendNotice(res, 403, t, { title: t.t("session.origin.title"), message: t.t("session.origin.body") });
  };
}

/**
 * Whether a changing request comes from one of our own pages. Browsers say so in
 * `Sec-Fetch-Site`, whatever the referrer policy; with `Referrer-Policy: no-referrer` they
 * send `Origin: null` even on our own forms, so `Origin` decides only where a client sends
 * no `Sec-Fetch-Site` (older browsers, scripts), and must then be ours.
 */
function fromOurPages(req: Request, ourOrigin: string): boolean {
  const site = req.get("Sec-Fetch-Site");
  if (site) return site === "same-origin";
  return req.get("Origin") === ourOrigin;
}

/** A browser-session cookie: the database's expiry decides how long it is good for. */
export function setSessionCookie(res: Response, token: string, cookies: CookiePolicy): void {
  res.cookie(cookies.sessionCookieName, token, cookies.options);
}
