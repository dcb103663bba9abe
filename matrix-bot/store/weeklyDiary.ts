import type { Id } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";

/** The last week whose diary summary each project's Teachers' room got (table twinspace_weekly_diary). */
export class WeeklyDiaryRecords {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async lastWeek(projectId: Id): Promise<string | undefined> {
    const row = await this.#db.knex("twinspace_weekly_diary").where({ project_id: projectId }).first("week");
    return row?.week;
  }

  async sent(projectId: Id, week: string, at: string): Promise<void> {
    await this.#db
      .knex("twinspace_weekly_diary")
      .insert({ project_id: projectId, week, sent_at: at })
      .onConflict("project_id")
      .merge();
  }
}
