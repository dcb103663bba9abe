/** Messages between a SQLite connection (connection.ts) and the process that holds it (connectionProcess.ts). */

export interface ConnectionSettings {
  filename: string;
  /** Statements run once when the connection opens (journal mode, foreign keys, …). */
  pragmas: string[];
}

export type Request =
  | { id: number; op: "all" | "run"; sql: string; bindings: unknown[] }
  | { id: number; op: "backup"; target: string; pagesPerStep: number };

/** SQLite's own error, as node:sqlite reports it (errcode: SQLite's extended result code). */
export interface SqliteFailure {
  message: string;
  code?: string;
  errcode?: number;
}

export type Reply =
  | { id: 0; ready: true }
  | { id: number; rows: Record<string, unknown>[] }
  | { id: number; changes: number; lastID: number }
  | { id: number; progress: { totalPages: number; remainingPages: number } }
  | { id: number; backedUp: { totalPages: number } }
  | { id: number; failure: SqliteFailure };
