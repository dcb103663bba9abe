import type { InboxEntry, Message, MessageRepository } from "../../core/index.ts";
import { keysetOrder } from "../keyset.ts";
import { chunks, type Scope } from "../rows.ts";

interface MessageRow {
  id: string;
  conversation: string;
  sender_id: string;
  project_id: string | null;
  body: string;
  created_at: string;
}

interface InboxRow {
  conversation: string;
  other_id: string | null;
  project_id: string | null;
  last_at: string;
  unread: number | string;
}

function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    conversation: row.conversation,
    senderId: row.sender_id,
    projectId: row.project_id ?? undefined,
    body: row.body,
    createdAt: row.created_at,
  };
}

const NEWEST_FIRST = [
  { column: "created_at", order: "desc" },
  { column: "id", order: "desc" },
] as const;

/** Messages and inboxes: every read is on `(conversation, created_at, id)` or `(account_id, last_at)`. */
export function messageRepository({ db }: Scope): MessageRepository {
  return {
    async get(id) {
      const row = await db<MessageRow>("messages").where({ id }).first();
      return row ? toMessage(row) : undefined;
    },
    async insert(message) {
      await db("messages").insert({
        id: message.id,
        conversation: message.conversation,
        sender_id: message.senderId,
        project_id: message.projectId ?? null,
        body: message.body,
        created_at: message.createdAt,
      });
    },
    async latest(conversation, limit, hiddenSenders = [], before = undefined) {
      const query = db<MessageRow>("messages").where({ conversation });
      for (const part of chunks([...hiddenSenders])) query.whereNotIn("sender_id", part);
      const rows: MessageRow[] = await keysetOrder(query, ["created_at", "id"], before, "desc").limit(limit);
      return rows.reverse().map(toMessage);
    },
    async around(message, count) {
      const { conversation, created_at, id } = {
        conversation: message.conversation,
        created_at: message.createdAt,
        id: message.id,
      };
      const before: MessageRow[] = await db<MessageRow>("messages")
        .where({ conversation })
        .where((q) =>
          q.where("created_at", "<", created_at).orWhere((r) => r.where({ created_at }).where("id", "<", id)),
        )
        .orderBy([...NEWEST_FIRST])
        .limit(count);
      const after: MessageRow[] = await db<MessageRow>("messages")
        .where({ conversation })
        .where((q) =>
          q.where("created_at", ">", created_at).orWhere((r) => r.where({ created_at }).where("id", ">", id)),
        )
        .orderBy([
          { column: "created_at", order: "asc" },
          { column: "id", order: "asc" },
        ])
        .limit(count);
      return [...before.reverse().map(toMessage), message, ...after.map(toMessage)];
    },
    async deliver(entry) {
      await db("inbox_entries")
        .insert({
          account_id: entry.accountId,
          conversation: entry.conversation,
          other_id: entry.otherId ?? null,
          project_id: entry.projectId ?? null,
          last_at: entry.at,
          unread: entry.unread ? 1 : 0,
        })
        .onConflict(["account_id", "conversation"])
        .merge({
          last_at: entry.at,
          // The sender has just read the conversation; a recipient has one more to read.
          unread: entry.unread ? db.raw("inbox_entries.unread + 1") : 0,
        });
    },
    async inbox(accountId, after, limit) {
      const entries = db("inbox_entries").where({ account_id: accountId });
      const rows: InboxRow[] = await keysetOrder(entries, ["last_at", "conversation"], after, "desc")
        .limit(limit)
        .select("conversation", "other_id", "project_id", "last_at", "unread");
      return rows.map((row): InboxEntry => ({
        conversation: row.conversation,
        otherId: row.other_id ?? undefined,
        projectId: row.project_id ?? undefined,
        lastAt: row.last_at,
        unread: Number(row.unread),
      }));
    },
    async markRead(accountId, conversation) {
      await db("inbox_entries")
        .where({ account_id: accountId, conversation })
        .where("unread", ">", 0)
        .update({ unread: 0 });
    },
    async unreadTotal(accountId, cap) {
      // Adds up at most `cap` conversations' counts, so a flooded inbox costs no more.
      const unread = db("inbox_entries")
        .where({ account_id: accountId })
        .where("unread", ">", 0)
        .limit(cap)
        .select("unread")
        .as("u");
      const row = await db.from(unread).sum({ n: "unread" }).first<{ n: number | string | null }>();
      return Math.min(Number(row?.n ?? 0), cap);
    },
  };
}
