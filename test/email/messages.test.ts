import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptInvitation,
  blockTeacher,
  inviteTeacher,
  sendMessage,
  sendProjectMessage,
  type Teacher,
} from "../../core/index.ts";
import type { EmailNotifications } from "../../lti-tool/email/emailNotifications.ts";
import { startPages } from "../pages/client.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { mailerFor, SmtpReceiver } from "../support/smtp.ts";
import { World } from "../support/world.ts";

/**
 * Issue 16 (2): a new message is told by e-mail through the outbox (kind `messages`, at once by
 * default), in the recipient's language, with a link to the conversation and never its text.
 */
describe.each(DATABASE_KINDS)("e-mail of a new message on %s", (kind) => {
  let w: World;
  let smtp: SmtpReceiver;
  let app: Awaited<ReturnType<typeof startPages>>;
  let mailer: EmailNotifications;
  let giulia: Teacher;
  let claire: Teacher;
  let marco: Teacher;

  beforeAll(async () => {
    w = await World.create(kind);
    smtp = new SmtpReceiver();
    await smtp.start();
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT"));
    claire = await w.teacher("Claire Martin", await w.school("Lycée Hugo", "FR"));
    marco = await w.teacher("Marco Bianchi", await w.school("Liceo Volta", "IT"));
    await w.store.knex("accounts").where({ id: marco.id }).update({ locale: "it" });
    const project = await w.activeProject(giulia, claire, w.form({ title: "Fiumi" }));
    const invitation = await inviteTeacher(w.deps, w.actor(giulia), project.id, marco.id);
    await acceptInvitation(w.deps, w.actor(marco), invitation.id);
    app = await startPages(w, { emailEnabled: true });
    mailer = mailerFor(w, smtp, app.tool);
    await mailer.drain();
    smtp.received.length = 0;
  });
  afterAll(async () => {
    await app?.tool.stop();
    await smtp?.stop();
    await w?.destroy();
  });

  it("mails the recipient at once with a link to the conversation, not the message's text", async () => {
    await sendMessage(w.deps, w.actor(giulia), claire.id, "A private plan for Monday.");
    await mailer.drain();
    const [mail, ...more] = smtp.to(claire.email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toContain("Giulia Rossi sent you a message.");
    expect(mail?.text).toContain(`${app.tool.url}/app/messages/with/${giulia.id}`);
    expect(mail?.text).not.toContain("private plan");
    expect(mail?.html).not.toContain("private plan");
    expect(smtp.to(giulia.email)).toHaveLength(0);
  });

  it("mails every teacher of the project once for a founder's message, except those who blocked the founder", async () => {
    await blockTeacher(w.deps, w.actor(claire), giulia.id);
    await sendProjectMessage(
      w.deps,
      w.actor(giulia),
      (await w.store.knex("projects").first("id")).id,
      "Kick-off",
    );
    await mailer.drain();
    await mailer.drain();
    const [mail, ...more] = smtp.to(marco.email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toContain("Giulia Rossi ha scritto ai docenti di «Fiumi».");
    expect(mail?.text).toContain("/app/messages/project/");
    expect(smtp.to(claire.email)).toHaveLength(1); // only the earlier direct message
  });
});
