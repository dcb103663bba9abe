import { createHash } from "node:crypto";
import type { RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import { reconcileDuration } from "../../ops/metrics.ts";
import type { Id, Store, Translator } from "../../core/index.ts";
import { type BotClient, ensureRoom } from "../homeserver/rooms.ts";
import { canonicalJson } from "../homeserver/json.ts";
import { botMessages } from "../i18n/index.ts";
import type { AppliedTwinSpaces } from "../store/appliedTwinSpaces.ts";
import type { FormerLinks } from "../store/formerLinks.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";
import type { RoomRecord, RoomRecords } from "../store/rooms.ts";
import { convergeDirectory, convergePowerLevels, convergeState, type RoomWork } from "./converge.ts";
import { DepartureReasons } from "./departures.ts";
import { type DesiredTwinSpace, loadDesiredTwinSpace } from "./desired.ts";
import { loadDesiredEvent } from "./eventRoom.ts";
import { loadDesiredGroup } from "./groupRoom.ts";
import {
  type DesiredSingleRoom,
  singleRoomCreateRequest,
  singleRoomPowerLevels,
  singleRoomState,
} from "./singleRoom.ts";
import {
  CHILD_ROOMS,
  createRoomRequest,
  creatorOutranksAll,
  keptState,
  type LayoutContext,
  peopleIn,
  powerLevels,
  projectSlotKey,
  roomName,
  TWINSPACE_ROOMS,
  type TwinSpaceRoom,
} from "./layout.ts";
import { convergeMembership } from "./membership.ts";
import { closedMessage, problemsMessage, welcomeMessage } from "./messages.ts";
import { digestOf, editNotice, ensurePinned, sendNotice } from "./notices.ts";
import { Problems } from "./problems.ts";
import { RoomSnapshot } from "./snapshot.ts";

/**
 * What a caller adds to a pass: who to invite again even if they had left the rooms themselves
 * (an outbox event), and whether to check everything even if nothing seems to have changed.
 */
export interface ReconcileHints {
  reinvite?: ReadonlySet<string>;
  force?: boolean;
}

export interface TwinSpaceDeps {
  client: BotClient;
  store: Store;
  records: RoomRecords;
  /** What each TwinSpace looked like after its last pass, and whether its rooms changed since. */
  applied: AppliedTwinSpaces;
  pupilAccounts: PupilMatrixAccounts;
  formerLinks: FormerLinks;
  botUserId: string;
  serverName: string;
  jitsiBaseUrl: string;
  /** The room version new rooms get: the homeserver's default. */
  roomVersion: string;
  now(): string;
  /** A fresh, unguessable name for a project's video conference. */
  newConferenceName(): string;
}

export interface ReconcileOutcome {
  roomsCreated: number;
  problems: number;
}

/**
 * Makes one project's TwinSpace on the homeserver match the project in storage: the rooms
 * exist (made once, whatever crashes), their state, power levels and membership are as the
 * layout says, the welcome is posted and pinned, a closed project is read-only with a
 * notice, and whatever cannot be put back is told to the founders. Every step compares
 * first, so a pass over a TwinSpace that is right changes nothing; and a pass over a
 * TwinSpace whose desired state is the one last applied, in rooms where nobody but the bot
 * changed any state since (the bot's /sync counts such changes), asks the homeserver nothing.
 */
export class TwinSpaceReconciler {
  readonly #deps: TwinSpaceDeps;

  constructor(deps: TwinSpaceDeps) {
    this.#deps = deps;
  }

  async reconcile(projectId: Id, hints: ReconcileHints = {}): Promise<ReconcileOutcome | undefined> {
    const stop = reconcileDuration.startTimer();
    try {
      return await this.#reconcile(projectId, hints);
    } finally {
      stop();
    }
  }

  async #reconcile(projectId: Id, hints: ReconcileHints): Promise<ReconcileOutcome | undefined> {
    const deps = this.#deps;
    const twinSpace = await loadDesiredTwinSpace(deps.store, deps.pupilAccounts, projectId);
    if (!twinSpace) return undefined;
    const t = botMessages.translator(twinSpace.locale);
    const context: LayoutContext = {
      twinSpace,
      t,
      serverName: deps.serverName,
      jitsiBaseUrl: deps.jitsiBaseUrl,
      spaceId: undefined,
      childIds: {},
      videoConference: undefined,
      roomVersion: deps.roomVersion,
    };
    let roomsCreated = 0;
    /** The rooms made in this pass, with the request that made them: their state is known without reading it. */
    const created = new Map<TwinSpaceRoom, RoomCreateOptions>();
    const make = async (room: TwinSpaceRoom) => {
      const slot = { key: projectSlotKey(projectId, room), purpose: room, projectId };
      const videoConference = room === "general" ? deps.newConferenceName() : undefined;
      let request: RoomCreateOptions | undefined;
      const made = await ensureRoom(
        deps,
        slot,
        (record) =>
          (request = createRoomRequest(
            room,
            slot.key,
            { ...context, videoConference: record.videoConference },
            deps.botUserId,
          )),
        { videoConference },
      );
      if (made.created) {
        roomsCreated++;
        created.set(room, request!);
      }
      return made.roomId;
    };
    context.spaceId = await make("space");
    for (const child of CHILD_ROOMS) context.childIds[child] = await make(child);
    const records = new Map((await deps.records.forProject(projectId)).map((r) => [r.key, r]));
    const recordOf = (room: TwinSpaceRoom) => records.get(projectSlotKey(projectId, room))!;
    context.videoConference = recordOf("general").videoConference;

    const applied = await deps.applied.get(projectId);
    const digest = this.#digest(context, recordOf);
    const unchanged =
      applied.digest === digest &&
      applied.roomChangesApplied === applied.roomChanges &&
      !hints.force &&
      (hints.reinvite?.size ?? 0) === 0;
    // The last pass left no problem, or it would not have recorded its digest.
    if (unchanged) return { roomsCreated, problems: 0 };

    const problems = new Problems();
    const departures = new DepartureReasons({ ...deps, projectId, t, title: twinSpace.title });
    for (const room of TWINSPACE_ROOMS) {
      await this.#converge(room, recordOf(room), context, {
        problems,
        departures,
        hints,
        createdBy: created.get(room),
      });
    }
    await this.#report(recordOf("teachers"), twinSpace, t, problems);
    // With problems left, the next pass looks again (a ban lifted, an account back).
    if (problems.size === 0) await deps.applied.applied(projectId, digest, applied.roomChanges);
    else await deps.applied.unsettled(projectId);
    return { roomsCreated, problems: problems.size };
  }

  /**
   * The "group" kind: an approved group's room, made once and kept like a TwinSpace's rooms
   * (state, power levels, members with a linked Matrix ID invited, anyone else removed).
   */
  async reconcileGroup(groupId: Id, hints: ReconcileHints = {}): Promise<ReconcileOutcome | undefined> {
    const group = await loadDesiredGroup(this.#deps.store, groupId);
    if (!group) return undefined;
    return this.#reconcileSingleRoom(group, hints, "group.kick.not_member");
  }

  /**
   * The "event" kind: a training event's video room with the meeting widget, its registered
   * participants and organisers in it; a cancelled event's room is emptied.
   */
  async reconcileEvent(eventId: Id, hints: ReconcileHints = {}): Promise<ReconcileOutcome | undefined> {
    const deps = this.#deps;
    const event = await loadDesiredEvent(deps.store, eventId);
    if (!event) return undefined;
    const meeting = (conference: string | undefined) =>
      conference ? { jitsiBaseUrl: deps.jitsiBaseUrl, conference } : undefined;
    return this.#reconcileSingleRoom(event, hints, "event.kick.not_participant", {
      newConference: deps.newConferenceName(),
      meeting,
    });
  }

  /** One room of its own (singleRoom.ts): made once, then its state, levels and members kept. */
  async #reconcileSingleRoom(
    desired: DesiredSingleRoom,
    hints: ReconcileHints,
    kickKey: string,
    video?: {
      newConference: string;
      meeting: (conference: string | undefined) => DesiredSingleRoom["meeting"];
    },
  ): Promise<ReconcileOutcome> {
    const deps = this.#deps;
    const t = botMessages.translator(undefined);
    const creator = { userId: deps.botUserId, listed: !creatorOutranksAll(deps.roomVersion) };
    const { roomId, created } = await ensureRoom(
      deps,
      desired.slot,
      (record) =>
        singleRoomCreateRequest(
          { ...desired, meeting: video?.meeting(record.videoConference) },
          t,
          creator,
          deps.roomVersion,
        ),
      video ? { videoConference: video.newConference } : {},
    );
    // The conference is the one recorded when the room was made, kept for the room's life.
    const room = video
      ? { ...desired, meeting: video.meeting((await deps.records.get(desired.slot.key))?.videoConference) }
      : desired;
    const problems = new Problems();
    const work: RoomWork = {
      client: deps.client,
      botUserId: deps.botUserId,
      snapshot: await RoomSnapshot.read(deps.client, roomId),
      label: room.name,
      problems,
    };
    const bot = { userId: deps.botUserId, listed: !creatorOutranksAll(work.snapshot.roomVersion()) };
    await convergeState(work, singleRoomState(room, t));
    await convergePowerLevels(work, singleRoomPowerLevels(room, bot), bot);
    if (!created) await convergeDirectory(work);
    await convergeMembership(work, {
      people: room.people,
      reinvite: hints.reinvite ?? new Set(),
      // Said to the person removed, in their own language when they have an account.
      kickReason: async (userId) => {
        const account = await deps.store.readOnly((tx) => tx.accounts.findByMatrixUserId(userId));
        return botMessages.translator(account?.locale).t(kickKey, { name: room.name });
      },
    });
    return { roomsCreated: created ? 1 : 0, problems: problems.size };
  }

  /**
   * Everything the pass would put on the homeserver, as rendered (so a new translation or
   * setting counts too): the desired TwinSpace, its rooms, their kept state and welcome.
   */
  #digest(context: LayoutContext, recordOf: (room: TwinSpaceRoom) => RoomRecord): string {
    const deps = this.#deps;
    const rooms = TWINSPACE_ROOMS.map((room) => ({
      room,
      roomId: recordOf(room).roomId,
      state: keptState(room, recordOf(room).key, context),
      welcome: welcomeMessage(room, context.twinSpace, context.t),
    }));
    const rendered = { twinSpace: context.twinSpace, botUserId: deps.botUserId, rooms };
    return createHash("sha256").update(canonicalJson(rendered)).digest("hex");
  }

  async #converge(
    room: TwinSpaceRoom,
    record: RoomRecord,
    context: LayoutContext,
    pass: {
      problems: Problems;
      departures: DepartureReasons;
      hints: ReconcileHints;
      /** The request that made the room in this pass, if it did. */
      createdBy: RoomCreateOptions | undefined;
    },
  ): Promise<void> {
    const deps = this.#deps;
    const { twinSpace, t } = context;
    const roomId = record.roomId!;
    const work: RoomWork = {
      client: deps.client,
      botUserId: deps.botUserId,
      snapshot: pass.createdBy
        ? RoomSnapshot.created(roomId, pass.createdBy, deps.botUserId)
        : await RoomSnapshot.read(deps.client, roomId),
      label: roomName(room, context),
      problems: pass.problems,
    };
    const closed = twinSpace.closedAt !== undefined;
    const people = peopleIn(room, twinSpace);
    const bot = { userId: deps.botUserId, listed: !creatorOutranksAll(work.snapshot.roomVersion()) };
    await convergeState(work, keptState(room, record.key, context));
    await convergePowerLevels(work, powerLevels(people, bot, closed), bot);
    // A room made in this pass was created private: no one can have listed it yet.
    if (!pass.createdBy) await convergeDirectory(work);
    await convergeMembership(work, {
      people,
      reinvite: pass.hints.reinvite ?? new Set(),
      kickReason: (userId) => pass.departures.reasonFor(userId),
    });
    await this.#welcome(work, record, welcomeMessage(room, twinSpace, t));
    if (closed && !record.closedNoticeEventId) {
      const eventId = await sendNotice(deps.client, roomId, "closed", closedMessage(twinSpace, t));
      await deps.records.update(record.key, { closedNoticeEventId: eventId }, deps.now());
    }
  }

  /** Posts the welcome once, edits it when the partners or rules change, and keeps it pinned. */
  async #welcome(
    work: RoomWork,
    record: RoomRecord,
    message: ReturnType<typeof welcomeMessage>,
  ): Promise<void> {
    const deps = this.#deps;
    const roomId = work.snapshot.roomId;
    const digest = digestOf(message);
    let eventId = record.welcomeEventId;
    if (!eventId) {
      eventId = await sendNotice(deps.client, roomId, "welcome", message);
      await deps.records.update(record.key, { welcomeEventId: eventId, welcomeDigest: digest }, deps.now());
    } else if (record.welcomeDigest !== digest) {
      await editNotice(deps.client, roomId, eventId, "welcome", message);
      await deps.records.update(record.key, { welcomeDigest: digest }, deps.now());
    }
    await ensurePinned(deps.client, work.snapshot, eventId);
  }

  /** Tells the founders, in the Teachers' room, what could not be put back; once per distinct set of problems. */
  async #report(teachersRoom: RoomRecord, twinSpace: DesiredTwinSpace, t: Translator, problems: Problems) {
    const deps = this.#deps;
    if (problems.size === 0) {
      if (teachersRoom.problemDigest)
        await deps.records.update(teachersRoom.key, { problemDigest: undefined }, deps.now());
      return;
    }
    const founders = twinSpace.people.filter((p) => p.role === "founder").map((p) => p.matrixUserId);
    const message = problemsMessage(
      founders.length > 0 ? founders : [t.t("twinspace.problems.founders")],
      problems.lines(t),
      t,
    );
    const digest = digestOf(message);
    if (teachersRoom.problemDigest === digest) return;
    await sendNotice(deps.client, teachersRoom.roomId!, "problems", message, founders);
    await deps.records.update(teachersRoom.key, { problemDigest: digest }, deps.now());
  }
}
