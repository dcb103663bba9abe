import type { Notification, NotificationRepository } from "../../core/index.ts";
import { keysetOrder } from "../keyset.ts";
import { json, optional, type Scope } from "../rows.ts";

interface NotificationRow {
  id: string;
  account_id: string;
  event_id: number | string;
  type: string;
  project_id: string | null;
  params: string;
  created_at: string;
  read_at: string | null;
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    accountId: row.account_id,
    eventId: Number(row.event_id),
    type: row.type,
    projectId: optional(row.project_id),
    params: json(row.params, {}),
    createdAt: row.created_at,
    readAt: optional(row.read_at),
  };
}

export function notificationRepository({ db }: Scope): NotificationRepository {
  return {
    async add(notification) {
      // The fan-out may reach events about a person after their erasure: nothing is kept for them.
      const erased = await db("accounts").where({ id: notification.accountId }).first("erased_at");
      if (erased?.erased_at) return;
      await db("notifications")
        .insert({
          id: notification.id,
          account_id: notification.accountId,
          event_id: notification.eventId,
          type: notification.type,
          project_id: notification.projectId ?? null,
          params: JSON.stringify(notification.params),
          created_at: notification.createdAt,
          read_at: notification.readAt ?? null,
        })
        .onConflict(["account_id", "event_id"])
        .ignore();
    },
    async listFor(accountId, after, limit) {
      const rows: NotificationRow[] = await keysetOrder(
        db("notifications").where({ account_id: accountId }),
        ["created_at", "event_id"],
        after,
        "desc",
        (cursor) => Number(cursor.id),
      ).limit(limit);
      return rows.map(toNotification);
    },
    async unreadCount(accountId) {
      const row = await db("notifications")
        .where({ account_id: accountId })
        .whereNull("read_at")
        .count({ n: "*" })
        .first();
      return Number(row?.n ?? 0);
    },
    async markAllRead(accountId, at) {
      await db("notifications").where({ account_id: accountId }).whereNull("read_at").update({ read_at: at });
    },
  };
}
