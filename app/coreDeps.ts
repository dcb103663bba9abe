import { randomUUID } from "node:crypto";
import { type CoreDeps, type Countries, DEFAULT_QUALITY_CRITERIA } from "../core/index.ts";
import type { Database } from "../store/database.ts";
import { KnexStore } from "../store/knexStore.ts";

/** The core's dependencies for production: the real clock, random UUIDs, the configured countries. */
export function productionCoreDeps(database: Database, countries: Countries): CoreDeps {
  return {
    store: new KnexStore(database),
    clock: { now: () => new Date().toISOString() },
    ids: { newId: () => randomUUID() },
    countries,
    criteria: DEFAULT_QUALITY_CRITERIA,
  };
}
