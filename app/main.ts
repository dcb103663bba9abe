import type { Server } from "node:http";
import { createToolApp } from "../lti-tool/app.ts";
import { loadLtiConfig } from "../lti-tool/config.ts";
import { loadOidcConfig } from "../lti-tool/oidc/config.ts";
import { FIRST_REGISTRATION_LOG_LINE } from "../lti-tool/lti/firstRegistration.ts";
import { Deployments } from "../lti-tool/lti/store.ts";
import { matrixForPages } from "../matrix-bot/accounts/connect.ts";
import { newPupilLocalpart } from "../matrix-bot/accounts/passwords.ts";
import { loadBotConfig } from "../matrix-bot/config.ts";
import { startMatrixBot } from "../matrix-bot/start.ts";
import { PupilMatrixAccounts } from "../matrix-bot/store/pupilAccounts.ts";
import { RecordedTwinSpaces } from "../matrix-bot/store/twinSpaceDirectory.ts";
import { openDatabase } from "../store/database.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { loadAppConfig } from "./config.ts";
import { log } from "../ops/log.ts";
import { productionCoreDeps } from "./coreDeps.ts";

/** `npm start`: migrates the database, then serves the tool until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const lti = loadLtiConfig(config.publicUrl);
  const oidcConfig = loadOidcConfig();
  const database = openDatabase(config.databaseUrl);
  const applied = await migrateToLatest(database.knex);
  log.info(`${database.describe}: ${applied.length} migration(s) applied`);
  if (!(await new Deployments(database.knex).anyRegistered())) log.info(FIRST_REGISTRATION_LOG_LINE);
  const core = productionCoreDeps(database, config.countries);
  const botConfig = loadBotConfig();
  // Without a homeserver pupils have no Matrix accounts and the Matrix pages say so.
  const matrix = botConfig ? matrixForPages(botConfig, database, core) : undefined;
  const twinSpaces = botConfig ? new RecordedTwinSpaces(database) : undefined;
  // Pupils signing in get the bot's pseudonymous localparts and its account records.
  const pupilAccounts = Object.assign(new PupilMatrixAccounts(database), { newLocalpart: newPupilLocalpart });
  const oidc = oidcConfig ? { config: oidcConfig, pupilAccounts } : undefined;
  const app = createToolApp({ database, core, lti, matrix, twinSpaces, oidc });
  if (lti.cookies.mode === "development") {
    log.warn("LTI cookies in development mode (SameSite=Lax, not Secure): for http://localhost only");
  }
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    log.info(`OpenTwinning listening on http://${config.host}:${port} (public URL ${config.publicUrl})`);
  });
  const bot = await startMatrixBot({ database, core: productionCoreDeps(database, config.countries) });
  const stop = () => {
    server.close(
      () =>
        void Promise.resolve(bot?.stop())
          .then(() => database.knex.destroy())
          .then(() => process.exit(0)),
    );
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  log.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
