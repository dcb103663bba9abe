import type { Id } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";

/** Where a project's TwinSpace stood after its last complete pass, and what changed in its rooms since. */
export interface AppliedTwinSpace {
  digest: string | undefined;
  roomChanges: number;
  roomChangesApplied: number | undefined;
}

/**
 * The digest of each TwinSpace as last applied and the count of state changes others made in
 * its rooms (table twinspace_applied). The counter, not a flag, so that a change seen while a
 * pass runs is never wiped by that pass's end: the pass records the count it started from.
 */
export class AppliedTwinSpaces {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async get(projectId: Id): Promise<AppliedTwinSpace> {
    const row = await this.#db.knex("twinspace_applied").where({ project_id: projectId }).first();
    return {
      digest: row?.digest ?? undefined,
      roomChanges: Number(row?.room_changes ?? 0),
      roomChangesApplied:
        row?.room_changes_applied === null || row?.room_changes_applied === undefined
          ? undefined
          : Number(row.room_changes_applied),
    };
  }

  /** Someone other than the bot changed the state of a room of each project: their next pass checks everything. */
  async roomsChanged(projectIds: readonly Id[]): Promise<void> {
    const knex = this.#db.knex;
    for (const projectId of new Set(projectIds)) {
      await knex("twinspace_applied")
        .insert({ project_id: projectId, room_changes: 1 })
        .onConflict("project_id")
        .merge({ room_changes: knex.raw("?? + 1", ["twinspace_applied.room_changes"]) });
    }
  }

  /** The bot lost track of its rooms (a /sync from scratch): every TwinSpace is checked again. */
  async allRoomsChanged(): Promise<void> {
    const knex = this.#db.knex;
    await knex("twinspace_applied").update({ room_changes: knex.raw("?? + 1", ["room_changes"]) });
  }

  /** A pass left problems (a ban, a refused invitation): the next pass looks again, whatever else changed. */
  async unsettled(projectId: Id): Promise<void> {
    await this.#db.knex("twinspace_applied").where({ project_id: projectId }).update({ digest: null });
  }

  /** A pass that started when the rooms' counter was `roomChangesAtStart` left the TwinSpace as `digest` says. */
  async applied(projectId: Id, digest: string, roomChangesAtStart: number): Promise<void> {
    await this.#db
      .knex("twinspace_applied")
      .insert({
        project_id: projectId,
        digest,
        room_changes: roomChangesAtStart,
        room_changes_applied: roomChangesAtStart,
      })
      .onConflict("project_id")
      .merge(["digest", "room_changes_applied"]);
  }
}
