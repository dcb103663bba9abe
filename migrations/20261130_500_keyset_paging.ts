import type { Knex } from "knex";

/**
 * Keyset paging (issue 18): each index holds a list's filter columns, then its sort time and
 * the id that breaks ties, so a page is a seek and a short walk whatever the table's size.
 * - approvals: a country's queue, oldest request first (`requested_at`, `project_id`).
 * - approvals, too: a short reference typed in chat (the start of a project id) among them.
 * - label_applications: a country's Quality Label applications to assess, oldest first.
 * - notifications: a person's notifications, newest first (`created_at`, `event_id`).
 * - contacts: a teacher's requests and contacts, newest first, from either side of the pair.
 * The indexes they extend are dropped: every read they served starts with the same columns.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("approvals", (t) => {
    t.index(["country", "status", "requested_at", "project_id"], "approvals_queue_keyset_index");
    t.index(["country", "status", "project_id"], "approvals_queue_reference_index");
    t.dropIndex(["country", "status", "requested_at"]);
  });
  await knex.schema.alterTable("notifications", (t) => {
    t.index(["account_id", "created_at", "event_id"], "notifications_keyset_index");
    t.dropIndex(["account_id", "created_at"]);
  });
  await knex.schema.alterTable("label_applications", (t) => {
    t.index(["country", "status", "created_at", "id"], "label_applications_queue_keyset_index");
  });
  await knex.schema.alterTable("contacts", (t) => {
    t.index(["addressee_id", "status", "created_at", "id"], "contacts_addressee_keyset_index");
    t.index(["requester_id", "status", "created_at", "id"], "contacts_requester_keyset_index");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("label_applications", (t) => {
    t.dropIndex(["country", "status", "created_at", "id"], "label_applications_queue_keyset_index");
  });
  await knex.schema.alterTable("contacts", (t) => {
    t.dropIndex(["requester_id", "status", "created_at", "id"], "contacts_requester_keyset_index");
    t.dropIndex(["addressee_id", "status", "created_at", "id"], "contacts_addressee_keyset_index");
  });
  await knex.schema.alterTable("notifications", (t) => {
    t.index(["account_id", "created_at"]);
    t.dropIndex(["account_id", "created_at", "event_id"], "notifications_keyset_index");
  });
  await knex.schema.alterTable("approvals", (t) => {
    t.index(["country", "status", "requested_at"]);
    t.dropIndex(["country", "status", "project_id"], "approvals_queue_reference_index");
    t.dropIndex(["country", "status", "requested_at", "project_id"], "approvals_queue_keyset_index");
  });
}
