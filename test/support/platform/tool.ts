/**
 * The real tool (lti-tool/app.ts) on a free port of 127.0.0.1, on a World's database and
 * core dependencies, configured for tests: private addresses allowed (the platform
 * simulator runs on 127.0.0.1), a fixed LTI key, no JWKS cooldown unless asked.
 *
 *   const world = await World.create("sqlite");
 *   const tool = await startTool({ world });                  // http://localhost:<port>
 *   const url = await tool.registrationUrl({ schoolName: "Liceo", country: "IT" });
 *   await platform.register(url, { schoolName: "Liceo", country: "IT" });
 *   await tool.stop();
 */
import type { TwinSpaceDirectory, TwinSpaceTranscripts } from "../../../lti-tool/pages/twinSpaces.ts";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createToolApp, type ToolAppOptions } from "../../../lti-tool/app.ts";
import type { LtiConfig } from "../../../lti-tool/config.ts";
import type { PupilCredentials } from "../../../lti-tool/lti/pupilCredentials.ts";
import type { MatrixSettings } from "../../../lti-tool/pages/pupilAccountsPort.ts";
import { RegistrationTokens } from "../../../lti-tool/lti/store.ts";
import { cookiePolicy } from "../../../lti-tool/session/cookies.ts";
import type { World } from "../world.ts";

export interface RunningTool {
  /** The public URL the platform and browsers use. */
  url: string;
  config: LtiConfig;
  /** A dynamic-registration URL with a fresh registration token, as `npm run admin` prints it. */
  registrationUrl(preset?: { schoolName?: string; country?: string }): Promise<string>;
  stop(): Promise<void>;
}

export interface ToolOptions {
  world: World;
  /** Host name in the public URL; "localhost" (default) or "127.0.0.1". */
  host?: "localhost" | "127.0.0.1";
  cookies?: "development" | "secure";
  jwksCooldownMs?: number;
  registrationHosts?: string[];
  allowPrivateAddresses?: boolean;
  pupilCredentials?: PupilCredentials;
  /** The Matrix side for the pages (bot, pupils' accounts); none by default. */
  matrix?: MatrixSettings;
  /** The TwinSpaces' rooms for the project pages; none ("being prepared") by default. */
  twinSpaces?: TwinSpaceDirectory;
  /** The rooms' history for a national unit's look; none by default. */
  transcripts?: TwinSpaceTranscripts;
  /** Signing people in to a homeserver (lti-tool/oidc/); off by default. */
  oidc?: ToolAppOptions["oidc"];
  /** Whether the pages say e-mail is on (SMTP configured); off by default. */
  emailEnabled?: boolean;
  /** Partner searches at once and their wait; the product's default unless set. */
  searchAdmission?: ToolAppOptions["searchAdmission"];
  /** Listen on this port (a homeserver configured before the tool starts needs it); a free one by default. */
  port?: number;
}

export async function startTool(options: ToolOptions): Promise<RunningTool> {
  const database = options.world.store.database;
  const config: LtiConfig = {
    publicUrl: "",
    key: "test-lti-key-test-lti-key-test-lti-key",
    cookies: cookiePolicy(options.cookies ?? "development"),
    registrationHosts: options.registrationHosts ?? [],
    allowPrivateAddresses: options.allowPrivateAddresses ?? true,
    jwksCooldownMs: options.jwksCooldownMs ?? 0,
  };
  // The public URL names the port, which is known only once listening; routes read it per request.
  const app = createToolApp({
    database,
    core: options.world.deps,
    lti: config,
    pupilCredentials: options.pupilCredentials,
    matrix: options.matrix,
    twinSpaces: options.twinSpaces,
    transcripts: options.transcripts,
    oidc: options.oidc,
    emailEnabled: options.emailEnabled ?? false,
    searchAdmission: options.searchAdmission,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(options.port ?? 0, "127.0.0.1", () => resolve(listening));
  });
  config.publicUrl = `http://${options.host ?? "localhost"}:${(server.address() as AddressInfo).port}`;
  const tokens = new RegistrationTokens(database.knex);
  return {
    url: config.publicUrl,
    config,
    async registrationUrl(preset = {}) {
      const token = await tokens.create({ schoolName: preset.schoolName, country: preset.country });
      return `${config.publicUrl}/lti/register/${token}`;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
