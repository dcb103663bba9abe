import type { Id } from "../../core/index.ts";
import type {
  Looker,
  TwinSpaceActivity,
  TwinSpaceDirectory,
  TwinSpaceRoom,
} from "../../lti-tool/pages/twinSpaces.ts";
import type { Database } from "../../store/database.ts";
import { chunks } from "../../store/rows.ts";
import { eventSlot } from "../twinspace/eventRoom.ts";
import { groupSlot } from "../twinspace/groupRoom.ts";

/** How many Forum threads the project page lists. */
const LATEST_TOPICS = 5;

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

  groupRoom(groupId: Id): Promise<string | undefined> {
    return this.#roomOf(groupSlot(groupId).key);
  }

  eventRoom(eventId: Id): Promise<string | undefined> {
    return this.#roomOf(eventSlot(eventId).key);
  }

  async #roomOf(slot: string): Promise<string | undefined> {
    const row: { room_id: string } | undefined = await this.#db
      .knex("matrix_rooms")
      .where({ slot })
      .whereNotNull("room_id")
      .first("room_id");
    return row?.room_id;
  }

  async activityIn(rooms: readonly TwinSpaceRoom[], since: string | undefined): Promise<TwinSpaceActivity> {
    const forum = rooms.find((room) => room.purpose === "forum");
    const topics: {
      title: string;
      author_name: string;
      pupil_id: string | null;
      sent_at: string;
      reply_count: number | string;
    }[] = forum
      ? await this.#db
          .knex("twinspace_topics as t")
          .leftJoin("matrix_pupil_accounts as p", "p.matrix_user_id", "t.author_matrix_id")
          .where("t.room_id", forum.address)
          .orderBy("t.sent_at", "desc")
          .limit(LATEST_TOPICS)
          .select("t.title", "t.author_name", "p.pupil_id", "t.sent_at", "t.reply_count")
      : [];
    const newMessages = [];
    for (const room of rooms) {
      if (room.purpose === "space") continue;
      const query = this.#db.knex("twinspace_messages").where("room_id", room.address);
      if (since) query.where("sent_at", ">", since);
      const row = (await query.count({ n: "*" }).first()) as { n: number | string } | undefined;
      newMessages.push({ purpose: room.purpose, count: Number(row?.n ?? 0) });
    }
    return {
      topics: topics.map((row) => ({
        title: row.title,
        authorName: row.author_name,
        authorPupilId: row.pupil_id ?? undefined,
        sentAt: row.sent_at,
        replyCount: Number(row.reply_count),
      })),
      newMessages,
    };
  }

  async looked(projectId: Id, who: Looker, now: string): Promise<string | undefined> {
    const key = "accountId" in who ? { account_id: who.accountId } : { pupil_id: who.pupilId };
    return this.#db.knex.transaction(async (trx) => {
      const before = (await trx("twinspace_last_seen")
        .where({ project_id: projectId, ...key })
        .first("seen_at")) as { seen_at: string } | undefined;
      await trx("twinspace_last_seen")
        .insert({ project_id: projectId, ...key, seen_at: now })
        .onConflict(["project_id", Object.keys(key)[0] as string])
        .merge(["seen_at"]);
      return before?.seen_at;
    });
  }
}
