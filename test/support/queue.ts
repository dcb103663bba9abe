import type { Id, Project } from "../../core/index.ts";
import type { World } from "./world.ts";

/**
 * Fills a country's moderation queue fast: `copies` clones of a real project awaiting
 * approval, three sharing each request time (so paging must break ties by id). Returns every
 * project awaiting `country`, in queue order (oldest request first, then id).
 */
export async function fillQueue(w: World, template: Project, country: string, copies: number): Promise<Id[]> {
  const knex = w.store.knex;
  const projectRow = await knex("projects").where({ id: template.id }).first();
  const approvalRow = await knex("approvals").where({ project_id: template.id, country }).first();
  const rows = Array.from({ length: copies }, (_, i) => {
    const id = w.deps.ids.newId();
    const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 60_000).toISOString();
    return {
      project: { ...projectRow, id, title: `${template.title} ${i + 1}`, created_at: at, updated_at: at },
      approval: { ...approvalRow, project_id: id, requested_at: at },
    };
  });
  for (let i = 0; i < rows.length; i += 100) {
    const batch = rows.slice(i, i + 100);
    await knex("projects").insert(batch.map((r) => r.project));
    await knex("approvals").insert(batch.map((r) => r.approval));
  }
  const queue: { project_id: string }[] = await knex("approvals")
    .where({ country, status: "pending" })
    .orderBy([{ column: "requested_at" }, { column: "project_id" }]);
  return queue.map((r) => r.project_id);
}
