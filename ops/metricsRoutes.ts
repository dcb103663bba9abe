import express, { type NextFunction, type Request, type Response, type Router } from "express";
import type { Database } from "../store/database.ts";
import { outboxLag, registry, requestDuration } from "./metrics.ts";

/**
 * Times every request under its route pattern (`/app/projects/:id`, never the path, which
 * carries ids). Requests no route answered are counted as `unmatched`, so that scanners'
 * paths cannot grow the number of series.
 */
export function requestMetrics(req: Request, res: Response, next: NextFunction): void {
  const stop = requestDuration.startTimer();
  res.once("finish", () => {
    const pattern = (req.route as { path?: unknown } | undefined)?.path;
    const route = typeof pattern === "string" ? `${req.baseUrl}${pattern}` : "unmatched";
    stop({ method: req.method, route, status: String(res.statusCode) });
  });
  next();
}

/** Outbox events each consumer has not handled yet, read when Prometheus scrapes. */
async function measureOutboxLag(database: Database): Promise<void> {
  const rows = (await database.knex("consumer_cursors").select("consumer", "position")) as {
    consumer: string;
    position: number | string;
  }[];
  const newest = (await database.knex("events").max("id as id").first()) as { id?: number | string | null };
  const last = Number(newest?.id ?? 0);
  outboxLag.reset();
  for (const row of rows) outboxLag.set({ consumer: row.consumer }, Math.max(0, last - Number(row.position)));
}

/** GET /metrics in Prometheus's text format: on the web port, or on METRICS_PORT alone. */
export function metricsRoutes(database: Database): Router {
  const router = express.Router();
  router.get("/metrics", async (_req: Request, res: Response, next: NextFunction) => {
    try {
      await measureOutboxLag(database);
      res.set("Content-Type", registry.contentType).send(await registry.metrics());
    } catch (error) {
      next(error);
    }
  });
  return router;
}
