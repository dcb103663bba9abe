import { log } from "../ops/log.ts";
import { openDatabase } from "../store/database.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { loadConfig } from "./config.ts";

/** `npm run migrate`: brings the database named by DATABASE_URL to the latest schema. */
const database = openDatabase(loadConfig().app.databaseUrl);
try {
  const applied = await migrateToLatest(database.knex);
  log.info(
    applied.length === 0
      ? `${database.describe} is up to date`
      : `${database.describe}: applied ${applied.join(", ")}`,
  );
} finally {
  await database.knex.destroy();
}
