import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** An admin URL of the PostgreSQL server the storage tests create their databases on. */
    postgresUrl: string;
  }
}

/** Starts the shared servers once for the whole run and stops them afterwards. */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  const postgres = external ? undefined : await startPostgres();
  project.provide("postgresUrl", external ?? postgres?.url ?? "");
  return async () => {
    await postgres?.stop();
  };
}
