import type { Request, Response } from "express";
import { Router } from "express";
import { currentSession, requestTranslator, setSessionCookie } from "../session/middleware.ts";
import { sendNotice } from "../session/notice.ts";
import { html } from "../web/html.ts";
import { handle, type LtiContext } from "./context.ts";

/** Only paths of this tool: no open redirect through `next`. */
function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/app";
}

/**
 * After a launch the browser comes here. If the session cookie came back, on it goes. If
 * not, the browser blocked the tool's cookie inside the LMS's iframe: the page offers to
 * open OpenTwinning in a new window through a single-use, five-minute handoff link, which
 * sets the cookie first-party there.
 */
export function handoffRoutes(lti: LtiContext): Router {
  const router = Router();
  router.get("/continue", (req: Request, res: Response) => {
    const next = safeNext(req.query.next);
    if (currentSession(res)) return res.redirect(303, next);
    const handoff = typeof req.query.handoff === "string" ? req.query.handoff : "";
    const t = requestTranslator(req, res);
    const link = `/lti/handoff?${new URLSearchParams({ handoff, next }).toString()}`;
    sendNotice(res, 200, t, {
      title: t.t("lti.cookies_blocked.title"),
      message: t.t("lti.cookies_blocked.body"),
      action: html`<p>
        <a class="button" href="${link}" target="_blank" rel="noopener">${t.t("lti.new_window.action")}</a>
      </p>`,
    });
  });
  router.get(
    "/handoff",
    handle(async (req, res) => {
      const handoff = typeof req.query.handoff === "string" ? req.query.handoff : "";
      const redeemed = handoff ? await lti.sessions.redeemHandoff(handoff) : undefined;
      if (!redeemed) {
        const t = requestTranslator(req, res);
        return sendNotice(res, 401, t, {
          title: t.t("lti.handoff_used.title"),
          message: t.t("lti.handoff_used.body"),
        });
      }
      setSessionCookie(res, redeemed.token, lti.config.cookies);
      res.redirect(303, safeNext(req.query.next));
    }),
  );
  return router;
}
