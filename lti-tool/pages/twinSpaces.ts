import type { Id } from "../../core/index.ts";

/** One Matrix room of a project's TwinSpace, as the Matrix side recorded it. */
export interface TwinSpaceRoom {
  /** What the room is for: "space" (the whole TwinSpace), "general", "forum", "teachers", "pupils", "video", … */
  purpose: string;
  /** A room ID (`!abc:server`) or alias (`#name:server`); the page links to it through matrix.to. */
  address: string;
}

/** Per room, the newest messages the Matrix side keeps for counting: more show as "200+". */
export const MESSAGES_COUNTED = 200;

/** A Forum thread as the project page lists it. */
export interface TwinSpaceTopic {
  title: string;
  /** The author's name as the room showed it. */
  authorName: string;
  /** Set when the author is a pupil (their bot-made account): the page applies the pupils' name rule. */
  authorPupilId: Id | undefined;
  sentAt: string;
  replyCount: number;
}

/** What happens inside a TwinSpace, limited to the rooms the viewer is in. */
export interface TwinSpaceActivity {
  /** The latest Forum threads, newest first (none when the viewer may not see the Forum). */
  topics: TwinSpaceTopic[];
  /** Per room purpose, messages after `since` (all kept ones when `since` is undefined), capped at the kept number. */
  newMessages: { purpose: string; count: number }[];
}

/** Who looked: a teacher's (or admin's) account, or a pupil. */
export type Looker = { accountId: Id } | { pupilId: Id };

/**
 * The port through which the pages read a project's TwinSpace rooms. The Matrix side
 * (matrix-bot/) implements it from its own room records; the pages only read it, outside
 * any core transaction. Until it is wired, `noTwinSpaces` says every TwinSpace is "being
 * prepared".
 */
export interface TwinSpaceDirectory {
  /** The recorded rooms per project; a project without an entry has no rooms yet. */
  roomsFor(projectIds: readonly Id[]): Promise<ReadonlyMap<Id, readonly TwinSpaceRoom[]>>;
  /** The activity of the given rooms (the caller has already kept only the viewer's rooms). */
  activityIn(rooms: readonly TwinSpaceRoom[], since: string | undefined): Promise<TwinSpaceActivity>;
  /** Records that the person looked at the project's page now; answers when they had looked before. */
  looked(projectId: Id, who: Looker, now: string): Promise<string | undefined>;
  /** The room of a group (the reconciler's "group" kind) once the bot made it. */
  groupRoom?(groupId: Id): Promise<string | undefined>;
  /** The video room of a training or online event (the reconciler's "event" kind) once the bot made it. */
  eventRoom?(eventId: Id): Promise<string | undefined>;
}

export const noTwinSpaces: TwinSpaceDirectory = {
  roomsFor: async () => new Map(),
  activityIn: async () => ({ topics: [], newMessages: [] }),
  looked: async () => undefined,
};

/** matrix.to opens the room in whichever Matrix client the person uses. */
export function matrixToUrl(address: string): string {
  return `https://matrix.to/#/${encodeURIComponent(address)}`;
}

/** One message of a room's transcript, as a national unit's look shows it. */
export interface TranscriptMessage {
  /** The sender's name as the room shows it (pupils: the first name the bot gave them). */
  sender: string;
  sentAt: string;
  /** The plain text; for a file or an image, its name (`media`). */
  text: string;
  media: boolean;
}

/** A page of a room's history, newest first; `older` continues further back. */
export interface TranscriptPage {
  messages: TranscriptMessage[];
  older: string | undefined;
}

/**
 * The port through which a national unit's look reads a room's recent history (the bot, which
 * is in every project room, reads it for them). The pages decide which rooms (core's
 * roomShownInLook) and who (core's requireOpenLook); without a homeserver there is nothing to read.
 */
export interface TwinSpaceTranscripts {
  page(room: TwinSpaceRoom, older: string | undefined): Promise<TranscriptPage>;
}

export const noTranscripts: TwinSpaceTranscripts = {
  page: async () => ({ messages: [], older: undefined }),
};
