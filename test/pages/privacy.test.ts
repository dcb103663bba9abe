import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptInvitation,
  type Account,
  addPupilsToProject,
  createMatrixLinkCode,
  createProject,
  inviteTeacher,
  linkMatrixAccount,
  type Project,
  type Pupil,
  registerPupils,
  type School,
  type Teacher,
} from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

interface Exported {
  format: string;
  person: { name: string };
  notes: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

describe.each(DATABASE_KINDS)("export and erasure of personal data over HTTP on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let volta: School;
  let ada: Teacher; // founder, Liceo Volta
  let enzo: Teacher; // member of Ada's project, Liceo Volta
  let grace: Teacher; // Liceo Fermi
  let marie: Teacher; // co-founder, France
  let project: Project;
  let waiting: Project; // Grace asked Enzo to co-found it
  let luca: Pupil; // Enzo's pupil, in the project
  let sara: Pupil; // Ada's pupil, in the project
  let linkCode: string;
  let voltaAdmin: Client;
  let fermiAdmin: Client;
  let central: Client;
  let centralAccount: Account;
  let asEnzo: Client;
  let asGrace: Client;
  let asMarie: Client;

  const rows = (table: string, where: Record<string, unknown>) => w.store.knex(table).where(where);
  /** Posts the export form as the browser does and reads the download. */
  const download = async (client: Client, path: string) => {
    const response = await fetch(`${app.tool.url}${path}`, {
      method: "POST",
      headers: {
        cookie: client.cookie,
        origin: app.tool.url,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ _csrf: client.csrf }),
    });
    return { response, raw: await response.text() };
  };
  const sessionsOf = (id: string) => w.store.knex("sessions").where("viewer", "like", `%"${id}"%`);

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    volta = await w.school("Liceo Volta", "IT", "Como");
    const fermi = await w.school("Liceo Fermi", "IT", "Roma");
    ada = await w.teacher("Ada Lovelace", volta);
    enzo = await w.teacher("Enzo Ferrari", volta, { subjects: ["technology"], bio: "Engines and rivers." });
    grace = await w.teacher("Grace Hopper", fermi);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    project = await w.activeProject(ada, marie);
    const invitation = await inviteTeacher(w.deps, w.actor(ada), project.id, enzo.id);
    await acceptInvitation(w.deps, w.actor(enzo), invitation.id);
    await w.contacts(enzo, grace);
    waiting = await createProject(w.deps, w.actor(grace), {
      form: w.form({ title: "Waiting for Enzo" }),
      cofounderId: enzo.id,
      submit: true,
    });
    [luca] = (await registerPupils(w.deps, w.actor(enzo), [{ displayName: "Luca Neri" }])).registered as [
      Pupil,
    ];
    [sara] = (await registerPupils(w.deps, w.actor(ada), [{ displayName: "Sara Blu" }])).registered as [
      Pupil,
    ];
    await addPupilsToProject(w.deps, w.actor(enzo), project.id, [luca.id]);
    await addPupilsToProject(w.deps, w.actor(ada), project.id, [sara.id]);
    await linkMatrixAccount(
      w.deps,
      "@enzo:school.example",
      (await createMatrixLinkCode(w.deps, w.actor(enzo))).code,
    );
    linkCode = (await createMatrixLinkCode(w.deps, w.actor(enzo))).code;

    const admin = (name: string, school: School) =>
      w.account(name).then((a) => app.as({ id: a.id, schoolId: school.id }, { roles: ["school_admin"] }));
    voltaAdmin = await admin("Paola Admin", volta);
    fermiAdmin = await admin("Franco Admin", fermi);
    centralAccount = await w.centralAdmin();
    central = await app.as(centralAccount);
    asEnzo = await app.as(enzo);
    asGrace = await app.as(grace);
    asMarie = await app.as(marie);
  });

  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("lets a school admin find the teachers and pupils of their own school only", async () => {
    const page = await voltaAdmin.get("/app/privacy");
    expect(page.status).toBe(200);
    expect(page.html).toContain('href="/app/privacy"');
    for (const name of ["Ada Lovelace", "Enzo Ferrari", "Luca Neri", "Sara Blu"])
      expect(page.html).toContain(name);
    for (const name of ["Grace Hopper", "Marie Curie"]) expect(page.html).not.toContain(name);
    const searched = await voltaAdmin.get("/app/privacy?q=enz");
    expect(searched.html).toContain("Enzo Ferrari");
    expect(searched.html).not.toContain("Ada Lovelace");

    const teacher = await asEnzo.get("/app/privacy");
    expect(teacher.status).toBe(403);
    expect(teacher.html).toContain("Only the administrator of this");
    expect((await asEnzo.get("/app")).html).not.toContain('href="/app/privacy"');
  });

  it("exports everything about a teacher as JSON, link codes as hashes only, no session tokens", async () => {
    const { response, raw } = await download(voltaAdmin, `/app/privacy/export/account/${enzo.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const data = JSON.parse(raw) as Exported;
    expect(data.format).toBe("opentwinning-personal-data/1");
    const { tables } = data;
    expect(tables.accounts?.[0]).toMatchObject({
      name: "Enzo Ferrari",
      matrix_user_id: "@enzo:school.example",
    });
    expect(tables.teachers?.[0]).toMatchObject({ bio: "Engines and rivers." });
    expect(tables.teacher_subjects).toMatchObject([{ teacher_id: enzo.id, subject: "technology" }]);
    expect(tables.contacts).toHaveLength(1);
    expect(tables.project_teachers).toEqual([
      expect.objectContaining({ project_id: project.id, role: "teacher" }),
    ]);
    expect(tables.invitations).toHaveLength(1);
    expect(tables.pupils?.map((p) => p.display_name)).toEqual(["Luca Neri"]);
    expect(tables.identities).toHaveLength(1);
    expect(tables.matrix_link_codes).toHaveLength(2);
    expect(tables.matrix_link_codes?.every((c) => typeof c.code_hash === "string")).toBe(true);
    expect(raw).not.toContain(linkCode);
    expect(data.notes.join(" ")).toContain("SHA-256");
    expect(tables.sessions).toHaveLength(1);
    expect(tables.sessions?.[0]).not.toHaveProperty("token_hash");
    expect(tables.sessions?.[0]).not.toHaveProperty("csrf_token");
    expect(raw).not.toContain(asEnzo.csrf);
    expect(tables.events?.some((e) => e.type === "member_joined")).toBe(true);
  });

  it("gives a teacher their own data, and nobody else's, from the profile page", async () => {
    const profile = await asEnzo.get("/app/profile");
    expect(profile.html).toContain('action="/app/profile/export"');
    const own = await asEnzo.post("/app/profile/export");
    expect(own.status).toBe(200);
    expect((JSON.parse(own.html) as Exported).person.name).toBe("Enzo Ferrari");
    expect((await asEnzo.post(`/app/privacy/export/account/${ada.id}`)).status).toBe(403);
    expect((await asEnzo.post(`/app/privacy/export/pupil/${luca.id}`)).status).toBe(403);
  });

  it("refuses another school's admin, a teacher and a forged form, and changes nothing", async () => {
    const events = (await w.store.knex("events")).length;
    expect((await fermiAdmin.post(`/app/privacy/export/account/${enzo.id}`)).status).toBe(403);
    expect((await fermiAdmin.get(`/app/privacy/erase/account/${enzo.id}`)).status).toBe(403);
    const refused = await fermiAdmin.post(`/app/privacy/erase/account/${enzo.id}`);
    expect(refused.status).toBe(403);
    expect(refused.html).toContain("Only the administrator of this");
    expect((await asGrace.post(`/app/privacy/erase/pupil/${luca.id}`)).status).toBe(403);
    expect((await voltaAdmin.post(`/app/privacy/erase/account/${enzo.id}`, { _csrf: "forged" })).status).toBe(
      403,
    );
    expect((await w.store.knex("events")).length).toBe(events);
    expect((await rows("accounts", { id: enzo.id }))[0]).toMatchObject({ name: "Enzo Ferrari" });
  });

  it("erases a teacher after a confirmation that says what will happen", async () => {
    const confirm = await voltaAdmin.get(`/app/privacy/erase/account/${enzo.id}`);
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain("Erase Enzo Ferrari?");
    expect(confirm.html).toContain("They leave 1 other project, with the pupils they added to it.");
    expect(confirm.html).toContain("1 pupil they registered stays in OpenTwinning");
    expect(confirm.html).toContain(`action="/app/privacy/erase/account/${enzo.id}"`);
    const italian = await (
      await app.as(
        { id: (await w.account("Admin IT")).id, schoolId: volta.id },
        { roles: ["school_admin"], locale: "it" },
      )
    ).get(`/app/privacy/erase/account/${enzo.id}`);
    expect(italian.html).toContain("Cancellare Enzo Ferrari?");
    expect(italian.html).toContain("Non si può annullare.");

    const erased = await voltaAdmin.post(`/app/privacy/erase/account/${enzo.id}`);
    expect(erased.location).toBe("/app/privacy?done=person_erased");
    expect((await voltaAdmin.get("/app/privacy?done=person_erased")).html).not.toContain("Enzo Ferrari");

    const [account] = await rows("accounts", { id: enzo.id });
    expect(account).toMatchObject({ name: "Former member #1", email: "", matrix_user_id: null });
    expect(account.erased_at).toBeTruthy();
    expect((await rows("teachers", { id: enzo.id }))[0]).toMatchObject({ bio: "", search_text: "" });
    for (const [table, where] of [
      ["identities", { account_id: enzo.id }],
      ["teacher_subjects", { teacher_id: enzo.id }],
      ["contacts", { requester_id: enzo.id }],
      ["contacts", { addressee_id: enzo.id }],
      ["invitations", { teacher_id: enzo.id }],
      ["matrix_link_codes", { account_id: enzo.id }],
      ["notifications", { account_id: enzo.id }],
      ["project_teachers", { teacher_id: enzo.id }],
      ["project_pupils", { pupil_id: luca.id }],
    ] as const) {
      expect(await rows(table, where), table).toEqual([]);
    }
    expect(await sessionsOf(enzo.id)).toEqual([]);
    expect((await asEnzo.get("/app")).status).toBe(401);
    // Grace's request to him goes back to her, as if he had declined.
    expect((await rows("projects", { id: waiting.id }))[0]).toMatchObject({ status: "declined" });
    // His pupil stays (the page said so), out of the project he left.
    expect(await rows("pupils", { id: luca.id })).toHaveLength(1);
    const erasedEvent = (await rows("events", { type: "person_erased" }))[0];
    expect(JSON.parse(erasedEvent.payload)).toEqual({
      kind: "account",
      personId: enzo.id,
      projectIds: [project.id],
    });
    expect(JSON.stringify(await w.store.knex("events"))).not.toContain("@enzo:school.example");
    // Partner search no longer finds him, and a second erasure finds nobody.
    expect((await asGrace.get("/app/search?q=former")).html).not.toContain("Former member");
    expect((await voltaAdmin.post(`/app/privacy/erase/account/${enzo.id}`)).status).toBe(404);
  });

  it("keeps a founder in their project as “Former member #n” for the partners", async () => {
    const erased = await central.post(`/app/privacy/erase/account/${ada.id}`);
    expect(erased.location).toBe("/app/privacy?done=person_erased");
    expect((await rows("projects", { id: project.id }))[0]).toMatchObject({
      founder_id: ada.id,
      status: "active",
    });
    expect(await rows("project_teachers", { project_id: project.id, teacher_id: ada.id })).toHaveLength(1);
    expect(await rows("approvals", { project_id: project.id })).toHaveLength(2);
    const seen = await asMarie.get(`/app/projects/${project.id}`);
    expect(seen.html).toContain("Former member #2");
    expect(seen.html).not.toContain("Ada Lovelace");
  });

  it("erases a pupil: record, memberships and sign-in gone, the bot told", async () => {
    const pupilSession = await app.pupil(sara.id);
    const exported = JSON.parse(
      (await download(voltaAdmin, `/app/privacy/export/pupil/${sara.id}`)).raw,
    ) as Exported;
    expect(exported.tables.pupils).toEqual([expect.objectContaining({ display_name: "Sara Blu" })]);
    expect(exported.tables.project_pupils).toEqual([expect.objectContaining({ project_id: project.id })]);
    expect(exported.tables.sessions).toHaveLength(1);
    expect((await voltaAdmin.get(`/app/privacy/erase/pupil/${sara.id}`)).html).toContain(
      "The pupil leaves 1 project.",
    );
    expect((await voltaAdmin.post(`/app/privacy/erase/pupil/${sara.id}`)).location).toBe(
      "/app/privacy?done=person_erased",
    );
    expect(await rows("pupils", { id: sara.id })).toEqual([]);
    expect(await rows("project_pupils", { pupil_id: sara.id })).toEqual([]);
    expect(await rows("identities", { pupil_id: sara.id })).toEqual([]);
    expect(await sessionsOf(sara.id)).toEqual([]);
    expect((await pupilSession.get("/app")).status).toBe(401);
    const types = (await w.store.knex("events").where("payload", "like", `%${sara.id}%`)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["pupil_removed", "pupil_deleted", "person_erased"]));
  });

  it("lets nobody erase their own account here", async () => {
    const refused = await central.post(`/app/privacy/erase/account/${centralAccount.id}`);
    expect(refused.status).toBe(403);
    expect(refused.html).toContain("You cannot erase your own account here.");
  });

  it("takes a national role away with its event when a central admin erases a moderator", async () => {
    const moderator = await w.moderator("FR");
    expect((await voltaAdmin.post(`/app/privacy/erase/account/${moderator.id}`)).status).toBe(403);
    expect((await central.post(`/app/privacy/erase/account/${moderator.id}`)).status).toBe(303);
    expect(await rows("grants", { account_id: moderator.id })).toEqual([]);
    const removed = await w.store.knex("events").where({ type: "grant_removed" });
    expect(removed.map((e) => JSON.parse(e.payload))).toEqual([
      { accountId: moderator.id, role: "moderator", country: "FR" },
    ]);
  });
});
