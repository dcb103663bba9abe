import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addPupilsToProject,
  deletePupil,
  type Project,
  type Pupil,
  registerPupils,
  type School,
  type Teacher,
} from "../../core/index.ts";
import type { MatrixBot } from "../../matrix-bot/bot.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { type Client, startPages } from "../pages/client.ts";
import { World } from "../support/world.ts";
import {
  credentialsOn,
  homeserver,
  join,
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

/** An erased or deleted pupil's bot-made account on the real Synapse: deactivated, out of the rooms. */
describe("erasure and Matrix accounts on Synapse", () => {
  let w: World;
  let bot: MatrixBot;
  let botAccount: Person;
  let anna: Teacher;
  let galilei: School;
  let project: Project;
  let rooms: Record<string, string>;
  let asAnna: Client;
  let pages: Awaited<ReturnType<typeof startPages>>;

  /** A pupil of Anna's in the project, with an account that joined the pupils' rooms. */
  const pupilInRooms = async (name: string) => {
    const pupil = (await registerPupils(w.deps, w.actor(anna), [{ displayName: name }]))
      .registered[0] as Pupil;
    await addPupilsToProject(w.deps, w.actor(anna), project.id, [pupil.id]);
    const sheet = await asAnna.post("/app/pupils/sheet", { pupil: pupil.id });
    const credentials = credentialsOn(sheet.html);
    await bot.drainOutbox();
    const userId = `@${credentials.username}:${homeserver().serverName}`;
    const signedIn = await passwordLogin(credentials.username, credentials.password);
    const client = personClient(userId, signedIn.token!);
    for (const room of ["space", "general", "pupils"])
      expect(await outcome(client.joinRoom(rooms[room]!))).toBe("ok");
    return { pupil, userId, ...credentials };
  };

  /** What Synapse's admin API says of the account (a deactivated account has no password left either). */
  const accountState = async (userId: string) => {
    const response = await fetch(
      `${homeserver().url}/_synapse/admin/v2/users/${encodeURIComponent(userId)}`,
      {
        headers: { authorization: `Bearer ${botAccount.accessToken}` },
      },
    );
    const user = (await response.json()) as { deactivated: boolean; erased: boolean };
    return { deactivated: user.deactivated, erased: user.erased };
  };

  const membership = async (userId: string) =>
    (
      (await personClient(botAccount.userId, botAccount.accessToken).getStateEvent(
        rooms.pupils!,
        "m.room.member",
        userId,
      )) as { membership: string }
    ).membership;

  beforeAll(async () => {
    w = await World.create("sqlite");
    galilei = await w.school("Liceo Galilei", "IT", "Roma");
    anna = await w.teacher("Anna Rossi", galilei);
    const marie = await w.teacher("Marie Dupont", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    project = await w.activeProject(anna, marie);
    botAccount = await matrixPerson("erasurebot", { admin: true });
    ({ bot } = await startBot(w, { account: botAccount }));
    await bot.drainOutbox();
    rooms = await projectRooms(w, project.id);
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

  it("deactivates an erased pupil's account: it cannot sign in and has left the rooms", async () => {
    const marco = await pupilInRooms("Marco Bianchi");
    expect(await membership(marco.userId)).toBe("join");
    const admin = await pages.as(
      { id: (await w.account("Paola Admin")).id, schoolId: galilei.id },
      {
        roles: ["school_admin"],
      },
    );
    expect((await admin.post(`/app/privacy/erase/pupil/${marco.pupil.id}`)).location).toBe(
      "/app/privacy?done=person_erased",
    );
    await bot.drainOutbox();
    expect((await passwordLogin(marco.username, marco.password)).status).toBe(403);
    expect(await accountState(marco.userId)).toEqual({ deactivated: true, erased: true });
    await expect.poll(() => membership(marco.userId), { timeout: 5000, interval: 50 }).toBe("leave");
    expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(marco.pupil.id)).toBeUndefined();
    // Handled again (at least once) or a full pass: nothing comes back.
    await bot.fullPass();
    expect(await membership(marco.userId)).toBe("leave");
  });

  it("deactivates the account of a pupil their teacher deleted", async () => {
    const sofia = await pupilInRooms("Sofia Verdi");
    await deletePupil(w.deps, w.actor(anna), sofia.pupil.id);
    await bot.drainOutbox();
    expect((await passwordLogin(sofia.username, sofia.password)).status).toBe(403);
    expect(await accountState(sofia.userId)).toEqual({ deactivated: true, erased: true });
    await expect.poll(() => membership(sofia.userId), { timeout: 5000, interval: 50 }).toBe("leave");
  });

  it("takes an erased teacher's own Matrix account out of the rooms without deactivating it", async () => {
    const luigi = await w.teacher("Luigi Verdi", galilei);
    const luigiMatrix = await matrixPerson("Luigi");
    await link(w, luigi, luigiMatrix);
    await join(w, project.id, anna, luigi);
    await bot.drainOutbox();
    const teachersRoom = async () =>
      (
        (await personClient(botAccount.userId, botAccount.accessToken).getStateEvent(
          rooms.teachers!,
          "m.room.member",
          luigiMatrix.userId,
        )) as { membership: string }
      ).membership;
    expect(await teachersRoom()).toBe("invite");
    const central = await pages.as(await w.centralAdmin());
    expect((await central.post(`/app/privacy/erase/account/${luigi.id}`)).status).toBe(303);
    await bot.drainOutbox();
    expect(await teachersRoom()).toBe("leave");
    // Not the bot's account to close: it still signs in.
    expect(await outcome(personClient(luigiMatrix.userId, luigiMatrix.accessToken).whoami())).toBe("ok");
  });
});
