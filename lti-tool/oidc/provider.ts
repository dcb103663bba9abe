import { createHmac } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Request, type Response, Router } from "express";
import Provider, { type Configuration, type ErrorOut, type KoaContextWithOIDC } from "oidc-provider";
import type { Knex } from "knex";
import { webMessages } from "../web/i18n/index.ts";
import { html } from "../web/html.ts";
import { layout } from "../web/layout.ts";
import { requestLog } from "../web/requestLog.ts";
import { sendNotice } from "../session/notice.ts";
import { currentSession, requestTranslator } from "../session/middleware.ts";
import { KnexOidcAdapter } from "./adapter.ts";
import type { OidcConfig } from "./config.ts";
import { SignInRefused, type SsoIdentities } from "./identities.ts";
import { SigningKeys } from "./keys.ts";

/** Where the provider lives under the tool's public URL (the issuer is `<PUBLIC_URL>/oidc`). */
export const OIDC_PATH = "/oidc";

/** The endpoints the homeserver calls server to server: no browser, so no Origin to check. */
export function isHomeserverEndpoint(path: string): boolean {
  return /^\/oidc\/(token|me)\/?$/.test(path);
}

export interface OidcOptions {
  config: OidcConfig;
  identities: SsoIdentities;
  knex: Knex;
  /** LTI_KEY: encrypts the signing keys and, derived, signs the provider's cookies. */
  secret: string;
  /** PUBLIC_URL, read when the first request arrives (tests learn their port late). */
  publicUrl: () => string;
}

const SCOPES = "openid profile";

/**
 * OpenTwinning as the homeserver's OpenID Connect provider, on `oidc-provider`: the one
 * configured client (the homeserver), authorization code with PKCE, exact redirect URIs,
 * short-lived codes and tokens, keys from the database. The login and consent steps are
 * one: the person's live OpenTwinning session (from an LMS launch) signs them in, and consent
 * is implicit for the homeserver we are configured with.
 */
export function oidcRouter(options: OidcOptions): Router {
  let started: Promise<{ provider: Provider; handle: ReturnType<Provider["callback"]> }> | undefined;
  const start = () =>
    (started ??= buildProvider(options).then((provider) => ({ provider, handle: provider.callback() })));
  const router = Router();
  router.get("/interaction/:uid", (req, res, next) => {
    start()
      .then(({ provider }) => finishInteraction(provider, options, req, res))
      .catch(next);
  });
  router.use((req, res, next) => {
    start().then(({ handle }) => handle(req as IncomingMessage, res as ServerResponse), next);
  });
  return router;
}

async function finishInteraction(
  provider: Provider,
  { config, identities }: OidcOptions,
  req: Request,
  res: Response,
): Promise<void> {
  const t = requestTranslator(req, res);
  // An unknown or expired interaction throws a 400, which errorPage (app.ts) explains.
  await provider.interactionDetails(req, res);
  const session = currentSession(res);
  if (!session) {
    requestLog(res).info("homeserver sign-in without a session");
    return sendNotice(res, 401, t, {
      title: t.t("oidc.no_session.title"),
      message: t.t("oidc.no_session.body"),
    });
  }
  let subject: string;
  try {
    subject = await identities.signIn(session.viewer);
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    requestLog(res).warn({ reason: error.reason }, "homeserver sign-in refused");
    const key = `oidc.${error.reason}`;
    return sendNotice(res, 403, t, { title: t.t(`${key}.title`), message: t.t(`${key}.body`) });
  }
  // Implicit consent: the one client is the school's own homeserver.
  const grant = new provider.Grant({ accountId: subject, clientId: config.clientId });
  grant.addOIDCScope(SCOPES);
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: subject }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

async function buildProvider({
  config,
  identities,
  knex,
  secret,
  publicUrl,
}: OidcOptions): Promise<Provider> {
  const issuer = `${publicUrl()}${OIDC_PATH}`;
  const configuration: Configuration = {
    adapter: (kind: string) => new KnexOidcAdapter(knex, kind),
    clients: [
      {
        client_id: config.clientId,
        client_secret: config.clientSecret,
        redirect_uris: config.redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: await new SigningKeys(knex, secret).current() },
    cookies: { keys: [createHmac("sha256", secret).update("oidc-provider cookies").digest("base64url")] },
    pkce: { required: () => true },
    scopes: ["openid", "profile"],
    claims: { openid: ["sub"], profile: ["name", "preferred_username"] },
    findAccount: async (_ctx, sub) => {
      const claims = await identities.claims(sub);
      return claims ? { accountId: sub, claims: () => ({ ...claims }) } : undefined;
    },
    responseTypes: ["code"],
    // Sign-out happens in OpenTwinning and in the Matrix client, not through the provider.
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${OIDC_PATH}/interaction/${interaction.uid}` },
    // Codes are exchanged at once by the homeserver; tokens serve one sign-in.
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    renderError,
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = issuer.startsWith("https://");
  return provider;
}

/** A refused request (unknown client, forged redirect URI, expired step): our page, in the reader's language. */
function renderError(ctx: KoaContextWithOIDC, out: ErrorOut): void {
  const t = webMessages.translator(ctx.acceptsLanguages(...webMessages.locales) || undefined);
  requestLog(ctx.res as unknown as Response).warn({ error: out.error }, "homeserver sign-in request refused");
  const title = t.t("oidc.request.title");
  ctx.type = "html";
  ctx.body = layout({ t, title, body: html`<h1>${title}</h1><p>${t.t("oidc.request.body")}</p>` });
}
