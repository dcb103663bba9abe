import type { Knex } from "knex";

/** Notifications about a group whose sentence names it (lti-tool/pages/notifications/fanout.ts). */
const GROUP_TYPES = ["group_approved", "group_declined", "group_request_accepted"];

/**
 * Group notifications now name their group (`groupName` in their params). Those stored
 * before, in the app and waiting for a digest, are given the name, so no sentence reads
 * "the group “”". Groups are few and so are these rows.
 */
export async function up(knex: Knex): Promise<void> {
  for (const table of ["notifications", "email_digest_items"]) {
    const rows: { params: string }[] = await knex(table).whereIn("type", GROUP_TYPES).distinct("params");
    for (const { params } of rows) {
      const parsed = JSON.parse(params) as Record<string, string>;
      if (parsed.groupName !== undefined || !parsed.group) continue;
      const group = await knex("groups").where({ id: parsed.group }).first("name");
      await knex(table)
        .whereIn("type", GROUP_TYPES)
        .where({ params })
        .update({ params: JSON.stringify({ ...parsed, groupName: group?.name ?? "" }) });
    }
  }
}

export async function down(): Promise<void> {
  // The names stay: older code ignores a parameter it does not use.
}
