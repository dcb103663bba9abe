import type { Knex } from "knex";
import { groupSearchKey } from "../core/rules/groups.ts";

/**
 * `groups.search_key`: the group's name and description as a search compares them (core's
 * `groupSearchKey`: case and accents folded in every script), written when the group is
 * made. The databases' own lower() folds only ASCII (SQLite, PostgreSQL under the C
 * locale), so "über" missed "Über Grenzen" and a Greek name typed exactly was not found.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("groups", (t) => {
    t.text("search_key").notNullable().defaultTo("");
  });
  const groups: { id: string; name: string; description: string }[] = await knex("groups").select(
    "id",
    "name",
    "description",
  );
  for (const group of groups) {
    await knex("groups")
      .where({ id: group.id })
      .update({ search_key: groupSearchKey(group) });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("groups", (t) => {
    t.dropColumn("search_key");
  });
}
