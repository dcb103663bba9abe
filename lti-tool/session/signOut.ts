import { type Request, type Response, Router } from "express";
import { type CookiePolicy, readCookie } from "./cookies.ts";
import { csrfProtection, currentSession, requestTranslator } from "./middleware.ts";
import { sendNotice } from "./notice.ts";
import type { SessionStore } from "./session.ts";

/**
 * Signing out (the button in every signed-in page's header): the session row and its tickets
 * go, the cookie is cleared, and the browser lands on a page that says what to do next. A
 * request without a (live) session only clears the cookie: there is nothing to forge, so no
 * CSRF token is asked for; with a session the token is required like for every change.
 */
export function signOutRoutes(sessions: SessionStore, cookies: CookiePolicy): Router {
  const router = Router();
  router.post(
    "/sign-out",
    (req, res, next) => (currentSession(res) ? csrfProtection(req, res, next) : next()),
    (req: Request, res: Response, next) => {
      const token = readCookie(req, cookies.sessionCookieName);
      Promise.resolve(token && sessions.destroy(token)).then(() => {
        res.clearCookie(cookies.sessionCookieName, cookies.options);
        res.redirect(303, "/signed-out");
      }, next);
    },
  );
  router.get("/signed-out", (req, res) => {
    const t = requestTranslator(req, res);
    sendNotice(res, 200, t, {
      title: t.t("session.signed_out.title"),
      message: t.t("session.signed_out.body"),
    });
  });
  return router;
}
