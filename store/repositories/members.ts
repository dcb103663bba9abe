import type { Id, MemberRepository, MemberRole, ProjectPupil, ProjectTeacher } from "../../core/index.ts";
import { keysetOrder, countUpTo } from "../keyset.ts";
import { chunks, type Scope } from "../rows.ts";

interface TeacherRow {
  project_id: string;
  teacher_id: string;
  role: MemberRole;
  joined_at: string;
}

interface PupilRow {
  project_id: string;
  pupil_id: string;
  added_by: string;
  joined_at: string;
}

function toTeacher(r: TeacherRow): ProjectTeacher {
  return { projectId: r.project_id, teacherId: r.teacher_id, role: r.role, joinedAt: r.joined_at };
}

function toPupil(r: PupilRow): ProjectPupil {
  return { projectId: r.project_id, pupilId: r.pupil_id, addedBy: r.added_by, joinedAt: r.joined_at };
}

export function memberRepository({ db }: Scope): MemberRepository {
  return {
    async teachers(projectId) {
      const rows: TeacherRow[] = await db("project_teachers")
        .where({ project_id: projectId })
        .orderBy("joined_at");
      return rows.map(toTeacher);
    },
    async teachersPage(projectId, after, limit) {
      const query = db("project_teachers").where({ project_id: projectId });
      const rows: TeacherRow[] = await keysetOrder(query, ["joined_at", "teacher_id"], after, "asc").limit(
        limit,
      );
      return rows.map(toTeacher);
    },
    async countTeachers(projectId, cap) {
      return countUpTo(db, db("project_teachers").where({ project_id: projectId }), cap);
    },
    async teachersAmong(projectId, teacherIds) {
      const found: Id[] = [];
      for (const part of chunks([...new Set(teacherIds)])) {
        const rows: { teacher_id: string }[] = await db("project_teachers")
          .where({ project_id: projectId })
          .whereIn("teacher_id", part)
          .select("teacher_id");
        found.push(...rows.map((r) => r.teacher_id));
      }
      return found;
    },
    async role(projectId, teacherId) {
      const row = await db("project_teachers")
        .where({ project_id: projectId, teacher_id: teacherId })
        .first("role");
      return row?.role;
    },
    async rolesOf(teacherId) {
      const rows: { project_id: string; role: MemberRole }[] = await db("project_teachers")
        .where({ teacher_id: teacherId })
        .select("project_id", "role");
      return rows.map((r) => ({ projectId: r.project_id, role: r.role }));
    },
    async addTeacher(member) {
      await db("project_teachers")
        .insert({
          project_id: member.projectId,
          teacher_id: member.teacherId,
          role: member.role,
          joined_at: member.joinedAt,
        })
        .onConflict(["project_id", "teacher_id"])
        .ignore();
    },
    async setRole(projectId, teacherId, role) {
      await db("project_teachers").where({ project_id: projectId, teacher_id: teacherId }).update({ role });
    },
    async removeTeacher(projectId, teacherId) {
      await db("project_teachers").where({ project_id: projectId, teacher_id: teacherId }).delete();
    },
    async pupils(projectId) {
      const rows: PupilRow[] = await db("project_pupils")
        .where({ project_id: projectId })
        .orderBy("joined_at");
      return rows.map(toPupil);
    },
    async pupilsPage(projectId, after, limit) {
      const query = db("project_pupils").where({ project_id: projectId });
      const rows: PupilRow[] = await keysetOrder(query, ["joined_at", "pupil_id"], after, "asc").limit(limit);
      return rows.map(toPupil);
    },
    async countPupils(projectId, cap) {
      return countUpTo(db, db("project_pupils").where({ project_id: projectId }), cap);
    },
    async hasPupil(projectId, pupilId) {
      return (
        (await db("project_pupils").where({ project_id: projectId, pupil_id: pupilId }).first()) !== undefined
      );
    },
    async addPupil(member) {
      await db("project_pupils")
        .insert({
          project_id: member.projectId,
          pupil_id: member.pupilId,
          added_by: member.addedBy,
          joined_at: member.joinedAt,
        })
        .onConflict(["project_id", "pupil_id"])
        .ignore();
    },
    async removePupil(projectId, pupilId) {
      await db("project_pupils").where({ project_id: projectId, pupil_id: pupilId }).delete();
    },
    async removePupilsAddedBy(projectId, teacherId) {
      const rows: { pupil_id: string }[] = await db("project_pupils")
        .where({ project_id: projectId, added_by: teacherId })
        .select("pupil_id");
      await db("project_pupils").where({ project_id: projectId, added_by: teacherId }).delete();
      return rows.map((r) => r.pupil_id);
    },
  };
}
