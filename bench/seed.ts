/**
 * Generated teachers with realistic distributions, written straight into the tables (the use
 * cases would take hours for a million). Shared by the benchmark and by the plan tests, which
 * need enough rows for PostgreSQL's planner to choose as it will in production.
 *
 * Countries are weighted like eTwinning's registrations (Türkiye, Italy, Poland, Spain and
 * Romania hold most teachers; Luxembourg and Malta few); names and interest words follow
 * Zipf's law; a teacher has one to three subjects, the country's language, usually English
 * and sometimes a third; pupils' ages span two to five years; a third look for partners.
 */
import { randomUUID } from "node:crypto";
import type { Knex } from "knex";
import { DEFAULT_PARTICIPATING_COUNTRIES, LANGUAGES, SUBJECTS } from "../core/index.ts";
import { normaliseSearchText, withSearchKeys } from "../store/rows.ts";

const words = (text: string) => text.split(" ");
/** "TR:240 IT:110" as { TR: 240, IT: 110 }. */
const table = <T>(text: string, value: (raw: string) => T): Record<string, T> =>
  Object.fromEntries(words(text).map((pair) => [pair.slice(0, 2), value(pair.slice(3))]));

/** Shares of registered teachers by country (per mille); the others share what is left. */
const COUNTRY_WEIGHTS = table(
  "TR:240 IT:110 PL:80 ES:70 RO:65 GR:50 FR:45 PT:35 UA:30 HR:25 DE:20 BG:20 CZ:18 SK:15 " +
    "LT:12 RS:12 AZ:10 GE:10 BE:10 FI:8 SI:8 LV:7 EE:6 HU:6 MK:6 AT:5 NL:5 SE:4 DK:3 IE:3 " +
    "LU:1 MT:2",
  Number,
);
const HOME_LANGUAGE = table(
  "TR:tr IT:it PL:pl ES:es RO:ro GR:el FR:fr PT:pt UA:uk HR:hr DE:de BG:bg CZ:cs SK:sk " +
    "LT:lt RS:sr GE:ka FI:fi SI:sl LV:lv EE:et HU:hu MK:mk AT:de NL:nl SE:sv DK:da IE:ga " +
    "LU:lb MT:mt BE:fr CY:el",
  String,
);
const FIRST = words(
  "Maria Ayşe Anna Giulia Elena Fatma Katarzyna Ana Sofia Luca Mehmet Piotr Élodie Jan " +
    "Ioana Nikos Inês Olena Ivana Jonas Zeynep Marco Agnieszka Carmen Andrei Dimitra " +
    "Claire Tiago Petra Lukas",
);
const LAST = words(
  "Yılmaz Rossi Nowak García Popescu Papadopoulou Martin Silva Kovalenko Horvat Müller " +
    "Ivanova Novák Kazlauskas Jovanović Kaya Bianchi Kowalska López Ionescu Dupont Santos " +
    "Schmidt Petrova Dvořák Demir Ferrari Wiśniewska Fernández Georgiou",
);
const TOPICS = words(
  "robotica climate coding reading théâtre music astronomy sport storia ecology europe " +
    "citizenship art stem poetry cinema water food heritage games maths inclusion media " +
    "radio garden ai chess dance folklore photography",
);
const CITIES = words(
  "Ankara Roma Kraków Sevilla Cluj Athina Lyon Porto Kyiv Zagreb Graz Sofia Brno Izmir " +
    "Napoli Gdańsk Valencia Iași Patra Lille",
);

/** A small, seeded generator (mulberry32): the same seed gives the same teachers. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `items` with weights `weights` (cumulative search). */
function weighted<T>(items: readonly T[], weights: readonly number[], random: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

function zipf<T>(items: readonly T[], random: () => number): () => T {
  return weighted(
    items,
    items.map((_, rank) => 1 / (rank + 1)),
    random,
  );
}

export interface SeededTeacher {
  id: string;
  country: string;
}

/**
 * Inserts `count` teachers (with their accounts, one school per 15 teachers, subjects and
 * languages) in batches; returns a few of them for the caller to act as. Ends with (VACUUM) ANALYZE.
 */
export async function seedTeachers(knex: Knex, count: number, seed = 1): Promise<SeededTeacher[]> {
  const random = randomSource(seed);
  const countries = DEFAULT_PARTICIPATING_COUNTRIES;
  const country = weighted(
    countries,
    countries.map((c) => COUNTRY_WEIGHTS[c] ?? 1),
    random,
  );
  const first = zipf(FIRST, random);
  const last = zipf(LAST, random);
  const topic = zipf(TOPICS, random);
  const city = zipf(CITIES, random);
  const subject = zipf(SUBJECTS, random);
  const language = zipf(LANGUAGES, random);
  const now = Date.parse("2026-11-30T12:00:00Z");
  const schools = Array.from({ length: Math.max(1, Math.ceil(count / 15)) }, (_, i) => ({
    id: randomUUID(),
    name: `Istituto ${last()} ${i}`,
    country: country(),
    city: city(),
    created_at: new Date(now).toISOString(),
  }));
  // Rows per statement: PostgreSQL takes a whole batch (at most 11 columns, far under its
  // 65,535 parameters); knex writes SQLite's as a compound SELECT, capped at 500 terms.
  const batch = 1000;
  const chunk = knex.client.dialect === "postgresql" ? batch : 500;
  for (let i = 0; i < schools.length; i += batch)
    await knex.batchInsert("schools", schools.slice(i, i + batch), chunk);
  const sample: SeededTeacher[] = [];
  for (let start = 0; start < count; start += batch) {
    const rows = Array.from({ length: Math.min(batch, count - start) }, () => {
      const school = schools[Math.floor(random() * schools.length)]!;
      const ageMin = 3 + Math.floor(random() * 14);
      const updatedAt = new Date(now - Math.floor(random() * 3 * 365 * 86_400_000)).toISOString();
      const subjects = new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, subject));
      const languages = new Set([HOME_LANGUAGE[school.country] ?? "en"]);
      if (random() < 0.75) languages.add("en");
      if (random() < 0.3) languages.add(language());
      return {
        id: randomUUID(),
        name: `${first()} ${last()}`,
        school,
        interests: Array.from({ length: 1 + Math.floor(random() * 4) }, topic).join(", "),
        ageMin,
        ageMax: Math.min(19, ageMin + 2 + Math.floor(random() * 4)),
        looking: random() < 0.33,
        updatedAt,
        subjects: [...subjects],
        languages: [...languages],
      };
    });
    sample.push(...rows.slice(0, 2).map((r) => ({ id: r.id, country: r.school.country })));
    await knex.transaction(async (trx) => {
      const sortKey = (r: (typeof rows)[number]) => ({
        country: r.school.country,
        looking_for_partners: r.looking,
        updated_at: r.updatedAt,
      });
      await trx.batchInsert(
        "accounts",
        rows.map((r) =>
          withSearchKeys("accounts", {
            id: r.id,
            name: r.name,
            email: `${r.id}@example.org`,
            created_at: r.updatedAt,
            updated_at: r.updatedAt,
          }),
        ),
        chunk,
      );
      await trx.batchInsert(
        "teachers",
        rows.map((r) => ({
          id: r.id,
          school_id: r.school.id,
          country: r.school.country,
          pupil_age_min: r.ageMin,
          pupil_age_max: r.ageMax,
          interests: r.interests,
          bio: "",
          looking_for_partners: r.looking,
          search_text: normaliseSearchText(`${r.name} ${r.school.name} ${r.school.city} ${r.interests}`),
          created_at: r.updatedAt,
          updated_at: r.updatedAt,
        })),
        chunk,
      );
      await trx.batchInsert(
        "teacher_subjects",
        rows.flatMap((r) => r.subjects.map((s) => ({ teacher_id: r.id, subject: s, ...sortKey(r) }))),
        chunk,
      );
      await trx.batchInsert(
        "teacher_languages",
        rows.flatMap((r) => r.languages.map((l) => ({ teacher_id: r.id, language: l, ...sortKey(r) }))),
        chunk,
      );
    });
  }
  // PostgreSQL: VACUUM also moves the text index's pending entries (GIN's fast-update list,
  // which every search otherwise scans in full) into the index, as autovacuum does in time.
  await knex.raw(knex.client.dialect === "postgresql" ? "VACUUM ANALYZE" : "ANALYZE");
  return sample;
}
