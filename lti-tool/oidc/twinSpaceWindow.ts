import { type Request, type Response, Router } from "express";
import { type CookiePolicy, readCookie } from "../session/cookies.ts";
import { requestTranslator } from "../session/middleware.ts";
import { newWindowAction, sendNotice } from "../session/notice.ts";
import type { SessionStore } from "../session/session.ts";
import { html } from "../web/html.ts";
import { OIDC_PATH } from "./provider.ts";

/** Where /lti/handoff continues: a tool path that only ever leads into MATRIX_CLIENT_URL. */
export const CLIENT_REDIRECT_PATH = `${OIDC_PATH}/twinspace`;

/**
 * A Matrix room alias (`#…:server`) or id (`!…`, with no server part from room version 12 on),
 * as the project's space is recorded; it only ever travels encoded in the client's fragment.
 */
function roomAddress(value: unknown): string | undefined {
  return typeof value === "string" && /^[#!]\S{1,254}$/.test(value) ? value : undefined;
}

/**
 * "Open the TwinSpace" (mounted under /app, behind requireSession and csrfProtection). The
 * button posts from wherever the session cookie is, usually the LMS's iframe; when the LMS is
 * on another site that cookie is partitioned to it, so the new top-level window where the
 * homeserver signs the person in would have none. The answer is a link that opens the new
 * window through /lti/handoff with a single-use, one-minute handoff of a short-lived copy of
 * the session (`SessionStore.handoffForNewWindow`), which sets the cookie first-party there
 * and continues to the web client at the project's space.
 */
export function twinSpaceWindowRoutes(sessions: SessionStore, cookies: CookiePolicy): Router {
  const router = Router();
  router.post("/twinspace", (req, res, next) => {
    openTwinSpace(sessions, cookies, req, res).catch(next);
  });
  return router;
}

async function openTwinSpace(
  sessions: SessionStore,
  cookies: CookiePolicy,
  req: Request,
  res: Response,
): Promise<void> {
  const t = requestTranslator(req, res);
  const room = roomAddress((req.body as Record<string, unknown> | undefined)?.room);
  if (!room) {
    return sendNotice(res, 400, t, {
      title: t.t("twinspace.window.bad_room.title"),
      message: t.t("twinspace.window.bad_room.body"),
    });
  }
  const handoff = await sessions.handoffForNewWindow(readCookie(req, cookies.sessionCookieName) ?? "");
  if (!handoff) {
    return sendNotice(res, 401, t, {
      title: t.t("session.required.title"),
      message: t.t("session.required.body"),
    });
  }
  const next = `${CLIENT_REDIRECT_PATH}?${new URLSearchParams({ room }).toString()}`;
  const link = `/lti/handoff?${new URLSearchParams({ handoff, next }).toString()}`;
  sendNotice(res, 200, t, {
    title: t.t("twinspace.window.title"),
    message: t.t("twinspace.window.body"),
    action: newWindowAction(
      link,
      html`${t.t("twinspace.open")}<span class="vh"> (${t.t("twinspace.new_window")})</span>`,
      "button primary",
    ),
  });
}

/**
 * The last step of the handoff: into the web client at the room. Only ever MATRIX_CLIENT_URL
 * (the room goes in the fragment), so `next` cannot be turned into an open redirect.
 */
export function clientRedirect(clientUrl: string): (req: Request, res: Response) => void {
  return (req, res) => {
    const room = roomAddress(req.query.room);
    res.redirect(303, room ? `${clientUrl}/#/room/${encodeURIComponent(room)}` : `${clientUrl}/`);
  };
}
