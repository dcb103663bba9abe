import type { DomainEvent, EventRepository, EventType, StoredEvent } from "../../core/index.ts";
import { json, optional, type Scope } from "../rows.ts";

/** Any constant shared by every writer: the advisory lock that orders event ids on PostgreSQL. */
const EVENT_APPEND_LOCK = 7_336_271;

export interface EventRow {
  id: number | string;
  type: string;
  actor_id: string | null;
  project_id: string | null;
  payload: string;
  created_at: string;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: Number(row.id),
    type: row.type,
    actorId: optional(row.actor_id),
    projectId: optional(row.project_id),
    payload: json(row.payload, {}),
    createdAt: row.created_at,
  } as StoredEvent;
}

export function eventRepository({ db, dialect }: Scope): EventRepository {
  return {
    async append(event: DomainEvent, at) {
      if (dialect === "postgres") {
        // Ids must become visible in order, or a consumer's cursor could pass an id whose
        // transaction commits later and skip it. The lock, held until commit, orders writers.
        await db.raw("SELECT pg_advisory_xact_lock(?)", [EVENT_APPEND_LOCK]);
      }
      const [row] = await db("events")
        .insert({
          type: event.type,
          actor_id: event.actorId ?? null,
          project_id: event.projectId ?? null,
          payload: JSON.stringify(event.payload),
          created_at: at,
        })
        .returning("id");
      return Number(typeof row === "object" ? row.id : row);
    },
    async forProject(projectId) {
      const rows: EventRow[] = await db("events").where({ project_id: projectId }).orderBy("id");
      return rows.map(toStoredEvent);
    },
    async countForProject(projectId, types, from, to) {
      // A milestone's `done` is in its JSON payload; each database reads it its own way.
      const done =
        dialect === "postgres"
          ? "case when (payload::jsonb ->> 'done') = 'true' then 1 else 0 end"
          : "case when json_extract(payload, '$.done') = 1 then 1 else 0 end";
      const rows: { type: EventType; done: number | string; n: number | string }[] = await db("events")
        .where({ project_id: projectId })
        .where("created_at", ">=", from)
        .where("created_at", "<", to)
        .whereIn("type", types)
        .groupByRaw(`type, ${done}`)
        .select("type", db.raw(`${done} as done`))
        .count({ n: "*" });
      return rows.map((r) => ({ type: r.type, done: Number(r.done) === 1, count: Number(r.n) }));
    },
    async latestForProject(projectId, types, beforeId, limit) {
      // Walks the (project_id, id) index backwards from the newest: a page, not the project's log.
      const rows: EventRow[] = await db("events")
        .where({ project_id: projectId })
        .whereIn("type", types)
        .modify((q) => {
          if (beforeId !== undefined) q.where("id", "<", beforeId);
        })
        .orderBy("id", "desc")
        .limit(limit);
      return rows.map(toStoredEvent);
    },
  };
}
