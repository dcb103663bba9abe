import { MESSAGES_COUNTED } from "../../lti-tool/pages/twinSpaces.ts";
import type { Database } from "../../store/database.ts";
import type { ActivityChanges } from "../chat/activity.ts";

/**
 * The bot's writes to the activity summary (migration 460). Idempotent: an event read twice
 * (a crash before the sync position was saved) is one row, and a reply is counted only with
 * its own message row, once.
 */
export class ActivityRecords {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async record(
    roomId: string,
    changes: ActivityChanges,
    authorNames: ReadonlyMap<string, string>,
  ): Promise<void> {
    await this.#db.knex.transaction(async (trx) => {
      const added = new Set<string>();
      for (const { eventId, sentAt } of changes.messages) {
        const inserted = await trx("twinspace_messages")
          .insert({ room_id: roomId, event_id: eventId, sent_at: sentAt })
          .onConflict(["room_id", "event_id"])
          .ignore()
          .returning("event_id");
        if (inserted.length > 0) added.add(eventId);
      }
      for (const topic of changes.topics) {
        await trx("twinspace_topics")
          .insert({
            event_id: topic.eventId,
            room_id: roomId,
            title: topic.title,
            author_matrix_id: topic.sender,
            author_name: (authorNames.get(topic.sender) ?? topic.sender).slice(0, 100),
            sent_at: topic.sentAt,
          })
          .onConflict("event_id")
          .ignore();
      }
      for (const { eventId, rootId } of changes.replies) {
        if (added.has(eventId))
          await trx("twinspace_topics").where({ event_id: rootId }).increment("reply_count", 1);
      }
      if (changes.redacted.length > 0) {
        await trx("twinspace_topics").whereIn("event_id", changes.redacted).delete();
        await trx("twinspace_messages")
          .where({ room_id: roomId })
          .whereIn("event_id", changes.redacted)
          .delete();
      }
      const oldest = await trx("twinspace_messages")
        .where({ room_id: roomId })
        .orderBy("sent_at", "desc")
        .offset(MESSAGES_COUNTED)
        .first("sent_at");
      if (oldest) {
        await trx("twinspace_messages")
          .where({ room_id: roomId })
          .where("sent_at", "<=", oldest.sent_at)
          .delete();
      }
    });
  }
}
