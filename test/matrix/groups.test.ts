import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createGroup,
  decideGroupRequest,
  type Group,
  joinGroup,
  leaveGroup,
  proposeGroup,
  decideGroup,
  type Teacher,
} from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { groupSlot } from "../../matrix-bot/twinspace/groupRoom.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { matrixToUrl } from "../../lti-tool/pages/twinSpaces.ts";
import { startPages } from "../pages/client.ts";
import { World } from "../support/world.ts";
import { link, matrixPerson, type Person, startBot } from "./people.ts";

/**
 * Issue 16 (4) on the real Synapse: an approved group's room is made by the same reconciler
 * as TwinSpaces; a member with a linked Matrix account is invited and finds it, named after
 * the group; a leaver is removed; a proposal has no room until approved.
 */
describe("a group's Matrix room", () => {
  let w: World;
  let bot: MatrixBot;
  let giulia: Teacher;
  let claire: Teacher;
  let hans: Teacher;
  let giuliaPerson: Person;
  let clairePerson: Person;
  let hansPerson: Person;
  let group: Group;

  const roomOf = async (groupId: string) =>
    (
      await w.store
        .knex("matrix_rooms")
        .where({ slot: groupSlot(groupId).key })
        .first()
    )?.room_id as string | undefined;
  const membership = async (viewer: Person, roomId: string, userId: string) =>
    ((await viewer.client.getStateEvent(roomId, "m.room.member", userId)) as { membership: string })
      .membership;

  beforeAll(async () => {
    w = await World.create("sqlite");
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"));
    claire = await w.teacher("Claire Martin", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    hans = await w.teacher("Hans Gruber", await w.school("Gymnasium Wien", "AT", "Wien"));
    giuliaPerson = await matrixPerson("Giulia");
    clairePerson = await matrixPerson("Claire");
    hansPerson = await matrixPerson("Hans");
    for (const [teacher, person] of [
      [giulia, giuliaPerson],
      [claire, clairePerson],
      [hans, hansPerson],
    ] as const)
      await link(w, teacher, person);
    ({ bot } = await startBot(w));
    await bot.drainOutbox();
  });

  afterAll(async () => {
    await w.destroy();
  });

  it("makes no room for a proposal, and one named after the group once approved, with the moderator in it", async () => {
    group = await proposeGroup(w.deps, w.actor(giulia), {
      name: "Robotics teachers",
      description: "Robots in class.",
      access: "open",
    });
    await bot.drainOutbox();
    expect(await roomOf(group.id)).toBeUndefined();

    await decideGroup(w.deps, { accountId: (await w.centralAdmin()).id }, group.id, true);
    await bot.drainOutbox();
    const roomId = await roomOf(group.id);
    expect(roomId).toBeDefined();
    await giuliaPerson.client.joinRoom(roomId!);
    const name = (await giuliaPerson.client.getStateEvent(roomId!, "m.room.name", "")) as { name: string };
    expect(name.name).toBe("Robotics teachers");
    const levels = (await giuliaPerson.client.getStateEvent(roomId!, "m.room.power_levels", "")) as {
      users: Record<string, number>;
    };
    expect(levels.users[giuliaPerson.userId]).toBe(50);
  });

  it("invites a teacher who joins, who finds the room; removes them when they leave", async () => {
    const roomId = (await roomOf(group.id))!;
    await joinGroup(w.deps, w.actor(claire), group.id);
    await bot.drainOutbox();
    expect(await membership(giuliaPerson, roomId, clairePerson.userId)).toBe("invite");
    await clairePerson.client.joinRoom(roomId);
    expect(await membership(giuliaPerson, roomId, clairePerson.userId)).toBe("join");
    // The group's page shows a member the way into the room.
    const app = await startPages(w, { twinSpaces: new RecordedTwinSpaces(w.store.database) });
    try {
      const page = await (await app.as(claire)).get(`/app/groups/${group.id}`);
      expect(page.html).toContain(`href="${matrixToUrl(roomId)}"`);
      expect((await (await app.as(hans)).get(`/app/groups/${group.id}`)).html).not.toContain(
        matrixToUrl(roomId),
      );
    } finally {
      await app.tool.stop();
    }
    const name = (await clairePerson.client.getStateEvent(roomId, "m.room.name", "")) as { name: string };
    expect(name.name).toBe("Robotics teachers");

    await leaveGroup(w.deps, w.actor(claire), group.id);
    await bot.drainOutbox();
    expect(await membership(giuliaPerson, roomId, clairePerson.userId)).toBe("leave");
  });

  it("invites a closed group's applicant only once a moderator accepts", async () => {
    const closed = await createGroup(
      w.deps,
      { accountId: (await w.centralAdmin()).id },
      {
        name: "Inclusive classrooms",
        description: "Special needs.",
        access: "closed",
        moderatorId: giulia.id,
      },
    );
    await joinGroup(w.deps, w.actor(hans), closed.id);
    await bot.drainOutbox();
    const roomId = (await roomOf(closed.id))!;
    await giuliaPerson.client.joinRoom(roomId);
    await expect(membership(giuliaPerson, roomId, hansPerson.userId)).rejects.toThrow();

    await decideGroupRequest(w.deps, w.actor(giulia), closed.id, hans.id, true);
    await bot.drainOutbox();
    expect(await membership(giuliaPerson, roomId, hansPerson.userId)).toBe("invite");
  });
});
