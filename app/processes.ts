import { createServer, type Server } from "node:http";
import express from "express";
import { EmailNotifications } from "../lti-tool/email/emailNotifications.ts";
import { FIRST_REGISTRATION_LOG_LINE } from "../lti-tool/lti/firstRegistration.ts";
import { Deployments } from "../lti-tool/lti/store.ts";
import { startMatrixBot } from "../matrix-bot/start.ts";
import { log } from "../ops/log.ts";
import { metricsRoutes } from "../ops/metricsRoutes.ts";
import { closeServer, type Stoppable, stopOnSignal } from "../ops/shutdown.ts";
import { type Database, openDatabase } from "../store/database.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { type Config, loadConfig } from "./config.ts";
import { productionCoreDeps } from "./coreDeps.ts";
import { productWebApp } from "./webApp.ts";

/**
 * The product's processes, built from the same parts: `npm start` (app/main.ts) runs the web
 * side and the bot in one process; `npm run start:web` and `start:bot` run them apart (several web
 * processes on one PostgreSQL behind a proxy; bots anywhere, the lease keeping one working).
 */
export type Part = "web" | "bot";

/** Validates the configuration, migrates the database, starts the parts; stops them on a signal. */
export async function run(parts: Part[]): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.app.databaseUrl, { readerNiceness: config.app.readerNiceness });
  // Knex's migration lock lets several processes starting at once migrate only once.
  const applied = await migrateToLatest(database.knex);
  log.info(`${database.describe}: ${applied.length} migration(s) applied`);
  const running: Stoppable[] = [];
  // Listening from the start: a signal while the bot still waits for its homeserver stops cleanly too.
  stopOnSignal(
    async () => {
      // Web servers and the bot finish their work side by side; the database closes last.
      await Promise.all(running.map((part) => part.stop()));
      await database.knex.destroy();
    },
    { timeoutMs: config.ops.shutdownTimeoutMs, log },
  );
  if (parts.includes("web")) running.push(...(await startWeb(config, database)));
  if (parts.includes("bot")) {
    if (!config.bot && !parts.includes("web")) {
      throw new Error(
        "The bot alone needs MATRIX_HOMESERVER_URL and MATRIX_BOT_ACCESS_TOKEN (see .env.example).",
      );
    }
    const core = productionCoreDeps(database, config.app.countries);
    const bot = await startMatrixBot({ database, core, config: config.bot });
    if (bot) running.push(bot);
  }
}

async function startWeb(config: Config, database: Database): Promise<Stoppable[]> {
  const { app: settings, lti, bot } = config;
  if (!(await new Deployments(database.knex).anyRegistered())) log.info(FIRST_REGISTRATION_LOG_LINE);
  const core = productionCoreDeps(database, settings.countries);
  const { metricsPort } = config.ops;
  const app = productWebApp({
    database,
    core,
    lti,
    bot,
    oidc: config.oidc,
    serveMetrics: metricsPort === undefined,
    emailEnabled: config.mail !== undefined,
  });
  if (lti.cookies.mode === "development") {
    log.warn("LTI cookies in development mode (SameSite=Lax, not Secure): for http://localhost only");
  }
  const servers = [await listen(createServer(app), settings.port, settings.host)];
  log.info(
    `OpenTwinning listening on http://${settings.host}:${portOf(servers[0])} (public URL ${settings.publicUrl})`,
  );
  if (metricsPort !== undefined) {
    const metrics = express().use(metricsRoutes(database));
    servers.push(await listen(createServer(metrics), metricsPort, settings.host));
    log.info(`metrics on http://${settings.host}:${portOf(servers[1])}/metrics`);
  }
  const stoppables: Stoppable[] = servers.map((server) => ({ stop: () => closeServer(server) }));
  // E-mail goes with the web side, which knows the public URL and the secret that signs the
  // unsubscribe links; with several web processes the consumer's lease keeps one sender at work.
  if (config.mail) {
    const mail = { core, database, mail: config.mail, publicUrl: settings.publicUrl, secret: lti.key };
    stoppables.push(new EmailNotifications(mail).start());
    log.info(`e-mail notifications through ${config.mail.host}:${config.mail.port}`);
  } else log.info("e-mail notifications off (SMTP_HOST is not set)");
  return stoppables;
}

function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

function portOf(server: Server | undefined): number | undefined {
  const address = server?.address();
  return typeof address === "object" && address ? address.port : undefined;
}
