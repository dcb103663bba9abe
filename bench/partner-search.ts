/**
 * `npm run bench`: partner search at scale. Seeds BENCH_TEACHERS teachers (default 200,000;
 * set 1000000 for the design target) into a fresh database — SQLite in a temporary file, or
 * the PostgreSQL server at BENCH_DATABASE_URL (an admin URL; a scratch database is created
 * and dropped) — then times the searches the partner-search page makes and a profile save
 * (which re-indexes the teacher), and prints median and 95th percentile per query.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import knexFactory from "knex";
import { DEFAULT_PARTICIPATING_COUNTRIES, type Id, LANGUAGES, SUBJECTS } from "../core/index.ts";
import { type Database, openDatabase } from "../store/database.ts";
import { KnexStore } from "../store/knexStore.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { normaliseSearchText } from "../store/rows.ts";

const TEACHERS = Number(process.env.BENCH_TEACHERS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const FIRST = [
  "Anna",
  "Luca",
  "Élodie",
  "Jan",
  "Maria",
  "Piotr",
  "Sofia",
  "Jonas",
  "Inês",
  "Mehmet",
  "Ana",
  "Lukas",
];
const LAST = [
  "Rossi",
  "Dupont",
  "Nowak",
  "Müller",
  "García",
  "Novák",
  "Jensen",
  "Popescu",
  "Silva",
  "Yılmaz",
];
const CITIES = [
  "Roma",
  "Lyon",
  "Kraków",
  "Graz",
  "Sevilla",
  "Brno",
  "Aarhus",
  "Cluj",
  "Porto",
  "İzmir",
  "Tartu",
];
const TOPICS = [
  "robotica",
  "climate",
  "théâtre",
  "coding",
  "storia locale",
  "music",
  "astronomy",
  "reading",
  "sport",
];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

async function scratchDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), "opentwinning-bench-"));
    const db = openDatabase(`sqlite:${join(dir, "bench.sqlite")}`);
    return { db, drop: async () => (await db.knex.destroy(), rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `bench_${randomUUID().replace(/-/g, "")}`;
  const admin = knexFactory({ client: "pg", connection: adminUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openDatabase(url.toString());
  return {
    db,
    async drop() {
      await db.knex.destroy();
      await admin.raw(`DROP DATABASE ${name}`);
      await admin.destroy();
    },
  };
}

async function seed(db: Database): Promise<Id> {
  const now = new Date().toISOString();
  const schools = Array.from({ length: Math.max(1, Math.floor(TEACHERS / 20)) }, (_, i) => ({
    id: randomUUID(),
    name: `Istituto ${pick(LAST, i * 7)} ${i}`,
    country: pick(DEFAULT_PARTICIPATING_COUNTRIES, i),
    city: pick(CITIES, i * 3),
    created_at: now,
  }));
  // SQLite caps a compound insert at 500 rows; two rows per teacher in the subject and language tables.
  const batch = 200;
  for (let i = 0; i < schools.length; i += batch)
    await db.knex("schools").insert(schools.slice(i, i + batch));
  let someone: Id = "";
  for (let start = 0; start < TEACHERS; start += batch) {
    const rows = Array.from({ length: Math.min(batch, TEACHERS - start) }, (_, k) => {
      const n = start + k;
      const school = pick(schools, n);
      const name = `${pick(FIRST, n)} ${pick(LAST, Math.floor(n / 12))}`;
      const interests = `${pick(TOPICS, n)}, ${pick(TOPICS, n * 5 + 1)}`;
      const ageMin = 6 + (n % 10);
      return { id: randomUUID(), n, school, name, interests, ageMin };
    });
    someone = rows[0]!.id;
    await db.knex.transaction(async (trx) => {
      await trx("accounts").insert(
        rows.map((r) => ({
          id: r.id,
          name: r.name,
          email: `t${r.n}@example.org`,
          created_at: now,
          updated_at: now,
        })),
      );
      await trx("teachers").insert(
        rows.map((r) => ({
          id: r.id,
          school_id: r.school.id,
          country: r.school.country,
          pupil_age_min: r.ageMin,
          pupil_age_max: r.ageMin + 3,
          interests: r.interests,
          bio: "",
          looking_for_partners: r.n % 3 === 0,
          search_text: normaliseSearchText(`${r.name} ${r.school.name} ${r.school.city} ${r.interests}`),
          created_at: now,
          updated_at: new Date(Date.parse(now) - r.n * 1000).toISOString(),
        })),
      );
      await trx("teacher_subjects").insert(
        rows
          .flatMap((r) =>
            [pick(SUBJECTS, r.n), pick(SUBJECTS, r.n * 7 + 3)].map((subject) => ({
              teacher_id: r.id,
              subject,
            })),
          )
          .filter(
            (row, i, all) =>
              all.findIndex((o) => o.teacher_id === row.teacher_id && o.subject === row.subject) === i,
          ),
      );
      await trx("teacher_languages").insert(
        rows
          .flatMap((r) => [pick(LANGUAGES, r.n), "en"].map((language) => ({ teacher_id: r.id, language })))
          .filter(
            (row, i, all) =>
              all.findIndex((o) => o.teacher_id === row.teacher_id && o.language === row.language) === i,
          ),
      );
    });
  }
  if (db.dialect === "postgres") await db.knex.raw("ANALYZE");
  else await db.knex.raw("ANALYZE");
  return someone;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const scratch = await scratchDatabase();
try {
  await migrateToLatest(scratch.db.knex);
  const seedStart = performance.now();
  const someone = await seed(scratch.db);
  console.log(
    `${scratch.db.describe}: seeded ${TEACHERS.toLocaleString("en")} teachers in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );
  const store = new KnexStore(scratch.db);
  const teachers = store.read().teachers;
  const page = { limit: 20, offset: 0 };
  const cases: [string, Parameters<typeof teachers.search>[0]][] = [
    ["first page, no filter", page],
    ["country", { ...page, country: "IT" }],
    [
      "country + subject + language + age",
      { ...page, country: "FR", subject: "history", language: "en", pupilAge: 11 },
    ],
    ["free text, common word", { ...page, text: "robotica" }],
    ["free text, two prefixes", { ...page, text: "rossi rom" }],
    ["free text + country", { ...page, text: "climate", country: "PL" }],
    ["looking for partners + subject", { ...page, lookingForPartnersOnly: true, subject: "music" }],
    ["page 10 of a country", { ...page, country: "IT", offset: 200 }],
  ];
  console.log(`query${" ".repeat(35)}p50 ms   p95 ms   (${RUNS} runs each)`);
  for (const [label, query] of cases) {
    await teachers.search(query);
    const { p50, p95 } = await time(RUNS, () => teachers.search(query));
    console.log(`${label.padEnd(40)}${p50.toFixed(1).padStart(6)}   ${p95.toFixed(1).padStart(6)}`);
  }
  const save = await time(RUNS, () =>
    store.transaction((tx) =>
      tx.teachers.saveProfile(
        someone,
        {
          subjects: ["art"],
          languages: ["it"],
          pupilAgeMin: 8,
          pupilAgeMax: 10,
          interests: `tema ${Math.random()}`,
          bio: "",
          lookingForPartners: true,
        },
        new Date().toISOString(),
      ),
    ),
  );
  console.log(
    `${"profile save (re-index)".padEnd(40)}${save.p50.toFixed(1).padStart(6)}   ${save.p95.toFixed(1).padStart(6)}`,
  );
} finally {
  await scratch.drop();
}
