import { Countries } from "../core/index.ts";

/** What the whole product needs to start; each part (LTI, bot) reads its own extra settings. */
export interface AppConfig {
  port: number;
  host: string;
  /** The external base URL (what the LMS and the browser see), without a trailing slash. */
  publicUrl: string;
  databaseUrl: string;
  countries: Countries;
}

export const DEFAULT_DATABASE_URL = "sqlite:./data/opentwinning.sqlite";

/**
 * Reads the environment. Defaults make `npm start` work with nothing set: port 3000 on
 * 127.0.0.1, SQLite under ./data, every participating country. A bad value stops the start
 * with a message that says which variable to fix.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0-65535); got "${env.PORT}".`);
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new Error(
      `PUBLIC_URL must be an http(s) URL such as https://twinning.example.org; got "${publicUrl}".`,
    );
  }
  const countryList = env.PARTICIPATING_COUNTRIES?.split(",").filter((code) => code.trim() !== "");
  return {
    port,
    host: env.HOST || "127.0.0.1",
    publicUrl,
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    countries: new Countries(countryList && countryList.length > 0 ? countryList : undefined),
  };
}
