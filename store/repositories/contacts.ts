import type { Contact, ContactRepository, ContactStatus } from "../../core/index.ts";
import { keysetOrder } from "../keyset.ts";
import { chunks, type Scope } from "../rows.ts";
import { teacherRepository } from "./teachers.ts";

interface ContactRow {
  id: string;
  requester_id: string;
  addressee_id: string;
  status: ContactStatus;
  created_at: string;
  message: string | null;
}

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    requesterId: row.requester_id,
    addresseeId: row.addressee_id,
    status: row.status,
    createdAt: row.created_at,
    message: row.message ?? undefined,
  };
}

function pair(a: string, b: string): { low_id: string; high_id: string } {
  return a < b ? { low_id: a, high_id: b } : { low_id: b, high_id: a };
}

export function contactRepository(scope: Scope): ContactRepository {
  const { db } = scope;
  return {
    async get(id) {
      const row = await db<ContactRow>("contacts").where({ id }).first();
      return row ? toContact(row) : undefined;
    },
    async between(a, b) {
      const row = await db<ContactRow>("contacts").where(pair(a, b)).first();
      return row ? toContact(row) : undefined;
    },
    async betweenMany(teacherId, others) {
      const rows: ContactRow[] = [];
      for (const part of chunks([...new Set(others)])) {
        rows.push(
          ...(await db<ContactRow>("contacts")
            .where((q) => q.where("requester_id", teacherId).whereIn("addressee_id", part))
            .orWhere((q) => q.where("addressee_id", teacherId).whereIn("requester_id", part))),
        );
      }
      return rows.map(toContact);
    },
    async insert(contact) {
      await db("contacts").insert({
        id: contact.id,
        requester_id: contact.requesterId,
        addressee_id: contact.addresseeId,
        ...pair(contact.requesterId, contact.addresseeId),
        status: contact.status,
        created_at: contact.createdAt,
        message: contact.message ?? null,
      });
    },
    async accept(id, at) {
      await db("contacts").where({ id }).update({ status: "accepted", accepted_at: at });
    },
    async delete(id) {
      await db("contacts").where({ id }).delete();
    },
    async listFor(teacherId) {
      const rows: ContactRow[] = await db<ContactRow>("contacts")
        .where("requester_id", teacherId)
        .orWhere("addressee_id", teacherId)
        .orderBy("created_at", "desc");
      return withTeachers(scope, teacherId, rows);
    },
    async pageFor(teacherId, list, after, limit) {
      const side = (column: "requester_id" | "addressee_id", status: ContactStatus): Promise<ContactRow[]> =>
        keysetOrder(
          db("contacts").where(column, teacherId).where("status", status),
          ["created_at", "id"],
          after,
          "desc",
        ).limit(limit);
      if (list === "incoming") return withTeachers(scope, teacherId, await side("addressee_id", "pending"));
      if (list === "outgoing") return withTeachers(scope, teacherId, await side("requester_id", "pending"));
      // Accepted contacts are on either side: two indexed reads of a page each, merged here.
      const both = [...(await side("requester_id", "accepted")), ...(await side("addressee_id", "accepted"))];
      const key = (row: ContactRow) => `${row.created_at}~${row.id}`;
      both.sort((a, b) => (key(a) < key(b) ? 1 : -1));
      return withTeachers(scope, teacherId, both.slice(0, limit));
    },
  };
}

/** Each contact with the other teacher and their school's name (two reads for the whole list). */
async function withTeachers(scope: Scope, teacherId: string, rows: readonly ContactRow[]) {
  if (rows.length === 0) return [];
  const others = rows.map((r) => (r.requester_id === teacherId ? r.addressee_id : r.requester_id));
  const teachers = new Map((await teacherRepository(scope).getMany(others)).map((t) => [t.id, t]));
  const schoolIds = [...new Set([...teachers.values()].map((t) => t.schoolId))];
  const schools = new Map<string, string>(
    (await scope.db("schools").whereIn("id", schoolIds).select("id", "name")).map(
      (s: { id: string; name: string }) => [s.id, s.name],
    ),
  );
  return rows.flatMap((row, index) => {
    const other = teachers.get(others[index] ?? "");
    return other ? [{ contact: toContact(row), other, schoolName: schools.get(other.schoolId) ?? "" }] : [];
  });
}
