/**
 * An LTI 1.3 platform simulator (an LMS such as Moodle, as the tool sees it): a small
 * node:http server on 127.0.0.1 with jose keys. It performs real Dynamic Registration,
 * OIDC third-party login and launches, and serves its JWKS, an OAuth2 token endpoint
 * (client_credentials with the tool's signed JWT assertion), Names and Role Provisioning
 * and the Deep Linking return. Nothing of the tool is mocked: everything goes over HTTP.
 *
 * API
 *
 *   const platform = await startPlatform({ host: "127.0.0.1" });   // or "localhost"
 *   platform.url                      // its issuer, e.g. http://127.0.0.1:40123
 *
 *   // Dynamic registration, as a school's LMS admin does it: open the registration URL the
 *   // operator gave (the tool's /lti/register/<token>), fill in school name and country.
 *   const registration = await platform.register(registrationUrl, { schoolName: "Liceo Galilei", country: "IT" });
 *   registration.clientId, registration.deploymentId
 *   platform.addDeployment(registration)  // another deployment of the same client (a second school)
 *   platform.registerByHand(toolUrl)      // what an admin types into the LMS by hand; then the tool's
 *   platform.endpoints                    //   operator runs `npm run admin -- platform add` with these
 *
 *   // A launch a browser can open (auto-submitting pages: login initiation → auth → launch):
 *   const url = platform.launchUrl({ user, roles: [ROLES.instructor], context, resourceLink, locale: "it" });
 *   const framed = platform.embedUrl({ ... })   // the same launch inside an iframe of a platform page
 *
 *   // The same flow with fetch (cookies kept in a CookieJar), for HTTP tests:
 *   const launch = await platform.launch({ user, roles, ... });
 *   launch.response        // the tool's answer to the launch POST (303 to /lti/continue on success)
 *   launch.cookies         // the browser's cookies for the tool
 *   launch.follow()        // GET the redirect target with the cookies
 *
 *   // Forged traffic: stop before the launch POST and send something else.
 *   const flow = await platform.beginLaunch({ user, roles });
 *   flow.claims            // the decoded payload the platform signed (nonce, aud, ...)
 *   await flow.post({ idToken: await platform.sign({ ...flow.claims, aud: "other" }) });
 *
 *   platform.setRoster(contextId, members)   // what NRPS answers for a course
 *   platform.deepLinks                        // content items the tool sent back (verified)
 *   await platform.rotateKey()                // new signing key; the old one leaves the JWKS
 *   platform.jwksRequests                     // how often the tool fetched the JWKS
 *   await platform.stop()
 *
 * Users are { id, name?, givenName?, familyName?, email? }; roles are LIS URIs (see ROLES).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createRemoteJWKSet,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  jwtVerify,
  type CryptoKey as JoseKey,
  SignJWT,
} from "jose";
import { CookieJar } from "./cookies.ts";

const LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
export const ROLES = {
  instructor: `${LIS}membership#Instructor`,
  teachingAssistant: `${LIS}membership/Instructor#TeachingAssistant`,
  learner: `${LIS}membership#Learner`,
  mentor: `${LIS}membership#Mentor`,
  siteAdmin: `${LIS}system/person#Administrator`,
  institutionAdmin: `${LIS}institution/person#Administrator`,
} as const;

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";

export interface PlatformUser {
  id: string;
  name?: string;
  givenName?: string;
  familyName?: string;
  email?: string;
}

export interface Registration {
  clientId: string;
  deploymentId: string;
  /** The tool's side, as it registered itself. */
  tool: {
    loginUrl: string;
    redirectUris: string[];
    jwksUri: string;
    targetLinkUri: string;
    deepLinkingUri: string | undefined;
  };
}

export interface LaunchOptions {
  user: PlatformUser;
  roles: string[];
  /** Default: the last registration. */
  registration?: Registration;
  deploymentId?: string;
  context?: { id: string; title?: string };
  resourceLink?: { id: string; title?: string };
  locale?: string;
  custom?: Record<string, string>;
  /** Default: the registration's target_link_uri. */
  targetLinkUri?: string;
  /** A deep-linking request instead of a resource-link launch. */
  deepLinking?: boolean;
  /** Offer Names and Role Provisioning for the context (default true when a context is given). */
  nrps?: boolean;
  /** How the login initiation reaches the tool (default POST, as Moodle does). */
  loginMethod?: "GET" | "POST";
}

export interface RosterMember {
  user_id: string;
  roles: string[];
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  status?: string;
}

export interface ReceivedDeepLink {
  clientId: string;
  items: Record<string, unknown>[];
  data: unknown;
}

interface PendingLaunch {
  options: LaunchOptions;
  registration: Registration;
}

interface SigningKey {
  kid: string;
  privateKey: JoseKey;
  jwk: JWK;
}

export interface LaunchFlow {
  /** The tool's cookies in this "browser" after login initiation (the state cookie). */
  cookies: CookieJar;
  /** The form the platform posts to the tool. */
  form: { id_token: string; state: string };
  /** The decoded payload the platform signed. */
  claims: JWTPayload;
  /** The launch URL the form posts to. */
  action: string;
  /** POSTs the launch, with the platform's form unless told otherwise. */
  post(overrides?: {
    idToken?: string;
    state?: string;
    cookies?: CookieJar;
    body?: string;
  }): Promise<Response>;
}

export interface FetchedLaunch {
  response: Response;
  cookies: CookieJar;
  flow: LaunchFlow;
  /** Follows the tool's redirects (same origin) with the cookies; returns the last response. */
  follow(): Promise<Response>;
}

export interface Platform {
  url: string;
  registrations: Registration[];
  deepLinks: ReceivedDeepLink[];
  jwksRequests: number;
  register(registrationUrl: string, school: { schoolName: string; country: string }): Promise<Registration>;
  /** The URL the LMS opens for the tool's registration URL, with a fresh LMS registration token. */
  registrationStart(registrationUrl: string): URL;
  registerByHand(toolUrl: string): Registration;
  endpoints: { authUrl: string; tokenUrl: string; jwksUrl: string };
  addDeployment(registration: Registration): Registration;
  launchUrl(options: LaunchOptions): string;
  embedUrl(options: LaunchOptions): string;
  beginLaunch(options: LaunchOptions): Promise<LaunchFlow>;
  launch(options: LaunchOptions): Promise<FetchedLaunch>;
  sign(claims: JWTPayload, header?: { kid?: string; key?: JoseKey }): Promise<string>;
  rotateKey(): Promise<void>;
  setRoster(contextId: string, members: RosterMember[]): void;
  stop(): Promise<void>;
}

export async function startPlatform(options: { host?: "127.0.0.1" | "localhost" } = {}): Promise<Platform> {
  const simulator = new Simulator();
  await simulator.listen(options.host ?? "127.0.0.1");
  return simulator;
}

class Simulator implements Platform {
  url = "";
  registrations: Registration[] = [];
  deepLinks: ReceivedDeepLink[] = [];
  jwksRequests = 0;
  readonly #server: Server = createServer((req, res) => {
    this.#route(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });
  #keys: SigningKey[] = [];
  readonly #launches = new Map<string, PendingLaunch>();
  readonly #registrationTokens = new Set<string>();
  readonly #accessTokens = new Set<string>();
  readonly #rosters = new Map<string, RosterMember[]>();
  #nextClient = 1;

  async listen(host: string): Promise<void> {
    this.#keys = [await newKey()];
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.url = `http://${host}:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---- registration ------------------------------------------------------------------

  async register(
    registrationUrl: string,
    school: { schoolName: string; country: string },
  ): Promise<Registration> {
    const start = this.registrationStart(registrationUrl);
    const formPage = await fetch(start);
    const page = await formPage.text();
    if (formPage.status !== 200) throw new Error(`registration form: ${formPage.status}\n${page}`);
    const fields = hiddenFields(page);
    const before = this.registrations.length;
    const done = await fetch(start, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, school_name: school.schoolName, country: school.country }),
    });
    const text = await done.text();
    if (done.status !== 200 || !text.includes("org.imsglobal.lti.close")) {
      throw new Error(`registration did not complete: ${done.status}\n${text}`);
    }
    const registration = this.registrations[before];
    if (!registration) throw new Error("the tool never called the registration endpoint");
    return registration;
  }

  registrationStart(registrationUrl: string): URL {
    const token = randomUUID();
    this.#registrationTokens.add(token);
    const start = new URL(registrationUrl);
    start.searchParams.set("openid_configuration", `${this.url}/.well-known/openid-configuration`);
    start.searchParams.set("registration_token", token);
    return start;
  }

  registerByHand(toolUrl: string): Registration {
    const number = this.#nextClient++;
    const launch = `${toolUrl}/lti/launch`;
    const registration: Registration = {
      clientId: `manual-client-${number}`,
      deploymentId: String(number),
      tool: {
        loginUrl: `${toolUrl}/lti/login`,
        redirectUris: [launch],
        jwksUri: `${toolUrl}/lti/keys`,
        targetLinkUri: launch,
        deepLinkingUri: launch,
      },
    };
    this.registrations.push(registration);
    return registration;
  }

  get endpoints() {
    return { authUrl: `${this.url}/auth`, tokenUrl: `${this.url}/token`, jwksUrl: `${this.url}/jwks` };
  }

  addDeployment(registration: Registration): Registration {
    const added = { ...registration, deploymentId: String(this.#nextClient++) };
    this.registrations.push(added);
    return added;
  }

  // ---- launches ----------------------------------------------------------------------

  launchUrl(options: LaunchOptions): string {
    return `${this.url}/launch/${this.#pending(options)}`;
  }

  embedUrl(options: LaunchOptions): string {
    return `${this.url}/course/${this.#pending(options)}`;
  }

  async beginLaunch(options: LaunchOptions): Promise<LaunchFlow> {
    const id = this.#pending(options);
    const { registration } = this.#launches.get(id) as PendingLaunch;
    const cookies = new CookieJar();
    const params = this.#loginParams(id);
    const login =
      options.loginMethod === "GET"
        ? await fetch(`${registration.tool.loginUrl}?${new URLSearchParams(params)}`, { redirect: "manual" })
        : await fetch(registration.tool.loginUrl, {
            method: "POST",
            redirect: "manual",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams(params),
          });
    cookies.store(login);
    const location = login.headers.get("location");
    if (login.status !== 302 || !location) {
      throw new Error(`login initiation: ${login.status}\n${await login.text()}`);
    }
    const auth = await fetch(location);
    const page = await auth.text();
    if (auth.status !== 200) throw new Error(`platform auth: ${auth.status}\n${page}`);
    const fields = hiddenFields(page);
    const action = /action="([^"]+)"/.exec(page)?.[1] ?? "";
    const form = { id_token: fields.id_token ?? "", state: fields.state ?? "" };
    return {
      cookies,
      form,
      claims: decodeJwt(form.id_token),
      action,
      post: (overrides = {}) =>
        fetch(action, {
          method: "POST",
          redirect: "manual",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            cookie: (overrides.cookies ?? cookies).header(),
          },
          body:
            overrides.body ??
            new URLSearchParams({
              id_token: overrides.idToken ?? form.id_token,
              state: overrides.state ?? form.state,
            }).toString(),
        }),
    };
  }

  async launch(options: LaunchOptions): Promise<FetchedLaunch> {
    const flow = await this.beginLaunch(options);
    const response = await flow.post();
    flow.cookies.store(response);
    return {
      response,
      cookies: flow.cookies,
      flow,
      follow: async () => {
        let current = response;
        let url = flow.action;
        for (let hops = 0; hops < 5 && current.status >= 300 && current.status < 400; hops++) {
          url = new URL(current.headers.get("location") ?? "/", url).toString();
          current = await fetch(url, { redirect: "manual", headers: { cookie: flow.cookies.header() } });
          flow.cookies.store(current);
        }
        return current;
      },
    };
  }

  async sign(claims: JWTPayload, header: { kid?: string; key?: JoseKey } = {}): Promise<string> {
    const key = this.#keys[this.#keys.length - 1] as SigningKey;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: header.kid ?? key.kid, typ: "JWT" })
      .sign(header.key ?? key.privateKey);
  }

  async rotateKey(): Promise<void> {
    this.#keys = [await newKey()];
  }

  setRoster(contextId: string, members: RosterMember[]): void {
    this.#rosters.set(contextId, members);
  }

  #pending(options: LaunchOptions): string {
    const registration = options.registration ?? this.registrations[this.registrations.length - 1];
    if (!registration) throw new Error("register the tool before launching it");
    const id = randomUUID();
    this.#launches.set(id, { options, registration });
    return id;
  }

  #loginParams(id: string): Record<string, string> {
    const { options, registration } = this.#launches.get(id) as PendingLaunch;
    return {
      iss: this.url,
      login_hint: options.user.id,
      target_link_uri: this.#target(options, registration),
      lti_message_hint: id,
      client_id: registration.clientId,
      lti_deployment_id: options.deploymentId ?? registration.deploymentId,
    };
  }

  #target(options: LaunchOptions, registration: Registration): string {
    if (options.targetLinkUri) return options.targetLinkUri;
    return options.deepLinking
      ? (registration.tool.deepLinkingUri ?? registration.tool.targetLinkUri)
      : registration.tool.targetLinkUri;
  }

  async #idToken(launch: PendingLaunch, nonce: string): Promise<string> {
    const { options, registration } = launch;
    const now = Math.floor(Date.now() / 1000);
    const user = options.user;
    const claims: JWTPayload = {
      iss: this.url,
      aud: registration.clientId,
      sub: user.id,
      iat: now,
      exp: now + 60,
      nonce,
      name: user.name,
      given_name: user.givenName,
      family_name: user.familyName,
      email: user.email,
      [`${LTI}deployment_id`]: options.deploymentId ?? registration.deploymentId,
      [`${LTI}message_type`]: options.deepLinking ? "LtiDeepLinkingRequest" : "LtiResourceLinkRequest",
      [`${LTI}version`]: "1.3.0",
      [`${LTI}target_link_uri`]: this.#target(options, registration),
      [`${LTI}roles`]: options.roles,
      [`${LTI}tool_platform`]: { guid: "simulator", product_family_code: "opentwinning-simulator" },
      [`${LTI}launch_presentation`]: { locale: options.locale ?? "en", document_target: "iframe" },
    };
    if (options.custom) claims[`${LTI}custom`] = options.custom;
    if (options.context) {
      claims[`${LTI}context`] = {
        id: options.context.id,
        title: options.context.title,
        type: ["CourseSection"],
      };
      if (options.nrps !== false) {
        claims["https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"] = {
          context_memberships_url: `${this.url}/nrps/${encodeURIComponent(options.context.id)}`,
          service_versions: ["2.0"],
        };
      }
    }
    if (options.deepLinking) {
      claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = {
        deep_link_return_url: `${this.url}/deep-linking-return`,
        accept_types: ["ltiResourceLink"],
        accept_presentation_document_targets: ["iframe", "window"],
        accept_multiple: false,
        data: "opaque-platform-data",
      };
    } else {
      const link = options.resourceLink ?? { id: `link-${randomUUID()}` };
      claims[`${LTI}resource_link`] = { id: link.id, title: link.title };
    }
    return this.sign(claims);
  }

  // ---- HTTP --------------------------------------------------------------------------

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const path = url.pathname;
    if (path === "/.well-known/openid-configuration") return json(res, 200, this.#openidConfiguration());
    if (path === "/jwks") {
      this.jwksRequests++;
      return json(res, 200, { keys: this.#keys.map((key) => key.jwk) });
    }
    if (path === "/register" && req.method === "POST") return this.#registrationEndpoint(req, res);
    if (path === "/auth") return this.#authorize(url, res);
    if (path === "/token" && req.method === "POST") return this.#token(req, res);
    if (path.startsWith("/nrps/")) return this.#nrps(req, res, decodeURIComponent(path.slice(6)));
    if (path === "/deep-linking-return" && req.method === "POST") return this.#deepLinkReturn(req, res);
    if (path.startsWith("/launch/")) return this.#launchPage(res, path.slice(8));
    if (path.startsWith("/course/")) {
      return page(
        res,
        `<h1>Course page</h1><iframe id="tool" title="OpenTwinning" src="/launch/${escapeAttribute(path.slice(8))}" width="900" height="600"></iframe>`,
      );
    }
    res.writeHead(404).end();
  }

  #openidConfiguration() {
    return {
      issuer: this.url,
      authorization_endpoint: `${this.url}/auth`,
      token_endpoint: `${this.url}/token`,
      jwks_uri: `${this.url}/jwks`,
      registration_endpoint: `${this.url}/register`,
      scopes_supported: [
        "openid",
        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
      ],
      response_types_supported: ["id_token"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      token_endpoint_auth_methods_supported: ["private_key_jwt"],
      claims_supported: ["sub", "iss", "name", "given_name", "family_name", "email"],
      "https://purl.imsglobal.org/spec/lti-platform-configuration": {
        product_family_code: "opentwinning-simulator",
        version: "1.0",
        messages_supported: [{ type: "LtiResourceLinkRequest" }, { type: "LtiDeepLinkingRequest" }],
      },
    };
  }

  async #registrationEndpoint(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    if (!this.#registrationTokens.delete(token)) return json(res, 401, { error: "invalid_token" });
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    const configuration = body["https://purl.imsglobal.org/spec/lti-tool-configuration"] as Record<
      string,
      unknown
    >;
    const messages = (configuration.messages ?? []) as { type: string; target_link_uri?: string }[];
    const number = this.#nextClient++;
    const registration: Registration = {
      clientId: `client-${number}`,
      deploymentId: String(number),
      tool: {
        loginUrl: String(body.initiate_login_uri),
        redirectUris: body.redirect_uris as string[],
        jwksUri: String(body.jwks_uri),
        targetLinkUri: String(configuration.target_link_uri),
        deepLinkingUri: messages.find((message) => message.type === "LtiDeepLinkingRequest")?.target_link_uri,
      },
    };
    this.registrations.push(registration);
    json(res, 200, {
      ...body,
      client_id: registration.clientId,
      "https://purl.imsglobal.org/spec/lti-tool-configuration": {
        ...configuration,
        deployment_id: registration.deploymentId,
      },
    });
  }

  async #authorize(url: URL, res: ServerResponse): Promise<void> {
    const params = Object.fromEntries(url.searchParams);
    const launch = this.#launches.get(params.lti_message_hint ?? "");
    const problem = !launch
      ? "unknown lti_message_hint"
      : params.client_id !== launch.registration.clientId
        ? "wrong client_id"
        : !launch.registration.tool.redirectUris.includes(params.redirect_uri ?? "")
          ? "redirect_uri not registered"
          : params.login_hint !== launch.options.user.id
            ? "login_hint is not the user"
            : params.response_type !== "id_token" ||
                params.scope !== "openid" ||
                !params.nonce ||
                !params.state
              ? "not an LTI OIDC authentication request"
              : undefined;
    if (problem || !launch) return page(res, `<p>${problem}</p>`, 400);
    const idToken = await this.#idToken(launch, params.nonce ?? "");
    page(
      res,
      `<form method="post" action="${escapeAttribute(params.redirect_uri ?? "")}">
        <input type="hidden" name="id_token" value="${escapeAttribute(idToken)}">
        <input type="hidden" name="state" value="${escapeAttribute(params.state ?? "")}">
      </form><script>document.forms[0].submit()</script>`,
    );
  }

  #launchPage(res: ServerResponse, id: string): void {
    if (!this.#launches.has(id)) return page(res, "<p>unknown launch</p>", 404);
    const { options, registration } = this.#launches.get(id) as PendingLaunch;
    const params = this.#loginParams(id);
    const fields = Object.entries(params)
      .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeAttribute(value)}">`)
      .join("");
    page(
      res,
      `<form method="${options.loginMethod === "GET" ? "get" : "post"}" action="${escapeAttribute(registration.tool.loginUrl)}">${fields}</form><script>document.forms[0].submit()</script>`,
    );
  }

  async #token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const assertion = form.get("client_assertion") ?? "";
    const clientId = String(decodeJwt(assertion).iss ?? "");
    const registration = this.registrations.find((candidate) => candidate.clientId === clientId);
    if (form.get("grant_type") !== "client_credentials" || !registration) {
      return json(res, 400, { error: "invalid_request" });
    }
    try {
      await jwtVerify(assertion, createRemoteJWKSet(new URL(registration.tool.jwksUri)), {
        issuer: clientId,
        subject: clientId,
        audience: `${this.url}/token`,
      });
    } catch (error) {
      return json(res, 401, { error: "invalid_client", error_description: String(error) });
    }
    const accessToken = randomUUID();
    this.#accessTokens.add(accessToken);
    json(res, 200, {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: 3600,
      scope: form.get("scope"),
    });
  }

  #nrps(req: IncomingMessage, res: ServerResponse, contextId: string): void {
    const token = (req.headers.authorization ?? "").replace(/^Bearer /i, "");
    if (!this.#accessTokens.has(token)) return json(res, 401, { error: "invalid_token" });
    res.writeHead(200, { "content-type": "application/vnd.ims.lti-nrps.v2.membershipcontainer+json" });
    res.end(
      JSON.stringify({
        id: `${this.url}/nrps/${contextId}`,
        context: { id: contextId },
        members: this.#rosters.get(contextId) ?? [],
      }),
    );
  }

  async #deepLinkReturn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const jwt = new URLSearchParams(await readBody(req)).get("JWT") ?? "";
    const clientId = String(decodeJwt(jwt).iss ?? "");
    const registration = this.registrations.find((candidate) => candidate.clientId === clientId);
    if (!registration) return page(res, "<p>unknown tool</p>", 400);
    const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(registration.tool.jwksUri)), {
      issuer: clientId,
      audience: this.url,
    });
    if (payload[`${LTI}message_type`] !== "LtiDeepLinkingResponse")
      return page(res, "<p>wrong message</p>", 400);
    this.deepLinks.push({
      clientId,
      items: payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as Record<
        string,
        unknown
      >[],
      data: payload["https://purl.imsglobal.org/spec/lti-dl/claim/data"],
    });
    page(res, "<h1>Content added to the course</h1>");
  }
}

async function newKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomUUID();
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

/** The hidden inputs of the (first) form in a page, as the tool renders them. */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(match[0])?.[1];
    const value = /value="([^"]*)"/.exec(match[0])?.[1] ?? "";
    if (name) fields[name] = unescapeHtml(value);
  }
  return fields;
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, "`")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function page(res: ServerResponse, body: string, status = 200): void {
  res
    .writeHead(status, { "content-type": "text/html; charset=utf-8" })
    .end(`<!doctype html><html lang="en"><head><title>Platform</title></head><body>${body}</body></html>`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
