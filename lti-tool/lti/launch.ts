import { launches } from "../../ops/metrics.ts";
import type { Request, RequestHandler, Response } from "express";
import { readCookie, stateCookieName } from "../session/cookies.ts";
import { requestTranslator, setSessionCookie } from "../session/middleware.ts";
import { newWindowAction, sendNotice } from "../session/notice.ts";
import { hashToken, type LaunchContext, sameSecret, type Viewer } from "../session/session.ts";
import { requestLog } from "../web/requestLog.ts";
import { admit, type DeploymentOwner, planAdmission } from "./admission.ts";
import { type LaunchClaims, parseLaunchClaims } from "./claims.ts";
import { handle, type LtiContext } from "./context.ts";
import { LtiRefusal } from "./refusal.ts";
import type { DeploymentKey, LoginRecord } from "./store.ts";
import { checkTokenShape, verifyIdToken } from "./verify.ts";

/**
 * The launch (LTI Core §5.1.1.3, the platform's form POST of the id_token). The order
 * matters: cheap shape checks, then the login this state belongs to (single use, bound to
 * the browser by its cookie), then the signature and claims, the deployment's school, the
 * admission plan (reads only), and only then the first writes: the nonce and the person's
 * registration. So a refused launch stores nothing.
 */
export function launchHandler(lti: LtiContext): RequestHandler {
  return handle(async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const idToken = typeof body.id_token === "string" ? body.id_token : undefined;
    const state = typeof body.state === "string" ? body.state : undefined;
    if (!idToken || !state) {
      const error = typeof body.error === "string" ? ` (platform said: ${body.error.slice(0, 100)})` : "";
      throw new LtiRefusal("request", `launch without id_token or state${error}`);
    }
    checkTokenShape(idToken);

    const login = await lti.logins.take(state);
    if (!login) throw new LtiRefusal("login_expired", "state unknown, used or expired");
    const cookieName = stateCookieName(lti.config.cookies, hashToken(state));
    const cookie = readCookie(req, cookieName);
    if (!cookie) {
      // Over plain http the cookies are SameSite=Lax, which browsers never send with another
      // site's form POST: a new window would fail the same way, so say what to fix instead.
      if (lti.config.cookies.mode === "development" && isCrossSite(req, lti.config.publicUrl)) {
        throw new LtiRefusal("insecure_cross_site", `launch from ${login.issuer} to an http tool`);
      }
      return offerNewWindow(req, res, login);
    }
    if (!sameSecret(cookie, state)) throw new LtiRefusal("browser_mismatch", "state cookie of another login");
    res.clearCookie(cookieName, { ...lti.config.cookies.options });

    const platform = await lti.provider.findPlatform(login.issuer, login.clientId);
    if (!platform)
      throw new LtiRefusal("unknown_platform", `${login.issuer} / ${login.clientId} was removed`);
    const claims = parseLaunchClaims(await verifyIdToken(idToken, login, platform, lti.keys));
    checkAgainstLogin(claims, login);
    const deployment = { issuer: claims.issuer, clientId: login.clientId, deploymentId: claims.deploymentId };
    const plan = await planAdmission(lti.core, claims, await deploymentOwner(lti, deployment));
    if (!(await lti.nonces.useOnce(claims.issuer, login.nonce))) {
      throw new LtiRefusal("replay", "nonce already used");
    }
    const viewer = await admit(lti.core, plan);
    launches.inc();
    requestLog(res).info(launchFacts(claims, viewer), "lti launch accepted");

    const { token } = await lti.sessions.create(viewer, launchContext(claims, login));
    setSessionCookie(res, token, lti.config.cookies);
    // Whether the cookie sticks is known only on the next request: /lti/continue (handoff.ts).
    const continuation = await lti.sessions.beginContinuation(token);
    const next = new URLSearchParams({ next: plan.landing, continuation });
    res.redirect(303, `/lti/continue?${next.toString()}`);
  });
}

/** What an operator needs to follow a launch: ids and where it came from, never names or tokens. */
function launchFacts(claims: LaunchClaims, viewer: Viewer) {
  return {
    issuer: claims.issuer,
    deploymentId: claims.deploymentId,
    messageType: claims.messageType,
    contextId: claims.context?.id,
    ...(viewer.kind === "pupil"
      ? { viewer: "pupil", pupilId: viewer.pupilId }
      : { viewer: "account", accountId: viewer.accountId, roles: viewer.roles }),
  };
}

/**
 * The school (R1) or national unit the deployment belongs to; refused when it is neither's.
 * A school its national unit rejected is suspended: `planAdmission` admits only its admin.
 */
async function deploymentOwner(lti: LtiContext, deployment: DeploymentKey): Promise<DeploymentOwner> {
  const schoolId = await lti.deployments.schoolOf(deployment);
  if (schoolId) {
    const verification = await lti.core.store.transaction(async (tx) =>
      (await tx.schoolVerifications.ofSchools([schoolId])).get(schoolId),
    );
    return { schoolId, rejected: verification?.status === "rejected" };
  }
  const staffUnit = await lti.deployments.unitOf(deployment);
  if (staffUnit) return { staffUnit };
  throw new LtiRefusal("unknown_deployment", `deployment ${deployment.deploymentId} of ${deployment.issuer}`);
}

/** The deployment and target the platform named at login must be the ones it signed. */
function checkAgainstLogin(claims: LaunchClaims, login: LoginRecord): void {
  if (login.deploymentId && claims.deploymentId !== login.deploymentId) {
    throw new LtiRefusal(
      "unknown_deployment",
      `deployment ${claims.deploymentId}, login said ${login.deploymentId}`,
    );
  }
  if (claims.targetLinkUri !== undefined && claims.targetLinkUri !== login.targetLinkUri) {
    throw new LtiRefusal("message", `target_link_uri ${claims.targetLinkUri} is not the login's`);
  }
}

function launchContext(claims: LaunchClaims, login: LoginRecord): LaunchContext {
  return {
    issuer: claims.issuer,
    clientId: login.clientId,
    deploymentId: claims.deploymentId,
    contextId: claims.context?.id,
    contextTitle: claims.context?.title,
    resourceLinkId: claims.resourceLinkId,
    nrpsUrl: claims.nrpsUrl,
    deepLinking: claims.deepLinking,
  };
}

/**
 * Whether the browser says this request comes from another site: `Sec-Fetch-Site` where
 * the browser sends it, else the `Origin` header's host against ours (localhost and
 * 127.0.0.1 are different sites for cookies, whatever the port).
 */
function isCrossSite(req: Request, publicUrl: string): boolean {
  const fetchSite = req.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "cross-site";
  const origin = req.get("origin");
  if (!origin || origin === "null") return false;
  try {
    return new URL(origin).hostname !== new URL(publicUrl).hostname;
  } catch {
    return false;
  }
}

/**
 * The state cookie did not come back: the browser blocks cookies in the LMS's iframe (or
 * the LMS is another site and development cookies are in use). Without it the launch
 * cannot be tied to this browser, so it is not accepted; instead the person starts the
 * same login again in a new top-level window, where the tool's cookies are first-party.
 * The link carries only what the platform's login initiation already sent.
 */
function offerNewWindow(req: Request, res: Response, login: LoginRecord): void {
  requestLog(res).warn({ issuer: login.issuer }, "lti launch without state cookie: offering a new window");
  const query = new URLSearchParams({
    iss: login.issuer,
    client_id: login.clientId,
    login_hint: login.loginHint,
    target_link_uri: login.targetLinkUri,
  });
  if (login.messageHint) query.set("lti_message_hint", login.messageHint);
  if (login.deploymentId) query.set("lti_deployment_id", login.deploymentId);
  const t = requestTranslator(req, res);
  sendNotice(res, 401, t, {
    title: t.t("lti.new_window.title"),
    message: t.t("lti.new_window.body"),
    action: newWindowAction(`/lti/login?${query.toString()}`, t.t("lti.new_window.action")),
  });
}
