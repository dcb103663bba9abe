import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestContact, setMyTimeZone } from "../../core/index.ts";
import { admit } from "../../lti-tool/lti/admission.ts";
import { webMessages } from "../../lti-tool/web/i18n/index.ts";
import { World } from "../support/world.ts";
import { startPages } from "./client.ts";

/**
 * The times on the pages (a notification's, a message's) are told in the zone the person chose
 * on their profile, the zone named; until they choose one, in UTC, said so. This session follows
 * the choice at once, the next launch reads it.
 */
describe("times in the reader's zone", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
  });
  afterAll(async () => {
    await app?.tool.stop();
    await w?.destroy();
  });

  it("shows a notification's time in UTC until the teacher chooses Athens, then in Athens time", async () => {
    const eleni = await w.teacher("Eleni Papadopoulou", await w.school("Lykeio Athinon", "GR", "Athina"));
    const marco = await w.teacher("Marco Bianchi", await w.school("Liceo Volta", "IT", "Como"));
    await requestContact(w.deps, { accountId: marco.id }, eleni.id);
    const asEleni = await app.as(eleni, { locale: "en" });

    const before = await asEleni.get("/app/notifications");
    const [row] = (await w.store.database.knex("notifications").where("account_id", eleni.id)) as {
      created_at: string;
    }[];
    const createdAt = new Date(row!.created_at).toISOString();
    const inUtc = webMessages.translator("en").dateTime(createdAt);
    const inAthens = webMessages.translator("en", "Europe/Athens").dateTime(createdAt);
    expect(inUtc).toMatch(/UTC$/);
    expect(inAthens).not.toBe(inUtc);
    expect(before.html).toContain(inUtc);

    const saved = await asEleni.post("/app/profile/time-zone", { timeZone: "Europe/Athens" });
    expect(saved.status).toBe(303);
    const after = await asEleni.get("/app/notifications");
    expect(after.html).toContain(inAthens);
    expect(after.html).not.toContain(inUtc);
  });

  it("starts the next launch's session in the zone chosen before", async () => {
    const school = await w.school("Gimnazjum Kraków", "PL", "Kraków");
    const identity = {
      issuer: "https://lms.example",
      subject: "anna",
      name: "Anna Nowak",
      email: "anna@example.org",
      locale: "pl",
    };
    const plan = {
      kind: "teacher",
      identity,
      schoolId: school.id,
      roles: ["teacher"],
      landing: "/app",
    } as const;
    const first = await admit(w.deps, { ...plan, roles: [...plan.roles] });
    expect(first).not.toHaveProperty("timeZone");
    if (first.kind !== "account") throw new Error("a teacher's launch admits an account");
    await setMyTimeZone(w.deps, { accountId: first.accountId }, "Europe/Warsaw");
    const next = await admit(w.deps, { ...plan, roles: [...plan.roles] });
    expect(next).toMatchObject({ accountId: first.accountId, timeZone: "Europe/Warsaw" });
  });
});
