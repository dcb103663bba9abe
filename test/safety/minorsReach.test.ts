/**
 * Pupils are minors: reachable only inside their own project, by its teachers and fellow pupils
 * (DESIGN.md R11; issue 15's looks, issue 16's community surfaces). Each describe below is one
 * surface an adult outside the project meets; each case is named for the person who tries to
 * reach a pupil through it, and proves over HTTP against the real tool (both databases), or on
 * the real Synapse where a room is concerned, that the pupil's name, message, file or Matrix ID
 * never reaches them and that they cannot write to, invite, add or find the pupil.
 *
 *   npx vitest run test/safety/minorsReach.test.ts
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  addPupilsToProject,
  collectChatMaterial,
  createGroup,
  createMatrixLinkCode,
  createOnlineEvent,
  DEFAULT_MATERIAL_LIMITS,
  type Group,
  issueCertificate,
  joinGroup,
  linkMatrixAccount,
  linkSignedInMatrixAccount,
  type OnlineEvent,
  type Project,
  type Pupil,
  registerForOnlineEvent,
  registerPupils,
  type School,
  type Teacher,
} from "../../core/index.ts";
import type { EmailNotifications } from "../../lti-tool/email/emailNotifications.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { CommandDispatcher } from "../../matrix-bot/commands/dispatcher.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { groupSlot } from "../../matrix-bot/twinspace/groupRoom.ts";
import * as chatMaterialRooms from "../../migrations/20261130_830_chat_material_rooms.ts";
import { link, matrixPerson, type Person, pupilWithMatrix, startBot, stopBots } from "../matrix/people.ts";
import { type Client, startPages } from "../pages/client.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { expectNotLogged } from "../support/logCapture.ts";
import { mailerFor, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";

/** A name no other suite uses, so a page, a CSV, an e-mail or the shared log can be searched for it. */
const FIRST = "Zeffirina";
const SURNAME = "Scardamaglia";
const PUPIL_NAME = `${FIRST} ${SURNAME}`;
const PUPIL_MATRIX_ID = "@pupil-zeffirina7q:school.example";
const DAY = 86_400_000;

/** Whether a page, a file or a message shows anything of the pupil: a name, or the Matrix ID. */
const namesPupil = (text: string) =>
  text.includes(FIRST) || text.includes(SURNAME) || text.includes(PUPIL_MATRIX_ID);
/**
 * Whether a search for one part of the name found the pupil: the page echoes the words searched
 * for, so the other part of the name (or the Matrix ID) is what a hit would add.
 */
const foundPupil = (searchedFor: string, text: string) =>
  text.includes(searchedFor === FIRST ? SURNAME : FIRST) || text.includes(PUPIL_MATRIX_ID);

describe.each(DATABASE_KINDS)("no path to a pupil from outside the project on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let smtp: SmtpReceiver;
  let mailer: EmailNotifications;
  let volta: School;
  let ada: Teacher; // founder, Liceo Volta (IT): Zeffirina's own teacher
  let marie: Teacher; // co-founder, France
  let grace: Teacher; // another Italian school, Ada's contact, not in the project
  let hans: Teacher; // Austria, nowhere near the project
  let pupil: Pupil;
  let project: Project;
  let group: Group;
  let event: OnlineEvent;
  let staffIt: Account;
  let asAda: Client;
  let asMarie: Client;
  let asGrace: Client;
  let asHans: Client;
  let asPupil: Client;
  let asStaffIt: Client;
  let asStaffAt: Client;
  let asFermiAdmin: Client;

  const count = async (table: string, where: Record<string, unknown> = {}) =>
    (await w.store.knex(table).where(where)).length;
  const anonymous = async (path: string) => {
    const response = await fetch(`${app.tool.url}${path}`, { redirect: "manual" });
    return { status: response.status, html: await response.text() };
  };
  beforeAll(async () => {
    w = await World.create(kind);
    smtp = new SmtpReceiver();
    await smtp.start();
    app = await startPages(w, { emailEnabled: true });
    mailer = mailerFor(w, smtp, app.tool);
    volta = await w.school("Liceo Volta", "IT", "Como");
    const fermi = await w.school("Liceo Fermi", "IT", "Roma");
    ada = await w.teacher("Ada Lovelace", volta);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    grace = await w.teacher("Grace Hopper", fermi);
    hans = await w.teacher("Hans Gruber", await w.school("Gymnasium Wien", "AT", "Wien"));
    project = await w.activeProject(ada, marie, w.form({ title: "Rivers of Europe" }));
    await w.contacts(ada, grace);
    [pupil] = (await registerPupils(w.deps, w.actor(ada), [{ displayName: PUPIL_NAME }])).registered as [
      Pupil,
    ];
    await addPupilsToProject(w.deps, w.actor(ada), project.id, [pupil.id]);
    await new PupilMatrixAccounts(w.store.database).record(pupil.id, PUPIL_MATRIX_ID, ada.id, w.clock.now());

    const central = await w.centralAdmin();
    group = await createGroup(w.deps, w.actor(central), {
      name: "Science teachers",
      description: "Experiments in class.",
      access: "closed",
      moderatorId: grace.id,
    });
    await joinGroup(w.deps, w.actor(ada), group.id);
    staffIt = await w.staff("Marta Staffetta", "IT");
    event = await createOnlineEvent(w.deps, w.actor(staffIt), {
      title: "Rivers webinar",
      description: "For Italian teachers.",
      startsAt: "2026-12-03T15:00:00.000Z",
      endsAt: "2026-12-03T16:00:00.000Z",
      audience: "country",
      unit: "IT",
      capacity: 10,
    });
    await registerForOnlineEvent(w.deps, w.actor(ada), event.id);

    asAda = await app.as(ada);
    asMarie = await app.as(marie);
    asGrace = await app.as(grace);
    asHans = await app.as(hans);
    asPupil = await app.pupil(pupil.id);
    asStaffIt = await app.as(staffIt, { roles: [] });
    asStaffAt = await app.as(await w.staff("Anton Personal", "AT"), { roles: [] });
    asFermiAdmin = await app.as(
      { id: (await w.account("Franco Admin")).id, schoolId: fermi.id },
      { roles: ["school_admin"] },
    );

    // Zeffirina writes on a TwinSpace page; Ada approves it and publishes the page to the showcase.
    const pages = `/app/projects/${project.id}/pages`;
    const created = await asAda.post(pages, {
      title: "Our river",
      body: "<p>Where the water goes.</p>",
      pupils_may_propose: "on",
    });
    const pageId = created.location?.split("/").pop()?.split("?")[0] ?? "";
    const basedOn = /name="based_on" value="(\d+)"/.exec(
      (await asPupil.get(`${pages}/${pageId}/edit`)).html,
    )?.[1];
    const proposed = await asPupil.post(`${pages}/${pageId}/edit`, {
      title: "Our river",
      body: "<p>Where the water goes, and where the fish swim.</p>",
      based_on: basedOn ?? "",
    });
    expect(proposed.status).toBe(303);
    const proposal = /href="([^"]+\/proposals\/\d+)"/.exec((await asAda.get(`${pages}/${pageId}`)).html)?.[1];
    expect((await asAda.post(proposal!, { decision: "approve" })).status).toBe(303);
    expect((await asAda.post(`${pages}/${pageId}/publish`, { publish: "yes" })).status).toBe(303);
  });

  afterAll(async () => {
    await app?.tool.stop();
    await smtp?.stop();
    await w?.destroy();
  });

  it("the pupil's own teacher sees the pupil by name (the control for every case below)", async () => {
    const page = await asAda.get(`/app/projects/${project.id}`);
    expect(page.html).toContain(PUPIL_NAME);
  });

  describe("partner search and contacts", () => {
    it("Grace, a teacher elsewhere, finds no pupil by name and cannot send one a contact request", async () => {
      for (const text of [FIRST, SURNAME]) {
        const found = await asGrace.get(`/app/search?text=${text}`);
        expect(found.status).toBe(200);
        expect(foundPupil(text, found.html)).toBe(false);
      }
      const before = await count("contacts");
      const asked = await asGrace.post("/app/contacts/request", { teacherId: pupil.id, note: "Hello" });
      expect([403, 404, 422]).toContain(asked.status);
      expect(await count("contacts")).toBe(before);
    });
  });

  describe("messages and blocking", () => {
    it("Grace cannot write to a pupil, nor block or report one", async () => {
      const before = await count("messages");
      const sent = await asGrace.post(`/app/messages/with/${pupil.id}`, { body: "Hi, how are you?" });
      expect([403, 404, 422]).toContain(sent.status);
      expect(namesPupil(sent.html)).toBe(false);
      expect(await count("messages")).toBe(before);
      expect([403, 404, 422]).toContain((await asGrace.post(`/app/messages/with/${pupil.id}/block`)).status);
      expect(await count("blocks")).toBe(0);
    });

    it("the pupil has no inbox: neither a conversation nor the founders' messages to the project's teachers", async () => {
      expect(
        (await asAda.post(`/app/messages/project/${project.id}`, { body: "Meeting on Friday." })).status,
      ).toBe(303);
      for (const path of [
        "/app/messages",
        `/app/messages/project/${project.id}`,
        `/app/messages/with/${ada.id}`,
      ])
        expect((await asPupil.get(path)).status).toBe(403);
      expect((await asPupil.post(`/app/messages/with/${grace.id}`, { body: "hi" })).status).toBe(403);
      expect(await count("inbox_entries", { account_id: pupil.id })).toBe(0);
    });
  });

  describe("invitations into projects", () => {
    it("Ada, the pupil's own teacher, cannot invite the pupil as a project partner", async () => {
      const before = await count("invitations");
      const invited = await asAda.post(`/app/projects/${project.id}/invite`, { teacherId: pupil.id });
      expect([403, 404, 422]).toContain(invited.status);
      expect(await count("invitations")).toBe(before);
    });
  });

  describe("the project page and the national units' looks", () => {
    it("Hans, a teacher elsewhere, and Grace, Ada's contact, see the project without its pupils", async () => {
      for (const client of [asHans, asGrace]) {
        const page = await client.get(`/app/projects/${project.id}`);
        if (page.status === 200) expect(page.html).toContain("Rivers of Europe");
        expect(namesPupil(page.html)).toBe(false);
      }
    });

    it("Marie, a partner school's teacher, reads the pupil's first name and initial only", async () => {
      const page = await asMarie.get(`/app/projects/${project.id}`);
      expect(page.html).toContain(`${FIRST} S.`);
      expect(page.html).not.toContain(SURNAME);
    });

    it("Austria's staff, whose unit did not approve the project, can neither open a look nor read its pupils", async () => {
      const before = await count("twinspace_looks");
      expect([403, 404]).toContain((await asStaffAt.post(`/app/projects/${project.id}/look`)).status);
      expect(await count("twinspace_looks")).toBe(before);
      expect(namesPupil((await asStaffAt.get(`/app/projects/${project.id}`)).html)).toBe(false);
      expect([403, 404]).toContain((await asStaffAt.get(`/app/projects/${project.id}/pages`)).status);
    });

    it("Italy's staff, before opening a look, read the project without its pupils", async () => {
      const page = await asStaffIt.get(`/app/projects/${project.id}`);
      expect(page.status).toBe(200);
      expect(namesPupil(page.html)).toBe(false);
    });
  });

  describe("the library and the diary through a national unit's look", () => {
    /** A file the bot collected from one of the project's rooms, as it records one. */
    const collect = (purpose: string, name: string) =>
      collectChatMaterial(
        w.deps,
        project.id,
        {
          eventId: `$${purpose}-file`,
          roomId: `!${purpose}:school.example`,
          authorMatrixId: purpose === "pupils" ? PUPIL_MATRIX_ID : "@ada:school.example",
          authorName: purpose === "pupils" ? FIRST : "Ada Lovelace",
          postedAt: w.clock.now(),
          roomPurpose: purpose,
        },
        {
          folder: "Chat",
          name,
          mediaType: "application/pdf",
          size: 10,
          width: undefined,
          height: undefined,
          storageKey: `${project.id}/${randomUUID()}`,
          thumbnailKey: undefined,
        },
        DEFAULT_MATERIAL_LIMITS,
      );

    it("Italy's staff, looking inside, read General's files but never one a pupil posted in the Pupils' room", async () => {
      await collect("general", "river-plan.pdf");
      const fromPupils = await collect("pupils", "our-secret-drawing.pdf");
      const library = `/app/projects/${project.id}/materials`;
      // The control: the project's teachers find both in the library.
      const ours = (await asAda.get(library)).html;
      expect(ours).toContain("river-plan.pdf");
      expect(ours).toContain("our-secret-drawing.pdf");

      expect((await asStaffIt.post(`/app/projects/${project.id}/look`)).status).toBe(303);
      const looked = await asStaffIt.get(library);
      expect(looked.status).toBe(200);
      expect(looked.html).toContain("river-plan.pdf");
      expect(looked.html).not.toContain("our-secret-drawing.pdf");
      expect(namesPupil(looked.html)).toBe(false);
      expect((await asStaffIt.get(`${library}/${fromPupils!.id}/file`)).status).toBe(404);
      expect((await asStaffIt.get(`${library}/${fromPupils!.id}/thumbnail`)).status).toBe(404);
      const diary = await asStaffIt.get(`/app/projects/${project.id}/pages`);
      expect(diary.status).toBe(200);
      expect(diary.html).toContain("river-plan.pdf");
      expect(diary.html).not.toContain("our-secret-drawing.pdf");
    });
  });

  describe("the pupil's own reach", () => {
    it("the pupil meets no adult outside the project: no partner search, board, contacts, events or other project", async () => {
      for (const path of ["/app/search", "/app/ideas", "/app/contacts", "/app/events", "/app/messages"])
        expect((await asPupil.get(path)).status, path).toBe(403);
      const elsewhere = await w.activeProject(grace, hans, w.form({ title: "Mountains of Europe" }));
      const other = await asPupil.get(`/app/projects/${elsewhere.id}`);
      expect([403, 404]).toContain(other.status);
      expect(other.html).not.toContain("Mountains of Europe");
      expect((await asPupil.get(`/app/projects/${project.id}`)).status).toBe(200);
    });
  });

  describe("Groups", () => {
    it("the pupil can neither find, join nor be accepted into a group; Grace's group lists no pupil", async () => {
      expect((await asPupil.get("/app/groups")).status).toBe(403);
      expect((await asPupil.post(`/app/groups/${group.id}/join`)).status).toBe(403);
      const accepted = await asGrace.post(`/app/groups/${group.id}/requests/${pupil.id}/accept`);
      expect([403, 404, 422]).toContain(accepted.status);
      expect(await count("group_members", { teacher_id: pupil.id })).toBe(0);
      expect(namesPupil((await asGrace.get(`/app/groups/${group.id}`)).html)).toBe(false);
    });
  });

  describe("online events", () => {
    it("the pupil cannot register, and the organiser cannot record the pupil as an attendee", async () => {
      expect((await asPupil.post(`/app/events/${event.id}/register`)).status).toBe(403);
      w.clock.current = "2026-12-03T15:30:00.000Z";
      await asStaffIt.post(`/app/events/${event.id}/attendance`, { attended: [pupil.id] });
      const rows: { teacher_id: string; attended: unknown }[] = await w.store
        .knex("online_event_registrations")
        .where({ event_id: event.id });
      expect(rows.map((row) => row.teacher_id)).toEqual([ada.id]);
      expect(namesPupil((await asStaffIt.get(`/app/events/${event.id}`)).html)).toBe(false);
    });
  });

  describe("certificates and their public verification URLs", () => {
    it("an anonymous visitor with Ada's verification URL reads no pupil; the pupil gets no certificate", async () => {
      const certificate = await issueCertificate(w.deps, w.actor(ada), "participation", project.id);
      const verified = await anonymous(`/verify/${certificate.id}`);
      expect(verified.status).toBe(200);
      expect(verified.html).toContain("Ada Lovelace");
      expect(namesPupil(verified.html)).toBe(false);
      expect((await asPupil.post(`/app/certificates/participation/${project.id}`)).status).toBe(403);
    });
  });

  describe("the public showcase", () => {
    it("an anonymous visitor reads the published page the pupil wrote on, never the pupil's name", async () => {
      const gallery = await anonymous("/showcase");
      expect(gallery.html).toContain("Rivers of Europe");
      const shown = await anonymous(`/showcase/${project.id}`);
      expect(shown.status).toBe(200);
      expect(shown.html).toContain("where the fish swim");
      expect(namesPupil(shown.html)).toBe(false);
    });
  });

  describe("the country workspace and its CSV exports", () => {
    it("Italy's staff find no pupil among the country's teachers, schools and projects, on screen or in a CSV", async () => {
      for (const path of ["teachers", "all-schools", "projects"]) {
        for (const suffix of ["", ".csv"]) {
          const got = await asStaffIt.get(`/app/national-unit/IT/${path}${suffix}`);
          expect(got.status, `${path}${suffix}`).toBe(200);
          expect(namesPupil(got.html), `${path}${suffix}`).toBe(false);
        }
        const searched = await asStaffIt.get(`/app/national-unit/IT/${path}?text=${SURNAME}`);
        expect(foundPupil(SURNAME, searched.html), path).toBe(false);
      }
    });
  });

  describe("the privacy pages of another school", () => {
    it("Fermi's school admin neither finds nor exports Volta's pupil", async () => {
      for (const text of [FIRST, SURNAME]) {
        const searched = await asFermiAdmin.get(`/app/privacy?q=${text}`);
        expect(searched.status).toBe(200);
        expect(foundPupil(text, searched.html)).toBe(false);
      }
      // The control: Volta's own admin finds the pupil by the same search.
      const voltaAdmin = await app.as(
        { id: (await w.account("Paola Admin")).id, schoolId: volta.id },
        { roles: ["school_admin"] },
      );
      expect(foundPupil(SURNAME, (await voltaAdmin.get(`/app/privacy?q=${SURNAME}`)).html)).toBe(true);
      const exported = await asFermiAdmin.post(`/app/privacy/export/pupil/${pupil.id}`);
      expect([403, 404]).toContain(exported.status);
      expect(namesPupil(exported.html)).toBe(false);
      const erasing = await asFermiAdmin.get(`/app/privacy/erase/pupil/${pupil.id}`);
      expect([403, 404]).toContain(erasing.status);
      expect(namesPupil(erasing.html)).toBe(false);
      expect([403, 404]).toContain((await asFermiAdmin.post(`/app/privacy/erase/pupil/${pupil.id}`)).status);
      expect(await count("pupils", { id: pupil.id })).toBe(1);
    });
  });

  describe("notifications and e-mail", () => {
    it("no adult's notifications and no e-mail, at once or in a digest, name the pupil", async () => {
      for (const client of [asAda, asMarie, asGrace, asStaffIt])
        expect(namesPupil((await client.get("/app/notifications")).html)).toBe(false);
      await mailer.drain();
      await mailer.sendDigests(new Date(Date.parse(w.clock.now()) + 2 * DAY));
      expect(smtp.received.length).toBeGreaterThan(0);
      for (const mail of smtp.received)
        expect(namesPupil(`${mail.subject}\n${mail.text}\n${mail.html}`)).toBe(false);
    });
  });

  describe("Matrix accounts", () => {
    it("Grace cannot make the pupil's Matrix account hers, even with a code the pupil sends to the bot", async () => {
      const bot = new CommandDispatcher({
        deps: w.deps,
        prefix: "!tw",
        pupils: new PupilMatrixAccounts(w.store.database),
      });
      const { code } = await createMatrixLinkCode(w.deps, w.actor(grace));
      const answer = await bot.handle({
        sender: PUPIL_MATRIX_ID,
        body: `link ${code}`,
        room: { kind: "direct" },
      });
      expect(answer?.text).toContain("belongs to a pupil");
      // Nor as the account the homeserver's sign-in through OpenTwinning records for her.
      await expect(linkSignedInMatrixAccount(w.deps, w.actor(grace), PUPIL_MATRIX_ID)).rejects.toMatchObject({
        code: "matrix_id_of_pupil",
      });
      expect((await w.store.knex("accounts").where({ id: grace.id }).first()).matrix_user_id).toBeNull();
    });
  });

  describe("the log", () => {
    it("holds no line naming the pupil", () => {
      expectNotLogged({
        "pupil's first name": FIRST,
        "pupil's surname": SURNAME,
        "pupil's Matrix ID": PUPIL_MATRIX_ID,
      });
    });
  });
});

/**
 * On the real Synapse: a pupil's Matrix account linked to an adult's would be invited wherever
 * that adult goes (here a Group's room, made by the same reconciler as the TwinSpaces).
 */
describe("a pupil's Matrix account outside the project, on Synapse", () => {
  let w: World;
  let bot: MatrixBot;
  let giulia: Teacher;
  let giuliaPerson: Person;
  let pupilPerson: Person;

  beforeAll(async () => {
    w = await World.create("sqlite");
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"));
    const claire = await w.teacher("Claire Martin", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    const project = await w.activeProject(giulia, claire);
    giuliaPerson = await matrixPerson("Giulia");
    await link(w, giulia, giuliaPerson);
    ({ person: pupilPerson } = await pupilWithMatrix(w, project.id, giulia, "Pia Scardamaglia"));
    ({ bot } = await startBot(w));
    await bot.drainOutbox();
  });
  afterAll(async () => {
    await stopBots();
    await w?.destroy();
  });

  it("Giulia, who moderates a Group, cannot link the pupil's account to hers: the pupil is never invited to the Group's room", async () => {
    const { code } = await createMatrixLinkCode(w.deps, w.actor(giulia));
    await expect(linkMatrixAccount(w.deps, pupilPerson.userId, code)).rejects.toMatchObject({
      code: "matrix_id_of_pupil",
    });
    // Her own account stays linked; the pupil's is nobody's.
    expect((await w.store.knex("accounts").where({ id: giulia.id }).first()).matrix_user_id).toBe(
      giuliaPerson.userId,
    );
    const group = await createGroup(w.deps, w.actor(await w.centralAdmin()), {
      name: "Robotics teachers",
      description: "Robots in class.",
      access: "open",
      moderatorId: giulia.id,
    });
    await bot.drainOutbox();
    const roomId = (
      await w.store
        .knex("matrix_rooms")
        .where({ slot: groupSlot(group.id).key })
        .first()
    )?.room_id as string;
    expect(roomId).toBeDefined();
    await giuliaPerson.client.joinRoom(roomId);
    const members = (await giuliaPerson.client.getJoinedRoomMembers(roomId)) as unknown;
    expect(JSON.stringify(members)).not.toContain(pupilPerson.userId);
    await expect(
      giuliaPerson.client.getStateEvent(roomId, "m.room.member", pupilPerson.userId),
    ).rejects.toThrow();
  });
});

/** Files collected before migration 830 take their room's part, so a look leaves out the old ones too. */
describe.each(DATABASE_KINDS)("files collected before the rooms were recorded, on %s", (kind) => {
  let w: World;
  afterAll(async () => {
    await w?.destroy();
  });

  it("take the part the bot recorded for their room; a room no longer known stays unknown (hidden from outsiders)", async () => {
    w = await World.create(kind);
    const ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    const project = await w.activeProject(ada, marie);
    const { knex } = w.store.database;
    await chatMaterialRooms.down(knex);
    const now = w.clock.now();
    await knex("matrix_rooms").insert({
      slot: `project/${project.id}/pupils`,
      purpose: "pupils",
      project_id: project.id,
      room_id: "!pupils:school.example",
      created_at: now,
      updated_at: now,
    });
    for (const [event, room] of [
      ["$old-pupils", "!pupils:school.example"],
      ["$old-gone", "!gone:school.example"],
    ] as const) {
      const id = randomUUID();
      await knex("materials").insert({
        id,
        project_id: project.id,
        name: `${event}.pdf`,
        media_type: "application/pdf",
        size: 10,
        storage_key: `${project.id}/${id}`,
        created_at: now,
      });
      await knex("chat_materials").insert({
        event_id: event,
        material_id: id,
        room_id: room,
        author_matrix_id: PUPIL_MATRIX_ID,
        author_name: FIRST,
        posted_at: now,
      });
    }
    await chatMaterialRooms.up(knex);
    const rows: { event_id: string; room_purpose: string | null }[] = await knex("chat_materials")
      .select("event_id", "room_purpose")
      .orderBy("event_id");
    expect(rows).toEqual([
      { event_id: "$old-gone", room_purpose: null },
      { event_id: "$old-pupils", room_purpose: "pupils" },
    ]);
  });
});
