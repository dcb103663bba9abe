import { z } from "zod";
import { Countries } from "../core/index.ts";
import { DEVELOPMENT_LTI_KEY, type LtiConfig } from "../lti-tool/config.ts";
import { loadOidcConfig, type OidcConfig, OidcConfigError } from "../lti-tool/oidc/config.ts";
import { cookiePolicy } from "../lti-tool/session/cookies.ts";
import type { MailConfig } from "../lti-tool/email/config.ts";
import type { BotConfig } from "../matrix-bot/config.ts";
import { LOG_LEVELS } from "../ops/log.ts";

/**
 * Every setting of every process, validated at start by one schema (zod). Values come from
 * the environment; `scripts/node.mjs` adds an optional `.env` in the working directory
 * (Node's `--env-file`, the environment winning). `.env.example` documents each
 * variable with its default. The parts (LTI tool, bot, operations) receive typed values.
 */

/** What the whole product needs to start. */
export interface AppConfig {
  port: number;
  host: string;
  /** The external base URL (what the LMS and the browser see), without a trailing slash. */
  publicUrl: string;
  databaseUrl: string;
  /** SQLite's reader processes' niceness (store/database.ts DatabaseOptions). */
  readerNiceness: number;
  countries: Countries;
}

/** How the process is run and watched. */
export interface OpsConfig {
  /** Serves /metrics on this port alone (not on the public one) when set. */
  metricsPort: number | undefined;
  /** How long a stopping process waits for in-flight requests and the bot's step. */
  shutdownTimeoutMs: number;
}

export interface Config {
  app: AppConfig;
  lti: LtiConfig;
  /** Undefined when no homeserver is configured: the LTI tool runs without the bot. */
  bot: BotConfig | undefined;
  /** Undefined unless the homeserver signs people in through OpenTwinning (lti-tool/oidc/). */
  oidc: OidcConfig | undefined;
  ops: OpsConfig;
  /** Undefined when SMTP_HOST is unset: no e-mail is sent, and the profile page says so. */
  mail: MailConfig | undefined;
}

export const DEFAULT_DATABASE_URL = "sqlite:./data/opentwinning.sqlite";

/** A bad setting: the message names each variable and what to put there. */
export class ConfigError extends Error {
  constructor(messages: string[]) {
    super(messages.map((message) => `${message}.`).join("\n"));
    this.name = "ConfigError";
  }
}

const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, "");

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const port = (example: string) =>
  z.coerce
    .number({ error: `must be a port number (0-65535), e.g. ${example}` })
    .int({ error: `must be a port number (0-65535), e.g. ${example}` })
    .min(0, { error: `must be a port number (0-65535), e.g. ${example}` })
    .max(65535, { error: `must be a port number (0-65535), e.g. ${example}` });

const positive = (what: string, fallback: number) =>
  z.coerce
    .number({ error: `must be a positive number of ${what}, e.g. ${fallback}` })
    .positive({ error: `must be a positive number of ${what}, e.g. ${fallback}` })
    .default(fallback);

const httpUrl = (example: string) =>
  z
    .string()
    .trim()
    .transform(withoutTrailingSlash)
    .refine((value) => isUrl(value, ["http:", "https:"]), {
      error: (issue) => `must be an http(s) URL such as ${example}; got "${String(issue.input)}"`,
    });

const list = z.string().transform((value) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== ""),
);

/** The variables, each with its default; empty values count as unset. */
const environment = z
  .object({
    PORT: port("3000").default(3000),
    HOST: z.string().trim().default("127.0.0.1"),
    PUBLIC_URL: httpUrl("https://twinning.example.org").optional(),
    DATABASE_URL: z
      .string()
      .trim()
      .default(DEFAULT_DATABASE_URL)
      .refine((value) => /^(sqlite:|postgres(ql)?:\/\/)/.test(value), {
        error: (issue) =>
          `must start with "sqlite:" (for example ${DEFAULT_DATABASE_URL}) or "postgres://"; got "${String(issue.input).split(":")[0]}:…"`,
      }),
    SQLITE_READER_NICENESS: z.coerce
      .number({ error: "must be a whole number from 0 to 19, e.g. 10" })
      .int({ error: "must be a whole number from 0 to 19, e.g. 10" })
      .min(0, { error: "must be a whole number from 0 to 19, e.g. 10" })
      .max(19, { error: "must be a whole number from 0 to 19, e.g. 10" })
      .default(10),
    PARTICIPATING_COUNTRIES: list
      .refine((codes) => codes.every((code) => /^[A-Za-z]{2}$/.test(code)), {
        error: "must be ISO 3166-1 alpha-2 codes separated by commas, e.g. IT,FR,DE",
      })
      .optional(),
    LTI_KEY: z.string().optional(),
    LTI_COOKIES: z.enum(["secure", "development"], { error: 'must be "secure" or "development"' }).optional(),
    LTI_REGISTRATION_HOSTS: list.default([]),
    ALLOW_PRIVATE_REGISTRATION_URLS: z
      .enum(["true", "false"], { error: 'must be "true" or "false"' })
      .default("false"),
    LTI_JWKS_COOLDOWN_MS: z.coerce
      .number({ error: "must be a number of milliseconds, e.g. 30000" })
      .int({ error: "must be a number of milliseconds, e.g. 30000" })
      .min(0, { error: "must be a number of milliseconds, e.g. 30000" })
      .default(30_000),
    MATRIX_HOMESERVER_URL: httpUrl("https://matrix.school.example").optional(),
    MATRIX_BOT_ACCESS_TOKEN: z.string().trim().optional(),
    MATRIX_JITSI_BASE_URL: z
      .string()
      .trim()
      .transform(withoutTrailingSlash)
      .default("https://meet.jit.si")
      .refine((value) => isUrl(value, ["https:"]), {
        error: (issue) =>
          `must be an https URL of a Jitsi Meet server, e.g. https://meet.jit.si; got "${String(issue.input)}"`,
      }),
    MATRIX_COMMAND_PREFIX: z
      .string()
      .trim()
      .default("!tw")
      .refine((value) => !/\s/.test(value) && value.length <= 16, {
        error: (issue) => `must be one short word without spaces, e.g. !tw; got "${String(issue.input)}"`,
      }),
    MATRIX_POLL_INTERVAL_MS: positive("milliseconds", 1000),
    MATRIX_FULL_PASS_MINUTES: positive("minutes", 30),
    LOG_LEVEL: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }))
      .default("info"),
    LOG_FILE: z.string().optional(),
    METRICS_PORT: port("9464").optional(),
    SHUTDOWN_TIMEOUT_MS: positive("milliseconds", 10_000),
    SMTP_HOST: z.string().trim().optional(),
    SMTP_PORT: port("587").default(587),
    SMTP_SECURE: z
      .enum(["true", "false"], {
        error: 'must be "true" (TLS from the start, port 465) or "false" (STARTTLS)',
      })
      .default("false"),
    SMTP_USER: z.string().trim().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z
      .string()
      .trim()
      .refine((value) => /^[^\s@<>]+@[^\s@<>]+$/.test(value), {
        error: "must be the sender's e-mail address, e.g. twinning@school.example",
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    if (publicUrl.startsWith("https://") && (env.LTI_KEY ?? "").length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["LTI_KEY"],
        message:
          "LTI_KEY must be set to a random secret of at least 32 characters when PUBLIC_URL is https " +
          "(it encrypts the tool's private keys; generate one with `openssl rand -base64 48`)",
      });
    }
    if (env.MATRIX_BOT_ACCESS_TOKEN && !env.MATRIX_HOMESERVER_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["MATRIX_HOMESERVER_URL"],
        message:
          "MATRIX_BOT_ACCESS_TOKEN is set but MATRIX_HOMESERVER_URL is not: set it to the homeserver's client API URL, e.g. https://matrix.school.example",
      });
    }
    if (env.SMTP_HOST && !env.MAIL_FROM) {
      ctx.addIssue({
        code: "custom",
        path: ["MAIL_FROM"],
        message:
          "MAIL_FROM must be set when SMTP_HOST is: the sender's address, e.g. twinning@school.example",
      });
    }
    if (env.MATRIX_HOMESERVER_URL && !env.MATRIX_BOT_ACCESS_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["MATRIX_BOT_ACCESS_TOKEN"],
        message:
          "MATRIX_HOMESERVER_URL is set but MATRIX_BOT_ACCESS_TOKEN is not: log in as the bot account once (for example with curl on /_matrix/client/v3/login) and put its access token there",
      });
    }
  });

/** Every variable the configuration reads, for the documentation's checks. */
export const CONFIGURATION_VARIABLES: readonly string[] = Object.keys(environment.shape);

/**
 * Reads and checks every variable. Defaults make `npm start` work with nothing set: port
 * 3000 on 127.0.0.1, SQLite under ./data, every participating country, no bot. A bad value
 * throws a ConfigError naming the variable; secrets are never repeated in it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = environment.safeParse(set);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "configuration");
        // Cross-field messages already start with the variable's name; the others follow it.
        return issue.message.startsWith(variable) ? issue.message : `${variable} ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  const oidc = oidcSettings(env);
  const publicUrl = values.PUBLIC_URL ?? `http://localhost:${values.PORT}`;
  const https = publicUrl.startsWith("https://");
  return {
    app: {
      port: values.PORT,
      host: values.HOST,
      publicUrl,
      databaseUrl: values.DATABASE_URL,
      readerNiceness: values.SQLITE_READER_NICENESS,
      countries: new Countries(
        values.PARTICIPATING_COUNTRIES?.length ? values.PARTICIPATING_COUNTRIES : undefined,
      ),
    },
    lti: {
      publicUrl,
      key: values.LTI_KEY || DEVELOPMENT_LTI_KEY,
      cookies: cookiePolicy(values.LTI_COOKIES ?? (https ? "secure" : "development")),
      registrationHosts: values.LTI_REGISTRATION_HOSTS.map((host) => host.toLowerCase()),
      allowPrivateAddresses: values.ALLOW_PRIVATE_REGISTRATION_URLS === "true",
      jwksCooldownMs: values.LTI_JWKS_COOLDOWN_MS,
    },
    bot:
      values.MATRIX_HOMESERVER_URL && values.MATRIX_BOT_ACCESS_TOKEN
        ? {
            homeserverUrl: values.MATRIX_HOMESERVER_URL,
            accessToken: values.MATRIX_BOT_ACCESS_TOKEN,
            jitsiBaseUrl: values.MATRIX_JITSI_BASE_URL,
            commandPrefix: values.MATRIX_COMMAND_PREFIX,
            pollIntervalMs: values.MATRIX_POLL_INTERVAL_MS,
            fullPassIntervalMs: values.MATRIX_FULL_PASS_MINUTES * 60_000,
          }
        : undefined,
    oidc,
    ops: { metricsPort: values.METRICS_PORT, shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS },
    mail:
      values.SMTP_HOST && values.MAIL_FROM
        ? {
            host: values.SMTP_HOST,
            port: values.SMTP_PORT,
            secure: values.SMTP_SECURE === "true",
            user: values.SMTP_USER,
            password: values.SMTP_PASSWORD,
            from: values.MAIL_FROM,
          }
        : undefined,
  };
}

/** The OpenID Connect provider's settings, checked with the rest (their rules span variables). */
function oidcSettings(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  try {
    return loadOidcConfig(env);
  } catch (error) {
    if (error instanceof OidcConfigError) throw new ConfigError([error.message.replace(/\.$/, "")]);
    throw error;
  }
}
