import {
  type EventAudience,
  type EventRegistration,
  keysetPage,
  type OnlineEvent,
  type OnlineEventRepository,
  type OnlineEventStatus,
  type ProgrammeItem,
  type RegistrationStatus,
} from "../../core/index.ts";
import { keysetOrder } from "../keyset.ts";
import { bool, json, type Scope } from "../rows.ts";

interface EventRow {
  id: string;
  title: string;
  description: string;
  programme: string;
  starts_at: string;
  ends_at: string;
  audience: EventAudience;
  country: string | null;
  capacity: number | string;
  status: OnlineEventStatus;
  organised_by: string;
  created_at: string;
}

interface RegistrationRow {
  event_id: string;
  teacher_id: string;
  status: RegistrationStatus;
  registered_at: string;
  attended: unknown;
}

function toEvent(row: EventRow): OnlineEvent {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    programme: json<ProgrammeItem[]>(row.programme, []),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    audience: row.audience,
    country: row.country ?? undefined,
    capacity: Number(row.capacity),
    status: row.status,
    organisedBy: row.organised_by,
    createdAt: row.created_at,
  };
}

function formColumns(event: OnlineEvent) {
  return {
    title: event.title,
    description: event.description,
    programme: JSON.stringify(event.programme),
    starts_at: event.startsAt,
    ends_at: event.endsAt,
    audience: event.audience,
    capacity: event.capacity,
  };
}

function toRegistration(row: RegistrationRow): EventRegistration {
  return {
    eventId: row.event_id,
    teacherId: row.teacher_id,
    status: row.status,
    registeredAt: row.registered_at,
    attended: bool(row.attended),
  };
}

const EVENT_KEY = (event: OnlineEvent) => ({ at: event.startsAt, id: event.id });

export function onlineEventRepository({ db, dialect }: Scope): OnlineEventRepository {
  return {
    async get(id) {
      const row = await db<EventRow>("online_events").where({ id }).first();
      return row ? toEvent(row) : undefined;
    },
    async lock(id) {
      const query = db<EventRow>("online_events").where({ id });
      const row = await (dialect === "postgres" ? query.forUpdate() : query).first();
      return row ? toEvent(row) : undefined;
    },
    async insert(event) {
      await db("online_events").insert({
        id: event.id,
        ...formColumns(event),
        country: event.country ?? null,
        status: event.status,
        organised_by: event.organisedBy,
        created_at: event.createdAt,
        reminded_at: null,
      });
    },
    async update(event) {
      const before = await db<EventRow>("online_events").where({ id: event.id }).first("starts_at");
      // A moved start is reminded again, a day before its new time.
      const moved = before?.starts_at !== event.startsAt ? { reminded_at: null } : {};
      await db("online_events")
        .where({ id: event.id })
        .update({ ...formColumns(event), ...moved });
    },
    async setStatus(id, status) {
      await db("online_events").where({ id }).update({ status });
    },
    async upcoming({ from, country, after, limit }) {
      const query = db("online_events")
        .where({ status: "scheduled" })
        .where("starts_at", ">", from)
        .where((q) => {
          q.where({ audience: "all" }).orWhereNull("country");
          if (country) q.orWhere({ country });
        });
      const rows: EventRow[] = await keysetOrder(query, ["starts_at", "id"], after, "asc").limit(limit + 1);
      return keysetPage(rows.map(toEvent), limit, EVENT_KEY);
    },
    async organisedFor(country, after, limit) {
      const query = db("online_events");
      if (country) query.where({ country });
      else query.whereNull("country");
      const rows: EventRow[] = await keysetOrder(query, ["starts_at", "id"], after, "desc").limit(limit + 1);
      return keysetPage(rows.map(toEvent), limit, EVENT_KEY);
    },
    async remindersDue(from, until) {
      const rows: EventRow[] = await db("online_events")
        .where({ status: "scheduled" })
        .whereNull("reminded_at")
        .where("starts_at", ">", from)
        .where("starts_at", "<=", until);
      return rows.map(toEvent);
    },
    async markReminded(id, at) {
      const changed = await db("online_events")
        .where({ id })
        .whereNull("reminded_at")
        .update({ reminded_at: at });
      return Number(changed) > 0;
    },
    async registration(eventId, teacherId) {
      const row = await db<RegistrationRow>("online_event_registrations")
        .where({ event_id: eventId, teacher_id: teacherId })
        .first();
      return row ? toRegistration(row) : undefined;
    },
    async putRegistration(r) {
      await db("online_event_registrations")
        .insert({
          event_id: r.eventId,
          teacher_id: r.teacherId,
          status: r.status,
          registered_at: r.registeredAt,
          attended: r.attended,
        })
        .onConflict(["event_id", "teacher_id"])
        .merge(["status", "attended"]);
    },
    async removeRegistration(eventId, teacherId) {
      await db("online_event_registrations").where({ event_id: eventId, teacher_id: teacherId }).delete();
    },
    async count(eventId, status) {
      const row = await db("online_event_registrations")
        .where({ event_id: eventId, status })
        .count({ n: "*" })
        .first();
      return Number(row?.n ?? 0);
    },
    async waiting(eventId, limit) {
      const rows: RegistrationRow[] = await db("online_event_registrations")
        .where({ event_id: eventId, status: "waiting" })
        .orderBy([
          { column: "registered_at", order: "asc" },
          { column: "teacher_id", order: "asc" },
        ])
        .limit(limit);
      return rows.map(toRegistration);
    },
    async waitingBefore(r) {
      const row = await db("online_event_registrations")
        .where({ event_id: r.eventId, status: "waiting" })
        .whereRaw("(registered_at, teacher_id) < (?, ?)", [r.registeredAt, r.teacherId])
        .count({ n: "*" })
        .first();
      return Number(row?.n ?? 0);
    },
    async participants(eventId) {
      const rows: (RegistrationRow & { name: string; country: string })[] = await db(
        "online_event_registrations as r",
      )
        .join("accounts as a", "a.id", "r.teacher_id")
        .join("teachers as t", "t.id", "r.teacher_id")
        .where({ "r.event_id": eventId, "r.status": "registered" })
        .orderBy([
          { column: "r.registered_at", order: "asc" },
          { column: "r.teacher_id", order: "asc" },
        ])
        .select("r.*", "a.name", "t.country");
      return rows.map((row) => ({ ...toRegistration(row), name: row.name, country: row.country }));
    },
    async setAttendance(eventId, attendedIds) {
      await db("online_event_registrations")
        .where({ event_id: eventId, status: "registered" })
        .update({ attended: false });
      if (attendedIds.length > 0)
        await db("online_event_registrations")
          .where({ event_id: eventId, status: "registered" })
          .whereIn("teacher_id", attendedIds)
          .update({ attended: true });
    },
    async attendedBy(teacherId) {
      const rows: EventRow[] = await db("online_event_registrations as r")
        .join("online_events as e", "e.id", "r.event_id")
        .where({ "r.teacher_id": teacherId, "r.attended": true, "e.status": "scheduled" })
        .orderBy("e.starts_at")
        .select("e.*");
      return rows.map(toEvent);
    },
    async placesOf(teacherId, now) {
      const rows: { id: string }[] = await db("online_event_registrations as r")
        .join("online_events as e", "e.id", "r.event_id")
        .where({ "r.teacher_id": teacherId, "r.status": "registered", "e.status": "scheduled" })
        .where("e.ends_at", ">", now)
        .select("e.id");
      return rows.map((r) => r.id);
    },
    async running(now, after, limit) {
      const query = db("online_events").where({ status: "scheduled" }).where("ends_at", ">", now);
      const rows: EventRow[] = await keysetOrder(query, ["starts_at", "id"], after, "asc").limit(limit + 1);
      return keysetPage(rows.map(toEvent), limit, EVENT_KEY);
    },
    async matrixMembers(eventId) {
      const rows: { id: string; matrix_user_id: string }[] = await db("online_event_registrations as r")
        .join("accounts as a", "a.id", "r.teacher_id")
        .where({ "r.event_id": eventId, "r.status": "registered" })
        .whereNotNull("a.matrix_user_id")
        .select("a.id", "a.matrix_user_id");
      return rows.map((r) => ({ accountId: r.id, matrixUserId: r.matrix_user_id, organiser: false }));
    },
    async timeZoneOf(accountId) {
      const row: { time_zone: string } | undefined = await db("account_time_zones")
        .where({ account_id: accountId })
        .first("time_zone");
      return row?.time_zone;
    },
    async setTimeZone(accountId, timeZone) {
      await db("account_time_zones")
        .insert({ account_id: accountId, time_zone: timeZone })
        .onConflict(["account_id"])
        .merge(["time_zone"]);
    },
  };
}
