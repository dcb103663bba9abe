import type { Knex } from "knex";

/**
 * The core schema, one definition for SQLite and PostgreSQL. Ids are text UUIDs; instants
 * are ISO-8601 UTC text (sortable, identical in both databases); lists that are only shown
 * are JSON text; lists that are searched (a teacher's subjects and languages) are rows.
 * Free-text partner search: an FTS5 table kept by triggers on SQLite, a generated tsvector
 * with a GIN index on PostgreSQL, both over `teachers.search_text`, which the repository
 * fills already lower-cased and without diacritics so both databases match alike.
 */
/**
 * Finds a teacher's FTS row through the full-text index itself (a phrase query on the
 * teacher_id column; ids are UUIDs, so the phrase is exact), because a plain
 * `teacher_id = ?` on an FTS5 table scans every row: at a million teachers each profile
 * save would read the whole index.
 */
const BY_TEACHER = `teacher_search MATCH 'teacher_id : "' || old.id || '"' AND teacher_id = old.id`;

export async function up(knex: Knex): Promise<void> {
  const postgres = knex.client.config.client === "pg";

  await knex.schema.createTable("schools", (t) => {
    t.string("id", 36).primary();
    t.string("name", 200).notNullable();
    t.string("country", 2).notNullable();
    t.string("city", 200).notNullable().defaultTo("");
    t.string("created_at", 30).notNullable();
    t.index(["country"]);
  });

  await knex.schema.createTable("accounts", (t) => {
    t.string("id", 36).primary();
    t.string("name", 200).notNullable();
    t.string("email", 254).notNullable().defaultTo("");
    t.string("locale", 35).notNullable().defaultTo("en");
    t.string("matrix_user_id", 255).nullable().unique();
    t.string("created_at", 30).notNullable();
    t.string("updated_at", 30).notNullable();
  });

  await knex.schema.createTable("teachers", (t) => {
    t.string("id", 36).primary().references("accounts.id");
    t.string("school_id", 36).notNullable().references("schools.id");
    t.string("country", 2).notNullable();
    t.integer("pupil_age_min").nullable();
    t.integer("pupil_age_max").nullable();
    t.text("interests").notNullable().defaultTo("");
    t.text("bio").notNullable().defaultTo("");
    t.boolean("looking_for_partners").notNullable().defaultTo(false);
    t.text("search_text").notNullable().defaultTo("");
    t.string("created_at", 30).notNullable();
    t.string("updated_at", 30).notNullable();
    // Search order is (looking_for_partners, updated_at, id) descending: with id in the index a page is
    // read straight off it, with no sort of every matching teacher.
    t.index(["country", "looking_for_partners", "updated_at", "id"]);
    t.index(["looking_for_partners", "updated_at", "id"]);
    t.index(["school_id"]);
  });

  await knex.schema.createTable("teacher_subjects", (t) => {
    t.string("teacher_id", 36).notNullable().references("teachers.id").onDelete("CASCADE");
    t.string("subject", 40).notNullable();
    t.primary(["teacher_id", "subject"]);
    t.index(["subject", "teacher_id"]);
  });

  await knex.schema.createTable("teacher_languages", (t) => {
    t.string("teacher_id", 36).notNullable().references("teachers.id").onDelete("CASCADE");
    t.string("language", 8).notNullable();
    t.primary(["teacher_id", "language"]);
    t.index(["language", "teacher_id"]);
  });

  if (postgres) {
    await knex.raw(
      "ALTER TABLE teachers ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
    );
    await knex.raw("CREATE INDEX teachers_search_tsv ON teachers USING GIN (search_tsv)");
  } else {
    await knex.raw(
      "CREATE VIRTUAL TABLE teacher_search USING fts5(teacher_id, body, tokenize = 'unicode61 remove_diacritics 2')",
    );
    await knex.raw(`CREATE TRIGGER teacher_search_insert AFTER INSERT ON teachers BEGIN
      INSERT INTO teacher_search (teacher_id, body) VALUES (new.id, new.search_text); END`);
    await knex.raw(`CREATE TRIGGER teacher_search_update AFTER UPDATE OF search_text ON teachers BEGIN
      DELETE FROM teacher_search WHERE ${BY_TEACHER};
      INSERT INTO teacher_search (teacher_id, body) VALUES (new.id, new.search_text); END`);
    await knex.raw(`CREATE TRIGGER teacher_search_delete AFTER DELETE ON teachers BEGIN
      DELETE FROM teacher_search WHERE ${BY_TEACHER}; END`);
  }

  await knex.schema.createTable("pupils", (t) => {
    t.string("id", 36).primary();
    t.string("display_name", 200).notNullable();
    t.string("school_id", 36).notNullable().references("schools.id");
    t.string("teacher_id", 36).notNullable().references("teachers.id");
    t.string("matrix_user_id", 255).nullable().unique();
    t.string("created_at", 30).notNullable();
    t.index(["teacher_id"]);
  });

  await knex.schema.createTable("identities", (t) => {
    t.string("issuer", 500).notNullable();
    t.string("subject", 255).notNullable();
    t.string("account_id", 36).nullable().references("accounts.id");
    t.string("pupil_id", 36).nullable().references("pupils.id");
    t.string("created_at", 30).notNullable();
    t.primary(["issuer", "subject"]);
    t.index(["pupil_id"]);
    t.index(["account_id"]);
  });

  await knex.schema.createTable("contacts", (t) => {
    t.string("id", 36).primary();
    t.string("requester_id", 36).notNullable().references("teachers.id");
    t.string("addressee_id", 36).notNullable().references("teachers.id");
    // The pair in a fixed order, so that one request between two teachers exists at most.
    t.string("low_id", 36).notNullable();
    t.string("high_id", 36).notNullable();
    t.string("status", 16).notNullable();
    t.string("created_at", 30).notNullable();
    t.string("accepted_at", 30).nullable();
    t.unique(["low_id", "high_id"]);
    t.index(["requester_id"]);
    t.index(["addressee_id"]);
  });

  await knex.schema.createTable("projects", (t) => {
    t.string("id", 36).primary();
    t.string("title", 200).notNullable();
    t.text("summary").notNullable();
    t.text("description").notNullable();
    t.text("subjects").notNullable();
    t.text("languages").notNullable();
    t.integer("pupil_age_min").notNullable();
    t.integer("pupil_age_max").notNullable();
    t.text("objectives").notNullable();
    t.text("curricular_integration").notNullable();
    t.text("work_process").notNullable();
    t.text("ict_tools").notNullable();
    t.text("expected_results").notNullable();
    t.text("safety_rules").notNullable();
    t.string("status", 24).notNullable();
    t.string("kind", 16).nullable();
    t.string("founder_id", 36).notNullable().references("teachers.id");
    t.string("cofounder_id", 36).nullable().references("teachers.id");
    t.string("school_id", 36).notNullable().references("schools.id");
    t.integer("approval_round").notNullable().defaultTo(0);
    t.string("created_at", 30).notNullable();
    t.string("updated_at", 30).notNullable();
    t.string("activated_at", 30).nullable();
    t.string("closed_at", 30).nullable();
    t.index(["status"]);
    t.index(["cofounder_id"]);
  });

  await knex.schema.createTable("milestones", (t) => {
    t.string("project_id", 36).notNullable().references("projects.id").onDelete("CASCADE");
    t.integer("position").notNullable();
    t.string("title", 200).notNullable();
    t.string("due_date", 10).notNullable();
    t.primary(["project_id", "position"]);
  });

  await knex.schema.createTable("project_teachers", (t) => {
    t.string("project_id", 36).notNullable().references("projects.id");
    t.string("teacher_id", 36).notNullable().references("teachers.id");
    t.string("role", 16).notNullable();
    t.string("joined_at", 30).notNullable();
    t.primary(["project_id", "teacher_id"]);
    t.index(["teacher_id"]);
  });

  await knex.schema.createTable("project_pupils", (t) => {
    t.string("project_id", 36).notNullable().references("projects.id");
    t.string("pupil_id", 36).notNullable().references("pupils.id");
    t.string("added_by", 36).notNullable().references("teachers.id");
    t.string("joined_at", 30).notNullable();
    t.primary(["project_id", "pupil_id"]);
    t.index(["pupil_id"]);
  });

  await knex.schema.createTable("invitations", (t) => {
    t.string("id", 36).primary();
    t.string("project_id", 36).notNullable().references("projects.id");
    t.string("teacher_id", 36).notNullable().references("teachers.id");
    t.string("invited_by", 36).notNullable().references("teachers.id");
    t.string("status", 16).notNullable();
    t.string("created_at", 30).notNullable();
    t.string("decided_at", 30).nullable();
    t.index(["teacher_id", "status"]);
    t.index(["project_id", "status"]);
  });
  await knex.raw(
    "CREATE UNIQUE INDEX invitations_one_pending ON invitations (project_id, teacher_id) WHERE status = 'pending'",
  );

  await knex.schema.createTable("approvals", (t) => {
    t.string("project_id", 36).notNullable().references("projects.id");
    t.integer("round").notNullable();
    t.string("country", 2).notNullable();
    t.string("status", 16).notNullable();
    t.string("moderator_id", 36).nullable().references("accounts.id");
    t.text("reason").nullable();
    t.string("requested_at", 30).notNullable();
    t.string("decided_at", 30).nullable();
    t.primary(["project_id", "round", "country"]);
    t.index(["country", "status", "requested_at"]);
  });

  await knex.schema.createTable("label_applications", (t) => {
    t.string("id", 36).primary();
    t.string("project_id", 36).notNullable().references("projects.id");
    t.string("teacher_id", 36).notNullable().references("teachers.id");
    t.string("country", 2).notNullable();
    t.string("school_year", 9).notNullable();
    t.string("status", 16).notNullable();
    t.text("evidence").notNullable();
    t.text("scores").notNullable();
    t.text("requirements").notNullable();
    t.string("decided_by", 36).nullable().references("accounts.id");
    t.text("decision_note").nullable();
    t.string("created_at", 30).notNullable();
    t.string("decided_at", 30).nullable();
    t.unique(["project_id", "teacher_id", "school_year"]);
    t.index(["teacher_id", "school_year"]);
    t.index(["country", "status"]);
  });

  await knex.schema.createTable("european_labels", (t) => {
    t.string("project_id", 36).primary().references("projects.id");
    t.text("nominated_by").notNullable();
    t.string("awarded_at", 30).nullable();
  });

  await knex.schema.createTable("prizes", (t) => {
    t.increments("id").primary();
    t.string("project_id", 36).notNullable().references("projects.id");
    t.string("prize", 200).notNullable();
    t.string("awarded_at", 30).notNullable();
    t.index(["project_id"]);
  });

  await knex.schema.createTable("settings", (t) => {
    t.string("key", 64).primary();
    t.text("value").notNullable();
  });

  await knex.schema.createTable("grants", (t) => {
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.string("role", 24).notNullable();
    // '' for roles without a country, so that the primary key covers them too.
    t.string("country", 2).notNullable().defaultTo("");
    t.string("created_at", 30).notNullable();
    t.primary(["account_id", "role", "country"]);
    t.index(["role", "country"]);
  });

  await knex.schema.createTable("events", (t) => {
    t.bigIncrements("id").primary();
    t.string("type", 48).notNullable();
    t.string("actor_id", 36).nullable();
    t.string("project_id", 36).nullable();
    t.text("payload").notNullable();
    t.string("created_at", 30).notNullable();
    t.index(["project_id", "id"]);
  });

  await knex.schema.createTable("consumer_cursors", (t) => {
    t.string("consumer", 64).primary();
    t.bigInteger("position").notNullable();
    // A lease, so that of several running instances one consumer works at a time.
    t.string("lease_owner", 64).nullable();
    t.bigInteger("lease_until").notNullable().defaultTo(0);
    t.string("updated_at", 30).notNullable();
  });

  await knex.schema.createTable("notifications", (t) => {
    t.string("id", 36).primary();
    t.string("account_id", 36).notNullable().references("accounts.id");
    t.bigInteger("event_id").notNullable();
    t.string("type", 48).notNullable();
    t.string("project_id", 36).nullable();
    t.text("params").notNullable();
    t.string("created_at", 30).notNullable();
    t.string("read_at", 30).nullable();
    t.unique(["account_id", "event_id"]);
    t.index(["account_id", "created_at"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    "notifications",
    "consumer_cursors",
    "events",
    "grants",
    "settings",
    "prizes",
    "european_labels",
    "label_applications",
    "approvals",
    "invitations",
    "project_pupils",
    "project_teachers",
    "milestones",
    "projects",
    "contacts",
    "identities",
    "pupils",
    "teacher_languages",
    "teacher_subjects",
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw("DROP TABLE IF EXISTS teacher_search");
  await knex.schema.dropTableIfExists("teachers");
  await knex.schema.dropTableIfExists("accounts");
  await knex.schema.dropTableIfExists("schools");
}
