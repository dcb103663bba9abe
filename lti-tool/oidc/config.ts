/** OpenTwinning as the homeserver's OpenID Connect provider (README "Matrix: one click"). */
export interface OidcConfig {
  /** The homeserver's client id (OIDC_CLIENT_ID). Only this client is served. */
  clientId: string;
  /** Its secret (OIDC_CLIENT_SECRET), the same in the homeserver's configuration. */
  clientSecret: string;
  /** Exact redirect URIs (OIDC_REDIRECT_URIS, comma-separated), e.g. Synapse's `/_synapse/client/oidc/callback`. */
  redirectUris: string[];
  /** The homeserver's server name (MATRIX_SERVER_NAME): accounts are `@localpart:<server name>`. */
  serverName: string;
  /** The Matrix web client the project page opens (MATRIX_CLIENT_URL), e.g. the school's Element. */
  clientUrl: string;
}

/** A missing or malformed setting; the message names the variable and what to put there. */
export class OidcConfigError extends Error {
  override name = "OidcConfigError";
}

/** The variables that must be set together; OIDC_CLIENT_ID has a default (OIDC_VARIABLES lists all). */
const VARIABLES = [
  "OIDC_CLIENT_SECRET",
  "OIDC_REDIRECT_URIS",
  "MATRIX_SERVER_NAME",
  "MATRIX_CLIENT_URL",
] as const;

/** Every variable loadOidcConfig reads, for the documentation's checks. */
export const OIDC_VARIABLES = [...VARIABLES, "OIDC_CLIENT_ID"] as const;

/** Undefined when no variable is set (sign-in through OpenTwinning is off); half a configuration is an error. */
export function loadOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | undefined {
  const value = (name: string) => (env[name] ?? "").trim();
  if (VARIABLES.every((name) => value(name) === "")) return undefined;
  for (const name of VARIABLES) {
    if (value(name) === "") {
      throw new OidcConfigError(
        `${name} is not set, but ${VARIABLES.filter((other) => value(other) !== "").join(", ")} is: ` +
          `set all of ${VARIABLES.join(", ")} to let the homeserver sign people in through OpenTwinning (README "Matrix").`,
      );
    }
  }
  const clientSecret = value("OIDC_CLIENT_SECRET");
  if (clientSecret.length < 32) {
    throw new OidcConfigError(
      "OIDC_CLIENT_SECRET must be a random secret of at least 32 characters (`openssl rand -base64 48`), " +
        "the same as client_secret in the homeserver's configuration.",
    );
  }
  const redirectUris = value("OIDC_REDIRECT_URIS")
    .split(",")
    .map((uri) => uri.trim())
    .filter((uri) => uri !== "");
  for (const uri of redirectUris) {
    if (!URL.canParse(uri) || !/^https?:$/.test(new URL(uri).protocol)) {
      throw new OidcConfigError(
        `OIDC_REDIRECT_URIS must list http(s) URLs such as https://matrix.school.example/_synapse/client/oidc/callback; got "${uri}".`,
      );
    }
  }
  const clientUrl = value("MATRIX_CLIENT_URL").replace(/\/+$/, "");
  if (!URL.canParse(clientUrl)) {
    throw new OidcConfigError(
      `MATRIX_CLIENT_URL must be the web client's URL, such as https://element.school.example; got "${clientUrl}".`,
    );
  }
  return {
    clientId: value("OIDC_CLIENT_ID") || "matrix",
    clientSecret,
    redirectUris,
    serverName: value("MATRIX_SERVER_NAME"),
    clientUrl,
  };
}
