import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import knexFactory, { type Knex } from "knex";

export type Dialect = "sqlite" | "postgres";

export interface Database {
  knex: Knex;
  dialect: Dialect;
  /** A description safe for logs (no password). */
  describe: string;
}

/**
 * Opens the database named by DATABASE_URL: `sqlite:<path>` (the embedded default, a file
 * in WAL mode with foreign keys and a busy timeout) or `postgres://…`.
 */
export function openDatabase(url: string): Database {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const knex = knexFactory({
      client: "pg",
      connection: url,
      pool: { min: 0, max: 10 },
    });
    const safe = new URL(url);
    safe.password = safe.password ? "***" : "";
    return { knex, dialect: "postgres", describe: `PostgreSQL ${safe.host}${safe.pathname}` };
  }
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length).replace(/^\/\//, "");
    const filename = path === ":memory:" ? ":memory:" : resolve(path);
    if (filename !== ":memory:") mkdirSync(dirname(filename), { recursive: true });
    const knex = knexFactory({
      client: "sqlite3",
      connection: { filename },
      useNullAsDefault: true,
      // One connection: SQLite has one writer, and queueing in-process avoids SQLITE_BUSY.
      pool: {
        min: 1,
        max: 1,
        afterCreate(connection: SqliteConnection, done: (error: Error | null, connection: unknown) => void) {
          connection.serialize(() => {
            connection.run("PRAGMA journal_mode = WAL");
            connection.run("PRAGMA synchronous = NORMAL");
            connection.run("PRAGMA foreign_keys = ON");
            connection.run("PRAGMA busy_timeout = 5000", (error) => done(error, connection));
          });
        },
      },
    });
    return { knex, dialect: "sqlite", describe: `SQLite ${filename}` };
  }
  throw new Error(
    `DATABASE_URL must start with "sqlite:" (for example sqlite:./data/opentwinning.sqlite) or "postgres://"; got "${url.split(":")[0]}:…"`,
  );
}

interface SqliteConnection {
  serialize(callback: () => void): void;
  run(sql: string, callback?: (error: Error | null) => void): void;
}
