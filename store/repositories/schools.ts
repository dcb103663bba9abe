import type { School, SchoolRepository } from "../../core/index.ts";
import { chunks, type Scope } from "../rows.ts";
import { refreshSearchText } from "./teachers.ts";

interface SchoolRow {
  id: string;
  name: string;
  country: string;
  city: string;
}

export function toSchool(row: SchoolRow): School {
  return { id: row.id, name: row.name, country: row.country, city: row.city };
}

export function schoolRepository(scope: Scope): SchoolRepository {
  const { db } = scope;
  return {
    async get(id) {
      const row = await db<SchoolRow>("schools").where({ id }).first();
      return row ? toSchool(row) : undefined;
    },
    async getMany(ids) {
      const rows: SchoolRow[] = [];
      for (const part of chunks([...new Set(ids)]))
        rows.push(...(await db<SchoolRow>("schools").whereIn("id", part)));
      return rows.map(toSchool);
    },
    async insert(school) {
      await db("schools").insert({ ...school, created_at: new Date().toISOString() });
    },
    async update(school) {
      await db("schools").where({ id: school.id }).update({ name: school.name, city: school.city });
      // Teachers' search documents carry the school's name and city.
      const teachers: { id: string }[] = await db("teachers").where({ school_id: school.id }).select("id");
      for (const { id } of teachers) await refreshSearchText(scope, id);
    },
  };
}
