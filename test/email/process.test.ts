import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { productionCoreDeps } from "../../app/coreDeps.ts";
import { Countries, registerSchool, registerTeacherFromLaunch, requestContact } from "../../core/index.ts";
import { openDatabase } from "../../store/database.ts";
import { startEntry } from "../support/process.ts";
import { SmtpReceiver } from "../support/smtp.ts";

describe("the web side sends e-mail when SMTP_HOST is set", () => {
  const dir = mkdtempSync(join(tmpdir(), "opentwinning-mail-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts the e-mail worker with `npm run start:web` and mails a contact request", async () => {
    const smtp = new SmtpReceiver();
    await smtp.start();
    const databaseUrl = `sqlite:${join(dir, "mail.sqlite")}`;
    const web = await startEntry(
      "app/main.ts",
      {
        PORT: "0",
        DATABASE_URL: databaseUrl,
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(smtp.port),
        MAIL_FROM: "twinning@school.example",
      },
      /e-mail notifications through/,
      30_000,
      ["web"],
    );
    const database = openDatabase(databaseUrl);
    try {
      const core = productionCoreDeps(database, new Countries());
      const school = await core.store.transaction((tx) =>
        registerSchool(core, tx, { name: "Liceo Volta", country: "IT", city: "" }),
      );
      const teacher = async (name: string, email: string) =>
        (
          await registerTeacherFromLaunch(
            core,
            { issuer: "https://lms.example", subject: name, name, email, locale: "en" },
            school.id,
          )
        ).teacher;
      const ada = await teacher("Ada Lovelace", "ada@school.example");
      const enzo = await teacher("Enzo Ferrari", "enzo@school.example");
      await requestContact(core, { accountId: ada.id }, enzo.id);
      await vi.waitFor(() => expect(smtp.to("enzo@school.example")).toHaveLength(1), {
        timeout: 20_000,
        interval: 200,
      });
      expect(smtp.to("enzo@school.example")[0]?.subject).toContain(
        "Ada Lovelace would like to become your contact",
      );
    } finally {
      await database.knex.destroy();
      await web.stop();
      await smtp.stop();
    }
  });
});
