import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createProject,
  DomainError,
  registerSchool,
  requestContact,
  type StoredEvent,
  type Teacher,
  updateProfile,
} from "../../core/index.ts";
import { EventConsumer } from "../../store/eventConsumer.ts";
import { migrateToLatest, rollbackAll } from "../../store/migrate.ts";
import { createTestDatabase, DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";

describe.each(DATABASE_KINDS)("storage on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  const count = async (table: string) => Number((await w.store.knex(table).count({ n: "*" }))[0]?.n ?? 0);

  describe("nothing half-written", () => {
    it("a refused use case writes neither state nor event", async () => {
      const a = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT"));
      const stranger = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR"));
      const [projects, events] = [await count("projects"), await count("events")];
      await expect(
        createProject(w.deps, w.actor(a), { form: w.form(), cofounderId: stranger.id, submit: true }),
      ).rejects.toMatchObject({ code: "cofounder_not_contact" });
      expect(await count("projects")).toBe(projects);
      expect(await count("events")).toBe(events);
    });

    it("a failure after some writes rolls the whole transaction back, event included", async () => {
      const [schools, events] = [await count("schools"), await count("events")];
      await expect(
        w.store.transaction(async (tx) => {
          await registerSchool(w.deps, tx, { name: "Escola Nova", country: "PT", city: "Porto" });
          throw new DomainError("forbidden");
        }),
      ).rejects.toBeInstanceOf(DomainError);
      expect(await count("schools")).toBe(schools);
      expect(await count("events")).toBe(events);
    });

    it("each state change is written with its event in the same transaction", async () => {
      const a = await w.teacher("Grace Hopper", await w.school("Liceo Fermi", "IT"));
      const b = await w.teacher("Lise Meitner", await w.school("Gymnasium Wien", "AT"));
      const before = await count("events");
      await requestContact(w.deps, w.actor(a), b.id);
      const rows = await w.store.knex("events").where("id", ">", 0).orderBy("id", "desc").limit(1);
      expect(await count("events")).toBe(before + 1);
      expect(rows[0]?.type).toBe("contact_requested");
    });
  });

  describe("outbox consumers", () => {
    it("handle every event at least once, in order, and resume after a failing handler", async () => {
      const seen: number[] = [];
      let failOnce = true;
      const consumer = new EventConsumer(w.store.database, {
        name: `test-${kind}-resume`,
        async handle(event: StoredEvent) {
          if (failOnce && seen.length === 2) {
            failOnce = false;
            throw new Error("handler crashed");
          }
          seen.push(event.id);
        },
      });
      await expect(consumer.drain()).rejects.toThrow("handler crashed");
      const stoppedAt = await consumer.position();
      expect(stoppedAt).toBe(seen[1]);
      await consumer.drain();
      const all = (await w.store.knex("events").orderBy("id").select("id")).map((r) => Number(r.id));
      expect(seen).toEqual(all);
      expect(await consumer.position()).toBe(all.at(-1));
    });

    it("a second instance of the same consumer waits while the first holds the lease", async () => {
      const handledBy: string[] = [];
      const first = new EventConsumer(w.store.database, {
        name: `test-${kind}-lease`,
        batchSize: 1,
        async handle() {
          handledBy.push("first");
          // While the first is busy, the second finds the lease taken and handles nothing.
          if (handledBy.length === 1) expect(await second.drain()).toBe(0);
        },
      });
      const second: EventConsumer = new EventConsumer(w.store.database, {
        name: `test-${kind}-lease`,
        async handle() {
          handledBy.push("second");
        },
      });
      await first.drain();
      expect(handledBy.every((who) => who === "first")).toBe(true);
      await first.release();
      const a = await w.teacher("Rita Levi", await w.school("Liceo Levi", "IT"));
      await updateProfile(w.deps, w.actor(a), { interests: "robots" });
      expect(await second.drain()).toBeGreaterThan(0);
      expect(handledBy.at(-1)).toBe("second");
    });
  });

  describe("partner search", () => {
    let it1: Teacher;
    let fr1: Teacher;
    let fr2: Teacher;
    beforeAll(async () => {
      const italian = await w.school("Istituto Comprensivo Müller", "IT", "Bolzano");
      const french = await w.school("Collège Jean Jaurès", "FR", "Lyon");
      it1 = await w.teacher("Chiara Bianchi", italian, {
        subjects: ["mathematics"],
        languages: ["it", "en"],
        pupilAgeMin: 10,
        pupilAgeMax: 13,
        interests: "coding, robotica educativa",
        lookingForPartners: true,
      });
      fr1 = await w.teacher("Élodie Dupont", french, {
        subjects: ["mathematics", "physics"],
        languages: ["fr", "en"],
        pupilAgeMin: 14,
        pupilAgeMax: 16,
        interests: "astronomie",
        lookingForPartners: false,
      });
      fr2 = await w.teacher("Louis Petit", french, {
        subjects: ["history"],
        languages: ["fr"],
        pupilAgeMin: 11,
        pupilAgeMax: 12,
        interests: "patrimoine",
        lookingForPartners: true,
      });
    });

    const search = (query: Record<string, unknown>) =>
      w.store.read().teachers.search({ limit: 10, offset: 0, ...query });
    const ids = async (query: Record<string, unknown>) =>
      (await search(query)).results
        .map((r) => r.teacher.id)
        .filter((id) => [it1.id, fr1.id, fr2.id].includes(id));

    it("filters by country, subject, language and pupil age together", async () => {
      expect(await ids({ country: "FR" })).toEqual(expect.arrayContaining([fr1.id, fr2.id]));
      expect(await ids({ country: "FR", subject: "mathematics" })).toEqual([fr1.id]);
      expect(await ids({ language: "en", pupilAge: 12 })).toEqual([it1.id]);
      expect(await ids({ country: "IT", pupilAge: 15 })).toEqual([]);
    });

    it("finds free text by word prefixes, ignoring case and accents, over name, school, city and interests", async () => {
      expect(await ids({ text: "elodie" })).toEqual([fr1.id]);
      expect(await ids({ text: "MULLER bolz" })).toEqual([it1.id]);
      expect(await ids({ text: "robot" })).toEqual([it1.id]);
      expect(await ids({ text: "jaures astro" })).toEqual([fr1.id]);
      expect(await ids({ text: "nobody-matches-this" })).toEqual([]);
    });

    it("treats search syntax in free text as words, not as operators", async () => {
      for (const text of [
        '"',
        "a OR b",
        "NEAR(x y)",
        "col:val",
        "x & !y | z",
        "*",
        "'; drop table teachers; --",
      ]) {
        await expect(search({ text })).resolves.toHaveProperty("results");
      }
    });

    it("lists teachers looking for partners first and pages with hasMore instead of a count", async () => {
      expect(await ids({ text: "jaures" })).toEqual([fr2.id, fr1.id]);
      const first = await search({ text: "jaures", limit: 1 });
      const second = await search({ text: "jaures", limit: 1, offset: 1 });
      expect(first.hasMore).toBe(true);
      expect(second.hasMore).toBe(false);
      expect(second.results.map((r) => [r.teacher.id, r.schoolName, r.city])).toEqual([
        [fr1.id, "Collège Jean Jaurès", "Lyon"],
      ]);
    });

    it("re-indexes a teacher whose profile changed", async () => {
      await updateProfile(w.deps, w.actor(fr2), { interests: "cinéma muet" });
      expect(await ids({ text: "cinema" })).toEqual([fr2.id]);
      expect(await ids({ text: "patrimoine" })).toEqual([]);
    });
  });
});

describe.each(DATABASE_KINDS)("migrations on %s", (kind) => {
  it("roll back completely and apply again, so a failed upgrade can be retried", async () => {
    const database = await createTestDatabase(kind);
    try {
      await rollbackAll(database.db.knex);
      const applied = await migrateToLatest(database.db.knex);
      expect(applied.length).toBeGreaterThan(0);
      expect(await migrateToLatest(database.db.knex)).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
