import {
  countriesActedFor,
  type Id,
  type Store,
  type StoredEvent,
  type Translator,
} from "../../core/index.ts";
import type { DirectRooms } from "../chat/directRooms.ts";
import { shortRef } from "../commands/references.ts";
import type { BotClient } from "../homeserver/rooms.ts";
import { botMessages } from "../i18n/index.ts";
import type { RoomRecords } from "../store/rooms.ts";
import { projectSlotKey } from "../twinspace/layout.ts";
import { sendNoticeOnce } from "../twinspace/notices.ts";
import { decisionMessage, projectAwaitingMessage } from "./messages.ts";
import type { NationalUnitRooms } from "./room.ts";

export interface NewsDeps {
  client: BotClient;
  store: Store;
  records: RoomRecords;
  rooms: NationalUnitRooms;
  direct: DirectRooms;
  commandPrefix: string;
  /** Core's clock: outbox events are stamped with it. */
  now(): string;
}

/**
 * News older than this is not posted: a bot that starts on a database with history
 * (its consumer's cursor at 0) must not flood rooms and inboxes with old decisions.
 */
const NEWS_MAX_AGE_MS = 7 * 24 * 3600_000;

/**
 * The outbox as the national units and founders hear it (its own consumer and cursor): a
 * project awaiting a country's decision is posted in that country's room; each decision is
 * told to the founders in their Teachers' room (when the TwinSpace exists) and by direct
 * message; moderator grants and newly linked accounts change the units' rooms. Every post's
 * transaction id is derived from the event, so handling an event twice posts once.
 */
export class NationalUnitNews {
  readonly #deps: NewsDeps;

  constructor(deps: NewsDeps) {
    this.#deps = deps;
  }

  async handle(event: StoredEvent): Promise<void> {
    const deps = this.#deps;
    if (event.type === "grant_added" || event.type === "grant_removed") {
      if (event.payload.country) await deps.rooms.ensure(event.payload.country);
      return;
    }
    if (event.type === "matrix_account_linked") {
      for (const country of await moderatedCountries(deps.store, event.payload.accountId)) {
        await deps.rooms.ensure(country, new Set([event.payload.matrixUserId]));
      }
      return;
    }
    if (Date.parse(deps.now()) - Date.parse(event.createdAt) > NEWS_MAX_AGE_MS || !event.projectId) return;
    if (event.type === "approval_requested") await this.#awaiting(event.id, event.projectId, event.payload);
    if (event.type === "approval_decided") await this.#decided(event.id, event.projectId, event.payload);
  }

  async #awaiting(eventId: number, projectId: Id, { country, round }: { country: string; round: number }) {
    const deps = this.#deps;
    const found = await deps.store.transaction(async (tx) => {
      const project = await tx.projects.get(projectId);
      const approval = (await tx.approvals.forRound(projectId, round)).find((a) => a.country === country);
      if (!project || approval?.status !== "pending") return undefined; // decided meanwhile: old news
      const founders = await tx.teachers.getMany([
        project.founderId,
        ...(project.cofounderId ? [project.cofounderId] : []),
      ]);
      return { project, founders };
    });
    if (!found) return;
    const { roomId, locale } = await deps.rooms.ensure(country);
    const message = projectAwaitingMessage(found.project, found.founders, country, {
      t: botMessages.translator(locale),
      prefix: deps.commandPrefix,
      code: shortRef(projectId),
    });
    await sendNoticeOnce(deps.client, roomId, `awaiting-${eventId}`, "awaiting", message);
  }

  async #decided(
    eventId: number,
    projectId: Id,
    decision: { country: string; approved: boolean; reason?: string },
  ) {
    const deps = this.#deps;
    const found = await deps.store.transaction(async (tx) => {
      const project = await tx.projects.get(projectId);
      if (!project) return undefined;
      const founders = await tx.accounts.getMany([
        project.founderId,
        ...(project.cofounderId ? [project.cofounderId] : []),
      ]);
      return { project, founders };
    });
    if (!found) return;
    const { project, founders } = found;
    const say = (t: Translator) => decisionMessage(project, decision, t);
    const teachersRoom = (await deps.records.get(projectSlotKey(projectId, "teachers")))?.roomId;
    if (teachersRoom) {
      const t = botMessages.translator(botMessages.negotiate(project.languages.join(",")));
      await sendNoticeOnce(
        deps.client,
        teachersRoom,
        `decision-${eventId}`,
        "decision",
        say(t),
        mentionsOf(founders),
      );
    }
    for (const founder of founders) {
      if (!founder.matrixUserId) continue;
      await deps.direct.send(
        founder.matrixUserId,
        `decision-${eventId}`,
        say(botMessages.translator(founder.locale)),
      );
    }
  }
}

const mentionsOf = (accounts: { matrixUserId?: string | undefined }[]) =>
  accounts.flatMap((a) => (a.matrixUserId ? [a.matrixUserId] : []));

async function moderatedCountries(store: Store, accountId: Id): Promise<string[]> {
  const grants = await store.transaction((tx) => tx.grants.forAccount(accountId));
  return countriesActedFor(grants);
}
