import { createRequire } from "node:module";
import type { Knex } from "knex";
import { type ConnectionOptions, SqliteConnection } from "./connection.ts";

/** What this client uses of knex's query objects (knex/lib/execution/runner.js). */
interface KnexQuery {
  sql: string;
  bindings?: unknown[];
  method?: string;
  returning?: unknown;
  response?: unknown;
  context?: { lastID: number; changes: number };
}

// knex's SQLite dialect (SQL compilers, DDL, transactions) has no typings of its own.
const require = createRequire(import.meta.url);
const Client_SQLite3 = require("knex/lib/dialects/sqlite3/index.js") as typeof Knex.Client;
const Transaction_Sqlite = require("knex/lib/dialects/sqlite3/execution/sqlite-transaction.js") as new (
  ...args: unknown[]
) => { query(connection: unknown, sql: string): Promise<unknown> };

/** knex's SQLite transaction, begun with BEGIN IMMEDIATE (see ConnectionOptions.immediateTransactions). */
class ImmediateTransaction extends Transaction_Sqlite {
  begin(connection: unknown): Promise<unknown> {
    return this.query(connection, "BEGIN IMMEDIATE;");
  }
}

/**
 * knex's SQLite dialect on Node's built-in node:sqlite instead of the sqlite3 npm package
 * (whose install compiles C++ when its prebuilt binary cannot be downloaded). Each
 * connection lives in a process of its own (connection.ts). The contract kept is knex's
 * sqlite3 one: reads answer rows; insert/update/delete answer `lastID` and `changes`, which
 * knex's processResponse turns into what the query builder returns.
 *
 * Connection settings: `filename`, `pragmas` (run on open) and `statementTimeLimitMs`.
 */
export class NodeSqliteClient extends Client_SQLite3 {
  declare connectionSettings: ConnectionOptions;

  /** No npm driver to load: connection.ts speaks to node:sqlite. */
  _driver(): object {
    return {};
  }

  override acquireRawConnection(): Promise<SqliteConnection> {
    return SqliteConnection.open(this.connectionSettings);
  }

  override destroyRawConnection(connection: SqliteConnection): Promise<void> {
    return connection.close();
  }

  override transaction(...args: Parameters<Knex.Client["transaction"]>): Knex.Transaction {
    if (!this.connectionSettings.immediateTransactions) return super.transaction(...args);
    return new ImmediateTransaction(this, ...args) as unknown as Knex.Transaction;
  }

  /** Asked by knex's pool before it hands out a connection: a stopped one is replaced. */
  override async validateConnection(connection: SqliteConnection): Promise<boolean> {
    return !connection.stoppedBy;
  }

  async _query(connection: SqliteConnection, query: KnexQuery): Promise<KnexQuery> {
    if (!query.sql) throw new Error("The query is empty");
    const bindings = (query.bindings ?? []).map(bindable);
    // As knex's sqlite3 client decides between node-sqlite3's `all` and `run`.
    const { method } = query;
    const counts =
      method === "counter" ||
      method === "del" ||
      ((method === "insert" || method === "update") && !query.returning);
    if (counts) {
      const { lastID, changes } = await connection.run(query.sql, bindings);
      query.context = { lastID, changes };
    } else {
      query.response = await connection.all(query.sql, bindings);
    }
    return query;
  }
}
Object.assign(NodeSqliteClient.prototype, { driverName: "node:sqlite" });

/** node:sqlite binds numbers, strings, bigints, blobs and null; node-sqlite3 also took these. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.valueOf();
  if (typeof value === "boolean") return Number(value);
  if (value === undefined) return null;
  return value;
}
