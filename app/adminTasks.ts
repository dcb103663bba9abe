import { parse } from "csv-parse/sync";
import { type CoreDeps, isDomainError, validateSchool } from "../core/index.ts";
import { RegistrationTokens } from "../lti-tool/lti/store.ts";
import { webMessages } from "../lti-tool/web/i18n/index.ts";
import type { Progress } from "../ops/progress.ts";
import type { Database } from "../store/database.ts";
import type { SqliteConnection } from "../store/nodeSqlite/connection.ts";

/** The operator's long tasks behind `npm run admin` (app/admin.ts), each reporting progress. */

/** A task's input is wrong; the message says what to fix (shown to the operator as is). */
export class TaskInputError extends Error {}

/** The command line speaks English, like its usage lines. */
const operatorText = webMessages.translator("en");

/** SQLite pages copied per step; between steps the server's writes go ahead. */
const PAGES_PER_STEP = 64;

/**
 * Copies the SQLite database to `target` with SQLite's online backup while the product
 * runs: a consistent copy, restarted by SQLite itself if the server writes meanwhile.
 */
export async function backupSqlite(database: Database, target: string, progress: Progress): Promise<void> {
  if (database.dialect !== "sqlite") {
    throw new TaskInputError(
      "backup copies the SQLite database; for PostgreSQL use pg_dump (see README, Operations).",
    );
  }
  const client = database.knex.client as {
    acquireConnection(): Promise<SqliteConnection>;
    releaseConnection(connection: SqliteConnection): Promise<void>;
  };
  const connection = await client.acquireConnection();
  try {
    await connection.backup(target, PAGES_PER_STEP, progress);
  } finally {
    await client.releaseConnection(connection);
  }
}

export interface SchoolInvitation {
  name: string;
  country: string;
  registrationUrl: string;
}

/**
 * Schools from a CSV with a header `name,country` (`city` optional): each gets a single-use
 * dynamic-registration URL preset with its name and country (a school joins when its LMS
 * registers the tool: R1). Every row is checked first; one bad row imports nothing, and the
 * error lists every bad row by its line.
 */
export async function importSchools(
  deps: { database: Database; core: CoreDeps; publicUrl: string },
  csv: string,
  days: number,
  progress: Progress,
): Promise<SchoolInvitation[]> {
  const rows = readSchoolRows(csv);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const schools = rows.flatMap(({ line, record }) => {
    try {
      const school = validateSchool(deps.core, {
        name: record.name,
        country: record.country,
        city: record.city,
      });
      const key = `${school.country} ${school.name.toLowerCase()}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push(`line ${line}: the same school as line ${earlier}`);
        return [];
      }
      seen.set(key, line);
      return [school];
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push(`line ${line}: ${operatorText.error(error)}`);
      return [];
    }
  });
  if (problems.length > 0) {
    throw new TaskInputError(
      `Nothing was imported. Fix these rows and run it again:\n${problems.join("\n")}`,
    );
  }
  return deps.database.knex.transaction(async (trx) => {
    const tokens = new RegistrationTokens(trx);
    const invitations: SchoolInvitation[] = [];
    for (const school of schools) {
      const token = await tokens.create({ schoolName: school.name, country: school.country }, days);
      invitations.push({ ...school, registrationUrl: `${deps.publicUrl}/lti/register/${token}` });
      progress(invitations.length, schools.length);
    }
    return invitations;
  });
}

function readSchoolRows(csv: string): { line: number; record: Record<string, string> }[] {
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true });
  } catch (error) {
    throw new TaskInputError(`The CSV cannot be read: ${(error as Error).message}. Nothing was imported.`);
  }
  const columns = Object.keys(parsed[0]?.record ?? {});
  if (!columns.includes("name") || !columns.includes("country")) {
    throw new TaskInputError(
      'The CSV needs a header line with the columns "name" and "country" ("city" optional), e.g.:\nname,country,city\nLiceo Galilei,IT,Pisa',
    );
  }
  return parsed.map(({ record, info }) => ({ line: info.lines, record }));
}
