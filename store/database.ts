import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import knexFactory, { type Knex } from "knex";

export type Dialect = "sqlite" | "postgres";

export interface Database {
  knex: Knex;
  /**
   * Where page reads go. SQLite: a pool of query-only connections beside the one writer, so
   * that (in WAL mode) no request waits behind another's read; PostgreSQL: the same pool.
   */
  readers: Knex;
  dialect: Dialect;
  /** A description safe for logs (no password). */
  describe: string;
}

/**
 * How long one statement may run before the database stops it (PostgreSQL's statement_timeout;
 * on SQLite an interrupt of a read). A page whose query runs away answers with an error that
 * tells the person to narrow it down, instead of holding a connection everyone needs.
 */
export const STATEMENT_TIME_LIMIT_MS = 5000;

/** node-sqlite3 runs statements on libuv's pool of four threads; more readers would only queue there. */
const SQLITE_READERS = 4;

export interface DatabaseOptions {
  statementTimeLimitMs?: number;
}

/** A statement the database stopped at the time limit (PostgreSQL 57014, SQLite's interrupt). */
export function isStatementTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "57014" || code === "SQLITE_INTERRUPT";
}

/**
 * Opens the database named by DATABASE_URL: `sqlite:<path>` (the embedded default, a file
 * in WAL mode with foreign keys and a busy timeout) or `postgres://…`.
 */
export function openDatabase(url: string, options: DatabaseOptions = {}): Database {
  const limit = options.statementTimeLimitMs ?? STATEMENT_TIME_LIMIT_MS;
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const knex = knexFactory({
      client: "pg",
      connection: { connectionString: url, statement_timeout: limit },
      pool: { min: 0, max: 10 },
    });
    const safe = new URL(url);
    safe.password = safe.password ? "***" : "";
    return { knex, readers: knex, dialect: "postgres", describe: `PostgreSQL ${safe.host}${safe.pathname}` };
  }
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length).replace(/^\/\//, "");
    const filename = path === ":memory:" ? ":memory:" : resolve(path);
    if (filename !== ":memory:") mkdirSync(dirname(filename), { recursive: true });
    const open = (connections: number, queryOnly: boolean) =>
      knexFactory({
        client: "sqlite3",
        connection: { filename },
        useNullAsDefault: true,
        pool: {
          min: queryOnly ? 0 : 1,
          max: connections,
          afterCreate(
            connection: SqliteConnection,
            done: (error: Error | null, connection: unknown) => void,
          ) {
            interruptSlowReads(connection, limit);
            connection.serialize(() => {
              connection.run("PRAGMA journal_mode = WAL");
              connection.run("PRAGMA synchronous = NORMAL");
              connection.run("PRAGMA foreign_keys = ON");
              if (queryOnly) connection.run("PRAGMA query_only = ON");
              connection.run("PRAGMA busy_timeout = 5000", (error) => done(error, connection));
            });
          },
        },
      });
    // One writer: SQLite has one, and queueing in-process avoids SQLITE_BUSY. Readers see the
    // last commit through WAL without waiting for it; an in-memory database cannot be shared.
    const knex = open(1, false);
    if (filename === ":memory:")
      return { knex, readers: knex, dialect: "sqlite", describe: "SQLite :memory:" };
    const readers = open(SQLITE_READERS, true);
    // Whoever closes the database (the app on shutdown, a test) closes its readers too.
    const writer = knex.client as { destroy(callback?: unknown): Promise<void> };
    const destroyWriter = writer.destroy.bind(writer);
    writer.destroy = async (callback) => {
      await readers.destroy();
      return destroyWriter(callback);
    };
    return { knex, readers, dialect: "sqlite", describe: `SQLite ${filename}` };
  }
  throw new Error(
    `DATABASE_URL must start with "sqlite:" (for example sqlite:./data/opentwinning.sqlite) or "postgres://"; got "${url.split(":")[0]}:…"`,
  );
}

interface SqliteConnection {
  serialize(callback: () => void): void;
  run(sql: string, callback?: (error: Error | null) => void): void;
  all(
    sql: string,
    bindings: unknown,
    callback: (this: unknown, error: Error | null, rows: unknown) => void,
  ): void;
  interrupt(): void;
}

/**
 * SQLite has no statement timeout: a read (knex runs them with `all`) that outlives the limit
 * is interrupted and fails with SQLITE_INTERRUPT. Writes are left alone: they are short, and
 * a migration's backfill must be allowed to finish.
 */
function interruptSlowReads(connection: SqliteConnection, limitMs: number): void {
  const all = connection.all.bind(connection);
  connection.all = (sql, bindings, callback) => {
    const timer = setTimeout(() => connection.interrupt(), limitMs);
    all(sql, bindings, function (this: unknown, error, rows) {
      clearTimeout(timer);
      callback.call(this, error, rows);
    });
  };
}
