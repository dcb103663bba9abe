import type { JWTPayload } from "jose";
import { LtiRefusal } from "./refusal.ts";

/**
 * The claims of a verified LTI 1.3 id_token, checked one by one (LTI Core 1.3 §5.3/§5.4,
 * Deep Linking 2.0 §4.4) and turned into a typed launch. Signature, issuer, audience and
 * times are checked before (launch.ts); a missing or malformed claim is a refusal.
 */
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
const NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/";

export type MessageType = "LtiResourceLinkRequest" | "LtiDeepLinkingRequest";

export interface LaunchClaims {
  issuer: string;
  subject: string;
  deploymentId: string;
  messageType: MessageType;
  roles: string[];
  name: string;
  email: string;
  locale: string | undefined;
  targetLinkUri: string | undefined;
  resourceLinkId: string | undefined;
  context: { id: string; title: string | undefined } | undefined;
  custom: Record<string, string>;
  nrpsUrl: string | undefined;
  deepLinking:
    | { returnUrl: string; data: string | undefined; acceptTypes: string[]; acceptMultiple: boolean }
    | undefined;
}

function refuse(detail: string): never {
  throw new LtiRefusal("message", detail);
}

function text(value: unknown, claim: string, max = 1000): string {
  if (typeof value !== "string" || value.trim() === "" || value.length > max)
    refuse(`claim ${claim} missing or malformed`);
  return value;
}

function optionalText(value: unknown, max = 1000): string | undefined {
  return typeof value === "string" && value !== "" && value.length <= max ? value : undefined;
}

function object(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function parseLaunchClaims(payload: JWTPayload): LaunchClaims {
  const messageType = payload[`${LTI}message_type`];
  if (messageType !== "LtiResourceLinkRequest" && messageType !== "LtiDeepLinkingRequest") {
    refuse(`message type ${JSON.stringify(messageType)} is not supported`);
  }
  if (payload[`${LTI}version`] !== "1.3.0") refuse(`LTI version ${JSON.stringify(payload[`${LTI}version`])}`);
  const roles = payload[`${LTI}roles`];
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === "string"))
    refuse("claim roles missing");

  const resourceLink = object(payload[`${LTI}resource_link`]);
  const resourceLinkId = optionalText(resourceLink?.id, 255);
  const targetLinkUri = optionalText(payload[`${LTI}target_link_uri`], 1000);
  if (messageType === "LtiResourceLinkRequest") {
    if (!resourceLinkId) refuse("claim resource_link.id missing");
    if (!targetLinkUri) refuse("claim target_link_uri missing");
  }
  let deepLinking: LaunchClaims["deepLinking"];
  if (messageType === "LtiDeepLinkingRequest") {
    const settings = object(payload[`${DL}deep_linking_settings`]);
    if (!settings) refuse("claim deep_linking_settings missing");
    const acceptTypes = settings.accept_types;
    if (!Array.isArray(acceptTypes) || !acceptTypes.includes("ltiResourceLink")) {
      refuse("deep_linking_settings.accept_types does not accept ltiResourceLink");
    }
    const returnUrl = text(settings.deep_link_return_url, "deep_link_return_url");
    if (!/^https?:\/\//.test(returnUrl)) refuse("deep_link_return_url is not an http(s) URL");
    deepLinking = {
      returnUrl,
      data: optionalText(settings.data, 4000),
      acceptTypes: acceptTypes.filter((type): type is string => typeof type === "string"),
      acceptMultiple: settings.accept_multiple !== false && settings.accept_multiple !== "false",
    };
  }

  const context = object(payload[`${LTI}context`]);
  const contextId = optionalText(context?.id, 255);
  const custom: Record<string, string> = {};
  for (const [name, value] of Object.entries(object(payload[`${LTI}custom`]) ?? {})) {
    if (typeof value === "string") custom[name] = value;
  }
  const presentation = object(payload[`${LTI}launch_presentation`]);
  const given = optionalText(payload.given_name, 200) ?? "";
  const family = optionalText(payload.family_name, 200) ?? "";
  return {
    issuer: text(payload.iss, "iss"),
    subject: text(payload.sub, "sub", 255),
    deploymentId: text(payload[`${LTI}deployment_id`], "deployment_id", 255),
    messageType,
    roles,
    name: optionalText(payload.name, 200) ?? `${given} ${family}`.trim(),
    email: optionalText(payload.email, 254) ?? "",
    locale: optionalText(presentation?.locale, 35) ?? optionalText(payload.locale, 35),
    targetLinkUri,
    resourceLinkId,
    context: contextId ? { id: contextId, title: optionalText(context?.title, 255) } : undefined,
    custom,
    nrpsUrl: optionalText(object(payload[`${NRPS}namesroleservice`])?.context_memberships_url, 1000),
    deepLinking,
  };
}
