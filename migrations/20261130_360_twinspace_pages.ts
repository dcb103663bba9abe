import type { Knex } from "knex";

/**
 * The TwinSpace's pages (issue 14): `project_pages` is a project's page tree (at most two
 * levels, ordered by `position`) with what the founders allow per page; `page_revisions`
 * keeps every save. The page shows its highest `published` revision; a pupil's save is a
 * `proposed` revision until a teacher approves it (a new published revision) or rejects it.
 * A pupil's id on a revision is set to null when the pupil is erased: the text stays the
 * project's, the minor's name goes.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("project_pages", (t) => {
    t.string("id", 36).primary();
    t.string("project_id", 36).notNullable().references("projects.id").onDelete("CASCADE");
    t.string("parent_id", 36).nullable().references("project_pages.id").onDelete("CASCADE");
    t.integer("position").notNullable();
    t.boolean("partners_may_edit").notNullable().defaultTo(false);
    t.boolean("pupils_may_propose").notNullable().defaultTo(false);
    t.string("created_by", 36).notNullable().references("accounts.id");
    t.string("created_at", 30).notNullable();
    t.index(["project_id", "position"]);
  });
  await knex.schema.createTable("page_revisions", (t) => {
    t.string("page_id", 36).notNullable().references("project_pages.id").onDelete("CASCADE");
    t.integer("number").notNullable();
    t.string("status", 16).notNullable();
    t.string("title", 200).notNullable();
    t.text("body").notNullable();
    t.string("author_account_id", 36).nullable().references("accounts.id");
    t.string("author_pupil_id", 36).nullable().references("pupils.id").onDelete("SET NULL");
    /** The published revision the author started from (a proposal's diff is against it). */
    t.integer("based_on").nullable();
    t.string("created_at", 30).notNullable();
    t.string("decided_by", 36).nullable().references("accounts.id");
    t.string("decided_at", 30).nullable();
    t.primary(["page_id", "number"]);
    t.index(["page_id", "status"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("page_revisions");
  await knex.schema.dropTableIfExists("project_pages");
}
