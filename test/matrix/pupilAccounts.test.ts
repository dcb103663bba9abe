import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addPupilsToProject,
  type Project,
  type Pupil,
  registerPupils,
  type Teacher,
} from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { type Client, startPages } from "../pages/client.ts";
import { registerUser, startSynapse } from "../support/synapse.ts";
import { World } from "../support/world.ts";
import {
  credentialsOn,
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
  uniqueLocalpart,
} from "./people.ts";

/** Pupils' accounts on the real Synapse, made from the teacher's pages with the bot's admin token. */
describe("pupils' Matrix accounts on Synapse", () => {
  let w: World;
  let bot: MatrixBot;
  let botAccount: Person;
  let anna: Teacher;
  let project: Project;
  let otherProject: Project;
  let rooms: Record<string, string>;
  let otherRooms: Record<string, string>;
  let marco: Pupil;
  let asAnna: Client;
  let pages: Awaited<ReturnType<typeof startPages>>;

  const sheetFor = async (pupil: Pupil) => {
    const page = await asAnna.post("/app/pupils/sheet", { pupil: pupil.id });
    expect(page.status).toBe(200);
    return credentialsOn(page.html);
  };

  beforeAll(async () => {
    w = await World.create("sqlite");
    const galilei = await w.school("Liceo Galilei", "IT", "Roma");
    anna = await w.teacher("Anna Rossi", galilei);
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    const jan = await w.teacher("Jan Novak", await w.school("Gymnázium Brno", "CZ", "Brno"));
    project = await w.activeProject(anna, marie);
    otherProject = await w.activeProject(marie, jan, w.form({ title: "Another project" }));
    botAccount = await matrixPerson("twinbot", { admin: true });
    ({ bot } = await startBot(w, { account: botAccount }));
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
    otherRooms = await projectRooms(w, otherProject.id);
    marco = (await registerPupils(w.deps, w.actor(anna), [{ displayName: "Marco Bianchi" }])).registered[0]!;
    await addPupilsToProject(w.deps, w.actor(anna), project.id, [marco.id]);
    pages = await startPages(w, {
      matrix: pagesMatrix(w, botAccount.accessToken),
    });
    asAnna = await pages.as(anna);
  });

  afterAll(async () => {
    await pages.tool.stop();
    await stopBots();
    await w.destroy();
  });

  it("makes a pseudonymous account that logs in and reaches only its project's pupil rooms", async () => {
    const { username, password } = await sheetFor(marco);
    expect(username).toMatch(/^tw-[a-z2-9]{10}$/);
    const signedIn = await passwordLogin(username, password);
    expect(signedIn.status).toBe(200);
    const userId = `@${username}:${homeserver().serverName}`;
    expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(marco.id)).toBe(userId);
    const pupil = personClient(userId, signedIn.token!);
    expect((await pupil.getProfileInfo(userId)).displayname).toBe("Marco");

    // The account's event puts the pupil into the TwinSpace's pupil rooms.
    await bot.drainOutbox();
    for (const room of ["space", "general", "forum", "pupils"]) {
      expect(await outcome(pupil.joinRoom(rooms[room]!))).toBe("ok");
    }
    expect(await outcome(pupil.joinRoom(rooms.teachers!))).toBe("M_FORBIDDEN");
    expect(await outcome(pupil.roomState(rooms.teachers!))).toBe("M_FORBIDDEN");
    expect(await outcome(pupil.joinRoom(otherRooms.general!))).toBe("M_FORBIDDEN");
    expect(await outcome(pupil.joinRoom(otherRooms.pupils!))).toBe("M_FORBIDDEN");
    expect(await outcome(pupil.roomState(rooms.pupils!))).toBe("ok");

    // The pupils page shows the account but never the password again.
    const again = await asAnna.get("/app/pupils");
    expect(again.html).toContain(userId);
    expect(again.html).not.toContain(password);
  });

  it("gives a new password that works while the old one and its sessions stop", async () => {
    const first = await sheetFor(marco);
    const session = await passwordLogin(first.username, first.password);
    const second = await sheetFor(marco);
    expect(second.username).toBe(first.username);
    expect((await passwordLogin(first.username, first.password)).errcode).toBe("M_FORBIDDEN");
    expect((await passwordLogin(second.username, second.password)).status).toBe(200);
    const old = personClient(`@${first.username}:${homeserver().serverName}`, session.token!);
    expect(await outcome(old.whoami())).toBe("M_UNKNOWN_TOKEN");
  });

  it("lets a pupil who left a room by hand back in only with a new credentials sheet from their teacher", async () => {
    const signIn = async () => {
      const { username, password } = await sheetFor(marco);
      const { token } = await passwordLogin(username, password);
      return personClient(`@${username}:${homeserver().serverName}`, token!);
    };
    const pupil = await signIn();
    await bot.drainOutbox();
    await pupil.leave(rooms.general!);
    await bot.drainOutbox();
    expect(await outcome(pupil.joinRoom(rooms.general!))).toBe("M_FORBIDDEN");
    const again = await signIn();
    await bot.drainOutbox();
    expect(await outcome(again.joinRoom(rooms.general!))).toBe("ok");
  });

  it("removes the account: deactivated, out of the rooms, forgotten", async () => {
    const { username, password } = await sheetFor(marco);
    const userId = `@${username}:${homeserver().serverName}`;
    const removed = await asAnna.post(`/app/pupils/${marco.id}/account/remove`);
    expect(removed.location).toBe("/app/pupils?done=pupil_account_removed");
    expect((await passwordLogin(username, password)).status).not.toBe(200);
    const founder = personClient(botAccount.userId, botAccount.accessToken);
    const membership = async () =>
      ((await founder.getStateEvent(rooms.pupils!, "m.room.member", userId)) as { membership: string })
        .membership;
    // Synapse parts a deactivated account from its rooms in the background, within moments.
    await expect.poll(membership, { timeout: 5000, interval: 50 }).toBe("leave");
    expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(marco.id)).toBeUndefined();
    // A full pass does not bring the removed account back.
    await bot.fullPass();
    expect(await membership()).toBe("leave");
  });

  it("takes a teacher who unlinks on the Matrix account page out of the rooms", async () => {
    const annaPerson = await matrixPerson("Anna");
    await link(w, anna, annaPerson);
    await bot.drainOutbox();
    const founder = personClient(botAccount.userId, botAccount.accessToken);
    const membership = async () =>
      (
        (await founder.getStateEvent(rooms.teachers!, "m.room.member", annaPerson.userId)) as {
          membership: string;
        }
      ).membership;
    expect(await membership()).toBe("invite");
    expect((await asAnna.post("/app/matrix/unlink")).status).toBe(303);
    await bot.drainOutbox();
    expect(await membership()).toBe("leave");
  });

  it("makes no account on a homeserver without the pupil guard, and says what the Matrix admin must do", async () => {
    const unguarded = await startSynapse({ pupilGuard: false });
    const admin = await registerUser(unguarded, uniqueLocalpart("twinbot"), { admin: true });
    const unguardedPages = await startPages(w, {
      matrix: pagesMatrix(w, admin.accessToken, { homeserverUrl: unguarded.url }),
    });
    try {
      const [luca] = (await registerPupils(w.deps, w.actor(anna), [{ displayName: "Luca Verdi" }]))
        .registered;
      const asTeacher = await unguardedPages.as(anna);
      const list = await asTeacher.get("/app/pupils");
      expect(list.html).toContain("does not run the OpenTwinning pupil guard");
      expect(list.html).toContain("point 5");
      const refused = await asTeacher.post("/app/pupils/sheet", { pupil: luca!.id });
      expect(refused.status).toBe(503);
      expect(refused.html).toContain("does not run the OpenTwinning pupil guard");
      expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(luca!.id)).toBeUndefined();
      // The guarded homeserver's pupils page has no such warning.
      expect((await asAnna.get("/app/pupils")).html).not.toContain("pupil guard");
    } finally {
      await unguardedPages.tool.stop();
      await unguarded.stop();
    }
  });

  it("says what the Matrix admin must do when the bot's account is not a server admin", async () => {
    const plain = await matrixPerson("plainbot");
    const withoutRights = await startPages(w, {
      matrix: pagesMatrix(w, plain.accessToken),
    });
    try {
      const page = await (await withoutRights.as(anna)).post("/app/pupils/sheet", { pupil: marco.id });
      expect(page.status).toBe(503);
      expect(page.html).toContain("server admin");
    } finally {
      await withoutRights.tool.stop();
    }
  });
});
