import type { Knex } from "knex";

/**
 * A project's library of files and images (issue 14). The bytes live in the file storage
 * (lti-tool/materials/storage.ts) under `storage_key`, never under a name anyone typed; `name`
 * is only what the library shows. `size` counts the stored file and its thumbnail, so the
 * project's quota is one SUM over an index.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("materials", (t) => {
    t.string("id", 36).primary();
    t.string("project_id", 36).notNullable().references("projects.id").onDelete("CASCADE");
    t.string("folder", 120).notNullable().defaultTo("");
    t.string("name", 200).notNullable();
    t.string("media_type", 100).notNullable();
    t.bigInteger("size").notNullable();
    t.integer("width").nullable();
    t.integer("height").nullable();
    t.string("storage_key", 100).notNullable();
    t.string("thumbnail_key", 100).nullable();
    t.string("uploaded_by", 36).nullable().references("accounts.id");
    t.string("created_at", 30).notNullable();
    t.index(["project_id", "folder", "name"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("materials");
}
