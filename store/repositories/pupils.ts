import type { Pupil, PupilRepository } from "../../core/index.ts";
import { countUpTo, keysetOrder } from "../keyset.ts";
import { chunks, containsSearchKey, nullable, optional, type Scope, withSearchKeys } from "../rows.ts";

interface PupilRow {
  id: string;
  display_name: string;
  school_id: string;
  teacher_id: string;
  matrix_user_id: string | null;
  created_at: string;
}

function toPupil(row: PupilRow): Pupil {
  return {
    id: row.id,
    displayName: row.display_name,
    schoolId: row.school_id,
    teacherId: row.teacher_id,
    matrixUserId: optional(row.matrix_user_id),
  };
}

export function pupilRepository({ db }: Scope): PupilRepository {
  return {
    async get(id) {
      const row = await db<PupilRow>("pupils").where({ id }).first();
      return row ? toPupil(row) : undefined;
    },
    async getMany(ids) {
      const rows: PupilRow[] = [];
      for (const part of chunks([...new Set(ids)]))
        rows.push(...(await db<PupilRow>("pupils").whereIn("id", part)));
      return rows.map(toPupil);
    },
    async isPupilMatrixId(matrixUserId) {
      // The accounts the bot made or the homeserver's sign-in recorded (matrix-bot/store/pupilAccounts.ts).
      const row = await db("matrix_pupil_accounts").where({ matrix_user_id: matrixUserId }).first("pupil_id");
      return row !== undefined;
    },
    async insert(pupil, at) {
      await db("pupils").insert(
        withSearchKeys("pupils", {
          id: pupil.id,
          display_name: pupil.displayName,
          school_id: pupil.schoolId,
          teacher_id: pupil.teacherId,
          matrix_user_id: nullable(pupil.matrixUserId),
          created_at: at,
        }),
      );
    },
    async update(pupil) {
      await db("pupils")
        .where({ id: pupil.id })
        .update(
          withSearchKeys("pupils", {
            display_name: pupil.displayName,
            matrix_user_id: nullable(pupil.matrixUserId),
          }),
        );
    },
    async delete(id) {
      await db("pupils").where({ id }).delete();
    },
    async listByTeacher(teacherId) {
      const rows = await db<PupilRow>("pupils").where({ teacher_id: teacherId }).orderBy("display_name");
      return rows.map(toPupil);
    },
    async pageByTeacher(teacherId, after, limit) {
      const query = db<PupilRow>("pupils").where({ teacher_id: teacherId });
      const rows: PupilRow[] = await keysetOrder(query, ["created_at", "id"], after, "asc").limit(limit);
      return rows.map((row) => ({ pupil: toPupil(row), createdAt: row.created_at }));
    },
    async addablePage(teacherId, projectId, name, after, limit) {
      const query = db<PupilRow>("pupils as p")
        .where("p.teacher_id", teacherId)
        .whereNotExists(
          db("project_pupils as pp")
            .where("pp.project_id", projectId)
            .whereRaw("pp.pupil_id = p.id")
            .select(db.raw("1")),
        )
        .modify((q) => {
          if (name) containsSearchKey(q, "p.display_name_key", name);
        });
      const rows: PupilRow[] = await keysetOrder(
        query,
        ["p.display_name", "p.id"],
        after && { at: after.name, id: after.id },
        "asc",
      )
        .limit(limit)
        .select("p.*");
      return rows.map(toPupil);
    },
    async countByTeacher(teacherId, cap) {
      return countUpTo(db, db("pupils").where({ teacher_id: teacherId }), cap);
    },
  };
}
