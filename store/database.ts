import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import knexFactory, { type Knex } from "knex";
import { NodeSqliteClient } from "./nodeSqlite/client.ts";
import type { ConnectionOptions } from "./nodeSqlite/connection.ts";

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
 * on SQLite the read's connection is stopped, see store/nodeSqlite/connection.ts). A page whose query runs away answers with an error that
 * tells the person to narrow it down, instead of holding a connection everyone needs.
 */
export const STATEMENT_TIME_LIMIT_MS = 5000;

/** Each reader is a process of its own (store/nodeSqlite); four keep a two-core machine busy enough. */
const SQLITE_READERS = 4;

export interface DatabaseOptions {
  statementTimeLimitMs?: number;
  /**
   * SQLite only: the reader processes' niceness (0 to 19), so that long searches on every core
   * yield the CPU to the server's event loop and the writer. The server sets it from its
   * configuration (SQLITE_READER_NICENESS, 10 by default); 0 when not given.
   */
  readerNiceness?: number;
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
    const open = (connections: number, queryOnly: boolean) => {
      const connection: ConnectionOptions = {
        filename,
        pragmas: [
          "PRAGMA journal_mode = WAL",
          "PRAGMA synchronous = NORMAL",
          "PRAGMA foreign_keys = ON",
          "PRAGMA busy_timeout = 5000",
          ...(queryOnly ? ["PRAGMA query_only = ON"] : []),
        ],
        // Stopping a read kills its connection's process, which would take a database that
        // lives only in memory with it: there the limit is not applied.
        statementTimeLimitMs: filename === ":memory:" ? undefined : limit,
        // Readers yield the CPU to this process and to the writer: with every core busy with
        // searches, a sign-in, a click that writes or /healthz still gets its turn at once.
        niceness: queryOnly ? (options.readerNiceness ?? 0) : 0,
        immediateTransactions: !queryOnly,
      };
      return knexFactory({
        client: NodeSqliteClient,
        connection: connection as Knex.Sqlite3ConnectionConfig,
        useNullAsDefault: true,
        // Once used, one connection stays open: opening one starts a process (store/nodeSqlite).
        pool: { min: 1, max: connections },
      });
    };
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
