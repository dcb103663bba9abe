import type { Request, RequestHandler } from "express";
import { stateCookieName, writeCookie } from "../session/cookies.ts";
import { handle, type LtiContext } from "./context.ts";
import { LtiRefusal } from "./refusal.ts";
import { hashToken } from "../session/session.ts";

/** The launch URL every platform must name as target_link_uri and redirect URI. */
export function launchUrl(publicUrl: string): string {
  return `${publicUrl}/lti/launch`;
}

const STATE_COOKIE_MS = 10 * 60_000;

/**
 * OIDC third-party initiated login (LTI Core §5.1.1), by GET or POST. Remembers the login
 * (state, nonce, issuer, client, target) server-side, binds it to this browser with a
 * cookie, and sends the browser to the platform's authentication endpoint.
 */
export function loginHandler(lti: LtiContext): RequestHandler {
  return handle(async (req, res) => {
    const params = loginParams(req);
    const target = launchUrl(lti.config.publicUrl);
    if (params.target_link_uri !== target) {
      throw new LtiRefusal("target", `target_link_uri ${params.target_link_uri} is not ${target}`);
    }
    const platform = await findPlatform(lti, params.iss, params.client_id);
    const { state, nonce } = await lti.logins.start({
      issuer: platform.issuer,
      clientId: platform.clientId,
      deploymentId: params.lti_deployment_id,
      targetLinkUri: target,
      loginHint: params.login_hint,
      messageHint: params.lti_message_hint,
    });
    writeCookie(
      res,
      stateCookieName(lti.config.cookies, hashToken(state)),
      state,
      lti.config.cookies,
      STATE_COOKIE_MS,
    );
    const auth = new URL(platform.authEndpoint);
    const query: Record<string, string | undefined> = {
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: platform.clientId,
      redirect_uri: target,
      login_hint: params.login_hint,
      lti_message_hint: params.lti_message_hint,
      state,
      nonce,
    };
    for (const [name, value] of Object.entries(query))
      if (value !== undefined) auth.searchParams.set(name, value);
    res.redirect(302, auth.toString());
  });
}

interface LoginParams {
  iss: string;
  login_hint: string;
  target_link_uri: string;
  client_id: string | undefined;
  lti_deployment_id: string | undefined;
  lti_message_hint: string | undefined;
}

function loginParams(req: Request): LoginParams {
  const source = {
    ...(req.query as Record<string, unknown>),
    ...(req.body as Record<string, unknown> | undefined),
  };
  const read = (name: string) => {
    const value = source[name];
    return typeof value === "string" && value !== "" && value.length <= 2000 ? value : undefined;
  };
  const iss = read("iss");
  const loginHint = read("login_hint");
  const target = read("target_link_uri");
  if (!iss || !loginHint || !target) {
    throw new LtiRefusal("request", "login without iss, login_hint or target_link_uri");
  }
  return {
    iss,
    login_hint: loginHint,
    target_link_uri: target,
    client_id: read("client_id"),
    lti_deployment_id: read("lti_deployment_id"),
    lti_message_hint: read("lti_message_hint"),
  };
}

async function findPlatform(lti: LtiContext, issuer: string, clientId: string | undefined) {
  if (clientId) {
    const platform = await lti.provider.findPlatform(issuer, clientId);
    if (platform) return platform;
  } else {
    // Without client_id the issuer must name exactly one registration.
    const platforms = await lti.provider.platformsOf(issuer);
    if (platforms.length === 1 && platforms[0]) return platforms[0];
  }
  throw new LtiRefusal("unknown_platform", `no registration for ${issuer} / ${clientId ?? "(no client_id)"}`);
}
