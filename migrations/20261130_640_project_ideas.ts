import type { Knex } from "knex";

/**
 * The partner-finding board (core/rules/ideas.ts). `project_ideas` holds each idea with its
 * author's country and `renewed_at`, the board's order and its liveness: an idea is on the
 * board while renewed_at is within the lifetime, so every board query is a range of one
 * index, newest first. Subjects and languages are rows carrying that sort key (as teachers'
 * do, migration 270), so a subject or language filter reads its page off its own index.
 * Free text: FTS5 on SQLite (kept by triggers; an idea's row is found through the index by
 * a phrase query on its id, as teachers' are in migration 001), a generated
 * tsvector with GIN on PostgreSQL. `idea_replies` records who replied, once per idea.
 */
const LISTS = [
  { table: "idea_subjects", column: "subject", size: 40 },
  { table: "idea_languages", column: "language", size: 8 },
] as const;

const BY_IDEA = `idea_search MATCH 'idea_id : "' || old.id || '"' AND idea_id = old.id`;

export async function up(knex: Knex): Promise<void> {
  const postgres = knex.client.config.client === "pg";
  await knex.schema.createTable("project_ideas", (t) => {
    t.string("id", 36).primary();
    t.string("author_id", 36).notNullable().references("accounts.id");
    t.string("country", 2).notNullable();
    t.string("title", 120).notNullable();
    t.text("summary").notNullable();
    t.integer("pupil_age_min").notNullable();
    t.integer("pupil_age_max").notNullable();
    t.string("partner_scope", 12).notNullable();
    t.string("start_month", 7).notNullable().defaultTo("");
    t.text("search_text").notNullable().defaultTo("");
    t.string("created_at", 30).notNullable();
    t.string("renewed_at", 30).notNullable();
    t.index(["renewed_at", "id"], "project_ideas_board");
    t.index(["country", "renewed_at", "id"], "project_ideas_country_board");
    t.index(["author_id"]);
  });
  for (const { table, column, size } of LISTS) {
    await knex.schema.createTable(table, (t) => {
      t.string("idea_id", 36).notNullable().references("project_ideas.id").onDelete("CASCADE");
      t.string(column, size).notNullable();
      t.string("renewed_at", 30).notNullable();
      t.primary(["idea_id", column]);
      t.index([column, "renewed_at", "idea_id"], `${table}_board`);
    });
  }
  await knex.schema.createTable("idea_replies", (t) => {
    t.string("idea_id", 36).notNullable().references("project_ideas.id").onDelete("CASCADE");
    t.string("teacher_id", 36).notNullable().references("accounts.id");
    t.string("replied_at", 30).notNullable();
    t.primary(["idea_id", "teacher_id"]);
    t.index(["teacher_id"]);
  });
  if (postgres) {
    await knex.raw(
      "ALTER TABLE project_ideas ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
    );
    await knex.raw("CREATE INDEX project_ideas_search_tsv ON project_ideas USING GIN (search_tsv)");
  } else {
    await knex.raw(
      "CREATE VIRTUAL TABLE idea_search USING fts5(idea_id, body, tokenize = 'unicode61 remove_diacritics 2')",
    );
    // Triggers keep the text index equal to the ideas whatever path writes them (an erasure too).
    await knex.raw(`CREATE TRIGGER idea_search_insert AFTER INSERT ON project_ideas BEGIN
      INSERT INTO idea_search (idea_id, body) VALUES (new.id, new.search_text); END`);
    await knex.raw(`CREATE TRIGGER idea_search_update AFTER UPDATE OF search_text ON project_ideas BEGIN
      DELETE FROM idea_search WHERE ${BY_IDEA};
      INSERT INTO idea_search (idea_id, body) VALUES (new.id, new.search_text); END`);
    await knex.raw(`CREATE TRIGGER idea_search_delete AFTER DELETE ON project_ideas BEGIN
      DELETE FROM idea_search WHERE ${BY_IDEA}; END`);
  }
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client !== "pg") await knex.raw("DROP TABLE IF EXISTS idea_search");
  await knex.schema.dropTableIfExists("idea_replies");
  for (const { table } of LISTS) await knex.schema.dropTableIfExists(table);
  await knex.schema.dropTableIfExists("project_ideas");
}
