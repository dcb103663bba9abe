import { refusals } from "../../ops/metrics.ts";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { type CoreDeps, isDomainError } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";
import type { LtiConfig } from "../config.ts";
import { requestTranslator } from "../session/middleware.ts";
import { sendNotice } from "../session/notice.ts";
import type { SessionStore } from "../session/session.ts";
import { requestLog } from "../web/requestLog.ts";
import { PlatformKeys } from "./jwks.ts";
import type { OutboundPolicy } from "./outbound.ts";
import { createLtiProvider, type LtiProvider } from "./provider.ts";
import { LtiRefusal, sendRefusal } from "./refusal.ts";
import type { PlatformOrigins } from "./platformOrigins.ts";
import { noPupilCredentials, type PupilCredentials } from "./pupilCredentials.ts";
import { Deployments, Logins, Nonces, RegistrationTokens } from "./store.ts";

/** Everything the LTI routes share, built once per app. */
export interface LtiContext {
  config: LtiConfig;
  core: CoreDeps;
  database: Database;
  provider: LtiProvider;
  keys: PlatformKeys;
  outbound: OutboundPolicy;
  sessions: SessionStore;
  deployments: Deployments;
  registrationTokens: RegistrationTokens;
  logins: Logins;
  nonces: Nonces;
  pupilCredentials: PupilCredentials;
  /** Who may frame the tool; a registration makes it read the platforms again. */
  platformOrigins: PlatformOrigins;
}

export interface LtiContextOptions {
  config: LtiConfig;
  core: CoreDeps;
  database: Database;
  sessions: SessionStore;
  pupilCredentials?: PupilCredentials | undefined;
  platformOrigins: PlatformOrigins;
}

export function createLtiContext(options: LtiContextOptions): LtiContext {
  const knex = options.database.knex;
  const outbound: OutboundPolicy = { allowPrivateAddresses: options.config.allowPrivateAddresses };
  return {
    ...options,
    provider: createLtiProvider(knex, options.config.key),
    keys: new PlatformKeys(outbound, options.config.jwksCooldownMs),
    outbound,
    deployments: new Deployments(knex),
    registrationTokens: new RegistrationTokens(knex),
    logins: new Logins(knex),
    nonces: new Nonces(knex),
    pupilCredentials: options.pupilCredentials ?? noPupilCredentials,
  };
}

/**
 * An async route whose refusals become pages: LtiRefusal (the LTI side's own), core's
 * DomainError (a rule said no: 403 with the rule's translated text); anything else goes to
 * the app's error handler.
 */
export function handle(work: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    work(req, res).catch((error: unknown) => {
      if (error instanceof LtiRefusal) return sendRefusal(req, res, error);
      if (isDomainError(error)) {
        requestLog(res).warn({ refusal: error.code }, error.message);
        refusals.inc({ reason: error.code });
        const t = requestTranslator(req, res);
        return sendNotice(res, 403, t, { title: t.t("lti.domain_refusal.title"), message: t.error(error) });
      }
      next(error);
    });
  };
}
