import type { Knex } from "knex";
import type { Id, PersonFound, PersonalDataRepository, PersonRef } from "../../core/index.ts";
import { PERSONAL_TABLES, type PersonalTable, type Treatment } from "../personalData.ts";
import { containsSearchKey, json, type Scope, withSearchKeys } from "../rows.ts";

const FORMER_MEMBERS = "former_members";

/** Ids are UUIDs; anything else is never matched inside JSON text (no LIKE wildcards from outside). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Builder = Knex.QueryBuilder;

/** The columns of `table` that name `person` (by id, in JSON, or by Matrix ID), with their treatment. */
function matchers(
  spec: PersonalTable,
  person: PersonRef,
  matrixIds: readonly string[],
): { treatment: Treatment; where: (q: Builder) => Builder }[] {
  const out: { treatment: Treatment; where: (q: Builder) => Builder }[] = [];
  for (const [column, treatment] of Object.entries(spec[person.kind] ?? {})) {
    out.push({ treatment, where: (q) => q.orWhere(column, person.id) });
  }
  if (UUID.test(person.id)) {
    for (const [column, treatment] of Object.entries(spec.json ?? {})) {
      out.push({ treatment, where: (q) => q.orWhere(column, "like", `%"${person.id}"%`) });
    }
  }
  if (matrixIds.length > 0) {
    for (const [column, treatment] of Object.entries(spec.matrixId ?? {})) {
      out.push({ treatment, where: (q) => q.orWhereIn(column, matrixIds) });
    }
  }
  return out;
}

export function personalDataRepository({ db, dialect }: Scope): PersonalDataRepository {
  /** The person's Matrix IDs: linked now or before (the event log says which), or made by the bot. */
  async function matrixIdsOf(person: PersonRef): Promise<string[]> {
    const ids = new Set<string>();
    if (person.kind === "pupil") {
      const rows = await db("matrix_pupil_accounts").where({ pupil_id: person.id }).select("matrix_user_id");
      for (const row of rows) ids.add(row.matrix_user_id);
      return [...ids];
    }
    const account = await db("accounts").where({ id: person.id }).first("matrix_user_id");
    if (account?.matrix_user_id) ids.add(account.matrix_user_id);
    if (UUID.test(person.id)) {
      const events = await db("events")
        .whereIn("type", ["matrix_account_linked", "matrix_account_unlinked"])
        .where("payload", "like", `%"${person.id}"%`)
        .select("payload");
      for (const { payload } of events) {
        const p = json<{ matrixUserId?: string; previousMatrixUserId?: string }>(payload, {});
        for (const id of [p.matrixUserId, p.previousMatrixUserId]) if (id) ids.add(id);
      }
    }
    return [...ids];
  }

  /** `column` contains `text` as it is (no LIKE wildcards); `lower` compares lower-cased. */
  function contains(column: string, text: string, lower = true): Knex.Raw {
    const value = lower ? `lower(${column})` : column;
    return dialect === "postgres"
      ? db.raw(`position(? in ${value}) > 0`, [text])
      : db.raw(`instr(${value}, ?) > 0`, [text]);
  }

  return {
    async collect(person) {
      const matrixIds = await matrixIdsOf(person);
      const tables: Record<string, Record<string, unknown>[]> = {};
      for (const [table, spec] of Object.entries(PERSONAL_TABLES)) {
        const match = matchers(spec, person, matrixIds);
        if (match.length === 0) continue;
        const rows: Record<string, unknown>[] = await db(table).where((q) => {
          for (const m of match) m.where(q);
        });
        tables[table] = rows.map((row) => {
          const copy = { ...row };
          for (const secret of spec.secret ?? []) delete copy[secret];
          // PostgreSQL's generated search vector repeats search_text.
          delete copy.search_tsv;
          return copy;
        });
      }
      return tables;
    },

    async erase(person, pseudonym, at) {
      const matrixIds = await matrixIdsOf(person);
      // A session's handoffs first: they point at it by hash.
      if (UUID.test(person.id)) {
        const sessions = db("sessions").where("viewer", "like", `%"${person.id}"%`).select("token_hash");
        await db("session_handoffs").whereIn("session_hash", sessions).delete();
      }
      for (const [table, spec] of Object.entries(PERSONAL_TABLES)) {
        const deleted = matchers(spec, person, matrixIds).filter((m) => m.treatment === "delete");
        if (deleted.length === 0) continue;
        await db(table)
          .where((q) => {
            for (const m of deleted) m.where(q);
          })
          .delete();
      }
      if (person.kind === "account") {
        await db("accounts")
          .where({ id: person.id })
          .update(
            withSearchKeys("accounts", {
              name: pseudonym,
              email: "",
              locale: "en",
              chosen_locale: null,
              matrix_user_id: null,
              erased_at: at,
              updated_at: at,
            }),
          );
        await db("teachers").where({ id: person.id }).update({
          interests: "",
          bio: "",
          pupil_age_min: null,
          pupil_age_max: null,
          looking_for_partners: false,
          search_text: "",
          updated_at: at,
        });
      }
      // The event log keeps ids; Matrix IDs in its payloads (links, pupils' accounts) are blanked.
      for (const matrixId of matrixIds) {
        const quoted = JSON.stringify(matrixId);
        await db("events")
          .where(contains("payload", quoted, false))
          .update({ payload: db.raw("replace(payload, ?, ?)", [quoted, '"[erased]"']) });
      }
    },

    async find(term, schoolId, limit) {
      const needle = term.toLowerCase();
      const accounts = db("accounts as a")
        .leftJoin("teachers as t", "t.id", "a.id")
        .leftJoin("schools as s", "s.id", "t.school_id")
        .whereNull("a.erased_at")
        .select("a.id", "a.name", "t.school_id", "s.name as school_name", "s.country")
        .orderBy([{ column: "a.name" }, { column: "a.id" }])
        .limit(limit);
      const pupils = db("pupils as p")
        .join("schools as s", "s.id", "p.school_id")
        .select("p.id", "p.display_name as name", "p.school_id", "s.name as school_name", "s.country")
        .orderBy([{ column: "p.display_name" }, { column: "p.id" }])
        .limit(limit);
      if (needle) {
        accounts.where((q) =>
          q.where((name) => containsSearchKey(name, "a.name_key", term)).orWhere(contains("a.email", needle)),
        );
        containsSearchKey(pupils, "p.display_name_key", term);
      }
      if (schoolId !== undefined) {
        accounts.where("t.school_id", schoolId);
        pupils.where("p.school_id", schoolId);
      }
      const found = (kind: PersonRef["kind"]) => (row: Record<string, string | null>) =>
        ({
          person: { kind, id: row.id as Id },
          name: row.name ?? "",
          schoolId: row.school_id ?? undefined,
          schoolName: row.school_name ?? "",
          country: row.country ?? "",
        }) satisfies PersonFound;
      return [...(await accounts).map(found("account")), ...(await pupils).map(found("pupil"))];
    },

    async erasureCounts(person) {
      // Counted by the database: the confirmation page needs three numbers, not the rows.
      if (person.kind === "pupil") {
        const row = await db("project_pupils").where({ pupil_id: person.id }).count({ n: "*" }).first();
        return { foundedProjects: 0, otherProjects: Number(row?.n ?? 0), pupilsRegistered: 0 };
      }
      const roles: { role: string; n: number | string }[] = await db("project_teachers")
        .where({ teacher_id: person.id })
        .groupBy("role")
        .select("role")
        .count({ n: "*" });
      const pupils = await db("pupils").where({ teacher_id: person.id }).count({ n: "*" }).first();
      const founded = Number(roles.find((r) => r.role === "founder")?.n ?? 0);
      const all = roles.reduce((sum, r) => sum + Number(r.n), 0);
      return {
        foundedProjects: founded,
        otherProjects: all - founded,
        pupilsRegistered: Number(pupils?.n ?? 0),
      };
    },
    async nextFormerMemberNumber() {
      await db("settings").insert({ key: FORMER_MEMBERS, value: "0" }).onConflict("key").ignore();
      const read = db("settings").where({ key: FORMER_MEMBERS }).first("value");
      // Two erasures at once on PostgreSQL take turns; SQLite has one writer anyway.
      const row = await (dialect === "postgres" ? read.forUpdate() : read);
      const next = json<number>(row?.value, 0) + 1;
      await db("settings")
        .where({ key: FORMER_MEMBERS })
        .update({ value: JSON.stringify(next) });
      return next;
    },

    async erasedAt(accountId) {
      const row = await db("accounts").where({ id: accountId }).first("erased_at");
      return row?.erased_at ?? undefined;
    },
  };
}
