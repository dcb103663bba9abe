/**
 * The product's Prometheus metrics (prom-client), served at /metrics. Labels carry only
 * fixed vocabularies (route patterns, refusal codes, command names, HTTP methods), never a
 * path, an id or a name: pupils are minors, and a label is kept for as long as the series.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "opentwinning_" });

export const launches = new Counter({
  name: "opentwinning_lti_launches_total",
  help: "LTI launches admitted.",
  registers: [registry],
});

export const refusals = new Counter({
  name: "opentwinning_lti_refusals_total",
  help: "Requests the LTI side refused, by reason (the refusal's code).",
  labelNames: ["reason"] as const,
  registers: [registry],
});

export const requestDuration = new Histogram({
  name: "opentwinning_http_request_duration_seconds",
  help: "Time to answer a request, by route pattern.",
  labelNames: ["method", "route", "status"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const outboxLag = new Gauge({
  name: "opentwinning_outbox_lag_events",
  help: "Outbox events not yet handled, per consumer.",
  labelNames: ["consumer"] as const,
  registers: [registry],
});

export const reconcileQueueDepth = new Gauge({
  name: "opentwinning_reconcile_queue_depth",
  help: "TwinSpaces waiting in the bot's current full pass and hand-made changes waiting for repair.",
  registers: [registry],
});

export const reconcileDuration = new Histogram({
  name: "opentwinning_reconcile_duration_seconds",
  help: "Time to reconcile one TwinSpace with the homeserver.",
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const matrixCalls = new Counter({
  name: "opentwinning_matrix_calls_total",
  help: "Calls to the homeserver by HTTP method and outcome (ok or error).",
  labelNames: ["method", "outcome"] as const,
  registers: [registry],
});

export const commandDuration = new Histogram({
  name: "opentwinning_bot_command_duration_seconds",
  help: "Time to answer a chat command, by command name.",
  labelNames: ["command"] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

/** Counts one call to the homeserver, whatever it ends in. */
export async function countMatrixCall<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    const result = await call();
    matrixCalls.inc({ method, outcome: "ok" });
    return result;
  } catch (error) {
    matrixCalls.inc({ method, outcome: "error" });
    throw error;
  }
}
