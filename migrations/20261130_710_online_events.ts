import type { Knex } from "knex";

/**
 * Training and online events (issue 16, point 5; core/rules/onlineEvents.ts). `online_events`
 * lists by (status, starts_at, id): the teachers' list of upcoming events is a range of that
 * index, keyset-paged; an organiser's own list comes off (organised_by). `reminded_at` marks the
 * reminder as sent, so the reminder job never sends it twice.
 * `online_event_registrations` holds participants and the waiting list in order of arrival: the
 * next to move up is the first row of (event_id, status = waiting, registered_at, teacher_id).
 * `account_time_zones` holds the IANA time zone a person chose for the dates the tool shows them.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("online_events", (t) => {
    t.string("id", 36).primary();
    t.string("title", 120).notNullable();
    t.text("description").notNullable();
    // Ordered items [{ at, title }] (at: an ISO instant); a few dozen at most, never queried.
    t.text("programme").notNullable();
    t.string("starts_at", 30).notNullable();
    t.string("ends_at", 30).notNullable();
    t.string("audience", 8).notNullable(); // country | all
    // The organising national unit's country; null for the central support service.
    t.string("country", 2).nullable();
    t.integer("capacity").notNullable();
    t.string("status", 12).notNullable(); // scheduled | cancelled
    t.string("organised_by", 36).notNullable().references("accounts.id");
    t.string("created_at", 30).notNullable();
    t.string("reminded_at", 30).nullable();
    t.index(["status", "starts_at", "id"], "online_events_by_start");
    t.index(["organised_by"]);
  });
  await knex.schema.createTable("online_event_registrations", (t) => {
    t.string("event_id", 36).notNullable().references("online_events.id").onDelete("CASCADE");
    t.string("teacher_id", 36).notNullable().references("accounts.id");
    t.string("status", 12).notNullable(); // registered | waiting
    t.string("registered_at", 30).notNullable();
    t.boolean("attended").notNullable().defaultTo(false);
    t.primary(["event_id", "teacher_id"]);
    t.index(["event_id", "status", "registered_at", "teacher_id"], "online_event_registrations_queue");
    t.index(["teacher_id"]);
  });
  await knex.schema.createTable("account_time_zones", (t) => {
    t.string("account_id", 36).primary().references("accounts.id");
    t.string("time_zone", 64).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("account_time_zones");
  await knex.schema.dropTableIfExists("online_event_registrations");
  await knex.schema.dropTableIfExists("online_events");
}
