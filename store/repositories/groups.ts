import {
  type Group,
  type GroupAccess,
  type GroupMembership,
  type GroupRepository,
  type GroupStatus,
  groupSearchKey,
  keysetPage,
} from "../../core/index.ts";
import { keysetOrder } from "../keyset.ts";
import { containsSearchKey, type Scope } from "../rows.ts";

interface GroupRow {
  id: string;
  name: string;
  description: string;
  access: GroupAccess;
  status: GroupStatus;
  proposed_by: string;
  created_at: string;
}

interface MemberRow {
  group_id: string;
  teacher_id: string;
  role: GroupMembership["role"];
  status: GroupMembership["status"];
  since: string;
}

function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    access: row.access,
    status: row.status,
    proposedBy: row.proposed_by,
    createdAt: row.created_at,
  };
}

function toMembership(row: MemberRow): GroupMembership {
  return {
    groupId: row.group_id,
    teacherId: row.teacher_id,
    role: row.role,
    status: row.status,
    since: row.since,
  };
}

export function groupRepository({ db }: Scope): GroupRepository {
  return {
    async get(id) {
      const row = await db<GroupRow>("groups").where({ id }).first();
      return row ? toGroup(row) : undefined;
    },
    async insert(group) {
      await db("groups").insert({
        id: group.id,
        name: group.name,
        description: group.description,
        access: group.access,
        status: group.status,
        proposed_by: group.proposedBy,
        created_at: group.createdAt,
        search_key: groupSearchKey(group),
      });
    },
    async setStatus(id, status) {
      await db("groups").where({ id }).update({ status });
    },
    async list({ status, text, after, limit, order }) {
      const query = db("groups").where({ status });
      // Groups are a few thousand: a LIKE over their search key reads the status range only.
      containsSearchKey(query, "search_key", text ?? "");
      const rows: GroupRow[] = await keysetOrder(query, ["created_at", "id"], after, order).limit(limit + 1);
      return keysetPage(rows.map(toGroup), limit, (group) => ({ at: group.createdAt, id: group.id }));
    },
    async membership(groupId, teacherId) {
      const row = await db<MemberRow>("group_members")
        .where({ group_id: groupId, teacher_id: teacherId })
        .first();
      return row ? toMembership(row) : undefined;
    },
    async putMembership(m) {
      await db("group_members")
        .insert({
          group_id: m.groupId,
          teacher_id: m.teacherId,
          role: m.role,
          status: m.status,
          since: m.since,
        })
        .onConflict(["group_id", "teacher_id"])
        .merge(["role", "status", "since"]);
    },
    async removeMembership(groupId, teacherId) {
      await db("group_members").where({ group_id: groupId, teacher_id: teacherId }).delete();
    },
    async members(groupId, status, after, limit) {
      const query = db("group_members as m")
        .join("accounts as a", "a.id", "m.teacher_id")
        .where({ "m.group_id": groupId, "m.status": status })
        .select("m.teacher_id", "m.role", "m.since", "a.name");
      const rows: { teacher_id: string; role: GroupMembership["role"]; since: string; name: string }[] =
        await keysetOrder(query, ["m.since", "m.teacher_id"], after, "asc").limit(limit + 1);
      return keysetPage(
        rows.map((r) => ({ teacherId: r.teacher_id, name: r.name, role: r.role, since: r.since })),
        limit,
        (member) => ({ at: member.since, id: member.teacherId }),
      );
    },
    async moderators(groupId) {
      const rows: { teacher_id: string }[] = await db("group_members")
        .where({ group_id: groupId, role: "moderator", status: "member" })
        .select("teacher_id");
      return rows.map((r) => r.teacher_id);
    },
    async matrixMembers(groupId) {
      const rows: { teacher_id: string; matrix_user_id: string; role: GroupMembership["role"] }[] = await db(
        "group_members as m",
      )
        .join("accounts as a", "a.id", "m.teacher_id")
        .where({ "m.group_id": groupId, "m.status": "member" })
        .whereNotNull("a.matrix_user_id")
        .select("m.teacher_id", "a.matrix_user_id", "m.role");
      return rows.map((r) => ({ teacherId: r.teacher_id, matrixUserId: r.matrix_user_id, role: r.role }));
    },
    async ofTeacher(teacherId) {
      const rows: { id: string }[] = await db("group_members as m")
        .join("groups as g", "g.id", "m.group_id")
        .where({ "m.teacher_id": teacherId, "m.status": "member", "g.status": "approved" })
        .select("g.id");
      return rows.map((r) => r.id);
    },
  };
}
