import type { Id, KeysetCursor } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";
import { keysetOrder } from "../../store/keyset.ts";

/** An active project whose summary of `week` is not recorded yet, with its place in the walk. */
export interface DueProject {
  id: Id;
  cursor: KeysetCursor;
}

/** The last week whose diary summary each project's Teachers' room got (table twinspace_weekly_diary). */
export class WeeklyDiaryRecords {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  /**
   * A page of the active projects whose summary of `week` is not recorded, oldest first after
   * `after`: walked off the `(status, created_at, id)` index, each probed by its record, so a
   * pass holds a page at a time however many projects run.
   */
  async due(week: string, after: KeysetCursor | undefined, limit: number): Promise<DueProject[]> {
    const knex = this.#db.knex;
    const query = knex("projects as p")
      .where("p.status", "active")
      .whereNotExists(
        knex("twinspace_weekly_diary as d")
          .where("d.project_id", knex.ref("p.id"))
          .where("d.week", week)
          .select(knex.raw("1")),
      )
      .select("p.id", "p.created_at");
    const rows: { id: Id; created_at: string }[] = await keysetOrder(
      query,
      ["p.created_at", "p.id"],
      after,
      "asc",
    ).limit(limit);
    return rows.map((r) => ({ id: r.id, cursor: { at: r.created_at, id: r.id } }));
  }

  async sent(projectId: Id, week: string, at: string): Promise<void> {
    await this.#db
      .knex("twinspace_weekly_diary")
      .insert({ project_id: projectId, week, sent_at: at })
      .onConflict("project_id")
      .merge();
  }
}
