/**
 * One SQLite connection (Node's built-in node:sqlite), in a process of its own: DatabaseSync
 * blocks while a statement runs, and only a process can be stopped in the middle of one (see
 * connection.ts). Serves the requests of protocol.ts in order; exits when its parent goes.
 */
import { backup, DatabaseSync, type SQLInputValue } from "node:sqlite";
import type { ConnectionSettings, Reply, Request, SqliteFailure } from "./protocol.ts";

const send = (reply: Reply) => process.send!(reply);

function failure(error: unknown): SqliteFailure {
  const e = error as { message?: string; code?: string; errcode?: number };
  return { message: e?.message ?? String(error), code: e?.code, errcode: e?.errcode };
}

const settings = JSON.parse(process.argv[2]!) as ConnectionSettings;
let db: DatabaseSync;
try {
  db = new DatabaseSync(settings.filename);
  for (const pragma of settings.pragmas) db.exec(pragma);
} catch (error) {
  send({ id: 0, failure: failure(error) });
  process.exit(1);
}
send({ id: 0, ready: true });

/** Prepared once per distinct statement text; knex builds the same few hundred over and over. */
const statements = new Map<string, ReturnType<DatabaseSync["prepare"]>>();
const STATEMENTS_KEPT = 500;

function prepare(sql: string) {
  let statement = statements.get(sql);
  if (!statement) {
    if (statements.size >= STATEMENTS_KEPT) statements.clear();
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

async function serve(request: Request): Promise<void> {
  const { id } = request;
  try {
    if (request.op === "backup") {
      const totalPages = await backup(db, request.target, {
        rate: request.pagesPerStep,
        progress: (progress) => send({ id, progress }),
      });
      send({ id, backedUp: { totalPages } });
    } else if (request.op === "all") {
      send({ id, rows: prepare(request.sql).all(...(request.bindings as SQLInputValue[])) });
    } else {
      const result = prepare(request.sql).run(...(request.bindings as SQLInputValue[]));
      send({ id, changes: Number(result.changes), lastID: Number(result.lastInsertRowid) });
    }
  } catch (error) {
    send({ id, failure: failure(error) });
  }
}

process.on("message", (request: Request) => void serve(request));
process.on("disconnect", () => {
  db.close();
  process.exit(0);
});
