import type { NextFunction, Request, Response } from "express";
import { requestTranslator } from "../session/middleware.ts";
import { sendNotice } from "../session/notice.ts";
import { requestLog } from "./requestLog.ts";

/**
 * NUL characters (U+0000): no text of ours may hold one. In a path or a query (ids, search
 * text) the request is refused here, before anything reads the database. In a form, core
 * refuses control characters in text fields with a message naming the field and the form kept
 * (core/rules/text.ts); a NUL in any other field (an id) reaches PostgreSQL, which fails on it
 * (SQLite finds nothing), and `isNulRefusedByDatabase` lets the error page answer it the same
 * way instead of with a 500. Either way the transaction wrote nothing.
 */
export function refuseNulInAddress(req: Request, res: Response, next: NextFunction): void {
  if (!carriesNul(req.originalUrl) && !carriesNul(req.query)) return next();
  sendNulRefusal(req, res);
}

export function sendNulRefusal(req: Request, res: Response): void {
  requestLog(res).warn("refused a request carrying a NUL character");
  const t = requestTranslator(req, res);
  sendNotice(res, 400, t, { title: t.t("request.nul.title"), message: t.t("request.nul.body") });
}

/** PostgreSQL's "invalid byte sequence for encoding UTF8: 0x00" (character_not_in_repertoire). */
export function isNulRefusedByDatabase(error: unknown): boolean {
  return (error as { code?: unknown }).code === "22021";
}

function carriesNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000") || /%00/i.test(value);
  if (Array.isArray(value)) return value.some(carriesNul);
  if (value && typeof value === "object") return Object.values(value).some(carriesNul);
  return false;
}
