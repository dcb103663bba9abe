import type { Material, MaterialRepository } from "../../core/index.ts";
import { chunks, nullable, optional, type Scope } from "../rows.ts";

interface MaterialRow {
  id: string;
  project_id: string;
  folder: string;
  name: string;
  media_type: string;
  size: number | string;
  width: number | null;
  height: number | null;
  storage_key: string;
  thumbnail_key: string | null;
  uploaded_by: string | null;
  created_at: string;
}

function toMaterial(row: MaterialRow): Material {
  return {
    id: row.id,
    projectId: row.project_id,
    folder: row.folder,
    name: row.name,
    mediaType: row.media_type,
    size: Number(row.size),
    width: optional(row.width),
    height: optional(row.height),
    storageKey: row.storage_key,
    thumbnailKey: optional(row.thumbnail_key),
    uploadedBy: optional(row.uploaded_by),
    createdAt: row.created_at,
  };
}

export function materialRepository({ db }: Scope): MaterialRepository {
  return {
    async get(id) {
      const row = await db<MaterialRow>("materials").where({ id }).first();
      return row ? toMaterial(row as MaterialRow) : undefined;
    },
    async getMany(ids) {
      const rows: MaterialRow[] = [];
      for (const part of chunks([...new Set(ids)]))
        rows.push(...((await db("materials").whereIn("id", part)) as MaterialRow[]));
      return rows.map(toMaterial);
    },
    async pageForProject(projectId, after, limit, chatRooms) {
      // A row-value comparison on the (project_id, folder, name, id) index: a seek, then a page.
      const rows = (await db("materials")
        .where({ project_id: projectId })
        .modify((q) => {
          if (after) q.whereRaw("(folder, name, id) > (?, ?, ?)", [after.folder, after.name, after.id]);
          // One lookup per row on chat_materials' unique material_id; a purpose no longer known hides the file.
          if (chatRooms)
            q.whereNotExists((hidden) =>
              hidden
                .from("chat_materials")
                .whereRaw("chat_materials.material_id = materials.id")
                .where((purpose) =>
                  purpose.whereNull("room_purpose").orWhereNotIn("room_purpose", [...chatRooms]),
                ),
            );
        })
        .orderBy(["folder", "name", "id"])
        .limit(limit)) as MaterialRow[];
      return rows.map(toMaterial);
    },
    async usedBytes(projectId) {
      const row = (await db("materials").where({ project_id: projectId }).sum({ total: "size" }).first()) as
        { total: number | string | null } | undefined;
      return Number(row?.total ?? 0);
    },
    async insert(material) {
      await db("materials").insert({
        id: material.id,
        project_id: material.projectId,
        folder: material.folder,
        name: material.name,
        media_type: material.mediaType,
        size: material.size,
        width: nullable(material.width),
        height: nullable(material.height),
        storage_key: material.storageKey,
        thumbnail_key: nullable(material.thumbnailKey),
        uploaded_by: nullable(material.uploadedBy),
        created_at: material.createdAt,
      });
    },
    async delete(id) {
      await db("materials").where({ id }).delete();
    },
  };
}
