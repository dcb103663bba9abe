import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  cancelOnlineEvent,
  createOnlineEvent,
  leaveOnlineEvent,
  type OnlineEvent,
  registerForOnlineEvent,
  type Teacher,
} from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { eventSlot } from "../../matrix-bot/twinspace/eventRoom.ts";
import { VIDEO_WIDGET_ID } from "../../matrix-bot/twinspace/layout.ts";
import { matrixToUrl } from "../../lti-tool/pages/twinSpaces.ts";
import { startPages } from "../pages/client.ts";
import { World } from "../support/world.ts";
import { link, matrixPerson, type Person, startBot } from "./people.ts";

/**
 * Issue 16 (5) on the real Synapse: a training event's video room is made by the same
 * reconciler as TwinSpaces and groups, with the same meeting widget; its members follow the
 * registrations (a participant is invited, the waiting one only once they move up, a leaver is
 * removed), its organisers moderate it, and a cancelled event's room keeps nobody.
 */
describe("a training event's video room", () => {
  let w: World;
  let bot: MatrixBot;
  let botPerson: Person; // reads the room's state: it stays in the room whoever leaves
  let staff: Account;
  let giulia: Teacher;
  let marco: Teacher;
  let staffPerson: Person;
  let giuliaPerson: Person;
  let marcoPerson: Person;
  let event: OnlineEvent;

  const roomOf = async (eventId: string) =>
    (
      await w.store
        .knex("matrix_rooms")
        .where({ slot: eventSlot(eventId).key })
        .first()
    )?.room_id as string | undefined;
  const membership = async (roomId: string, userId: string) =>
    ((await botPerson.client.getStateEvent(roomId, "m.room.member", userId)) as { membership: string })
      .membership;

  beforeAll(async () => {
    w = await World.create("sqlite");
    const galilei = await w.school("Liceo Galilei", "IT", "Pisa");
    giulia = await w.teacher("Giulia Rossi", galilei);
    marco = await w.teacher("Marco Bianchi", galilei);
    staff = await w.staff("Anna Staff", "IT");
    staffPerson = await matrixPerson("Anna");
    giuliaPerson = await matrixPerson("Giulia");
    marcoPerson = await matrixPerson("Marco");
    await link(w, staff, staffPerson);
    await link(w, giulia, giuliaPerson);
    await link(w, marco, marcoPerson);
    ({ bot, account: botPerson } = await startBot(w));
    await bot.drainOutbox();
  });

  afterAll(async () => {
    await w.destroy();
  });

  it("makes the room with the meeting widget when the event is published, the organiser moderating", async () => {
    event = await createOnlineEvent(w.deps, w.actor(staff), {
      title: "Coding in primary school",
      description: "A webinar on unplugged coding.",
      startsAt: "2026-12-03T15:00:00.000Z",
      endsAt: "2026-12-03T17:00:00.000Z",
      audience: "country",
      capacity: 1,
    });
    await bot.drainOutbox();
    const roomId = await roomOf(event.id);
    expect(roomId).toBeDefined();
    await staffPerson.client.joinRoom(roomId!);
    const name = (await staffPerson.client.getStateEvent(roomId!, "m.room.name", "")) as { name: string };
    expect(name.name).toBe("Coding in primary school");
    const widget = (await staffPerson.client.getStateEvent(
      roomId!,
      "im.vector.modular.widgets",
      VIDEO_WIDGET_ID,
    )) as {
      type: string;
      url: string;
    };
    expect(widget.type).toBe("m.jitsi");
    const levels = (await staffPerson.client.getStateEvent(roomId!, "m.room.power_levels", "")) as {
      users: Record<string, number>;
    };
    expect(levels.users[staffPerson.userId]).toBe(50);
  });

  it("invites a participant, not the one waiting until they move up; removes a leaver; empties a cancelled event's room", async () => {
    const roomId = (await roomOf(event.id))!;
    await registerForOnlineEvent(w.deps, w.actor(giulia), event.id);
    await registerForOnlineEvent(w.deps, w.actor(marco), event.id); // capacity 1: Marco waits
    await bot.drainOutbox();
    expect(await membership(roomId, giuliaPerson.userId)).toBe("invite");
    await expect(membership(roomId, marcoPerson.userId)).rejects.toThrow();
    await giuliaPerson.client.joinRoom(roomId);

    // The event's page shows a participant the way into the room, and not the one waiting.
    const app = await startPages(w, { twinSpaces: new RecordedTwinSpaces(w.store.database) });
    try {
      expect((await (await app.as(giulia)).get(`/app/events/${event.id}`)).html).toContain(
        `href="${matrixToUrl(roomId)}"`,
      );
      expect((await (await app.as(marco)).get(`/app/events/${event.id}`)).html).not.toContain(
        matrixToUrl(roomId),
      );
    } finally {
      await app.tool.stop();
    }

    await leaveOnlineEvent(w.deps, w.actor(giulia), event.id);
    await bot.drainOutbox();
    expect(await membership(roomId, giuliaPerson.userId)).toBe("leave");
    expect(await membership(roomId, marcoPerson.userId)).toBe("invite");

    await cancelOnlineEvent(w.deps, w.actor(staff), event.id);
    await bot.drainOutbox();
    expect(await membership(roomId, marcoPerson.userId)).toBe("leave");
    expect(await membership(roomId, staffPerson.userId)).toBe("leave");
  });
});
