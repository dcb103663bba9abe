import express, { type Request, type Response, type Router } from "express";
import type { Database } from "../store/database.ts";

/** How long a check may take before the process counts as not ready. */
const CHECK_TIMEOUT_MS = 3000;

type Check = "ok" | "unavailable";

async function databaseCheck(database: Database): Promise<Check> {
  try {
    await database.knex.raw("select 1");
    return "ok";
  } catch {
    return "unavailable";
  }
}

/** The homeserver answers its unauthenticated versions endpoint (no token leaves the process). */
async function homeserverCheck(homeserverUrl: string): Promise<Check> {
  try {
    const answer = await fetch(`${homeserverUrl}/_matrix/client/versions`, {
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    return answer.ok ? "ok" : "unavailable";
  } catch {
    return "unavailable";
  }
}

/**
 * GET /readyz: whether this process can serve now (a proxy or an orchestrator sends traffic
 * elsewhere while it answers 503). /healthz (landing.ts) says only that the process is up.
 */
export function readinessRoutes(database: Database, homeserverUrl: string | undefined): Router {
  const router = express.Router();
  router.get("/readyz", async (_req: Request, res: Response) => {
    const [db, homeserver] = await Promise.all([
      databaseCheck(database),
      homeserverUrl ? homeserverCheck(homeserverUrl) : undefined,
    ]);
    const checks = { database: db, ...(homeserver ? { homeserver } : {}) };
    const ready = Object.values(checks).every((check) => check === "ok");
    res.status(ready ? 200 : 503).json({ status: ready ? "ok" : "unavailable", checks });
  });
  return router;
}
