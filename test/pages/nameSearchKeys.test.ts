import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  admitStaffFromLaunch,
  type Project,
  type Pupil,
  type Teacher,
  registerPupils,
  setModerator,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { up } from "../../migrations/20261130_840_name_search_keys.ts";
import { createTestDatabase, DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/**
 * Every name and title search folds case and accents in every script, as a reader does: a
 * Polish moderator typing "łukasz" finds "Łukasz", "galilei" finds "Galilèi", a Greek name
 * typed in lower case is found. The databases' lower() folds ASCII only.
 */
describe.each(DATABASE_KINDS)("name and title searches on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let admin: Client;
  let asItaly: Client;
  let asGiulia: Client;
  let galileiAdmin: Client;
  let lukasz: Teacher;
  let project: Project;
  let pupils: Pupil[];
  const seen = (html: string, text: string) => html.includes(escapeHtml(text));

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    const galilei = await w.school("Liceo Galilèi", "IT");
    const giulia = await w.teacher("Giulia Rossi", galilei);
    lukasz = await w.teacher("Łukasz Kowalski", galilei);
    await w.teacher("Γιώργος Παπαδάκης", galilei);
    await w.teacher("Marco Bianchi", galilei);
    const hugo = await w.school("Lycée Hugo", "FR");
    const partner = (name: string) => w.teacher(name, hugo);
    project = await w.activeProject(
      giulia,
      await partner("Claire Martin"),
      w.form({ title: "Le stelle del Liceo Galilèi" }),
    );
    await w.activeProject(giulia, await partner("Anne Roux"), w.form({ title: "Über Grenzen" }));
    await w.activeProject(giulia, await partner("Paul Petit"), w.form({ title: "Ρομποτική στην τάξη" }));
    ({ registered: pupils } = await registerPupils(w.deps, w.actor(giulia), [
      { displayName: "Łucja K." },
      { displayName: "Ζωή Π." },
      { displayName: "Luca B." },
    ]));
    const centralAdmin = await w.centralAdmin();
    for (const name of ["Ωρίωνας Μοδεράτορας", "Zoë Ślęzak"]) {
      const moderator = await w.account(name);
      await setModerator(w.deps, { accountId: centralAdmin.id }, moderator.id, "IT", true);
    }
    admin = await app.as(centralAdmin, { roles: ["school_admin"] });
    const staff: Account = await admitStaffFromLaunch(
      w.deps,
      {
        issuer: "https://lms.unit-it.example",
        subject: "staff",
        name: "Marta Staff",
        email: "",
        locale: "en",
      },
      "IT",
    );
    asItaly = await app.as(staff, { roles: [] });
    asGiulia = await app.as(giulia);
    const schoolAdmin = await w.account("Paola Admin");
    galileiAdmin = await app.as({ id: schoolAdmin.id, schoolId: galilei.id }, { roles: ["school_admin"] });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("finds the country's teachers by a name typed in any case, with or without its accents", async () => {
    for (const [typed, found] of [
      ["łukasz", "Łukasz Kowalski"],
      ["LUKASZ", "Łukasz Kowalski"],
      ["ΓΙΏΡΓΟΣ", "Γιώργος Παπαδάκης"],
      ["γιώργος", "Γιώργος Παπαδάκης"],
      ["γιωργος παπαδακης", "Γιώργος Παπαδάκης"],
    ] as const) {
      const page = await asItaly.get(`/app/national-unit/IT/teachers?name=${encodeURIComponent(typed)}`);
      expect(seen(page.html, found), typed).toBe(true);
      expect(seen(page.html, "Marco Bianchi"), typed).toBe(false);
    }
  });

  it("finds the country's projects by a title typed in any case, with or without its accents", async () => {
    for (const [typed, found] of [
      ["galilei", "Le stelle del Liceo Galilèi"],
      ["über", "Über Grenzen"],
      ["UBER", "Über Grenzen"],
      ["ρομποτική", "Ρομποτική στην τάξη"],
    ] as const) {
      const page = await asItaly.get(`/app/national-unit/IT/projects?title=${encodeURIComponent(typed)}`);
      expect(seen(page.html, found), typed).toBe(true);
      expect(page.html.match(/Le stelle del|Über Grenzen|Ρομποτική στην/g), typed).toHaveLength(1);
    }
  });

  it("finds accounts and moderators for the central admin by a name in any case and script", async () => {
    const found = await admin.get(`/app/admin?find=${encodeURIComponent("łukasz")}`);
    expect(found.html).toContain('<th scope="row">Łukasz Kowalski</th>');
    const greek = await admin.get(`/app/admin?find=${encodeURIComponent("γιώργος")}`);
    expect(greek.html).toContain('<th scope="row">Γιώργος Παπαδάκης</th>');
    for (const [typed, found] of [
      ["ωρίωνας", "Ωρίωνας Μοδεράτορας"],
      ["slezak", "Zoë Ślęzak"],
      ["zoe", "Zoë Ślęzak"],
    ] as const) {
      const page = await admin.get(`/app/admin?moderator_q=${encodeURIComponent(typed)}`);
      expect(page.html, typed).toContain(found);
      expect(page.html.match(/action="\/app\/admin\/moderators\/remove"/g), typed).toHaveLength(1);
    }
  });

  it("offers a teacher's pupils by a name in any case and script", async () => {
    const [lucja, zoi] = pupils;
    const offered = async (typed: string) => {
      const page = await asGiulia.get(`/app/projects/${project.id}?pupil_q=${encodeURIComponent(typed)}`);
      return [...page.html.matchAll(/name="pupil" value="([^"]+)"/g)].map((m) => m[1]);
    };
    expect(await offered("łucja")).toEqual([lucja!.id]);
    expect(await offered("LUCJA")).toEqual([lucja!.id]);
    expect(await offered("lucja k")).toEqual([lucja!.id]);
    expect(await offered("ζωή")).toEqual([zoi!.id]);
  });

  it("finds the school's teachers and pupils on the privacy page by a name in any case and script", async () => {
    for (const [typed, found, missed] of [
      ["lukasz", "Łukasz Kowalski", "Łucja K."],
      ["ŁUCJA", "Łucja K.", "Łukasz Kowalski"],
      ["ζωη", "Ζωή Π.", "Γιώργος Παπαδάκης"],
    ] as const) {
      const page = await galileiAdmin.get(`/app/privacy?q=${encodeURIComponent(typed)}`);
      expect(seen(page.html, found), typed).toBe(true);
      expect(seen(page.html, missed), typed).toBe(false);
    }
  });

  it("finds an erased account by its pseudonym, no longer by its name", async () => {
    const erased = await admin.post(`/app/privacy/erase/account/${lukasz.id}`);
    expect(erased.status).toBe(303);
    const byName = await admin.get(`/app/admin?find=${encodeURIComponent("łukasz")}`);
    expect(byName.html).not.toContain("Łukasz Kowalski");
    const byPseudonym = await admin.get("/app/admin?find=FORMER%20MEMBER");
    expect(byPseudonym.html).toMatch(/<th scope="row">Former member #\d+<\/th>/);
  });
});

describe.each(DATABASE_KINDS)("the search keys' migration on %s", (kind) => {
  it("gives the names already stored their keys, batch after batch", async () => {
    const database = await createTestDatabase(kind);
    try {
      const knex = database.db.knex;
      await knex.schema.alterTable("accounts", (t) => t.dropColumn("name_key"));
      await knex.schema.alterTable("projects", (t) => t.dropColumn("title_key"));
      await knex.schema.alterTable("pupils", (t) => t.dropColumn("display_name_key"));
      const at = "2026-11-30T12:00:00.000Z";
      const accounts = Array.from({ length: 1201 }, (_, i) => ({
        id: `acc-${String(i).padStart(5, "0")}`,
        name: i % 2 ? `Łukasz ${i}` : `ΓΙΏΡΓΟΣ ${i}`,
        created_at: at,
        updated_at: at,
      }));
      for (let i = 0; i < accounts.length; i += 200)
        await knex("accounts").insert(accounts.slice(i, i + 200));
      // A school keyed before `searchKey` folded "ł": its key is written again.
      await knex("schools").insert({
        id: "school-1",
        name: "Szkoła w Łodzi",
        name_key: "szkoła w łodzi",
        country: "PL",
        city: "",
        created_at: at,
      });
      await up(knex);
      expect(await knex("schools").where({ id: "school-1" }).first("name_key")).toEqual({
        name_key: "szkola w lodzi",
      });
      const keys: { id: string; name_key: string }[] = await knex("accounts").orderBy("id");
      expect(keys).toHaveLength(1201);
      expect(keys[1]!.name_key).toBe("lukasz 1");
      expect(keys[1200]!.name_key).toBe("γιωργοσ 1200");
      expect(keys.filter((k) => k.name_key === "")).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
