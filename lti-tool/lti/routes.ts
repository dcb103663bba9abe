import { Router } from "express";
import { csrfProtection, requireSession } from "../session/middleware.ts";
import type { LtiContext } from "./context.ts";
import { deepLinkingRoutes } from "./deepLinking.ts";
import { handoffRoutes } from "./handoff.ts";
import { launchHandler } from "./launch.ts";
import { loginHandler } from "./login.ts";
import { registrationRoutes } from "./registration.ts";
import { rosterRoutes } from "./roster.ts";

/**
 * The endpoints platforms post to, from their own origin (paths under the app's root). They
 * are checked by their own means (signed messages, login state, registration tokens), not
 * by the same-origin rule of the pages' forms.
 */
export function isPlatformEndpoint(path: string): boolean {
  return /^\/lti\/(login|launch|register(\/[^/]+)?)\/?$/.test(path);
}

/**
 * Everything under /lti: the endpoints the platform calls (login, launch, keys, dynamic
 * registration) and the LTI pages of a launched teacher (deep linking, roster import).
 * Expects the body parser and loadSession in front (lti-tool/app.ts).
 */
export function ltiRouter(lti: LtiContext): Router {
  const router = Router();
  router.get("/login", loginHandler(lti));
  router.post("/login", loginHandler(lti));
  router.post("/launch", launchHandler(lti));
  router.get("/keys", lti.provider.keyset);
  router.use(handoffRoutes(lti));
  router.use(registrationRoutes(lti));
  router.use(["/deep-linking", "/roster"], requireSession, csrfProtection);
  router.use(deepLinkingRoutes(lti));
  router.use(rosterRoutes(lti));
  return router;
}
