import type { RequestHandler } from "express";
import type { Knex } from "knex";
import ltijs, {
  type LtijsIdToken,
  type LtijsMembership,
  type LtijsPlatform,
  type LtijsProvider,
} from "ltijs";
import { KnexLtijsDatabase } from "./ltijsDatabase.ts";

/**
 * Our window onto ltijs (pinned 5.9.9): the platform registry with the tool's key pair per
 * platform, the tool's JWKS, the signed Deep Linking response and the Names and Role
 * Provisioning client. ltijs runs on our knex database (ltijsDatabase.ts) and never listens
 * itself (no deploy(): that would also install its own SIGINT handler). Login, launch
 * validation and dynamic registration are ours (login.ts, launch.ts, registration.ts):
 * ltijs's versions have the gaps listed in issue 3.
 */
export interface PlatformRecord {
  issuer: string;
  clientId: string;
  name: string;
  authEndpoint: string;
  tokenEndpoint: string;
  jwksUrl: string;
  /** The id of the tool's own key pair for this platform. */
  kid: string;
}

export interface PlatformInput {
  issuer: string;
  clientId: string;
  name: string;
  authEndpoint: string;
  tokenEndpoint: string;
  authorizationServer?: string | undefined;
  jwksUrl: string;
}

/** What ltijs's services need to know about the launch they act for. */
export interface ServiceLaunch {
  issuer: string;
  clientId: string;
  deploymentId: string;
  resourceLinkId?: string | undefined;
  nrpsUrl?: string | undefined;
  deepLinking?: {
    returnUrl: string;
    data?: string | undefined;
    acceptTypes?: string[];
    acceptMultiple?: boolean;
  };
}

export interface LtiProvider {
  registerPlatform(input: PlatformInput): Promise<PlatformRecord>;
  findPlatform(issuer: string, clientId: string): Promise<PlatformRecord | undefined>;
  platformsOf(issuer: string): Promise<PlatformRecord[]>;
  /** Serves the tool's public keys (JWKS) to platforms. */
  keyset: RequestHandler;
  /** A signed LtiDeepLinkingResponse carrying these content items. */
  deepLinkingResponse(launch: ServiceLaunch, items: Record<string, unknown>[]): Promise<string>;
  /** The course roster, every page. */
  roster(launch: ServiceLaunch): Promise<LtijsMembership[]>;
}

const KEYSET_ROUTE = "/keys";

export function createLtiProvider(knex: Knex, encryptionKey: string): LtiProvider {
  // ltijs exports one shared instance; its class makes an independent one per app (and test).
  const ProviderClass = Object.getPrototypeOf(ltijs.Provider).constructor as new () => LtijsProvider;
  const provider = new ProviderClass().setup(
    encryptionKey,
    { plugin: new KnexLtijsDatabase(knex) },
    { keysetRoute: KEYSET_ROUTE, cors: false },
  );

  return {
    async registerPlatform(input) {
      const platform = await provider.registerPlatform({
        url: input.issuer,
        name: input.name,
        clientId: input.clientId,
        authenticationEndpoint: input.authEndpoint,
        accesstokenEndpoint: input.tokenEndpoint,
        authorizationServer: input.authorizationServer,
        authConfig: { method: "JWK_SET", key: input.jwksUrl },
      });
      await platform.platformActive(true);
      return describe(platform);
    },
    async findPlatform(issuer, clientId) {
      const platform = await provider.getPlatform(issuer, clientId);
      return platform ? describe(platform) : undefined;
    },
    async platformsOf(issuer) {
      const platforms = await provider.getPlatform(issuer);
      return platforms ? Promise.all(platforms.map(describe)) : [];
    },
    keyset: (req, res, next) => {
      req.url = KEYSET_ROUTE;
      provider.app(req, res, next);
    },
    async deepLinkingResponse(launch, items) {
      return provider.DeepLinking.createDeepLinkingMessage(idToken(launch), items);
    },
    async roster(launch) {
      const result = await provider.NamesAndRoles.getMembers(idToken(launch), { pages: 20 });
      return result.members;
    },
  };
}

async function describe(platform: LtijsPlatform): Promise<PlatformRecord> {
  return {
    issuer: await platform.platformUrl(),
    clientId: await platform.platformClientId(),
    name: await platform.platformName(),
    authEndpoint: await platform.platformAuthEndpoint(),
    tokenEndpoint: await platform.platformAccessTokenEndpoint(),
    jwksUrl: (await platform.platformAuthConfig()).key,
    kid: await platform.platformKid(),
  };
}

function idToken(launch: ServiceLaunch): LtijsIdToken {
  const settings = launch.deepLinking;
  return {
    iss: launch.issuer,
    clientId: launch.clientId,
    deploymentId: launch.deploymentId,
    platformContext: {
      resource: launch.resourceLinkId ? { id: launch.resourceLinkId } : undefined,
      namesRoles: launch.nrpsUrl ? { context_memberships_url: launch.nrpsUrl } : undefined,
      deepLinkingSettings: settings
        ? {
            deep_link_return_url: settings.returnUrl,
            accept_types: settings.acceptTypes ?? ["ltiResourceLink"],
            accept_multiple: settings.acceptMultiple,
            data: settings.data,
          }
        : undefined,
    },
  };
}
