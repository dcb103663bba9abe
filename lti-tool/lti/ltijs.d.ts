/**
 * Local type declarations for the parts of ltijs 5.9.9 we use (ltijs ships no types).
 * Everything else of ltijs stays out of reach on purpose; lti-tool/lti/provider.ts wraps it.
 */
declare module "ltijs" {
  import type { Express } from "express";

  /** A Mongo-style document or equality query, as ltijs hands them to its database plugin. */
  export type LtijsDocument = Record<string, unknown>;

  /** ltijs's database plugin interface (what its own Mongo Database class implements). */
  export interface LtijsDatabasePlugin {
    setup(): Promise<boolean>;
    Close(): Promise<boolean>;
    Get(key: string | false, collection: string, query?: LtijsDocument): Promise<LtijsDocument[] | false>;
    Insert(
      key: string | false,
      collection: string,
      item: LtijsDocument,
      index?: LtijsDocument,
    ): Promise<boolean>;
    Replace(
      key: string | false,
      collection: string,
      query: LtijsDocument,
      item: LtijsDocument,
      index?: LtijsDocument,
    ): Promise<boolean>;
    Modify(
      key: string | false,
      collection: string,
      query: LtijsDocument,
      modification: LtijsDocument,
    ): Promise<boolean>;
    Delete(collection: string, query: LtijsDocument): Promise<boolean>;
  }

  export interface LtijsAuthConfig {
    method: "JWK_SET" | "JWK_KEY" | "RSA_KEY";
    key: string;
  }

  export interface LtijsPlatformInput {
    url: string;
    name: string;
    clientId: string;
    authenticationEndpoint: string;
    accesstokenEndpoint: string;
    authorizationServer?: string;
    authConfig: LtijsAuthConfig;
  }

  export interface LtijsPlatform {
    platformUrl(): Promise<string>;
    platformClientId(): Promise<string>;
    platformName(): Promise<string>;
    platformKid(): Promise<string>;
    platformActive(active?: boolean): Promise<boolean>;
    platformAuthEndpoint(): Promise<string>;
    platformAccessTokenEndpoint(): Promise<string>;
    platformAuthConfig(): Promise<LtijsAuthConfig>;
    delete(): Promise<boolean>;
  }

  /** The id_token shape ltijs's services read (built by us from a verified launch). */
  export interface LtijsIdToken {
    iss: string;
    clientId: string;
    deploymentId: string;
    platformContext: {
      resource?: { id: string };
      namesRoles?: { context_memberships_url: string };
      deepLinkingSettings?: {
        deep_link_return_url: string;
        accept_types: string[];
        accept_multiple?: boolean;
        data?: string;
      };
    };
  }

  export interface LtijsMembership {
    user_id: string;
    status?: string;
    name?: string;
    given_name?: string;
    family_name?: string;
    email?: string;
    roles: string[];
  }

  export interface LtijsProvider {
    app: Express;
    setup(
      encryptionKey: string,
      database: { plugin: LtijsDatabasePlugin },
      options: {
        appRoute?: string;
        loginRoute?: string;
        keysetRoute?: string;
        dynRegRoute?: string;
        cors?: boolean;
        tokenMaxAge?: number;
        cookies?: { secure?: boolean; sameSite?: string };
      },
    ): LtijsProvider;
    registerPlatform(platform: LtijsPlatformInput): Promise<LtijsPlatform>;
    getPlatform(url: string, clientId: string): Promise<LtijsPlatform | false>;
    getPlatform(url: string): Promise<LtijsPlatform[] | false>;
    deletePlatform(url: string, clientId: string): Promise<boolean>;
    DeepLinking: {
      createDeepLinkingMessage(
        idtoken: LtijsIdToken,
        contentItems: Record<string, unknown>[],
        options?: { message?: string; log?: string },
      ): Promise<string>;
    };
    NamesAndRoles: {
      getMembers(
        idtoken: LtijsIdToken,
        options?: { role?: string; limit?: number; pages?: number | false; resourceLinkId?: boolean },
      ): Promise<{ members: LtijsMembership[] }>;
    };
  }

  /** ltijs exports one Provider instance; its constructor makes independent ones. */
  export const Provider: LtijsProvider;
}
