import type { Id } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";

/** What a managed room is for. */
export type RoomPurpose =
  "space" | "general" | "forum" | "teachers" | "pupils" | "national_unit" | "direct" | "group" | "event";

/** One room the bot manages, named by its slot ("project/<id>/general"), before and after it exists. */
export interface RoomSlot {
  key: string;
  purpose: RoomPurpose;
  projectId?: Id | undefined;
  country?: string | undefined;
  matrixUserId?: string | undefined;
}

export interface RoomRecord extends RoomSlot {
  roomId: string | undefined;
  /** Set before createRoom is called: a room may exist that was never recorded. */
  creatingSince: string | undefined;
  videoConference: string | undefined;
  welcomeEventId: string | undefined;
  welcomeDigest: string | undefined;
  closedNoticeEventId: string | undefined;
  problemDigest: string | undefined;
}

export type RoomRecordUpdate = Partial<
  Pick<RoomRecord, "welcomeEventId" | "welcomeDigest" | "closedNoticeEventId" | "problemDigest">
>;

interface RoomRow {
  slot: string;
  purpose: RoomPurpose;
  project_id: string | null;
  country: string | null;
  matrix_user_id: string | null;
  room_id: string | null;
  creating_since: string | null;
  video_conference: string | null;
  welcome_event_id: string | null;
  welcome_digest: string | null;
  closed_notice_event_id: string | null;
  problem_digest: string | null;
}

const value = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** The columns that name a slot, as every insert of a room record writes them. */
function slotColumns(slot: RoomSlot) {
  return {
    slot: slot.key,
    purpose: slot.purpose,
    project_id: slot.projectId ?? null,
    country: slot.country ?? null,
    matrix_user_id: slot.matrixUserId ?? null,
  };
}

function toRecord(row: RoomRow): RoomRecord {
  return {
    key: row.slot,
    purpose: row.purpose,
    projectId: value(row.project_id),
    country: value(row.country),
    matrixUserId: value(row.matrix_user_id),
    roomId: value(row.room_id),
    creatingSince: value(row.creating_since),
    videoConference: value(row.video_conference),
    welcomeEventId: value(row.welcome_event_id),
    welcomeDigest: value(row.welcome_digest),
    closedNoticeEventId: value(row.closed_notice_event_id),
    problemDigest: value(row.problem_digest),
  };
}

const COLUMNS: Record<keyof RoomRecordUpdate, string> = {
  welcomeEventId: "welcome_event_id",
  welcomeDigest: "welcome_digest",
  closedNoticeEventId: "closed_notice_event_id",
  problemDigest: "problem_digest",
};

/** The bot's records of its rooms (table matrix_rooms). Each write is its own small statement. */
export class RoomRecords {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async get(key: string): Promise<RoomRecord | undefined> {
    const row = await this.#db.knex<RoomRow>("matrix_rooms").where({ slot: key }).first();
    return row ? toRecord(row) : undefined;
  }

  async byRoomId(roomId: string): Promise<RoomRecord | undefined> {
    const row = await this.#db.knex<RoomRow>("matrix_rooms").where({ room_id: roomId }).first();
    return row ? toRecord(row) : undefined;
  }

  async forProject(projectId: Id): Promise<RoomRecord[]> {
    const rows = await this.#db.knex<RoomRow>("matrix_rooms").where({ project_id: projectId });
    return rows.map(toRecord);
  }

  /** Every recorded room id: rooms outside this set are the only candidates for an unrecorded creation. */
  async recordedRoomIds(): Promise<Set<string>> {
    const rows: { room_id: string }[] = await this.#db
      .knex("matrix_rooms")
      .whereNotNull("room_id")
      .select("room_id");
    return new Set(rows.map((row) => row.room_id));
  }

  /**
   * Notes that the room is about to be created (the first time with its video conference
   * name, which then never changes), and returns the record as it stands.
   */
  async markCreating(slot: RoomSlot, at: string, videoConference?: string): Promise<RoomRecord> {
    const { knex } = this.#db;
    await knex("matrix_rooms")
      .insert({
        ...slotColumns(slot),
        creating_since: at,
        video_conference: videoConference ?? null,
        created_at: at,
        updated_at: at,
      })
      .onConflict("slot")
      .ignore();
    await knex("matrix_rooms")
      .where({ slot: slot.key })
      .whereNull("creating_since")
      .update({ creating_since: at });
    const record = await this.get(slot.key);
    if (!record) throw new Error(`matrix_rooms row for ${slot.key} vanished`);
    return record;
  }

  /**
   * Records a room the bot did not create but now serves (a direct message someone opened
   * with it), replacing the slot's previous room.
   */
  async adopt(slot: RoomSlot, roomId: string, at: string): Promise<void> {
    await this.#db
      .knex("matrix_rooms")
      .insert({
        ...slotColumns(slot),
        room_id: roomId,
        created_at: at,
        updated_at: at,
      })
      .onConflict("slot")
      .merge({ room_id: roomId, creating_since: null, updated_at: at });
  }

  async recordRoom(key: string, roomId: string, at: string): Promise<void> {
    await this.#db
      .knex("matrix_rooms")
      .where({ slot: key })
      .update({ room_id: roomId, creating_since: null, updated_at: at });
  }

  async update(key: string, changes: RoomRecordUpdate, at: string): Promise<void> {
    const row: Record<string, string | null> = { updated_at: at };
    for (const [field, column] of Object.entries(COLUMNS)) {
      if (field in changes) row[column] = changes[field as keyof RoomRecordUpdate] ?? null;
    }
    await this.#db.knex("matrix_rooms").where({ slot: key }).update(row);
  }
}
