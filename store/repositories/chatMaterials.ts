import type { ChatMaterialRepository, ChatSource } from "../../core/index.ts";
import type { Scope } from "../rows.ts";

interface ChatMaterialRow {
  event_id: string;
  material_id: string;
  room_id: string;
  author_matrix_id: string;
  author_name: string;
  posted_at: string;
}

export function chatMaterialRepository({ db }: Scope): ChatMaterialRepository {
  return {
    async byEvent(eventId) {
      const row = (await db("chat_materials").where({ event_id: eventId }).first()) as
        ChatMaterialRow | undefined;
      return row
        ? {
            eventId: row.event_id,
            materialId: row.material_id,
            roomId: row.room_id,
            authorMatrixId: row.author_matrix_id,
            authorName: row.author_name,
            postedAt: row.posted_at,
          }
        : undefined;
    },
    async insert(source: ChatSource) {
      await db("chat_materials").insert({
        event_id: source.eventId,
        material_id: source.materialId,
        room_id: source.roomId,
        author_matrix_id: source.authorMatrixId,
        author_name: source.authorName.slice(0, 100),
        posted_at: source.postedAt,
      });
    },
  };
}
