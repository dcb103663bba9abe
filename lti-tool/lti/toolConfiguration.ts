import { launchUrl } from "./login.ts";

/** What the tool asks a platform to configure, by dynamic registration or by hand. */
export const TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
const NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

/** What we ask the platform to configure (LTI DR §3.4.1; Moodle reads exactly these fields). */
export function toolRegistration(publicUrl: string): Record<string, unknown> {
  const launch = launchUrl(publicUrl);
  return {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: `${publicUrl}/lti/login`,
    redirect_uris: [launch],
    client_name: "OpenTwinning",
    jwks_uri: `${publicUrl}/lti/keys`,
    token_endpoint_auth_method: "private_key_jwt",
    scope: NRPS_SCOPE,
    [TOOL_CONFIGURATION]: {
      domain: new URL(publicUrl).host,
      description: "Class projects across schools and countries (eTwinning model).",
      target_link_uri: launch,
      claims: ["iss", "sub", "name", "given_name", "family_name", "email", "locale"],
      messages: [{ type: "LtiDeepLinkingRequest", target_link_uri: launch, label: "OpenTwinning project" }],
    },
  };
}

/** The values an LMS admin enters when registering the tool by hand (Moodle's field names). */
export function manualToolValues(publicUrl: string): [label: string, value: string][] {
  const launch = launchUrl(publicUrl);
  return [
    ["Tool URL", launch],
    ["LTI version", "LTI 1.3"],
    ["Public key type", "Keyset URL"],
    ["Public keyset", `${publicUrl}/lti/keys`],
    ["Initiate login URL", `${publicUrl}/lti/login`],
    ["Redirection URI(s)", launch],
    ["Supports Deep Linking (Content-Item Message)", "yes"],
    ["Content Selection URL", launch],
    [
      "IMS LTI Names and Role Provisioning",
      "Use this service to retrieve members' information as per privacy settings",
    ],
    ["Share launcher's name / email with tool", "Always"],
  ];
}
