import type { Request, Response } from "express";
import { Router } from "express";
import { readCookie } from "../session/cookies.ts";
import { currentSession, requestTranslator, setSessionCookie } from "../session/middleware.ts";
import { newWindowAction, sendNotice } from "../session/notice.ts";
import { handle, type LtiContext } from "./context.ts";

/** Only paths of this tool: no open redirect through `next`. */
function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/app";
}

function queryText(req: Request, name: string): string {
  const value = req.query[name];
  return typeof value === "string" ? value : "";
}

/**
 * After a launch the browser comes here with the launch's continuation ticket. If the
 * launch's session cookie came back, the ticket is dropped and on it goes: no link that opens
 * the session exists after a normal launch. An older session's cookie (someone else's, on a
 * shared PC) does not count: the launch's person never continues as another. Otherwise the
 * browser blocked the tool's cookie inside the LMS's iframe: only then is the ticket exchanged
 * for a handoff link (single use, one minute) that opens OpenTwinning in a new window and
 * sets the cookie first-party there.
 */
export function handoffRoutes(lti: LtiContext): Router {
  const router = Router();
  router.get(
    "/continue",
    handle(async (req, res) => {
      const next = safeNext(req.query.next);
      const continuation = queryText(req, "continuation");
      const cookie = readCookie(req, lti.config.cookies.sessionCookieName);
      if (cookie && currentSession(res) && (await lti.sessions.dropContinuation(continuation, cookie))) {
        return res.redirect(303, next);
      }
      const handoff = continuation ? await lti.sessions.handoffFor(continuation) : undefined;
      if (!handoff) return linkExpired(req, res);
      const t = requestTranslator(req, res);
      const link = `/lti/handoff?${new URLSearchParams({ handoff, next }).toString()}`;
      sendNotice(res, 200, t, {
        title: t.t("lti.cookies_blocked.title"),
        message: t.t("lti.cookies_blocked.body"),
        action: newWindowAction(link, t.t("lti.new_window.action")),
      });
    }),
  );
  router.get(
    "/handoff",
    handle(async (req, res) => {
      const handoff = queryText(req, "handoff");
      const redeemed = handoff ? await lti.sessions.redeemHandoff(handoff) : undefined;
      if (!redeemed) return linkExpired(req, res);
      setSessionCookie(res, redeemed.token, lti.config.cookies);
      res.redirect(303, safeNext(req.query.next));
    }),
  );
  return router;
}

function linkExpired(req: Request, res: Response): void {
  const t = requestTranslator(req, res);
  sendNotice(res, 401, t, { title: t.t("lti.handoff_used.title"), message: t.t("lti.handoff_used.body") });
}
