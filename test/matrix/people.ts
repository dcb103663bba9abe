import { randomBytes } from "node:crypto";
import { createClient, Method, type MatrixClient as PersonClient } from "matrix-js-sdk";
import { inject } from "vitest";
import {
  type Account,
  acceptInvitation,
  addPupilsToProject,
  createMatrixLinkCode,
  type Id,
  inviteTeacher,
  linkMatrixAccount,
  type Pupil,
  registerPupils,
  type Teacher,
} from "../../core/index.ts";
import { matrixForPages } from "../../matrix-bot/accounts/connect.ts";
import { PUPIL_LOCALPART_PREFIX } from "../../matrix-bot/accounts/passwords.ts";
import { MatrixBot, type MatrixBotClient } from "../../matrix-bot/bot.ts";
import type { BotConfig } from "../../matrix-bot/config.ts";
import { RetryingMatrixClient } from "../../matrix-bot/homeserver/client.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../../matrix-bot/homeserver/retry.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { registerUser } from "../support/synapse.ts";
import type { World } from "../support/world.ts";

/**
 * The people of the Matrix tests: real accounts on the shared Synapse, each with an
 * independent client (matrix-js-sdk, not the bot's SDK) to look at the TwinSpace the way
 * a person's Matrix app does.
 */

export const homeserver = () => inject("synapse");

/** Localparts are unique per test run: every test file shares one Synapse. */
export function uniqueLocalpart(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${randomBytes(3).toString("hex")}`;
}

export interface Person {
  userId: string;
  accessToken: string;
  password: string;
  client: PersonClient;
}

export async function matrixPerson(name: string, options: { admin?: boolean } = {}): Promise<Person> {
  const user = await registerUser(homeserver(), uniqueLocalpart(name), options);
  return { ...user, client: personClient(user.userId, user.accessToken) };
}

const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, getChild: () => quiet };

export function personClient(userId: string, accessToken: string): PersonClient {
  return createClient({ baseUrl: homeserver().url, accessToken, userId, logger: quiet });
}

export const FAST_RETRIES: RetryPolicy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 20, maxDelayMs: 200 };

export function botConfig(accessToken: string, overrides: Partial<BotConfig> = {}): BotConfig {
  return {
    homeserverUrl: homeserver().url,
    accessToken,
    jitsiBaseUrl: "https://meet.example.org",
    commandPrefix: "!tw",
    pollIntervalMs: 50,
    fullPassIntervalMs: 60_000,
    ...overrides,
  };
}

const started: MatrixBot[] = [];

/** Stops every bot a test started (releasing their leases), for afterEach. */
export async function stopBots(): Promise<void> {
  for (const bot of started.splice(0)) await bot.stop();
}

/**
 * A bot account on the Synapse and a MatrixBot for the world's database (stopped by stopBots).
 * The account is a server admin, as README "Matrix" point 4 asks wherever pupils have accounts:
 * the pupil guard lets only a server admin invite a pupil.
 */
export async function startBot(
  world: World,
  options: { account?: Person; client?: MatrixBotClient; policy?: RetryPolicy } = {},
): Promise<{ bot: MatrixBot; account: Person }> {
  const account = options.account ?? (await matrixPerson("twinbot", { admin: true }));
  const client =
    options.client ??
    new RetryingMatrixClient(homeserver().url, account.accessToken, options.policy ?? FAST_RETRIES);
  const bot = await MatrixBot.create({
    config: botConfig(account.accessToken),
    database: world.store.database,
    core: world.deps,
    client,
    log: { info: () => {}, warn: () => {} },
  });
  started.push(bot);
  return { bot, account };
}

/** Links a teacher's Matrix account the way a teacher does: a code from the profile page, sent to the bot. */
export async function link(world: World, account: Account, person: Person): Promise<void> {
  const { code } = await createMatrixLinkCode(world.deps, { accountId: account.id });
  await linkMatrixAccount(world.deps, person.userId, code);
}

/** The founder invites a teacher, who accepts (R8). */
export async function join(world: World, projectId: Id, inviter: Teacher, teacher: Teacher): Promise<void> {
  const invitation = await inviteTeacher(world.deps, { accountId: inviter.id }, projectId, teacher.id);
  await acceptInvitation(world.deps, { accountId: teacher.id }, invitation.id);
}

/**
 * A teacher registers a pupil and adds them to the project; the pupil gets a Matrix account
 * with the pupils' localpart prefix, so the homeserver's pupil guard treats it as a pupil's.
 */
export async function pupilWithMatrix(
  world: World,
  projectId: Id,
  teacher: Teacher,
  name: string,
): Promise<{ pupil: Pupil; person: Person }> {
  const { registered } = await registerPupils(world.deps, { accountId: teacher.id }, [{ displayName: name }]);
  const pupil = registered[0]!;
  await addPupilsToProject(world.deps, { accountId: teacher.id }, projectId, [pupil.id]);
  const user = await registerUser(homeserver(), `${PUPIL_LOCALPART_PREFIX}${uniqueLocalpart(name)}`);
  const person = { ...user, client: personClient(user.userId, user.accessToken) };
  await new PupilMatrixAccounts(world.store.database).record(
    pupil.id,
    person.userId,
    teacher.id,
    world.clock.now(),
  );
  return { pupil, person };
}

/** The bot's rooms of a project, by part, from its records (rooms not made yet are left out). */
export async function projectRooms(world: World, projectId: Id): Promise<Record<string, string>> {
  const rows: { slot: string; room_id: string }[] = await world.store.database
    .knex("matrix_rooms")
    .where({ project_id: projectId })
    .whereNotNull("room_id")
    .select("slot", "room_id");
  return Object.fromEntries(rows.map((row) => [row.slot.split("/")[2]!, row.room_id]));
}

/**
 * Sends a message as a person, straight to the API: matrix-js-sdk's send queue is for
 * synced clients and would only log here.
 */
export async function say(person: Person, roomId: string, text: string): Promise<string> {
  const path = `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${randomBytes(8).toString("hex")}`;
  const sent = await person.client.http.authedRequest<{ event_id: string }>(Method.Put, path, undefined, {
    msgtype: "m.text",
    body: text,
  });
  return sent.event_id;
}

/** The Matrix error code of a refused call, or "ok". */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    return (error as { errcode?: string }).errcode ?? String(error);
  }
}

/** Signs in the way Element does: username and password, no admin help. */
export async function passwordLogin(
  username: string,
  password: string,
): Promise<{ status: number; errcode?: string; token?: string; userId?: string }> {
  const response = await fetch(`${homeserver().url}/_matrix/client/v3/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      type: "m.login.password",
      identifier: { type: "m.id.user", user: username },
      password,
    }),
  });
  const body = (await response.json()) as { errcode?: string; access_token?: string; user_id?: string };
  return { status: response.status, errcode: body.errcode, token: body.access_token, userId: body.user_id };
}

/** The username and password a printed credentials sheet shows (one pupil per sheet). */
export function credentialsOn(html: string): { username: string; password: string } {
  const codes = [...html.matchAll(/<dd><code>([^<]+)<\/code><\/dd>/g)].map((match) => match[1]!);
  const [, username, password] = codes;
  if (!username || !password) throw new Error("no credentials on the sheet");
  return { username, password };
}

/** The Matrix side of the teacher's pages (pupils' accounts), run with this bot's token. */
export function pagesMatrix(world: World, botAccessToken: string, overrides: Partial<BotConfig> = {}) {
  return matrixForPages(botConfig(botAccessToken, overrides), world.store.database, world.deps);
}
