import type { Server } from "node:http";
import { loadLtiConfig } from "../lti-tool/config.ts";
import { loadOidcConfig } from "../lti-tool/oidc/config.ts";
import { FIRST_REGISTRATION_LOG_LINE } from "../lti-tool/lti/firstRegistration.ts";
import { Deployments } from "../lti-tool/lti/store.ts";
import { loadBotConfig } from "../matrix-bot/config.ts";
import { startMatrixBot } from "../matrix-bot/start.ts";
import { openDatabase } from "../store/database.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { loadAppConfig } from "./config.ts";
import { log } from "../ops/log.ts";
import { productionCoreDeps } from "./coreDeps.ts";
import { productWebApp } from "./webApp.ts";

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
  const app = productWebApp({ database, core, lti, bot: loadBotConfig(), oidc: oidcConfig });
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
