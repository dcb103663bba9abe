import type { ChatMaterialRepository, ChatSource } from "../../core/index.ts";
import { chunks, nullable, optional, type Scope } from "../rows.ts";

interface ChatMaterialRow {
  event_id: string;
  material_id: string;
  room_id: string;
  author_matrix_id: string;
  author_name: string;
  posted_at: string;
  room_purpose: string | null;
}

function toSource(row: ChatMaterialRow): ChatSource {
  return {
    eventId: row.event_id,
    materialId: row.material_id,
    roomId: row.room_id,
    authorMatrixId: row.author_matrix_id,
    authorName: row.author_name,
    postedAt: row.posted_at,
    roomPurpose: optional(row.room_purpose),
  };
}

export function chatMaterialRepository({ db }: Scope): ChatMaterialRepository {
  return {
    async byEvent(eventId) {
      const row = (await db("chat_materials").where({ event_id: eventId }).first()) as
        ChatMaterialRow | undefined;
      return row ? toSource(row) : undefined;
    },
    async forMaterials(materialIds) {
      const rows: ChatMaterialRow[] = [];
      for (const part of chunks([...new Set(materialIds)]))
        rows.push(...((await db("chat_materials").whereIn("material_id", part)) as ChatMaterialRow[]));
      return rows.map(toSource);
    },
    async insert(source: ChatSource) {
      await db("chat_materials").insert({
        event_id: source.eventId,
        material_id: source.materialId,
        room_id: source.roomId,
        author_matrix_id: source.authorMatrixId,
        author_name: source.authorName.slice(0, 100),
        posted_at: source.postedAt,
        room_purpose: nullable(source.roomPurpose),
      });
    },
  };
}
