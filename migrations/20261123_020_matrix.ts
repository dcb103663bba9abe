import type { Knex } from "knex";

/**
 * The Matrix bot's own records (matrix-bot/): which Matrix room plays which part, the
 * provisioning steps already done, pupils' Matrix accounts, and the lease that lets one bot
 * instance work at a time. Core's tables stay the desired state; these only say what the bot
 * made on the homeserver, so a restart never makes it twice.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("matrix_rooms", (t) => {
    // What the room is for, e.g. "project/<id>/general" or "national_unit/IT"; also written
    // into the room's own state, so a room created just before a crash is found again.
    t.string("slot", 320).primary();
    t.string("purpose", 24).notNullable();
    t.string("project_id", 36).nullable().references("projects.id");
    t.string("country", 2).nullable();
    t.string("matrix_user_id", 255).nullable();
    // Null until createRoom answered; `creating_since` set first says a room may exist already.
    t.string("room_id", 255).nullable().unique();
    t.string("creating_since", 30).nullable();
    t.string("video_conference", 64).nullable();
    t.string("welcome_event_id", 255).nullable();
    t.string("welcome_digest", 64).nullable();
    t.string("closed_notice_event_id", 255).nullable();
    // The last problem the founders were told about, so a pass does not repeat it.
    t.string("problem_digest", 64).nullable();
    t.string("created_at", 30).notNullable();
    t.string("updated_at", 30).notNullable();
    t.index(["project_id"]);
    t.index(["country"]);
    t.index(["matrix_user_id"]);
  });

  // No foreign key to pupils: when core deletes a pupil, this row must outlive it until the
  // bot has deactivated the account on the homeserver.
  await knex.schema.createTable("matrix_pupil_accounts", (t) => {
    t.string("pupil_id", 36).primary();
    t.string("matrix_user_id", 255).notNullable().unique();
    t.string("created_by", 36).nullable();
    t.string("created_at", 30).notNullable();
  });

  await knex.schema.createTable("matrix_bot_lease", (t) => {
    t.string("name", 64).primary();
    t.string("owner", 64).notNullable();
    t.bigInteger("until").notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("matrix_bot_lease");
  await knex.schema.dropTableIfExists("matrix_pupil_accounts");
  await knex.schema.dropTableIfExists("matrix_rooms");
}
