import type { RoomContext } from "../commands/command.ts";
import type { CommandDispatcher } from "../commands/dispatcher.ts";
import { isCommandCandidate } from "../commands/filter.ts";
import { HomeserverUnavailable } from "../homeserver/retry.ts";
import type { BotClient } from "../homeserver/rooms.ts";
import type { ActivityRecords } from "../store/activity.ts";
import type { AppliedTwinSpaces } from "../store/appliedTwinSpaces.ts";
import type { RoomPurpose, RoomRecords } from "../store/rooms.ts";
import type { SyncTokens } from "../store/syncToken.ts";
import { sendNoticeOnce } from "../twinspace/notices.ts";
import { activityChanges } from "./activity.ts";
import { roomContext } from "./context.ts";
import { directSlot } from "./directRooms.ts";
import { changedRooms, stateTouchedRooms } from "./drift.ts";
import { type ChatMaterials, postedFiles } from "./materials.ts";
import {
  type Invitation,
  invitations,
  newEventsByRoom,
  newMessages,
  type SyncResponse,
  type TimelineEvent,
} from "./syncResponse.ts";

/**
 * The timeline only, no presence, receipts or account data: the bot reads commands, its own
 * joins and the state changes people make in its rooms (kicks, names, widgets, power levels,
 * pins) to repair them. The state section is left out (the records say what a room is for;
 * a limited timeline counts as a change). The first sync, which is only history, asks for
 * one event per room instead of a hundred.
 */
function syncFilter(first: boolean): string {
  return JSON.stringify({
    presence: { types: [] },
    account_data: { types: [] },
    room: {
      state: { types: [] },
      ephemeral: { types: [] },
      account_data: { types: [] },
      timeline: { limit: first ? 1 : 100 },
    },
  });
}

export interface ChatDeps {
  client: BotClient;
  records: RoomRecords;
  /** The project rooms' activity summary the project page shows. */
  activity: ActivityRecords;
  /** Where state changes in project rooms are counted, so that the next pass over them checks everything. */
  applied: AppliedTwinSpaces;
  /** Files posted in the project rooms, collected into the project's library. */
  materials: ChatMaterials;
  tokens: SyncTokens;
  dispatcher: CommandDispatcher;
  botUserId: string;
  /** Messages sent before this instant (the bot's start) are history, never commands. */
  listeningSince: number;
  now(): string;
  log(message: string, error?: unknown): void;
  /** Someone other than the bot changed a managed room: its project or national unit wants a repair. */
  changed(room: RoomContext): void;
}

/**
 * The bot's side of the chat, on its own /sync loop rather than the SDK's: the `since`
 * token lives in the database next to the lease, so whichever instance holds the lease
 * carries on from the same point, and a step is one call the bot's loop and the tests
 * drive alike. Each answer is sent with a transaction id derived from the command's event
 * id, so a command read twice (a crash before the token was saved) is answered once.
 */
export class ChatListener {
  readonly #deps: ChatDeps;

  constructor(deps: ChatDeps) {
    this.#deps = deps;
  }

  /** One /sync: accepts or refuses invitations, notes hand-made changes, answers new commands, then saves the position. */
  async syncOnce(timeoutMs = 0, stillWanted: () => boolean = () => true): Promise<void> {
    const { client, tokens, botUserId } = this.#deps;
    const since = await tokens.get();
    const response = (await client.doRequest(
      "GET",
      "/_matrix/client/v3/sync",
      { filter: syncFilter(!since), timeout: timeoutMs, ...(since ? { since } : {}) },
      null,
      timeoutMs + 30_000,
    )) as SyncResponse;
    if (!stillWanted()) return; // stopped, or the lease went elsewhere during the long poll
    for (const invitation of invitations(response, botUserId)) await this.#answerInvitation(invitation);
    // The first sync of a bot with no saved position brings only history: whatever happened
    // before, unseen, may have changed any room.
    if (!since) await this.#deps.applied.allRoomsChanged();
    if (since) {
      await this.#countStateChanges(response);
      for (const roomId of changedRooms(response, botUserId)) {
        this.#deps.changed(await roomContext(this.#deps.records, roomId));
      }
      for (const { roomId, event } of newMessages(response, botUserId)) {
        if (!isCommandCandidate(event, botUserId, this.#deps.listeningSince)) continue;
        await this.#answer(roomId, event.event_id, event.sender, event.content.body as string);
      }
      for (const { roomId, events } of newEventsByRoom(response, botUserId)) {
        await this.#recordActivity(roomId, events);
      }
    }
    await tokens.save(response.next_batch);
  }

  /** Counted before the position is saved: a crash in between cannot lose a change. */
  async #countStateChanges(response: SyncResponse): Promise<void> {
    const projectIds: string[] = [];
    for (const roomId of stateTouchedRooms(response, this.#deps.botUserId)) {
      const projectId = (await this.#deps.records.byRoomId(roomId))?.projectId;
      if (projectId) projectIds.push(projectId);
    }
    await this.#deps.applied.roomsChanged(projectIds);
  }

  /** Project rooms only (not national units, not direct messages): the page's "what happens inside". */
  async #recordActivity(roomId: string, events: TimelineEvent[]): Promise<void> {
    if (events.length === 0) return;
    const record = await this.#deps.records.byRoomId(roomId);
    if (!record?.projectId || record.purpose === "space") return;
    const changes = activityChanges(events, this.#deps.botUserId, record.purpose === "forum");
    const names = new Map<string, string>();
    for (const sender of new Set(changes.topics.map((topic) => topic.sender))) {
      names.set(sender, await this.#displayName(roomId, sender));
    }
    await this.#deps.activity.record(roomId, changes, names);
    await this.#collectFiles(record.projectId, { roomId, purpose: record.purpose }, events);
    for (const eventId of changes.redacted) await this.#deps.materials.removeRedacted(eventId);
  }

  /**
   * Files of General, the Forum and the Pupils' room go to the library; the Teachers' room's
   * stay in the chat, since pupils read the library and that room is for teachers only.
   */
  async #collectFiles(
    projectId: string,
    room: { roomId: string; purpose: RoomPurpose },
    events: TimelineEvent[],
  ) {
    if (room.purpose === "teachers") return;
    for (const file of postedFiles(events, this.#deps.botUserId)) {
      await this.#deps.materials.collect(
        projectId,
        room,
        file,
        await this.#displayName(room.roomId, file.sender),
      );
    }
  }

  /** The author's name as the room shows it (their member event), else their Matrix ID. */
  async #displayName(roomId: string, userId: string): Promise<string> {
    try {
      const member = (await this.#deps.client.doRequest(
        "GET",
        `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/state/m.room.member/${encodeURIComponent(userId)}`,
      )) as { displayname?: unknown };
      return typeof member.displayname === "string" && member.displayname.trim()
        ? member.displayname
        : userId;
    } catch (error) {
      if (error instanceof HomeserverUnavailable) throw error;
      return userId;
    }
  }

  /** Joins the rooms it manages and direct messages people open with it; refuses the rest. */
  async #answerInvitation({ roomId, inviter, isDirect }: Invitation): Promise<void> {
    const { client, records, now } = this.#deps;
    const managed = await records.byRoomId(roomId);
    if (!managed && !isDirect) {
      await client.doRequest(
        "POST",
        `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/leave`,
        null,
        {},
      );
      return;
    }
    await client.doRequest("POST", `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/join`, null, {});
    if (!managed) await records.adopt(directSlot(inviter), roomId, now());
  }

  async #answer(roomId: string, eventId: string, sender: string, body: string): Promise<void> {
    const { client, records, dispatcher } = this.#deps;
    try {
      const room = await roomContext(records, roomId);
      const answer = await dispatcher.handle({ sender, body, room });
      if (answer) await sendNoticeOnce(client, roomId, `reply-${eventId}`, "reply", answer, [sender]);
    } catch (error) {
      // An outage ends the step without saving the position: the command is read again later.
      if (error instanceof HomeserverUnavailable) throw error;
      // Any other failure must not hold up the other commands.
      this.#deps.log(`command ${eventId} in ${roomId} was not answered`, error);
    }
  }
}
