import type { Knex } from "knex";

/**
 * eTwinning Groups (core/rules/groups.ts). `groups` lists by (status, created_at, id): the
 * teachers' list and the central admin's queue are each a range of that index, keyset-paged.
 * `group_members` holds members and pending requests; a group's member list is a range of
 * (group_id, status, since, teacher_id), a teacher's groups come off teacher_id.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("groups", (t) => {
    t.string("id", 36).primary();
    t.string("name", 120).notNullable();
    t.text("description").notNullable();
    t.string("access", 8).notNullable(); // open | closed
    t.string("status", 12).notNullable(); // proposed | approved | declined
    t.string("proposed_by", 36).notNullable().references("accounts.id");
    t.string("created_at", 30).notNullable();
    t.index(["status", "created_at", "id"], "groups_by_status");
  });
  await knex.schema.createTable("group_members", (t) => {
    t.string("group_id", 36).notNullable().references("groups.id").onDelete("CASCADE");
    t.string("teacher_id", 36).notNullable().references("accounts.id");
    t.string("role", 12).notNullable(); // moderator | member
    t.string("status", 12).notNullable(); // member | requested
    t.string("since", 30).notNullable();
    t.primary(["group_id", "teacher_id"]);
    t.index(["group_id", "status", "since", "teacher_id"], "group_members_list");
    t.index(["teacher_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("group_members");
  await knex.schema.dropTableIfExists("groups");
}
