import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptInvitation,
  type Account,
  addPupilsToProject,
  erasePerson,
  inviteTeacher,
  openMessageReports,
  type Project,
  registerPupils,
  requestContact,
  sendMessage,
  type Teacher,
} from "../../core/index.ts";
import { escapeHtml } from "../../lti-tool/web/html.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const say = webMessages.translator("en");
const sayIt = webMessages.translator("it");
const HOUR = 3_600_000;

/**
 * Issue 16 (2): teachers' messages in the tool — a contact request's note, conversations
 * between contacts, a founder's message to the project's teachers, blocking, rate limits,
 * reports read by the sender's national unit only; pupils never reach any of it.
 */
describe.each(DATABASE_KINDS)("teachers' messages on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher; // IT, founder
  let claire: Teacher; // FR, co-founder and Giulia's contact
  let marco: Teacher; // IT, member of the project, not a contact
  let olga: Teacher; // IT, stranger
  let project: Project;
  let pupilId: string;
  let italyStaff: Account;
  let franceStaff: Account;
  let asGiulia: Client;
  let asClaire: Client;
  let asMarco: Client;
  let asOlga: Client;
  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT"));
    claire = await w.teacher("Claire Martin", await w.school("Lycée Hugo", "FR"));
    marco = await w.teacher("Marco Bianchi", await w.school("Liceo Volta", "IT"));
    olga = await w.teacher("Olga <b>Outsider</b>", await w.school("Liceo Fermi", "IT"));
    project = await w.activeProject(giulia, claire, w.form({ title: "Rivers <i>and</i> seas" }));
    const invitation = await inviteTeacher(w.deps, w.actor(giulia), project.id, marco.id);
    await acceptInvitation(w.deps, w.actor(marco), invitation.id);
    const { registered } = await registerPupils(w.deps, w.actor(giulia), [{ displayName: "Pia" }]);
    pupilId = registered[0]?.id ?? "";
    await addPupilsToProject(w.deps, w.actor(giulia), project.id, [pupilId]);
    italyStaff = await w.staff("Marta Staffetta", "IT");
    franceStaff = await w.staff("Agnès Agence", "FR");
    asGiulia = await app.as(giulia);
    asClaire = await app.as(claire);
    asMarco = await app.as(marco);
    asOlga = await app.as(olga);
  });
  afterAll(async () => {
    await app?.tool.stop();
    await w?.destroy();
  });

  it("shows a contact request's note, as text, to the addressee only", async () => {
    const note = "Ciao! <script>alert(1)</script> Shall we work on rivers?";
    const sent = await asOlga.post("/app/contacts/request", { teacherId: marco.id, note });
    expect(sent.status).toBe(303);
    const marcos = await asMarco.get("/app/contacts");
    expect(marcos.html).toContain(escapeHtml(note));
    expect(marcos.html).not.toContain("<script>alert(1)");
    expect((await asOlga.get("/app/contacts")).html).not.toContain(escapeHtml(note));

    const tooLong = await asOlga.post("/app/contacts/request", {
      teacherId: giulia.id,
      note: "x".repeat(301),
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.html).toContain(
      escapeHtml(say.t("error.text_too_long", { field: "Message with your request", max: 300 })),
    );
    expect(await w.store.read().contacts.between(olga.id, giulia.id)).toBeUndefined();
  });

  it("delivers a message between contacts, counts it unread, and refuses writing to a non-contact", async () => {
    const sent = await asGiulia.post(`/app/messages/with/${claire.id}`, {
      body: "Bonjour Claire!\n<b>Monday</b>?",
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`/app/messages/with/${claire.id}?done=message_sent`);

    const inbox = await asClaire.get("/app/messages");
    expect(inbox.html).toContain(escapeHtml(say.t("messages.unread", { shown: "1" })));
    expect(inbox.html).toContain(`href="/app/messages/with/${giulia.id}"`);
    const conversation = await asClaire.get(`/app/messages/with/${giulia.id}`);
    expect(conversation.html).toContain(escapeHtml("Bonjour Claire!\n<b>Monday</b>?"));
    // Opening the conversation read it.
    expect((await asClaire.get("/app/messages")).html).not.toContain(
      escapeHtml(say.t("messages.unread", { shown: "1" })),
    );

    const reply = await asClaire.post(`/app/messages/with/${giulia.id}`, { body: "Oui, lundi." });
    expect(reply.status).toBe(303);
    expect((await asGiulia.get(`/app/messages/with/${claire.id}`)).html).toContain("Oui, lundi.");

    const stranger = await asOlga.post(`/app/messages/with/${giulia.id}`, { body: "Hello" });
    expect(stranger.status).toBe(422);
    expect(stranger.html).toContain(escapeHtml(say.t("error.message_not_contact")));
    const empty = await asClaire.post(`/app/messages/with/${giulia.id}`, { body: "   " });
    expect(empty.status).toBe(422);
    expect(await w.store.knex("messages").whereIn("sender_id", [olga.id])).toHaveLength(0);
  });

  it("fans a founder's message out to every teacher of the project, and lets only founders write", async () => {
    const sent = await asGiulia.post(`/app/messages/project/${project.id}`, { body: "Kick-off on Friday." });
    expect(sent.status).toBe(303);
    expect(await w.store.knex("messages").where({ project_id: project.id })).toHaveLength(1);
    expect(await w.store.knex("events").where({ type: "project_message_sent" })).toHaveLength(1);
    for (const teacher of [asClaire, asMarco]) {
      const inbox = await teacher.get("/app/messages");
      expect(inbox.html).toContain(escapeHtml(say.t("messages.project_entry", { project: project.title })));
      expect((await teacher.get(`/app/messages/project/${project.id}`)).html).toContain(
        "Kick-off on Friday.",
      );
    }
    const byMember = await asMarco.post(`/app/messages/project/${project.id}`, { body: "Me too" });
    expect(byMember.status).toBe(422);
    expect(byMember.html).toContain(escapeHtml(say.t("error.not_project_manager")));
    expect((await asOlga.get(`/app/messages/project/${project.id}`)).status).toBe(404);
  });

  it("refuses pupils on every message page and action", async () => {
    const asPupil = await app.pupil(pupilId);
    const [message] = await w.store.knex("messages").where({ project_id: project.id });
    for (const path of [
      "/app/messages",
      `/app/messages/with/${giulia.id}`,
      `/app/messages/project/${project.id}`,
    ]) {
      const answer = await asPupil.get(path);
      expect(answer.status, path).toBe(403);
      expect(answer.html).not.toContain("Kick-off");
    }
    const before = await w.store.knex("messages").count({ n: "*" });
    for (const [path, form] of [
      [`/app/messages/with/${giulia.id}`, { body: "hi" }],
      [`/app/messages/project/${project.id}`, { body: "hi" }],
      [`/app/messages/${message?.id}/report`, { reason: "no" }],
      [`/app/messages/with/${giulia.id}/block`, {}],
    ] as const) {
      expect((await asPupil.post(path, form)).status, path).toBe(403);
    }
    expect(await w.store.knex("messages").count({ n: "*" })).toEqual(before);
    expect(await w.store.knex("message_reports")).toHaveLength(0);
  });

  it("blocks: the blocked teacher gets a neutral refusal, the conversation is hidden, unblocking restores it", async () => {
    const blocked = await asClaire.post(`/app/messages/with/${giulia.id}/block`);
    expect(blocked.status).toBe(303);
    expect((await asClaire.get("/app/messages")).html).not.toContain(
      `href="/app/messages/with/${giulia.id}"`,
    );
    const hidden = await asClaire.get(`/app/messages/with/${giulia.id}`);
    expect(hidden.html).not.toContain("Bonjour Claire!");
    expect(hidden.html).toContain(escapeHtml(say.t("messages.blocked_notice", { name: "Giulia Rossi" })));

    const refused = await asGiulia.post(`/app/messages/with/${claire.id}`, { body: "Are you there?" });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain(escapeHtml(say.t("error.message_not_delivered")));
    expect(refused.html).not.toContain(escapeHtml(say.t("error.blocked_by_actor")));
    // Nor does the founder's message to the project reach her.
    await asGiulia.post(`/app/messages/project/${project.id}`, { body: "Second call." });
    expect((await asClaire.get(`/app/messages/project/${project.id}`)).html).not.toContain("Second call.");
    expect((await asMarco.get(`/app/messages/project/${project.id}`)).html).toContain("Second call.");

    // A blocked teacher cannot ask to be a contact either.
    await asMarco.post(`/app/messages/with/${olga.id}/block`);
    const ask = await asOlga.post("/app/contacts/request", { teacherId: marco.id });
    expect(ask.status).toBe(422);
    expect(ask.html).toContain(escapeHtml(say.t("error.contact_request_not_possible")));
    // Olga's earlier request to Marco went with the block.
    expect(await w.store.read().contacts.between(olga.id, marco.id)).toBeUndefined();

    expect((await asClaire.post(`/app/messages/with/${giulia.id}/unblock`)).status).toBe(303);
    expect((await asClaire.get(`/app/messages/with/${giulia.id}`)).html).toContain(
      escapeHtml("Bonjour Claire!"),
    );
    expect((await asGiulia.post(`/app/messages/with/${claire.id}`, { body: "Back again." })).status).toBe(
      303,
    );
  });

  it("limits messages per sender per hour and says when they may write again, in their language", async () => {
    const giuliaIt = await app.as(giulia, { locale: "it" });
    const already = Number(
      (
        await w.store
          .knex("rate_limit_hits")
          .where({ account_id: giulia.id, action: "message" })
          .count({ n: "*" })
      )[0]?.n,
    );
    for (let i = already; i < 20; i++) {
      expect((await giuliaIt.post(`/app/messages/with/${claire.id}`, { body: `n. ${i}` })).status).toBe(303);
    }
    const refused = await giuliaIt.post(`/app/messages/with/${claire.id}`, { body: "one too many" });
    expect(refused.status).toBe(422);
    const first = await w.store
      .knex("rate_limit_hits")
      .where({ account_id: giulia.id, action: "message" })
      .orderBy("at")
      .first("at");
    const until = new Date(Date.parse(first.at) + HOUR).toISOString();
    expect(refused.html).toContain(
      escapeHtml(sayIt.t("error.rate_limited_message", { max: 20, until: sayIt.dateTime(until) })),
    );
    expect(await w.store.knex("messages").where({ body: "one too many" })).toHaveLength(0);

    w.clock.current = new Date(Date.parse(until) + 1000).toISOString();
    expect((await giuliaIt.post(`/app/messages/with/${claire.id}`, { body: "an hour later" })).status).toBe(
      303,
    );
  });

  it("limits contact requests per day", async () => {
    const asker = await w.teacher("Rita Richiesta", await w.school("Liceo Dante", "IT"));
    const others = await Promise.all(
      Array.from({ length: 11 }, async (_, i) =>
        w.teacher(`Teacher ${i}`, await w.school(`School ${i}`, "DE")),
      ),
    );
    for (const other of others.slice(0, 10)) await requestContact(w.deps, w.actor(asker), other.id);
    const refused = await (
      await app.as(asker)
    ).post("/app/contacts/request", { teacherId: others[10]?.id ?? "" });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain("You have sent 10 contact requests in the last day");
  });

  it("sends a report to the national unit of the sender's country only, with the conversation, until resolved", async () => {
    const minute = () => {
      w.clock.current = new Date(Date.parse(w.clock.current) + 60_000).toISOString();
    };
    minute();
    await sendMessage(w.deps, w.actor(claire), giulia.id, "Shall we share the plan?");
    minute();
    const message = await sendMessage(w.deps, w.actor(giulia), claire.id, "Back again.");
    minute();
    await sendMessage(w.deps, w.actor(claire), giulia.id, "That was rude.");
    // A reason of spaces only is refused on the conversation itself: the report form stays
    // open on that message with what was typed and what to do.
    const blank = await asClaire.post(`/app/messages/${message.id}/report`, {
      reason: "   ",
      back: `/app/messages/with/${giulia.id}`,
    });
    expect(blank.status).toBe(422);
    expect(blank.html).toContain("Back again.");
    expect(blank.html).toContain(escapeHtml(say.t("error.text_required", { field: say.t("field.reason") })));
    expect(blank.html).toMatch(
      new RegExp(
        `<details open>\\s*<summary>[^<]*</summary>\\s*<form method="post" action="/app/messages/${message.id}/report"`,
      ),
    );
    expect(await w.store.knex("message_reports")).toHaveLength(0);
    const reported = await asClaire.post(`/app/messages/${message.id}/report`, {
      reason: "Rude <em>tone</em>",
      back: `/app/messages/with/${giulia.id}`,
    });
    expect(reported.status).toBe(303);
    expect(reported.location).toBe(`/app/messages/with/${giulia.id}?done=message_reported`);
    const twice = await asClaire.post(`/app/messages/${message.id}/report`, { reason: "again" });
    expect(twice.status).toBe(422);
    expect(twice.html).toContain(escapeHtml(say.t("error.message_already_reported")));
    // Nobody reports their own message, nor one they did not receive.
    expect((await asGiulia.post(`/app/messages/${message.id}/report`, { reason: "x" })).status).toBe(422);
    expect((await asOlga.post(`/app/messages/${message.id}/report`, { reason: "x" })).status).toBe(422);

    const asItaly = await app.as(italyStaff, { roles: [] });
    // The unit is told that a report waits, with a link to its list; France's unit is not.
    const told = await asItaly.get("/app/notifications");
    expect(told.html).toContain(escapeHtml(say.t("notification.message_reported", { country: "Italy" })));
    expect(told.html).toContain('href="/app/national-unit/IT/message-reports"');
    const asFranceFirst = await app.as(franceStaff, { roles: [] });
    expect((await asFranceFirst.get("/app/notifications")).html).not.toContain(
      escapeHtml(say.t("notification.message_reported", { country: "Italy" })),
    );
    const list = await asItaly.get("/app/national-unit/IT/message-reports");
    expect(list.status).toBe(200);
    expect(list.html).toContain(escapeHtml("Rude <em>tone</em>"));
    const [report] = await w.store.knex("message_reports");
    const detail = await asItaly.get(`/app/national-unit/IT/message-reports/${report.id}`);
    expect(detail.html).toContain("Back again.");
    // The conversation around it, in order.
    expect(detail.html).toMatch(/Shall we share the plan\?[^]*Back again\.[^]*That was rude\./);
    expect(detail.html).toContain(escapeHtml(say.t("reports.reported_marker")));

    const asFrance = await app.as(franceStaff, { roles: [] });
    expect((await asFrance.get("/app/national-unit/IT/message-reports")).status).toBe(403);
    expect((await asFrance.get(`/app/national-unit/IT/message-reports/${report.id}`)).status).toBe(403);
    expect((await asFrance.get(`/app/national-unit/FR/message-reports/${report.id}`)).status).toBe(403);
    expect((await asFrance.get("/app/national-unit/FR/message-reports")).html).toContain(
      escapeHtml(say.t("reports.none")),
    );
    expect((await asGiulia.get("/app/national-unit/IT/message-reports")).status).toBe(403);

    const resolved = await asItaly.post(`/app/national-unit/IT/message-reports/${report.id}/resolve`);
    expect(resolved.status).toBe(303);
    expect((await asItaly.get("/app/national-unit/IT/message-reports")).html).toContain(
      escapeHtml(say.t("reports.none")),
    );
    expect((await asItaly.post(`/app/national-unit/IT/message-reports/${report.id}/resolve`)).status).toBe(
      422,
    );
  });

  it("pages open reports by keyset", async () => {
    const reported = w.store.knex("message_reports").select("message_id");
    const messages = await w.store
      .knex("messages")
      .where({ sender_id: giulia.id })
      .whereNull("project_id")
      .whereNotIn("id", reported)
      .limit(3);
    for (const message of messages) {
      const answer = await asClaire.post(`/app/messages/${message.id}/report`, {
        reason: `report ${message.body}`,
      });
      expect(answer.status).toBe(303);
    }
    const actor = { accountId: italyStaff.id };
    const first = await openMessageReports(w.deps, actor, "IT", undefined, 2);
    expect(first.reports).toHaveLength(2);
    const second = await openMessageReports(w.deps, actor, "IT", first.next, 2);
    expect(second.reports).toHaveLength(1);
    expect(second.next).toBeUndefined();
    const ids = [...first.reports, ...second.reports].map((r) => r.id);
    expect(new Set(ids).size).toBe(3);
    const asItaly = await app.as(italyStaff, { roles: [] });
    expect((await asItaly.get("/app/national-unit/IT/message-reports?after=garbage")).status).toBe(422);
  });

  it("erases what an erased teacher wrote, with its reports, and keeps what others wrote to them", async () => {
    await sendMessage(w.deps, w.actor(claire), giulia.id, "For Giulia.");
    const admin = await w.centralAdmin();
    await erasePerson(
      w.deps,
      { accountId: admin.id, schoolAdminOf: undefined },
      { kind: "account", id: giulia.id },
    );
    expect(await w.store.knex("messages").where({ sender_id: giulia.id })).toHaveLength(0);
    expect(await w.store.knex("message_reports")).toHaveLength(0);
    expect(await w.store.knex("inbox_entries").where({ account_id: giulia.id })).toHaveLength(0);
    expect(await w.store.knex("messages").where({ body: "For Giulia." })).toHaveLength(1);
  });
});
