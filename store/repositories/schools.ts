import { type School, type SchoolRepository, schoolNameKey } from "../../core/index.ts";
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
    async insert(school, at) {
      await db("schools").insert({
        ...school,
        name_key: schoolNameKey(school.name),
        created_at: at,
      });
    },
    async update(school) {
      await db("schools")
        .where({ id: school.id })
        .update({ name: school.name, name_key: schoolNameKey(school.name), city: school.city });
      // Teachers' search documents carry the school's name and city.
      const teachers: { id: string }[] = await db("teachers").where({ school_id: school.id }).select("id");
      for (const { id } of teachers) await refreshSearchText(scope, id);
    },
    async lookalikes(limit) {
      const groups = db("schools")
        .select("country", "name_key")
        .groupBy("country", "name_key")
        .havingRaw("count(*) > 1")
        .orderBy(["country", "name_key"])
        .limit(limit);
      const rows: (SchoolRow & { name_key: string })[] = await db("schools as s")
        .join(groups.as("g"), function () {
          this.on("g.country", "s.country").andOn("g.name_key", "s.name_key");
        })
        .orderBy(["s.country", "s.name_key", "s.id"])
        .select("s.id", "s.name", "s.country", "s.city", "s.name_key");
      const byKey = new Map<string, School[]>();
      for (const row of rows) {
        const key = `${row.country} ${row.name_key}`;
        byKey.set(key, [...(byKey.get(key) ?? []), toSchool(row)]);
      }
      return [...byKey.values()];
    },
  };
}
