import express, { type ErrorRequestHandler, type Express } from "express";
import type { AdmissionLimits } from "./web/admission.ts";
import type { CoreDeps } from "../core/index.ts";
import type { Database } from "../store/database.ts";
import type { LtiConfig } from "./config.ts";
import { verificationRoutes } from "./certificates/routes.ts";
import { UNSUBSCRIBE_PATH } from "./email/emailNotifications.ts";
import { unsubscribeRoutes } from "./email/unsubscribeRoutes.ts";
import { createLtiContext } from "./lti/context.ts";
import { PlatformOrigins } from "./lti/platformOrigins.ts";
import { type PupilCredentials, pupilAccountsPage } from "./lti/pupilCredentials.ts";
import { isPlatformEndpoint, ltiRouter } from "./lti/routes.ts";
import type { OidcConfig } from "./oidc/config.ts";
import { type SsoPupilAccounts, SsoIdentities } from "./oidc/identities.ts";
import { isHomeserverEndpoint, OIDC_PATH, oidcRouter } from "./oidc/provider.ts";
import { CLIENT_REDIRECT_PATH, clientRedirect, twinSpaceWindowRoutes } from "./oidc/twinSpaceWindow.ts";
import { pagesRouter } from "./pages/index.ts";
import { showcaseRoutes } from "./showcase/routes.ts";
import type { MatrixSettings } from "./pages/pupilAccountsPort.ts";
import type { TwinSpaceDirectory, TwinSpaceTranscripts } from "./pages/twinSpaces.ts";
import {
  csrfProtection,
  loadSession,
  requestTranslator,
  requireSession,
  sameOriginChanges,
} from "./session/middleware.ts";
import { sendNotice } from "./session/notice.ts";
import { SessionStore } from "./session/session.ts";
import { signOutRoutes } from "./session/signOut.ts";
import { landingRoutes } from "./web/landing.ts";
import { requestLog, requestLogging } from "./web/requestLog.ts";
import { isNulRefusedByDatabase, refuseNulInAddress, sendNulRefusal } from "./web/nulGuard.ts";
import { noStore, securityHeaders } from "./web/security.ts";
import { metricsRoutes, requestMetrics } from "../ops/metricsRoutes.ts";
import { readinessRoutes } from "../ops/readiness.ts";

export interface ToolAppOptions {
  database: Database;
  core: CoreDeps;
  lti: LtiConfig;
  /** Where the roster import sends the teacher for the credentials sheet; follows `matrix` by default. */
  pupilCredentials?: PupilCredentials;
  /** The homeserver, the bot and pupils' Matrix accounts (matrix-bot/accounts); none without a bot. */
  matrix?: MatrixSettings | undefined;
  /** The TwinSpaces' rooms as the bot recorded them; without it every TwinSpace shows "being prepared". */
  twinSpaces?: TwinSpaceDirectory | undefined;
  /** The rooms' recent history, read by the bot, for a national unit's read-only look. */
  transcripts?: TwinSpaceTranscripts | undefined;
  /** Signing people in to the homeserver (lti-tool/oidc/); off without it. */
  oidc?: { config: OidcConfig; pupilAccounts: SsoPupilAccounts } | undefined;
  /** False when /metrics is served on its own port (METRICS_PORT) instead. */
  serveMetrics?: boolean;
  /** Whether e-mail notifications are sent (SMTP configured; lti-tool/email/). */
  emailEnabled?: boolean;
  /** Partner searches at once and their wait (lti-tool/web/admission.ts); SEARCH_ADMISSION by default. */
  searchAdmission?: AdmissionLimits | undefined;
}

/** Forms and LTI posts are small; anything bigger is refused with a page, not a stack trace. */
const BODY_LIMIT = "100kb";

/** The web side of OpenTwinning: public pages, the LTI endpoints and the teachers' pages. */
export function createToolApp({
  database,
  core,
  lti,
  matrix,
  twinSpaces,
  transcripts,
  oidc,
  serveMetrics = true,
  emailEnabled = false,
  ...options
}: ToolAppOptions): Express {
  const pupilCredentials = options.pupilCredentials ?? (matrix ? pupilAccountsPage : undefined);
  const app = express();
  app.disable("x-powered-by");
  // Behind a TLS-terminating proxy (the normal deployment) req.secure must reflect the client's scheme.
  app.set("trust proxy", "loopback, linklocal, uniquelocal");
  app.use(requestLogging);
  app.use(requestMetrics);
  app.use(readinessRoutes(database, matrix?.homeserverUrl));
  if (serveMetrics) app.use(metricsRoutes(database));
  const platformOrigins = new PlatformOrigins(database.knex);
  app.use(securityHeaders(() => platformOrigins.current()));
  app.use("/assets", express.static(new URL("./web/assets/", import.meta.url).pathname, { maxAge: "1h" }));
  const parseForms = express.urlencoded({ extended: false, limit: BODY_LIMIT });
  // oidc-provider reads its own requests' bodies (the homeserver's token requests).
  app.use((req, res, next) => (req.path.startsWith(`${OIDC_PATH}/`) ? next() : parseForms(req, res, next)));
  const sessions = new SessionStore(database);
  app.use(loadSession(sessions, lti.cookies));
  app.use(["/app", "/lti"], noStore);
  app.use(refuseNulInAddress);
  app.use(
    sameOriginChanges(
      () => lti.publicUrl,
      // Mail clients post RFC 8058 one-click unsubscribes from no page of ours; the signed link is the proof.
      (path) =>
        isPlatformEndpoint(path) || isHomeserverEndpoint(path) || path.startsWith(`${UNSUBSCRIBE_PATH}/`),
    ),
  );
  app.use(landingRoutes(database));
  app.use(signOutRoutes(sessions, lti.cookies));
  // Without a session, and even with e-mail off now: links in e-mails already sent keep working.
  app.use(unsubscribeRoutes(core, database, lti.key));
  app.use(
    "/lti",
    ltiRouter(createLtiContext({ config: lti, core, database, sessions, pupilCredentials, platformOrigins })),
  );
  if (oidc) {
    const identities = new SsoIdentities(database.knex, core, oidc.pupilAccounts, oidc.config.serverName);
    const options = { config: oidc.config, identities, knex: database.knex, secret: lti.key };
    app.get(CLIENT_REDIRECT_PATH, clientRedirect(oidc.config.clientUrl));
    app.use(OIDC_PATH, oidcRouter({ ...options, publicUrl: () => lti.publicUrl }));
    app.use("/app", requireSession, csrfProtection, twinSpaceWindowRoutes(sessions, lti.cookies));
  }
  app.use(showcaseRoutes(core));
  // Without a session: anyone holding a certificate checks it.
  app.use(verificationRoutes(core));
  const matrixClientUrl = oidc?.config.clientUrl;
  app.use(
    "/app",
    requireSession,
    csrfProtection,
    pagesRouter({
      core,
      database,
      matrix,
      twinSpaces,
      transcripts,
      matrixClientUrl,
      publicUrl: () => lti.publicUrl,
      emailEnabled,
      searchAdmission: options.searchAdmission,
    }),
  );
  // An address no route answers (a mistyped link, a path with an empty part): a page in the
  // reader's language saying what to do, not Express's bare "Cannot GET".
  app.use((req, res) => {
    const t = requestTranslator(req, res);
    sendNotice(res, 404, t, { title: t.t("app.not_found.title"), message: t.t("app.not_found.body") });
  });
  app.use(errorPage);
  return app;
}

/** Oversized or malformed bodies get their 4xx; anything else a 500. Never a stack trace. */
const errorPage: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const status = (error as { status?: unknown }).status;
  const t = requestTranslator(req, res);
  if (status === 413) {
    requestLog(res).warn("body too large");
    return sendNotice(res, 413, t, {
      title: t.t("lti.refusal.too_large.title"),
      message: t.t("lti.refusal.too_large.body"),
    });
  }
  if (typeof status === "number" && status >= 400 && status < 500) {
    requestLog(res).warn({ status }, (error as Error).message);
    return sendNotice(res, status, t, {
      title: t.t("lti.refusal.request.title"),
      message: t.t("lti.refusal.request.body"),
    });
  }
  if (isNulRefusedByDatabase(error)) return sendNulRefusal(req, res);
  requestLog(res).error({ err: error }, "request failed");
  sendNotice(res, 500, t, { title: t.t("app.error.title"), message: t.t("app.error.body") });
};
