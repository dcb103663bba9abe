import { type ChildProcess, fork } from "node:child_process";
import { setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import type { ConnectionSettings, Reply, Request, SqliteFailure } from "./protocol.ts";

const PROCESS_ENTRY = fileURLToPath(new URL("./connectionProcess.mjs", import.meta.url));

/** SQLite's primary result codes, named as node-sqlite3 named them (error.code) and as our callers test them. */
const RESULT_CODES = [
  "SQLITE_OK",
  "SQLITE_ERROR",
  "SQLITE_INTERNAL",
  "SQLITE_PERM",
  "SQLITE_ABORT",
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  "SQLITE_NOMEM",
  "SQLITE_READONLY",
  "SQLITE_INTERRUPT",
  "SQLITE_IOERR",
  "SQLITE_CORRUPT",
  "SQLITE_NOTFOUND",
  "SQLITE_FULL",
  "SQLITE_CANTOPEN",
  "SQLITE_PROTOCOL",
  "SQLITE_EMPTY",
  "SQLITE_SCHEMA",
  "SQLITE_TOOBIG",
  "SQLITE_CONSTRAINT",
  "SQLITE_MISMATCH",
  "SQLITE_MISUSE",
  "SQLITE_NOLFS",
  "SQLITE_AUTH",
  "SQLITE_FORMAT",
  "SQLITE_RANGE",
  "SQLITE_NOTADB",
];
const SQLITE_INTERRUPT = 9;

export interface SqliteError extends Error {
  code?: string;
  errno?: number;
}

/** An error shaped like node-sqlite3's: code "SQLITE_CONSTRAINT", errno 19, "SQLITE_CONSTRAINT: UNIQUE constraint failed: …". */
function sqliteError(failure: SqliteFailure): SqliteError {
  if (failure.errcode === undefined) return Object.assign(new Error(failure.message), { code: failure.code });
  const errno = failure.errcode & 0xff;
  const code = RESULT_CODES[errno] ?? "SQLITE_ERROR";
  return Object.assign(new Error(`${code}: ${failure.message}`), { code, errno });
}

export interface ConnectionOptions extends ConnectionSettings {
  /** A read (a statement that starts with SELECT or WITH) still running after this is stopped. */
  statementTimeLimitMs?: number;
  /**
   * The connection process's niceness (0 to 19, higher yields the CPU sooner), so that long
   * reads running on every core do not delay the server's own event loop and the writer.
   */
  niceness?: number;
  /**
   * Transactions begin IMMEDIATE (the writer's): they take the write lock at BEGIN, waiting
   * out another process's writer by the busy timeout. A deferred one that read first and
   * then wrote would instead fail at once with SQLITE_BUSY whenever another process had
   * committed meanwhile (SQLite cannot upgrade a stale read snapshot to a write).
   */
  immediateTransactions?: boolean;
}

export interface RunResult {
  changes: number;
  lastID: number;
}

type Job = {
  request: Request;
  resolve(reply: Reply): void;
  reject(error: Error): void;
  onProgress?: (copied: number, total: number) => void;
};

/**
 * One SQLite connection, held by a process of its own (connectionProcess.mjs) so that no
 * statement blocks this process's event loop. Requests go one at a time, in order.
 *
 * Why a process and not a worker thread: node:sqlite has no sqlite3_interrupt, and
 * Worker.terminate() does not stop a statement in progress (measured on Node 24.22: a
 * runaway `WITH RECURSIVE` kept its thread busy and terminate() had not returned 20 s later,
 * keeping the process from exiting). A read that outlives the time limit therefore has its
 * process killed: the caller gets SQLITE_INTERRUPT as before, an open transaction on that
 * connection is gone (SQLite discards it, as after a crash), and knex's pool replaces the
 * connection. After that only ROLLBACK succeeds on it, so that knex ends the transaction with
 * the caller's error. Writes are never stopped: a migration's backfill must be allowed to end.
 */
export class SqliteConnection {
  /** Why this connection no longer serves (its process was stopped or ended); the client's pool then drops it. */
  stoppedBy?: Error;
  readonly #process: ChildProcess;
  readonly #limitMs: number | undefined;
  readonly #queue: Job[] = [];
  #current: Job | undefined;
  #timer: NodeJS.Timeout | undefined;
  #nextId = 1;

  private constructor(process: ChildProcess, limitMs: number | undefined) {
    this.#process = process;
    this.#limitMs = limitMs;
    process.on("message", (reply: Reply) => this.#receive(reply));
    // A request sent to a process that has just ended: that request fails, not the server.
    process.on("error", (error) => this.#end(error));
    process.on("exit", (code, signal) => {
      this.#end(this.stoppedBy ?? new Error(`the SQLite connection process ended (${signal ?? code})`));
    });
    this.#idle();
  }

  static open(options: ConnectionOptions): Promise<SqliteConnection> {
    const settings: ConnectionSettings = { filename: options.filename, pragmas: options.pragmas };
    const child = fork(PROCESS_ENTRY, [JSON.stringify(settings)], {
      serialization: "advanced",
      // node:sqlite is experimental on Node 22 and says so at every start.
      execArgv: ["--disable-warning=ExperimentalWarning"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    if (options.niceness && child.pid !== undefined) setPriority(child.pid, options.niceness);
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("message", (reply: Reply) => {
        if ("ready" in reply) resolve(new SqliteConnection(child, options.statementTimeLimitMs));
        else if ("failure" in reply) reject(sqliteError(reply.failure));
      });
      child.once("exit", (code) =>
        reject(new Error(`the SQLite connection process could not start (${code})`)),
      );
    });
  }

  all(sql: string, bindings: unknown[]): Promise<Record<string, unknown>[]> {
    return this.#send({ id: 0, op: "all", sql, bindings }).then((reply) =>
      "rows" in reply ? reply.rows.map(withBuffers) : [],
    );
  }

  run(sql: string, bindings: unknown[]): Promise<RunResult> {
    return this.#send({ id: 0, op: "run", sql, bindings }).then((reply) =>
      "changes" in reply ? { changes: reply.changes, lastID: reply.lastID } : { changes: 0, lastID: 0 },
    );
  }

  /** SQLite's online backup of this connection's database into `target`, a step of `pagesPerStep` pages at a time. */
  async backup(
    target: string,
    pagesPerStep: number,
    onProgress: (copied: number, total: number) => void,
  ): Promise<void> {
    const reply = await this.#send({ id: 0, op: "backup", target, pagesPerStep }, onProgress);
    // node:sqlite reports progress before each step, not after the last one.
    if ("backedUp" in reply) onProgress(reply.backedUp.totalPages, reply.backedUp.totalPages);
  }

  async close(): Promise<void> {
    if (this.#process.exitCode !== null || this.#process.signalCode !== null) return;
    const exited = new Promise((resolve) => this.#process.once("exit", resolve));
    // The process closes its database and exits once it sees the channel close.
    if (this.#process.connected) this.#process.disconnect();
    else this.#process.kill("SIGKILL");
    await exited;
  }

  #send(request: Request, onProgress?: Job["onProgress"]): Promise<Reply> {
    if (this.stoppedBy) {
      // The killed process took the transaction with it: nothing is left to roll back.
      if (request.op === "run" || request.op === "all") {
        if (/^\s*rollback\b/i.test(request.sql)) return Promise.resolve({ id: 0, rows: [] });
      }
      return Promise.reject(this.stoppedBy);
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { ...request, id: this.#nextId++ }, resolve, reject, onProgress });
      this.#next();
    });
  }

  #next(): void {
    if (this.#current || this.#queue.length === 0) return;
    const job = this.#queue.shift()!;
    this.#current = job;
    this.#process.ref();
    this.#process.channel?.ref();
    this.#process.send(job.request);
    const { request } = job;
    if (this.#limitMs !== undefined && request.op === "all" && /^\s*(select|with)\b/i.test(request.sql)) {
      this.#timer = setTimeout(() => this.#stop(), this.#limitMs);
    }
  }

  #receive(reply: Reply): void {
    const job = this.#current;
    if (!job || reply.id !== job.request.id) return;
    if ("progress" in reply) {
      const { totalPages, remainingPages } = reply.progress;
      job.onProgress?.(totalPages - remainingPages, totalPages);
      return;
    }
    clearTimeout(this.#timer);
    this.#current = undefined;
    if ("failure" in reply) job.reject(sqliteError(reply.failure));
    else job.resolve(reply);
    if (this.#queue.length > 0) this.#next();
    else this.#idle();
  }

  /** A read ran past the limit: kill its process (the only way to stop it, see above). */
  #stop(): void {
    const interrupted = sqliteError({ message: "interrupted", errcode: SQLITE_INTERRUPT });
    this.stoppedBy = interrupted;
    this.#process.kill("SIGKILL");
    this.#end(interrupted);
  }

  #end(error: Error): void {
    this.stoppedBy ??= error;
    clearTimeout(this.#timer);
    const jobs = [...(this.#current ? [this.#current] : []), ...this.#queue.splice(0)];
    this.#current = undefined;
    for (const job of jobs) job.reject(error);
    this.#idle();
  }

  /** An idle connection does not keep Node running (like an idle socket); a busy one does. */
  #idle(): void {
    this.#process.unref();
    this.#process.channel?.unref();
  }
}

/** Blobs come back as Buffers, as they did from node-sqlite3. */
function withBuffers(row: Record<string, unknown>): Record<string, unknown> {
  for (const [column, value] of Object.entries(row)) {
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) {
      row[column] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
  }
  return row;
}
