import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptCofounder,
  admitStaffFromLaunch,
  assessEuropeanLabel,
  createProject,
  decideApproval,
  decideEuropeanLabel,
  decideSchoolLabel,
  type Project,
  type Teacher,
  verifySchool,
} from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { awardNationalLabels, fullAssessment, refuseNationalLabel } from "../support/labels.ts";
import { World } from "../support/world.ts";
import { link, matrixPerson, type Person, projectRooms, startBot, stopBots } from "./people.ts";

/**
 * Quality Label and school decisions as the people concerned read them on the real Synapse
 * (issue 15, point 8; the tool's side is test/pages/decisionNews.test.ts): each kind of
 * decision reaches the founders, the applicant or the school's people in their chat.
 *
 *   npx vitest run test/matrix/labelNews.test.ts
 */
describe("Quality Label decisions in the chat", () => {
  let w: World;
  let bot: MatrixBot;
  let botAccount: Person;
  let ada: Teacher;
  let adaPerson: Person;
  let moderatorFR: Person;
  let project: Project;
  let teachersRoom: string;

  /** The bot's notices in a room, oldest first, as the person reads them. */
  async function notices(person: Person, roomId: string): Promise<string[]> {
    const { chunk } = await person.client.createMessagesRequest(roomId, null, 30, "b" as never);
    return chunk
      .filter((event) => event.sender === botAccount.userId && event.content?.msgtype === "m.notice")
      .map((event) => String(event.content?.body))
      .reverse();
  }

  async function recordedRoom(slot: string): Promise<string> {
    return (await w.store.database.knex("matrix_rooms").where({ slot }).first("room_id")).room_id;
  }

  beforeAll(async () => {
    w = await World.create("sqlite");
    ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    const marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    project = await w.activeProject(ada, marie, w.form({ title: "Rivers <of> Europe" }));
    adaPerson = await matrixPerson("Ada");
    await link(w, ada, adaPerson);
    moderatorFR = await matrixPerson("Moderator FR");
    await link(w, await w.moderator("FR"), moderatorFR);
    ({ bot, account: botAccount } = await startBot(w));
    await bot.drainOutbox();
    await bot.drainNews();
    await bot.nationalUnitsPass();
    teachersRoom = (await projectRooms(w, project.id)).teachers!;
    await adaPerson.client.joinRoom(teachersRoom);
    await moderatorFR.client.joinRoom(await recordedRoom("national_unit/FR"));
  });

  afterAll(async () => {
    await stopBots();
    await w.destroy();
  });

  it("tells the Teachers' room, the applicant, the founders and the partner countries' units", async () => {
    await awardNationalLabels(w, project, [ada]);
    await bot.drainNews();
    const national =
      "The national unit of Italy awarded Ada Lovelace the National Quality Label for “Rivers <of> Europe”.";
    expect(await notices(adaPerson, teachersRoom)).toContain(national);

    const central = w.actor(await w.centralAdmin());
    const marie = (await w.store.read().teachers.getMany([project.cofounderId!]))[0]!;
    await awardNationalLabels(w, project, [marie]);
    await assessEuropeanLabel(w.deps, central, project.id, fullAssessment(w));
    await decideEuropeanLabel(w.deps, central, project.id, { award: true });
    await bot.drainNews();
    await bot.drainNews(); // handled twice (a retry): still one message each
    const european =
      "The central support service awarded the European Quality Label to “Rivers <of> Europe”.";
    expect((await notices(adaPerson, teachersRoom)).filter((body) => body === european)).toHaveLength(1);
    const dm = await recordedRoom(`direct/${adaPerson.userId}`);
    await adaPerson.client.joinRoom(dm);
    expect(await notices(adaPerson, dm)).toEqual(expect.arrayContaining([national, european]));
    expect(await notices(moderatorFR, await recordedRoom("national_unit/FR"))).toContain(european);
  });

  it("tells a school's teachers by direct message when its national unit rejects it", async () => {
    const staff = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "marta", name: "Marta", email: "", locale: "en" },
      "IT",
    );
    await verifySchool(w.deps, w.actor(staff), "IT", ada.schoolId, {
      confirm: false,
      reason: "No such school <here>.",
    });
    await bot.drainNews();
    const dm = await recordedRoom(`direct/${adaPerson.userId}`);
    expect((await notices(adaPerson, dm)).at(-1)).toBe(
      "The national unit of Italy rejected the registration of your school, Liceo Volta.\nReason: No such school <here>.\nAsk your LMS administrator to contact the national unit.",
    );
  });

  it("tells the applicant, with the unit's note, when a National Quality Label is refused", async () => {
    const marie = (await w.store.read().teachers.getMany([project.cofounderId!]))[0]!;
    const draft = await createProject(w.deps, w.actor(ada), {
      form: w.form({ title: "Bridges" }),
      cofounderId: marie.id,
      submit: true,
    });
    await acceptCofounder(w.deps, w.actor(marie), draft.id);
    for (const country of ["IT", "FR"])
      await decideApproval(w.deps, w.actor(await w.moderator(country)), draft.id, country, { approve: true });
    await refuseNationalLabel(w, draft, ada, "No pupils' <work> shown.");
    await bot.drainNews();
    const dm = await recordedRoom(`direct/${adaPerson.userId}`);
    expect((await notices(adaPerson, dm)).at(-1)).toBe(
      "The national unit of Italy did not award Ada Lovelace the National Quality Label for “Bridges”.\nReason: No pupils' <work> shown.",
    );
  });

  it("tells a school's teachers when it is verified, and them and the school admin who applied of its eTwinning School label", async () => {
    const galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    const grace = await w.teacher("Grace Hopper", galilei);
    const gracePerson = await matrixPerson("Grace");
    await link(w, grace, gracePerson);
    // The school admin (the LMS's Administrator) applied for the label: not one of its teachers.
    const secretary = await w.account("Sara Segreteria");
    const secretaryPerson = await matrixPerson("Sara");
    await link(w, secretary, secretaryPerson);
    const verifier = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "paolo", name: "Paolo", email: "", locale: "en" },
      "IT",
    );
    await verifySchool(w.deps, w.actor(verifier), "IT", galilei.id, { confirm: true });
    await bot.drainNews();
    const graceDm = await recordedRoom(`direct/${gracePerson.userId}`);
    await gracePerson.client.joinRoom(graceDm);
    expect(await notices(gracePerson, graceDm)).toEqual([
      "The national unit of Italy verified your school, Liceo Galilei.",
    ]);

    const labelId = randomUUID();
    await w.store.knex("school_labels").insert({
      id: labelId,
      school_id: galilei.id,
      country: "IT",
      status: "submitted",
      applied_by: secretary.id,
      esafety: "An e-safety policy.",
      applied_at: w.clock.now(),
    });
    await decideSchoolLabel(w.deps, w.actor(await w.moderator("IT")), "IT", labelId, { award: true });
    await bot.drainNews();
    await bot.drainNews(); // a retry posts nothing twice
    const awarded =
      "The national unit of Italy awarded the eTwinning School label to your school, Liceo Galilei.";
    expect((await notices(gracePerson, graceDm)).filter((body) => body === awarded)).toHaveLength(1);
    const secretaryDm = await recordedRoom(`direct/${secretaryPerson.userId}`);
    await secretaryPerson.client.joinRoom(secretaryDm);
    expect(await notices(secretaryPerson, secretaryDm)).toEqual([awarded]);
  });
});
