import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptInvitation,
  inviteTeacher,
  requestContact,
  type Project,
  type Teacher,
} from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";

/** The batch reads the pages use (one query for a whole list), on both databases. */
describe.each(DATABASE_KINDS)("page read methods on %s", (kind) => {
  let w: World;
  let ada: Teacher;
  let marie: Teacher;
  let lise: Teacher;
  let grace: Teacher;
  let european: Project;
  let national: Project;

  beforeAll(async () => {
    w = await World.create(kind);
    const volta = await w.school("Liceo Volta", "IT", "Como");
    ada = await w.teacher("Ada Lovelace", volta);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    lise = await w.teacher("Lise Meitner", await w.school("Gymnasium Wien", "AT"));
    grace = await w.teacher("Grace Hopper", await w.school("Liceo Fermi", "IT", "Roma"));
    european = await w.activeProject(ada, marie);
    national = await w.projectAwaitingApproval(ada, grace, w.form({ title: "Le nostre città" }));
    await requestContact(w.deps, w.actor(lise), ada.id);
  });
  afterAll(async () => {
    await w.destroy();
  });

  const read = () => w.store.read();

  it("reads schools, accounts and projects by id lists, ignoring unknown and repeated ids", async () => {
    const schools = await read().schools.getMany([ada.schoolId, marie.schoolId, ada.schoolId, "missing"]);
    expect(schools.map((s) => s.name).sort()).toEqual(["Liceo Volta", "Lycée Curie"]);
    const accounts = await read().accounts.getMany([ada.id, marie.id, "missing"]);
    expect(accounts.map((a) => a.name).sort()).toEqual(["Ada Lovelace", "Marie Curie"]);
    const projects = await read().projects.getMany([european.id, national.id, european.id]);
    expect(projects.map((p) => p.title).sort()).toEqual(["Le nostre città", "Our rivers, our future"]);
    expect(projects.find((p) => p.id === european.id)?.milestones).toHaveLength(2);
    expect(await read().projects.getMany([])).toEqual([]);
  });

  it("finds accounts by email whatever its case, and nobody for an empty address", async () => {
    expect((await read().accounts.withEmail("  MARIE.Curie@example.org ", 2)).map((a) => a.id)).toEqual([
      marie.id,
    ]);
    expect(await read().accounts.withEmail("", 2)).toEqual([]);
    expect(await read().accounts.withEmail("nobody@example.org", 2)).toEqual([]);
    const [found] = await read().accounts.findCandidates("curie", 10);
    expect(found?.account.id).toBe(marie.id);
    expect(found?.school?.name).toBe("Lycée Curie");
    expect(found?.issuers).toEqual(["https://lms.example"]);
  });

  it("reads the contacts between one teacher and a page of others, in either direction", async () => {
    const contacts = await read().contacts.betweenMany(ada.id, [marie.id, lise.id, grace.id, "missing"]);
    const byOther = new Map(
      contacts.map((c) => [c.requesterId === ada.id ? c.addresseeId : c.requesterId, c.status]),
    );
    expect(Object.fromEntries(byOther)).toEqual({
      [marie.id]: "accepted",
      [grace.id]: "accepted",
      [lise.id]: "pending",
    });
    expect(await read().contacts.betweenMany(marie.id, [lise.id])).toEqual([]);
  });

  it("lists a teacher's roles in all their projects", async () => {
    const roles = await read().members.rolesOf(ada.id);
    expect(roles).toEqual(
      expect.arrayContaining([
        { projectId: european.id, role: "founder" },
        { projectId: national.id, role: "founder" },
      ]),
    );
    expect(await read().members.rolesOf(lise.id)).toEqual([]);
  });

  it("reads every approval of several projects, and counts a country's approvals granted since a date", async () => {
    const approvals = await read().approvals.forProjects([european.id, national.id]);
    expect(approvals.map((a) => [a.projectId === european.id ? "eu" : "nat", a.country, a.status])).toEqual(
      expect.arrayContaining([
        ["eu", "FR", "approved"],
        ["eu", "IT", "approved"],
        ["nat", "IT", "pending"],
      ]),
    );
    expect(approvals).toHaveLength(3);
    const since = await read().countryWorkspace.decisionDays("IT", "2026-01-01T00:00:00.000Z", "approved");
    expect(since.count).toBe(1);
    expect(await read().countryWorkspace.decisionDays("IT", "2027-01-01T00:00:00.000Z", "approved")).toEqual({
      median: undefined,
      count: 0,
    });
  });

  it("counts a country's projects by status and kind", async () => {
    const counts = await read().projects.countsForCountry("IT");
    expect(counts).toEqual(
      expect.arrayContaining([
        { status: "active", kind: "european", count: 1 },
        { status: "awaiting_approval", kind: "national", count: 1 },
      ]),
    );
    expect(await read().projects.countsForCountry("FR")).toEqual([
      { status: "active", kind: "european", count: 1 },
    ]);
    expect(await read().projects.countsForCountry("DE")).toEqual([]);
  });

  it("keeps one notification per person and event, newest first, and marks them read", async () => {
    const note = (eventId: number, createdAt: string) => ({
      id: w.deps.ids.newId(),
      accountId: marie.id,
      eventId,
      type: "contact_requested",
      projectId: undefined,
      params: { actor: ada.id },
      createdAt,
      readAt: undefined,
    });
    await w.store.transaction(async (tx) => {
      await tx.notifications.add(note(1, "2026-11-22T10:00:00.000Z"));
      await tx.notifications.add(note(1, "2026-11-22T10:00:00.000Z"));
      await tx.notifications.add(note(2, "2026-11-23T10:00:00.000Z"));
    });
    const list = await read().notifications.listFor(marie.id, undefined, 10);
    expect(list.map((n) => n.eventId)).toEqual([2, 1]);
    expect(list[0]?.params).toEqual({ actor: ada.id });
    expect(await read().notifications.unreadCount(marie.id)).toBe(2);
    await w.store.transaction((tx) => tx.notifications.markAllRead(marie.id, "2026-11-24T10:00:00.000Z"));
    expect(await read().notifications.unreadCount(marie.id)).toBe(0);
    expect((await read().notifications.listFor(marie.id, undefined, 1))[0]?.readAt).toBe(
      "2026-11-24T10:00:00.000Z",
    );
  });

  it("lists the roles of a teacher who joined by invitation", async () => {
    const third = await w.teacher("Rosalind Franklin", await w.school("King's School", "IE"));
    const invitation = await inviteTeacher(w.deps, w.actor(ada), european.id, third.id);
    await acceptInvitation(w.deps, w.actor(third), invitation.id);
    expect(await read().members.rolesOf(third.id)).toEqual([{ projectId: european.id, role: "teacher" }]);
  });
});
