import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { log, type Logger, redactPath } from "../../ops/log.ts";

/**
 * Gives each request an id (answered as `X-Request-Id`, so a person reporting a problem can
 * quote it) and a child logger that puts the id, the method and the redacted path on every
 * line about the request. The id is always ours: an incoming header could forge or flood it.
 */
export function requestLogging(req: Request, res: Response, next: NextFunction): void {
  const requestId = randomUUID();
  res.setHeader("X-Request-Id", requestId);
  res.locals.log = log.child({ requestId, method: req.method, path: redactPath(req.originalUrl) });
  next();
}

/** The logger of the request being answered (the process's logger outside a request). */
export function requestLog(res: Response): Logger {
  return (res.locals.log as Logger | undefined) ?? log;
}
