import type { Id } from "../../core/index.ts";
import type { TwinSpaceDirectory, TwinSpaceRoom } from "../../lti-tool/pages/twinSpaces.ts";
import type { Database } from "../../store/database.ts";
import { chunks } from "../../store/rows.ts";

/**
 * The pages' view of the TwinSpaces: the project rooms the bot recorded as created (rooms
 * still being created are left out, so a link never points at a room that does not exist).
 * One query per 500 projects, whatever the page lists.
 */
export class RecordedTwinSpaces implements TwinSpaceDirectory {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async roomsFor(projectIds: readonly Id[]): Promise<ReadonlyMap<Id, readonly TwinSpaceRoom[]>> {
    const found = new Map<Id, TwinSpaceRoom[]>();
    for (const part of chunks([...new Set(projectIds)])) {
      const rows: { project_id: string; purpose: string; room_id: string }[] = await this.#db
        .knex("matrix_rooms")
        .whereIn("project_id", part)
        .whereNotNull("room_id")
        .orderBy("slot")
        .select("project_id", "purpose", "room_id");
      for (const row of rows) {
        const rooms = found.get(row.project_id) ?? [];
        rooms.push({ purpose: row.purpose, address: row.room_id });
        found.set(row.project_id, rooms);
      }
    }
    return found;
  }
}
