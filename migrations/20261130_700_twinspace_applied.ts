import type { Knex } from "knex";

/**
 * What the bot last put on the homeserver for each project's TwinSpace (issue 18): a digest of
 * the desired state, and a counter of state changes others made in its rooms, as the bot's
 * /sync saw them. A pass whose digest and counter both match the last one's has nothing to do.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("twinspace_applied", (t) => {
    t.string("project_id", 36).primary().references("projects.id").onDelete("CASCADE");
    /** The desired state the last complete pass left with no problem; null until one did. */
    t.string("digest", 64).nullable();
    /** State changes by others seen in the project's rooms (kicks, leaves, names, power levels, gaps). */
    t.integer("room_changes").notNullable().defaultTo(0);
    /** `room_changes` as it was when that pass started. */
    t.integer("room_changes_applied").nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("twinspace_applied");
}
