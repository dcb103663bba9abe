import type { Invitation, InvitationRepository, InvitationStatus } from "../../core/index.ts";
import { keysetOrder } from "../keyset.ts";
import type { Scope } from "../rows.ts";

interface InvitationRow {
  id: string;
  project_id: string;
  teacher_id: string;
  invited_by: string;
  status: InvitationStatus;
  created_at: string;
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    projectId: row.project_id,
    teacherId: row.teacher_id,
    invitedBy: row.invited_by,
    status: row.status,
    createdAt: row.created_at,
  };
}

export function invitationRepository({ db }: Scope): InvitationRepository {
  return {
    async get(id) {
      const row = await db<InvitationRow>("invitations").where({ id }).first();
      return row ? toInvitation(row) : undefined;
    },
    async pending(projectId, teacherId) {
      const row = await db<InvitationRow>("invitations")
        .where({ project_id: projectId, teacher_id: teacherId, status: "pending" })
        .first();
      return row ? toInvitation(row) : undefined;
    },
    async insert(invitation) {
      await db("invitations").insert({
        id: invitation.id,
        project_id: invitation.projectId,
        teacher_id: invitation.teacherId,
        invited_by: invitation.invitedBy,
        status: invitation.status,
        created_at: invitation.createdAt,
      });
    },
    async setStatus(id, status, at) {
      await db("invitations").where({ id }).update({ status, decided_at: at });
    },
    async pendingForTeacher(teacherId, limit) {
      const rows = await db<InvitationRow>("invitations")
        .where({ teacher_id: teacherId, status: "pending" })
        .orderBy(["created_at", "id"])
        .modify((q) => {
          if (limit !== undefined) q.limit(limit);
        });
      return rows.map(toInvitation);
    },
    async pendingForProject(projectId) {
      const rows = await db<InvitationRow>("invitations")
        .where({ project_id: projectId, status: "pending" })
        .orderBy("created_at");
      return rows.map(toInvitation);
    },
    async pendingForTeacherByPrefix(teacherId, prefix, limit) {
      // A range on the primary key rather than LIKE, which neither database serves from it
      // in every collation; "~" sorts after every character of an id.
      const rows: InvitationRow[] = await db("invitations")
        .where({ teacher_id: teacherId, status: "pending" })
        .where("id", ">=", prefix)
        .where("id", "<", `${prefix}~`)
        .orderBy("id")
        .limit(limit);
      return rows.map(toInvitation);
    },
    async pendingPageForProject(projectId, after, limit) {
      const query = db<InvitationRow>("invitations").where({ project_id: projectId, status: "pending" });
      const rows: InvitationRow[] = await keysetOrder(query, ["created_at", "id"], after, "asc").limit(limit);
      return rows.map(toInvitation);
    },
  };
}
