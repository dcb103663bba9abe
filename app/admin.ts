import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  CENTRAL_SUPPORT_UNIT,
  type AccountCandidate,
  bootstrapCentralAdmin,
  type CoreDeps,
  findAccountsToGrant,
  isDomainError,
  validateSchool,
} from "../core/index.ts";
import { launchUrl } from "../lti-tool/lti/login.ts";
import { createLtiProvider } from "../lti-tool/lti/provider.ts";
import { bindDeploymentToNewSchool } from "../lti-tool/lti/schools.ts";
import { SigningKeys } from "../lti-tool/oidc/keys.ts";
import {
  type DeploymentKey,
  Deployments,
  RegistrationTokens,
  type StaffUnit,
} from "../lti-tool/lti/store.ts";
import { manualToolValues } from "../lti-tool/lti/toolConfiguration.ts";
import { MatrixBot } from "../matrix-bot/bot.ts";
import { progressBar } from "../ops/progress.ts";
import { type Database, openDatabase } from "../store/database.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { type Config, loadConfig } from "./config.ts";
import { backupSqlite, importSchools, TaskInputError } from "./adminTasks.ts";
import { productionCoreDeps } from "./coreDeps.ts";

/**
 * `npm run admin -- <command>`: the operator's command line. It works on the database of
 * DATABASE_URL (migrating it first, like `npm start`) with the same PUBLIC_URL and LTI_KEY
 * as the server, since the URLs it prints and the keys it stores must be the server's.
 */
interface Context {
  config: Config;
  publicUrl: string;
  ltiKey: string;
  database: Database;
  core: CoreDeps;
}

interface Command {
  usage: string;
  summary: string;
  run(context: Context, options: Options): Promise<void>;
}

type Options = Map<string, string>;

class UsageError extends Error {}

const COMMANDS: Record<string, Command> = {
  "registration-token create": {
    usage:
      "registration-token create [--school-name NAME] [--country CC | --national-unit CC | --central-support] [--days 14]",
    summary:
      "a single-use dynamic-registration URL for a school's (or a national unit's, or the central support service's) LMS admin to paste into the LMS",
    async run({ database, publicUrl, core }, options) {
      const schoolName = options.get("school-name");
      const country = options.get("country");
      const nationalUnit = staffUnitOption(core, options);
      if (nationalUnit && (schoolName !== undefined || country !== undefined)) {
        throw new UsageError(
          "--national-unit and --central-support register a unit, not a school: leave out --school-name and --country.",
        );
      }
      if (country !== undefined && !core.countries.find(country)) {
        throw new UsageError(
          `--country must be a participating country's ISO code (such as IT or FR); got "${country}".`,
        );
      }
      const days = Number(options.get("days") ?? 14);
      if (!Number.isInteger(days) || days < 1 || days > 365) throw new UsageError("--days must be 1 to 365.");
      const token = await new RegistrationTokens(database.knex).create(
        { schoolName, country: country && core.countries.find(country), nationalUnit },
        days,
      );
      print([
        "Dynamic registration URL (single use, valid " + days + " days):",
        "",
        `  ${publicUrl}/lti/register/${token}`,
        "",
        "In Moodle 4+: Site administration > Plugins > Activity modules > External tool > Manage tools,",
        'paste it into "Tool URL" and choose "Add LTI Advantage". The form that opens asks for the',
        nationalUnit
          ? `confirmation that it connects ${unitLabel(nationalUnit)}; then activate the tool in the list.`
          : "school's name and country; then activate the tool in the list.",
      ]);
    },
  },
  "oidc-key rotate": {
    usage: "oidc-key rotate",
    summary:
      "a new signing key for the homeserver's sign-in (the old one stays published for a day); restart after",
    async run({ database, ltiKey }) {
      const kid = await new SigningKeys(database.knex, ltiKey).rotate();
      print([`New OpenID Connect signing key ${kid}. Restart OpenTwinning to sign with it.`]);
    },
  },
  "platform add": {
    usage:
      "platform add --issuer URL --client-id ID --deployment-id ID --auth-url URL --token-url URL --jwks-url URL (--school-name NAME --country CC | --national-unit CC | --central-support) [--name NAME]",
    summary: "register a platform by hand (the values Moodle shows under 'View configuration details')",
    async run(context, options) {
      const issuer = url(options, "issuer");
      const deployment = {
        issuer,
        clientId: required(options, "client-id"),
        deploymentId: required(options, "deployment-id"),
      };
      const owner = ownerOf(context, options);
      const provider = createLtiProvider(context.database.knex, context.ltiKey);
      if (await provider.findPlatform(issuer, deployment.clientId)) {
        throw new UsageError(
          `${issuer} with client id ${deployment.clientId} is already registered; use "deployment add".`,
        );
      }
      await provider.registerPlatform({
        issuer,
        clientId: deployment.clientId,
        name: options.get("name") ?? new URL(issuer).host,
        authEndpoint: url(options, "auth-url"),
        tokenEndpoint: url(options, "token-url"),
        jwksUrl: url(options, "jwks-url"),
      });
      const belongsTo = await bindDeployment(context, deployment, owner);
      print([
        `Registered ${issuer} (client id ${deployment.clientId}); deployment ${deployment.deploymentId} belongs to ${belongsTo}.`,
        "",
        ...toolValueLines(context.publicUrl),
      ]);
    },
  },
  "deployment add": {
    usage:
      "deployment add --issuer URL --client-id ID --deployment-id ID (--school-name NAME --country CC | --national-unit CC | --central-support)",
    summary:
      "bind another deployment of a registered platform to its own school, national unit or the central support service (platforms hosting several)",
    async run(context, options) {
      const issuer = url(options, "issuer");
      const deployment = {
        issuer,
        clientId: required(options, "client-id"),
        deploymentId: required(options, "deployment-id"),
      };
      const owner = ownerOf(context, options);
      const provider = createLtiProvider(context.database.knex, context.ltiKey);
      if (!(await provider.findPlatform(issuer, deployment.clientId))) {
        throw new UsageError(
          `${issuer} with client id ${deployment.clientId} is not registered; use "platform add" first.`,
        );
      }
      if (await new Deployments(context.database.knex).isBound(deployment)) {
        throw new UsageError(
          `Deployment ${deployment.deploymentId} is already bound to a school, a national unit or the central support service.`,
        );
      }
      const belongsTo = await bindDeployment(context, deployment, owner);
      print([`Deployment ${deployment.deploymentId} of ${issuer} belongs to ${belongsTo}.`]);
    },
  },
  "platform list": {
    usage: "platform list",
    summary: "registered deployments and their schools",
    async run({ database }) {
      const rows = (await database
        .knex("lti_deployments as d")
        .join("schools as s", "s.id", "d.school_id")
        .orderBy(["d.issuer", "d.client_id", "d.deployment_id"])
        .select("d.issuer", "d.client_id", "d.deployment_id", "s.name", "s.country")) as Record<
        string,
        string
      >[];
      const units = (await database
        .knex("lti_national_unit_deployments")
        .orderBy(["issuer", "client_id", "deployment_id"])
        .select("issuer", "client_id", "deployment_id", "country")) as Record<string, string>[];
      const central = (await database
        .knex("lti_central_support_deployments")
        .orderBy(["issuer", "client_id", "deployment_id"])
        .select("issuer", "client_id", "deployment_id")) as Record<string, string>[];
      if (rows.length + units.length + central.length === 0) return print(["No platform is registered yet."]);
      print([
        ...rows.map(
          (r) =>
            `${r.issuer}  client ${r.client_id}  deployment ${r.deployment_id}  ${r.name} (${r.country})`,
        ),
        ...units.map(
          (r) =>
            `${r.issuer}  client ${r.client_id}  deployment ${r.deployment_id}  national unit (${r.country})`,
        ),
        ...central.map(
          (r) => `${r.issuer}  client ${r.client_id}  deployment ${r.deployment_id}  central support service`,
        ),
      ]);
    },
  },
  "tool values": {
    usage: "tool values",
    summary: "the values an LMS admin enters to register the tool by hand",
    async run({ publicUrl }) {
      print(toolValueLines(publicUrl));
    },
  },
  backup: {
    usage: "backup --to FILE",
    summary: "copy the SQLite database while the product runs (SQLite's online backup)",
    async run({ database }, options) {
      const target = resolve(required(options, "to"));
      if (existsSync(target)) throw new UsageError(`${target} exists already; name a new file.`);
      await backupSqlite(database, target, progressBar("backup"));
      print([`Backed up ${database.describe} to ${target}.`]);
    },
  },
  "schools import": {
    usage: "schools import --file schools.csv [--days 30]",
    summary: "a registration URL for each school of a CSV (header: name,country[,city]), all or none",
    async run({ database, core, publicUrl }, options) {
      const days = Number(options.get("days") ?? 30);
      if (!Number.isInteger(days) || days < 1 || days > 365) throw new UsageError("--days must be 1 to 365.");
      const file = required(options, "file");
      let csv: string;
      try {
        csv = readFileSync(file, "utf8");
      } catch {
        throw new UsageError(`Cannot read ${file}: name an existing CSV file.`);
      }
      const invitations = await importSchools(
        { database, core, publicUrl },
        csv,
        days,
        progressBar("import"),
      );
      print([
        `${invitations.length} school(s) imported. Send each school's LMS admin its single-use URL (valid ${days} days):`,
        "",
        ...invitations.map((school) => `${school.name} (${school.country}): ${school.registrationUrl}`),
      ]);
    },
  },
  "reconcile all": {
    usage: "reconcile all",
    summary: "compare every TwinSpace with the homeserver now and repair what drifted",
    async run({ config, database, core }) {
      if (!config.bot)
        throw new UsageError("Set MATRIX_HOMESERVER_URL and MATRIX_BOT_ACCESS_TOKEN like the bot's.");
      const bot = await MatrixBot.create({ config: config.bot, database, core });
      try {
        await bot.fullPass(progressBar("reconcile"));
      } catch (error) {
        if ((error as Error).name !== "LeaseLost") throw error;
        throw new UsageError(
          "A running bot holds the lease (one bot works at a time): it repairs every TwinSpace at its start and every MATRIX_FULL_PASS_MINUTES. Restart it for a pass now, or stop it and run this again.",
        );
      } finally {
        await bot.stop(); // releases the lease at once, so a bot starting now need not wait for it to lapse
      }
      print(["Every TwinSpace was compared with the homeserver."]);
    },
  },
  "central-admin grant": {
    usage: "central-admin grant <account id or email>",
    summary: "make an account (that has launched the tool once) a central administrator",
    async run({ core }, options) {
      const who = options.get("_") ?? "";
      if (!who) throw new UsageError("Name the account: its id or its email address.");
      try {
        const account = await bootstrapCentralAdmin(core, who.includes("@") ? { email: who } : who);
        print([`${account.name} <${account.email}> (${account.id}) is a central administrator.`]);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        if (error.code === "not_found") {
          throw new UsageError(
            `No account "${who}". The person must open OpenTwinning once from their LMS first.`,
          );
        }
        if (error.code !== "account_ambiguous") throw error;
        const sharing = (await findAccountsToGrant(core, "operator", who)).filter(
          (c) => c.account.email === who.trim().toLowerCase(),
        );
        throw new UsageError(
          `Several accounts use "${who}" (any LMS can send any address); name one by id:\n${sharing.map(candidateLine).join("\n")}`,
        );
      }
    },
  },
};

function candidateLine({ account, school, issuers }: AccountCandidate): string {
  const where = school ? `${school.name} (${school.country})` : "no school";
  return `  ${account.id}  ${account.name} <${account.email}>  ${where}  ${issuers.join(", ")}`;
}

function lti(context: Context) {
  return {
    core: context.core,
    database: context.database,
    deployments: new Deployments(context.database.knex),
  };
}

function toolValueLines(publicUrl: string): string[] {
  return [
    "Values for the LMS admin (Moodle: Manage tools > configure a tool manually):",
    ...manualToolValues(publicUrl).map(([label, value]) => `  ${label}: ${value}`),
    "",
    `Dynamic registration is simpler: npm run admin -- registration-token create (tool URL ${launchUrl(publicUrl)}).`,
  ];
}

/**
 * `--national-unit CC`: the deployment or link belongs to that country's national unit;
 * `--central-support`: to the central support service. Either way its launches are staff.
 */
function staffUnitOption(core: CoreDeps, options: Options): StaffUnit | undefined {
  const value = options.get("national-unit");
  if (options.has("central-support")) {
    if (value !== undefined) throw new UsageError("Give --national-unit CC or --central-support, not both.");
    return CENTRAL_SUPPORT_UNIT;
  }
  if (value === undefined) return undefined;
  const country = core.countries.find(value);
  if (!country) {
    throw new UsageError(
      `--national-unit must be a participating country's ISO code (such as IT or FR); got "${value}".`,
    );
  }
  return country;
}

type DeploymentOwnerOption = { staffUnit: StaffUnit } | { school: ReturnType<typeof validateSchool> };

function ownerOf(context: Context, options: Options): DeploymentOwnerOption {
  const staffUnit = staffUnitOption(context.core, options);
  if (!staffUnit) return { school: schoolOf(context, options) };
  if (options.has("school-name") || options.has("country")) {
    throw new UsageError(
      "--national-unit and --central-support bind the deployment to a unit: leave out --school-name and --country.",
    );
  }
  return { staffUnit };
}

/** The operator's name for a staff unit. */
function unitLabel(unit: StaffUnit): string {
  return unit === CENTRAL_SUPPORT_UNIT ? "the central support service" : `the national unit of ${unit}`;
}

/** Binds the deployment; returns whom it belongs to, for the operator's confirmation. */
async function bindDeployment(
  context: Context,
  deployment: DeploymentKey,
  owner: DeploymentOwnerOption,
): Promise<string> {
  if ("staffUnit" in owner) {
    await new Deployments(context.database.knex).bindToUnit(deployment, owner.staffUnit);
    return `${unitLabel(owner.staffUnit)} (launches from it are the unit's staff)`;
  }
  const created = await bindDeploymentToNewSchool(lti(context), deployment, owner.school);
  return `${created.name} (${created.country})`;
}

function schoolOf(context: Context, options: Options) {
  try {
    return validateSchool(context.core, {
      name: options.get("school-name"),
      country: options.get("country"),
    });
  } catch (error) {
    if (isDomainError(error)) {
      throw new UsageError(
        `--school-name and --country (a participating country's ISO code) are needed: ${error.message}`,
      );
    }
    throw error;
  }
}

function required(options: Options, name: string): string {
  const value = options.get(name);
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

function url(options: Options, name: string): string {
  const value = required(options, name);
  if (!/^https?:\/\/[^/]+/.test(value))
    throw new UsageError(`--${name} must be an http(s) URL; got "${value}".`);
  return value;
}

function print(lines: string[]): void {
  console.log(lines.join("\n"));
}

function help(): void {
  print([
    "npm run admin -- <command>",
    "",
    ...Object.values(COMMANDS).flatMap((command) => [`  ${command.usage}`, `      ${command.summary}`]),
    "  help",
    "",
    "Reads DATABASE_URL, PUBLIC_URL, LTI_KEY (and the MATRIX_ settings) like npm start.",
  ]);
}

/** Options that take no value. */
const FLAGS = new Set(["--central-support"]);

/** "platform add --issuer X a b" → command "platform add", options {issuer: X, _: "a b"}. */
function parse(argv: string[]): { name: string; options: Options } {
  const words: string[] = [];
  const options: Options = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (FLAGS.has(arg)) options.set(arg.slice(2), "yes");
    else if (arg.startsWith("--")) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value.`);
      options.set(arg.slice(2), value);
      i++;
    } else words.push(arg);
  }
  const name = [words[0], words[1]].filter(Boolean).join(" ");
  if (words.length > 2) options.set("_", words.slice(2).join(" "));
  return { name, options };
}

async function main(argv: string[]): Promise<number> {
  // `--help` and `-h` as every command-line tool answers them, wherever they stand.
  if (argv.includes("--help") || argv.includes("-h")) {
    help();
    return 0;
  }
  const { name, options } = parse(argv);
  if (name === "" || name === "help") {
    help();
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  const config = loadConfig();
  const database = openDatabase(config.app.databaseUrl, { readerNiceness: config.app.readerNiceness });
  try {
    await migrateToLatest(database.knex);
    await command.run(
      {
        config,
        publicUrl: config.app.publicUrl,
        ltiKey: config.lti.key,
        database,
        core: productionCoreDeps(database, config.app.countries),
      },
      options,
    );
    return 0;
  } finally {
    await database.knex.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof TaskInputError) {
      console.error(`${error.message}\nRun "npm run admin -- help" for the commands.`);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
