/**
 * The TwinSpace walked as an outside team would, with an independent client (matrix-js-sdk)
 * on the real Synapse: what a pupil and a teacher who is not a founder can and cannot do to
 * a room, beyond what test/matrix/twinspace.test.ts already checks.
 *
 *   npx vitest run test/matrix/outsideCheck.test.ts
 */
import { randomBytes } from "node:crypto";
import { Direction, Method, Preset } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admitStaffFromLaunch, createMatrixLinkCode, type Teacher, verifySchool } from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { World } from "../support/world.ts";
import {
  join,
  link,
  matrixPerson,
  outcome,
  type Person,
  projectRooms,
  pupilWithMatrix,
  say,
  startBot,
  stopBots,
} from "./people.ts";

/** Redacts straight through the API: matrix-js-sdk's send queue is for synced clients. */
function redact(person: Person, roomId: string, eventId: string): Promise<unknown> {
  const path = `/rooms/${encodeURIComponent(roomId)}/redact/${encodeURIComponent(eventId)}/${randomBytes(8).toString("hex")}`;
  return person.client.http.authedRequest(Method.Put, path, undefined, {});
}

describe("an outside walk of a TwinSpace's rights, on Synapse", () => {
  let w: World;
  let rooms: Record<string, string>;
  let bot: MatrixBot;
  let botUserId: string;
  let teachers: Record<"anna" | "pablo", Teacher>;

  /** Sends a message in a direct chat with the bot and returns the bot's answer, as the person reads it. */
  async function ask(person: Person, text: string): Promise<string | undefined> {
    const { room_id } = await person.client.createRoom({
      is_direct: true,
      preset: Preset.TrustedPrivateChat,
      invite: [botUserId],
    });
    await bot.syncChat();
    const eventId = await say(person, room_id, text);
    await bot.syncChat();
    const { chunk } = await person.client.createMessagesRequest(room_id, null, 30, Direction.Backward);
    const after = chunk.slice(
      0,
      chunk.findIndex((event) => event.event_id === eventId),
    );
    return after.find((event) => event.sender === botUserId)?.content?.body as string | undefined;
  }

  async function speaks(teacher: Teacher, locale: string): Promise<void> {
    await w.deps.store.transaction(async (tx) =>
      tx.accounts.update({ ...(await tx.accounts.get(teacher.id))!, locale }, w.clock.now()),
    );
  }
  const people = {} as Record<"anna" | "pablo" | "giulia", Person>;

  beforeAll(async () => {
    w = await World.create("sqlite");
    const anna: Teacher = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    const pablo = await w.teacher("Pablo García", await w.school("IES Cervantes", "ES", "Sevilla"));
    const project = await w.activeProject(anna, marie);
    await join(w, project.id, marie, pablo);
    people.anna = await matrixPerson(anna.name);
    people.pablo = await matrixPerson(pablo.name);
    await link(w, anna, people.anna);
    await link(w, pablo, people.pablo);
    people.giulia = (await pupilWithMatrix(w, project.id, anna, "Giulia")).person;
    teachers = { anna, pablo };
    const started = await startBot(w);
    bot = started.bot;
    botUserId = started.account.userId;
    await bot.syncChat(); // the first sync: only history, no answers
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    for (const room of ["space", "general", "pupils", "teachers"]) {
      for (const person of Object.values(people)) {
        if (room !== "teachers" || person !== people.giulia) await person.client.joinRoom(rooms[room]!);
      }
    }
  });

  afterAll(async () => {
    await stopBots();
    await w.destroy();
  });

  it("lets a pupil redact only their own messages, never change the power levels, enable encryption or rename", async () => {
    const pupil = people.giulia.client;
    const teachers = await say(people.pablo, rooms.pupils!, "Homework for Friday");
    const own = await say(people.giulia, rooms.pupils!, "oops");
    expect(await outcome(redact(people.giulia, rooms.pupils!, teachers))).toBe("M_FORBIDDEN");
    expect(await outcome(redact(people.giulia, rooms.pupils!, own))).toBe("ok");
    const levels = (await pupil.getStateEvent(rooms.pupils!, "m.room.power_levels", "")) as {
      users: Record<string, number>;
    };
    const raised = { ...levels, users: { ...levels.users, [people.giulia.userId]: 100 } };
    expect(
      await outcome(pupil.sendStateEvent(rooms.pupils!, "m.room.power_levels" as never, raised as never, "")),
    ).toBe("M_FORBIDDEN");
    expect(
      await outcome(
        pupil.sendStateEvent(
          rooms.pupils!,
          "m.room.encryption" as never,
          { algorithm: "m.megolm.v1.aes-sha2" } as never,
          "",
        ),
      ),
    ).toBe("M_FORBIDDEN");
    expect(await outcome(pupil.setRoomName(rooms.pupils!, "Our room"))).toBe("M_FORBIDDEN");
    // Unencrypted by design (README "Matrix"), so the bot reads commands and the look's history.
    for (const room of ["space", "general", "pupils"]) {
      expect(await outcome(pupil.getStateEvent(rooms[room]!, "m.room.encryption", ""))).toBe("M_NOT_FOUND");
    }
    expect(
      await outcome(
        pupil.sendStateEvent(
          rooms.general!,
          "m.room.join_rules" as never,
          { join_rule: "public" } as never,
          "",
        ),
      ),
    ).toBe("M_FORBIDDEN");
  });

  it("lets a teacher moderate (redact a pupil's message, pin) but not restructure the room", async () => {
    const teacher = people.pablo.client;
    const pupils = await say(people.giulia, rooms.pupils!, "spam spam");
    expect(await outcome(redact(people.pablo, rooms.pupils!, pupils))).toBe("ok");
    expect(await outcome(teacher.setRoomName(rooms.general!, "Pablo's room"))).toBe("M_FORBIDDEN");
    expect(
      await outcome(
        teacher.sendStateEvent(
          rooms.general!,
          "m.room.encryption" as never,
          { algorithm: "m.megolm.v1.aes-sha2" } as never,
          "",
        ),
      ),
    ).toBe("M_FORBIDDEN");
    expect(await outcome(teacher.invite(rooms.general!, "@someone:localhost"))).toBe("M_FORBIDDEN");
    expect(await outcome(people.anna.client.setRoomName(rooms.general!, "Anna's room"))).toBe("M_FORBIDDEN");
  });

  it("answers a Polish teacher's help in Polish, the arguments of each command included", async () => {
    await speaks(teachers.pablo, "pl");
    const help = (await ask(people.pablo, "help"))!;
    expect(help).toContain("• !tw link <kod> — połącz to konto Matrix");
    expect(help).toContain("• !tw accept <zaproszenie> — przyjmij zaproszenie");
    expect(help).not.toMatch(/<(code|invitation|teacher|project|reason)>/);
  });

  it("tells a German teacher what to do next when an invitation's code is wrong", async () => {
    await speaks(teachers.anna, "de");
    expect(await ask(people.anna, "accept ffff0000")).toBe(
      "Keine offene Einladung an Sie beginnt mit „ffff0000“. Senden Sie „invitations“, um sie mit ihren Codes zu sehen.",
    );
  });

  it("invites back a teacher who left an invitation-only room by hand once they send `link` with a new code", async () => {
    await people.pablo.client.leave(rooms.teachers!);
    await bot.drainOutbox();
    expect(await outcome(people.pablo.client.joinRoom(rooms.teachers!))).toBe("M_FORBIDDEN");
    const { code } = await createMatrixLinkCode(w.deps, w.actor(teachers.pablo));
    expect(await ask(people.pablo, `link ${code}`)).toMatch(/^Gotowe/);
    await bot.drainOutbox();
    expect(await outcome(people.pablo.client.joinRoom(rooms.teachers!))).toBe("ok");
  });

  it("tells a Polish teacher of their school's rejection by direct message, in Polish", async () => {
    await speaks(teachers.pablo, "pl");
    const staff = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-es.example", subject: "rosa", name: "Rosa", email: "", locale: "es" },
      "ES",
    );
    await verifySchool(w.deps, w.actor(staff), "ES", teachers.pablo.schoolId, {
      confirm: false,
      reason: "No existe.",
    });
    await bot.drainNews();
    const dm = (
      await w.store.database
        .knex("matrix_rooms")
        .where({ slot: `direct/${people.pablo.userId}` })
        .first("room_id")
    ).room_id as string;
    const { chunk } = await people.pablo.client.createMessagesRequest(dm, null, 10, Direction.Backward);
    const news = chunk.find((event) => event.sender === botUserId)?.content?.body;
    expect(news).toMatch(/^Krajowe biuro \(.+\) odrzuciło rejestrację Twojej szkoły: IES Cervantes\./);
    expect(news).toContain("Poproś administratora platformy LMS o kontakt z krajowym biurem.");
  });
});
