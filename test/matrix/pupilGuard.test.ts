import { Method, Preset } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPupilsToProject, registerPupils, type Teacher } from "../../core/index.ts";
import { SynapseAdmin } from "../../matrix-bot/accounts/synapseAdmin.ts";
import { RetryingMatrixClient } from "../../matrix-bot/homeserver/client.ts";
import { World } from "../support/world.ts";
import {
  homeserver,
  link,
  matrixPerson,
  outcome,
  pagesMatrix,
  passwordLogin,
  type Person,
  personClient,
  projectRooms,
  startBot,
  stopBots,
} from "./people.ts";

/**
 * The homeserver keeps a pupil's account inside its TwinSpace (the pupil guard module that
 * test/support/synapse.ts loads, as README "Matrix" asks of a school's homeserver). The pupil
 * signs in with the credentials sheet's username and password, as with Element.
 */
describe("a pupil's Matrix account on a guarded homeserver", () => {
  let w: World;
  let rooms: Record<string, string>;
  let pupil: Person;
  const people = {} as Record<"anna" | "marie" | "jan" | "botAccount", Person>;
  let jansLounge: string;

  beforeAll(async () => {
    w = await World.create("sqlite");
    const anna: Teacher = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", "IT", "Roma"));
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    const jan = await w.teacher("Jan Novak", await w.school("Gymnázium Brno", "CZ", "Brno"));
    const project = await w.activeProject(anna, marie);
    await w.activeProject(marie, jan, w.form({ title: "Another project" }));
    for (const [name, teacher] of [
      ["anna", anna],
      ["marie", marie],
      ["jan", jan],
    ] as const) {
      people[name] = await matrixPerson(teacher.name);
      await link(w, teacher, people[name]);
    }
    // Pupils' accounts need the bot to be a server admin (README "Matrix", point 4).
    people.botAccount = await matrixPerson("twinbot", { admin: true });
    const { bot } = await startBot(w, { account: people.botAccount });
    const marco = (await registerPupils(w.deps, w.actor(anna), [{ displayName: "Marco Bianchi" }]))
      .registered[0]!;
    await addPupilsToProject(w.deps, w.actor(anna), project.id, [marco.id]);
    const matrix = pagesMatrix(w, people.botAccount.accessToken);
    const [issued] = await matrix.pupilAccounts.issue(w.actor(anna), [marco.id]);
    pupil = await signIn(issued!.username, issued!.password);
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    for (const room of ["space", "general", "forum", "pupils"]) {
      expect(await outcome(pupil.client.joinRoom(rooms[room]!))).toBe("ok");
    }
    await people.anna.client.joinRoom(rooms.pupils!);
    // Jan, of another project only, sits in a public room: anyone's directory may list him.
    jansLounge = (await people.jan.client.createRoom({ preset: Preset.PublicChat, name: "Jan's lounge" }))
      .room_id;
  });

  afterAll(async () => {
    await stopBots();
    await w.destroy();
  });

  it("cannot create a room or start a direct chat; a teacher can", async () => {
    expect(await outcome(pupil.client.createRoom({ name: "Secret club" }))).toBe("M_FORBIDDEN");
    const directChat = { is_direct: true, invite: [people.anna.userId], preset: Preset.TrustedPrivateChat };
    expect(await outcome(pupil.client.createRoom(directChat))).toBe("M_FORBIDDEN");
    expect(await outcome(people.anna.client.createRoom({ name: "Planning" }))).toBe("ok");
  });

  it("joins only rooms the bot invited it to; a teacher joins a public room", async () => {
    expect(await outcome(pupil.client.joinRoom(jansLounge))).toBe("M_FORBIDDEN");
    expect(await outcome(pupil.client.joinRoom(rooms.teachers!))).toBe("M_FORBIDDEN");
    expect(await outcome(people.marie.client.joinRoom(jansLounge))).toBe("ok");
  });

  it("is invited by nobody but the bot, and invites nobody", async () => {
    // A room where every member may invite (Matrix's default for private chats).
    const { room_id: room } = await people.anna.client.createRoom({ preset: Preset.PrivateChat });
    expect(await outcome(people.anna.client.invite(room, pupil.userId))).toBe("M_FORBIDDEN");
    const directChat = { is_direct: true, invite: [pupil.userId], preset: Preset.TrustedPrivateChat };
    expect(await outcome(people.anna.client.createRoom(directChat))).toBe("M_FORBIDDEN");
    expect(await outcome(people.anna.client.invite(room, people.marie.userId))).toBe("ok");

    // The bot, a server admin, may bring the pupil in; there the pupil still invites no one.
    await people.anna.client.invite(room, people.botAccount.userId);
    await people.botAccount.client.joinRoom(room);
    expect(await outcome(people.botAccount.client.invite(room, pupil.userId))).toBe("ok");
    expect(await outcome(pupil.client.joinRoom(room))).toBe("ok");
    expect(await outcome(pupil.client.invite(room, people.jan.userId))).toBe("M_FORBIDDEN");
    const byEmail = {
      id_server: "id.example.org",
      id_access_token: "unused",
      medium: "email",
      address: "someone@example.org",
    };
    const path = `/rooms/${encodeURIComponent(room)}/invite`;
    expect(await outcome(pupil.client.http.authedRequest(Method.Post, path, undefined, byEmail))).toBe(
      "M_FORBIDDEN",
    );
  });

  it("finds in the user directory only people it shares rooms with, and strangers do not find it", async () => {
    const finds = async (searcher: Person, sought: Person) =>
      (await searcher.client.searchUserDirectory({ term: localpart(sought), limit: 10 })).results.some(
        (user) => user.user_id === sought.userId,
      );
    // The directory is filled in the background: first wait until it knows everyone.
    await expect.poll(() => finds(people.anna, people.jan), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => finds(pupil, people.anna), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => finds(people.anna, pupil), { timeout: 10_000 }).toBe(true);
    expect(await finds(pupil, people.jan)).toBe(false);
    expect(await finds(people.jan, pupil)).toBe(false);
  });

  it("reads the profiles of people it shares rooms with only", async () => {
    expect(await outcome(pupil.client.getProfileInfo(people.anna.userId))).toBe("ok");
    expect(await outcome(pupil.client.getProfileInfo(people.jan.userId))).toBe("M_FORBIDDEN");
  });

  it("cannot pose as someone else in the rooms: its own name and avatar never reach them; the bot's do", async () => {
    const pupilsRoom = rooms.pupils!;
    // What Anna's Matrix app shows for a member of the Pupils' room.
    const shown = async (person: Person, room = pupilsRoom) => {
      const member = (await people.anna.client.getStateEvent(room, "m.room.member", person.userId)) as {
        displayname?: string;
        avatar_url?: string;
      };
      return { displayname: member.displayname, avatar_url: member.avatar_url };
    };
    expect(await shown(pupil)).toEqual({ displayname: "Marco", avatar_url: undefined });

    // Synapse offers no way to refuse the global change: the guard sets the name back at once,
    // and the copies into the rooms are refused.
    await pupil.client.setDisplayName("Prof. Anna Rossi");
    await pupil.client.setAvatarUrl("mxc://twinspace.test/teacherPhoto");
    expect((await pupil.client.getProfileInfo(pupil.userId)).displayname).toBe("Marco");
    const inOneRoom = { membership: "join", displayname: "Prof. Anna Rossi" };
    const path = `/rooms/${encodeURIComponent(pupilsRoom)}/state/m.room.member/${encodeURIComponent(pupil.userId)}`;
    expect(await outcome(pupil.client.http.authedRequest(Method.Put, path, undefined, inOneRoom))).toBe(
      "M_FORBIDDEN",
    );

    // A teacher's change reaches the rooms the same way, in the background; once it shows, the
    // pupil's earlier one has had its turn.
    await people.anna.client.setDisplayName("Anna R.");
    await expect
      .poll(async () => (await shown(people.anna)).displayname, { timeout: 10_000 })
      .toBe("Anna R.");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await shown(pupil)).toEqual({ displayname: "Marco", avatar_url: undefined });

    // A room the pupil joins after its change shows the bot-given name too.
    const { room_id: later } = await people.botAccount.client.createRoom({ preset: Preset.PrivateChat });
    await people.botAccount.client.invite(later, people.anna.userId);
    await people.anna.client.joinRoom(later);
    await people.botAccount.client.invite(later, pupil.userId);
    expect(await outcome(pupil.client.joinRoom(later))).toBe("ok");
    expect(await shown(pupil, later)).toEqual({ displayname: "Marco", avatar_url: undefined });

    // The bot, a server admin, still names the pupil (as it does when making the account).
    const admin = new SynapseAdmin(new RetryingMatrixClient(homeserver().url, people.botAccount.accessToken));
    await admin.putUser(pupil.userId, { password: pupil.password, displayname: "Marco B." });
    await expect.poll(async () => (await shown(pupil)).displayname, { timeout: 10_000 }).toBe("Marco B.");
    expect(await shown(pupil)).toEqual({ displayname: "Marco B.", avatar_url: undefined });
  });
});

/** Signs in the way Element does: username and password, no admin help. */
async function signIn(username: string, password: string): Promise<Person> {
  const { status, userId, token } = await passwordLogin(username, password);
  expect(status).toBe(200);
  return { userId: userId!, accessToken: token!, password, client: personClient(userId!, token!) };
}

function localpart(person: Person): string {
  return person.userId.slice(1, person.userId.indexOf(":"));
}
