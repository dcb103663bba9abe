import type { Request, Response } from "express";
import { requestTranslator } from "../session/middleware.ts";
import { sendNotice } from "../session/notice.ts";
import { requestLog } from "../web/requestLog.ts";
import { refusals } from "../../ops/metrics.ts";

/**
 * Every way the LTI side refuses a request, with its HTTP status. Each has a title and a
 * text in the catalogues (`lti.refusal.<code>.title|body`) written for the person who can
 * act on it, usually the LMS administrator. `detail` is for the log only.
 */
export const REFUSAL_STATUS = {
  request: 400,
  too_large: 413,
  login_expired: 400,
  browser_mismatch: 400,
  insecure_cross_site: 400,
  unknown_platform: 400,
  target: 400,
  signature: 401,
  time: 401,
  audience: 401,
  replay: 401,
  unknown_deployment: 403,
  school_rejected: 403,
  message: 400,
  role: 403,
  pupil_unregistered: 403,
  pupil_not_in_project: 403,
  project_not_open: 403,
  platform_unreachable: 502,
  registration_token: 403,
  registration_target: 400,
  registration_failed: 502,
  roster_unavailable: 400,
  deep_linking_unavailable: 400,
} as const;

export type RefusalCode = keyof typeof REFUSAL_STATUS;

export class LtiRefusal extends Error {
  readonly code: RefusalCode;
  readonly detail: string;
  constructor(code: RefusalCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "LtiRefusal";
    this.code = code;
    this.detail = detail;
  }
}

/** Logs the refusal and answers with its status and a page that says what to do next. */
export function sendRefusal(req: Request, res: Response, refusal: LtiRefusal): void {
  requestLog(res).warn({ refusal: refusal.code, detail: refusal.detail }, "lti refused");
  refusals.inc({ reason: refusal.code });
  const t = requestTranslator(req, res);
  sendNotice(res, REFUSAL_STATUS[refusal.code], t, {
    title: t.t(`lti.refusal.${refusal.code}.title`),
    message: t.t(`lti.refusal.${refusal.code}.body`),
  });
}
