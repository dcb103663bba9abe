import type { Request, Response } from "express";
import { Router } from "express";
import {
  CENTRAL_SUPPORT_UNIT,
  countryName,
  isDomainError,
  type Translator,
  validateSchool,
} from "../../core/index.ts";
import { requestTranslator } from "../session/middleware.ts";
import { html, userText } from "../web/html.ts";
import { layout } from "../web/layout.ts";
import { requestLog } from "../web/requestLog.ts";
import { handle, type LtiContext } from "./context.ts";
import { checkOutboundUrl, OutboundError, outboundJson } from "./outbound.ts";
import { LtiRefusal } from "./refusal.ts";
import type { DeploymentKey, RegistrationPreset, StaffUnit } from "./store.ts";
import { TOOL_CONFIGURATION, toolRegistration } from "./toolConfiguration.ts";
import { bindDeploymentToNewSchool } from "./schools.ts";

/**
 * LTI Dynamic Registration 1.0. The school's LMS admin pastes our registration URL into the
 * LMS (in Moodle: "Tool URL" under "Manage tools"); the LMS opens it with
 * `openid_configuration` and `registration_token` added. We ask for the school's name and
 * country (`school_name`, `country`), fetch the platform's OpenID configuration, register
 * the tool at its registration endpoint, store the platform through ltijs, and bind the
 * deployment the platform returns to the new school (R1), in one transaction.
 *
 * Nobody can make us fetch arbitrary URLs: `/lti/register/<token>` needs a registration
 * token from `npm run admin -- registration-token create` (single use), and plain
 * `/lti/register` works only for OpenID configurations on hosts in LTI_REGISTRATION_HOSTS.
 * Every fetch goes through the outbound guard (https, public addresses only, no redirects).
 * ltijs's own DynamicRegistration is not used: it follows redirects to any address, checks
 * no issuer, and drops the deployment id the platform returns.
 */
const PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

interface RegistrationRequest {
  /** Our registration token, when the URL carried one. */
  token: string | undefined;
  preset: RegistrationPreset;
  openidConfiguration: string;
  platformToken: string | undefined;
}

export function registrationRoutes(lti: LtiContext): Router {
  const router = Router();
  const show = handle(async (req, res) => {
    const request = await admitRegistration(lti, req);
    sendForm(req, res, lti, request, 200, undefined);
  });
  const submit = handle(async (req, res) => {
    const request = await admitRegistration(lti, req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const unit = request.preset.nationalUnit;
    if (unit) return registerNationalUnit(lti, req, res, request, unit);
    const schoolId = request.preset.schoolId;
    if (schoolId) return registerForSchool(lti, req, res, request, schoolId);
    let school;
    try {
      // What the token names is fixed: a link made for one school registers only that school.
      school = validateSchool(lti.core, {
        name: request.preset.schoolName ?? body.school_name,
        country: request.preset.country ?? body.country,
      });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return sendForm(req, res, lti, request, 422, requestTranslator(req, res).error(error));
    }
    const registered = await registerAndBind(lti, request, async (deployment) => {
      await bindDeploymentToNewSchool(lti, deployment, school);
    });
    requestLog(res).info(
      {
        issuer: registered.issuer,
        clientId: registered.clientId,
        deploymentId: registered.deploymentId,
        school: school.name,
        country: school.country,
      },
      "lti registered a platform",
    );
    sendDone(req, res, school.name);
  });
  router.get("/register", show);
  router.post("/register", submit);
  router.get("/register/:token", show);
  router.post("/register/:token", submit);
  return router;
}

/**
 * Registers at the platform and binds the deployment with `bind`, under the link's token. The
 * token is claimed before the platform is contacted, so a concurrent use of it stops here
 * instead of registering a platform and key pair that nobody would own; it is given back if
 * anything fails, so the link stays good for another try.
 */
async function registerAndBind(
  lti: LtiContext,
  request: RegistrationRequest,
  bind: (deployment: DeploymentKey) => Promise<void>,
): Promise<DeploymentKey> {
  if (request.token && !(await lti.registrationTokens.consume(request.token))) {
    throw new LtiRefusal("registration_token", "token used by a concurrent registration");
  }
  try {
    const registered = await registerAtPlatform(lti, request);
    await bind(registered);
    return registered;
  } catch (error) {
    if (request.token) await lti.registrationTokens.release(request.token);
    throw error;
  }
}

/** A link a school admin made for their school's other LMS: its deployment joins that school. */
async function registerForSchool(
  lti: LtiContext,
  req: Request,
  res: Response,
  request: RegistrationRequest,
  schoolId: string,
): Promise<void> {
  const registered = await registerAndBind(lti, request, (deployment) =>
    lti.deployments.bind({ ...deployment, schoolId }),
  );
  requestLog(res).info(
    {
      issuer: registered.issuer,
      clientId: registered.clientId,
      deploymentId: registered.deploymentId,
      schoolId,
    },
    "lti registered another platform of a school",
  );
  sendDone(req, res, request.preset.schoolName ?? "");
}

/**
 * A link made for a national unit (or the central support service) registers the unit's own
 * LMS: no school, its launches are staff.
 */
async function registerNationalUnit(
  lti: LtiContext,
  req: Request,
  res: Response,
  request: RegistrationRequest,
  unit: StaffUnit,
): Promise<void> {
  const registered = await registerAndBind(lti, request, (deployment) =>
    lti.deployments.bindToUnit(deployment, unit),
  );
  requestLog(res).info(
    {
      issuer: registered.issuer,
      clientId: registered.clientId,
      deploymentId: registered.deploymentId,
      nationalUnit: unit,
    },
    "lti registered a staff unit's platform",
  );
  const t = requestTranslator(req, res);
  sendDone(req, res, unitText(t, unit, "name"));
}

async function admitRegistration(lti: LtiContext, req: Request): Promise<RegistrationRequest> {
  const source = { ...(req.query as Record<string, unknown>), ...(req.body as Record<string, unknown>) };
  const openidConfiguration =
    typeof source.openid_configuration === "string" ? source.openid_configuration : "";
  const platformToken = typeof source.registration_token === "string" ? source.registration_token : undefined;
  if (!openidConfiguration) throw new LtiRefusal("request", "registration without openid_configuration");
  const url = checkUrl(lti, openidConfiguration);
  const token = req.params.token;
  if (token) {
    const preset = await lti.registrationTokens.peek(token);
    if (!preset) throw new LtiRefusal("registration_token", "registration token unknown, used or expired");
    return { token, preset, openidConfiguration, platformToken };
  }
  if (!lti.config.registrationHosts.includes(url.host.toLowerCase())) {
    throw new LtiRefusal("registration_token", `no token, and ${url.host} is not in LTI_REGISTRATION_HOSTS`);
  }
  return {
    token: undefined,
    preset: { schoolName: undefined, country: undefined },
    openidConfiguration,
    platformToken,
  };
}

function checkUrl(lti: LtiContext, raw: unknown): URL {
  if (typeof raw !== "string") throw new LtiRefusal("registration_target", `not a URL: ${String(raw)}`);
  try {
    return checkOutboundUrl(raw, lti.outbound);
  } catch (error) {
    if (error instanceof OutboundError) throw new LtiRefusal("registration_target", error.message);
    throw error;
  }
}

interface RegisteredDeployment {
  issuer: string;
  clientId: string;
  deploymentId: string;
}

async function registerAtPlatform(
  lti: LtiContext,
  request: RegistrationRequest,
): Promise<RegisteredDeployment> {
  const configuration = record(await fetchJson(lti, request.openidConfiguration));
  const issuer = checkUrl(lti, configuration.issuer);
  if (issuer.host !== new URL(request.openidConfiguration).host) {
    throw new LtiRefusal("registration_target", `issuer ${issuer.href} is not on the configuration's host`);
  }
  const endpoints = {
    registration: checkUrl(lti, configuration.registration_endpoint).href,
    authorization: checkUrl(lti, configuration.authorization_endpoint).href,
    token: checkUrl(lti, configuration.token_endpoint).href,
    jwks: checkUrl(lti, configuration.jwks_uri).href,
  };
  const response = record(
    await fetchJson(lti, endpoints.registration, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(request.platformToken ? { authorization: `Bearer ${request.platformToken}` } : {}),
      },
      body: JSON.stringify(toolRegistration(lti.config.publicUrl)),
    }),
  );
  const clientId = response.client_id;
  const deploymentId = record(response[TOOL_CONFIGURATION]).deployment_id;
  if (
    typeof clientId !== "string" ||
    clientId === "" ||
    typeof deploymentId !== "string" ||
    deploymentId === ""
  ) {
    throw new LtiRefusal("registration_failed", "the platform's answer has no client_id or deployment_id");
  }
  const family = record(configuration[PLATFORM_CONFIGURATION]).product_family_code;
  const issuerId = String(configuration.issuer);
  await lti.provider.registerPlatform({
    issuer: issuerId,
    clientId,
    name: `${typeof family === "string" ? family : "platform"} ${issuer.host}`,
    authEndpoint: endpoints.authorization,
    tokenEndpoint: endpoints.token,
    authorizationServer:
      typeof configuration.authorization_server === "string" ? configuration.authorization_server : undefined,
    jwksUrl: endpoints.jwks,
  });
  lti.platformOrigins.forget();
  return { issuer: issuerId, clientId, deploymentId };
}

async function fetchJson(
  lti: LtiContext,
  url: string,
  init?: Parameters<typeof outboundJson>[2],
): Promise<unknown> {
  try {
    return await outboundJson(url, lti.outbound, init);
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    const code =
      error.reason === "private_address" || error.reason === "bad_url"
        ? "registration_target"
        : "registration_failed";
    throw new LtiRefusal(code, error.message);
  }
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function sendForm(
  req: Request,
  res: Response,
  lti: LtiContext,
  request: RegistrationRequest,
  status: number,
  error: string | undefined,
): void {
  const t = requestTranslator(req, res);
  const body = req.body as Record<string, unknown> | undefined;
  const { preset } = request;
  const schoolName = preset.schoolName ?? (typeof body?.school_name === "string" ? body.school_name : "");
  const country = preset.country ?? (typeof body?.country === "string" ? body.country : "");
  const options = lti.core.countries
    .list(t.locale)
    .map(
      (entry) =>
        html`<option value="${entry.code}" ${entry.code === country ? html`selected` : ""}>${entry.name}</option>`,
    );
  // Values the registration link fixes are shown read-only and not sent: the server uses the link's.
  const pinned = preset.schoolName !== undefined || preset.country !== undefined;
  const hint = pinned ? html`aria-describedby="pinned-hint"` : "";
  const schoolFields = html`<p>
        <label for="school_name">${t.t("lti.register.school_name")}</label>
        ${
          preset.schoolName !== undefined
            ? html`<input id="school_name" readonly value="${schoolName}" ${hint} />`
            : html`<input id="school_name" name="school_name" required maxlength="200" value="${schoolName}" />`
        }
      </p>
      <p>
        <label for="country">${t.t("lti.register.country")}</label>
        ${
          preset.country !== undefined
            ? html`<input id="country" readonly value="${countryName(preset.country, t.locale)}" ${hint} />`
            : html`<select id="country" name="country" required>
                <option value="">${t.t("lti.register.choose_country")}</option>
                ${options}
              </select>`
        }
      </p>`;
  const unit = preset.nationalUnit;
  const fields = unit ? html`<p>${unitText(t, unit, "intro")}</p>` : schoolFields;
  const content = html`<h1>${t.t("lti.register.title")}</h1>
    ${unit ? "" : html`<p>${t.t("lti.register.intro")}</p>`}
    ${error ? html`<p class="error" role="alert">${error}</p>` : ""}
    ${pinned ? html`<p id="pinned-hint">${t.t("lti.register.pinned")}</p>` : ""}
    <form method="post">
      <input type="hidden" name="openid_configuration" value="${request.openidConfiguration}" />
      ${
        request.platformToken
          ? html`<input type="hidden" name="registration_token" value="${request.platformToken}" />`
          : ""
      }
      ${fields}
      <p><button type="submit">${t.t("lti.register.submit")}</button></p>
    </form>`;
  res
    .status(status)
    .type("html")
    .send(layout({ t, title: t.t("lti.register.title"), body: content }));
}

/** The LMS closes its registration dialog on this message (LTI DR §3.6). */
function sendDone(req: Request, res: Response, schoolName: string): void {
  const t = requestTranslator(req, res);
  const content = html`<h1>${t.t("lti.register.done.title")}</h1>
    <p>${t.t("lti.register.done.body", { school: userText(schoolName) })}</p>
    <script nonce="${String(res.locals.cspNonce)}">
      (window.opener || window.parent).postMessage({ subject: "org.imsglobal.lti.close" }, "*");
    </script>`;
  res.type("html").send(layout({ t, title: t.t("lti.register.done.title"), body: content }));
}

/** How the registration pages name a staff unit: a national unit, or the central support service. */
function unitText(t: Translator, unit: StaffUnit, part: "intro" | "name"): string {
  if (unit === CENTRAL_SUPPORT_UNIT) return t.t(`lti.register.central_${part}`);
  return t.t(`lti.register.unit_${part}`, { country: countryName(unit, t.locale) });
}
