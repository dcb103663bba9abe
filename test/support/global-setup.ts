import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres.ts";
import { startSynapse } from "./synapse.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** An admin URL of the PostgreSQL server the storage tests create their databases on. */
    postgresUrl: string;
    /** The Synapse homeserver the Matrix tests share (client API on 127.0.0.1). */
    synapse: { url: string; serverName: string; sharedSecret: string };
  }
}

/** Starts the shared servers once for the whole run and stops them afterwards. */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  const started = await Promise.allSettled([external ? undefined : startPostgres(), startSynapse()]);
  const [postgres, synapse] = started.map((s) => (s.status === "fulfilled" ? s.value : undefined)) as [
    Awaited<ReturnType<typeof startPostgres>> | undefined,
    Awaited<ReturnType<typeof startSynapse>> | undefined,
  ];
  const failed = started.find((s) => s.status === "rejected");
  if (failed || !synapse) {
    // Leave nothing running when one of the servers could not start.
    await Promise.all([postgres?.stop(), synapse?.stop()]);
    throw (failed as PromiseRejectedResult).reason;
  }
  project.provide("postgresUrl", external ?? postgres?.url ?? "");
  project.provide("synapse", {
    url: synapse.url,
    serverName: synapse.serverName,
    sharedSecret: synapse.sharedSecret,
  });
  return async () => {
    await Promise.all([postgres?.stop(), synapse.stop()]);
    // The run's log capture (vitest.config.ts), unless the person running the tests named their own.
    const logFile = project.config.env?.LOG_FILE;
    if (logFile && !process.env.LOG_FILE) rmSync(logFile, { force: true });
  };
}
