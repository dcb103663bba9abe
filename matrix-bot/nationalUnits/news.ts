import {
  type Account,
  countriesActedFor,
  type Id,
  type Project,
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
import type { Reply } from "../commands/reply.ts";
import {
  decisionMessage,
  labelDecisionMessage,
  projectAwaitingMessage,
  schoolDecisionMessage,
} from "./messages.ts";
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

/** A school's verification is told to its teachers; a school has far fewer than this. */
const SCHOOL_TEACHERS_TOLD = 1000;

/**
 * The outbox as the national units and founders hear it (its own consumer and cursor): a
 * project awaiting a country's decision is posted in that country's room; each decision is
 * told to the founders in their Teachers' room (when the TwinSpace exists) and by direct
 * message, a Quality Label decision likewise (to the applicant for a national one; the European
 * one also in the partner countries' units' rooms), a school's verification or label to its
 * teachers (and the label's applicant) by direct message; moderator grants and newly linked accounts change the units' rooms. Every post's
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
    if (Date.parse(deps.now()) - Date.parse(event.createdAt) > NEWS_MAX_AGE_MS) return;
    if (event.type === "school_verified" || event.type === "school_rejected") {
      const { reason } = event.type === "school_rejected" ? event.payload : { reason: undefined };
      await this.#school(event.id, event.payload.schoolId, {
        about: "verification",
        positive: !reason,
        reason,
      });
      return;
    }
    if (event.type === "school_label_decided") {
      const { schoolId, schoolLabelId, awarded, reason } = event.payload;
      await this.#school(event.id, schoolId, { about: "label", positive: awarded, reason }, schoolLabelId);
      return;
    }
    if (!event.projectId) return;
    if (event.type === "approval_requested") await this.#awaiting(event.id, event.projectId, event.payload);
    if (event.type === "approval_decided") await this.#decided(event.id, event.projectId, event.payload);
    if (event.type === "label_decided") await this.#nationalLabel(event.id, event.projectId, event.payload);
    if (event.type === "european_label_decided")
      await this.#europeanLabel(event.id, event.projectId, event.payload);
  }

  /**
   * A decision about a school: its teachers hear it by direct message (it concerns no project),
   * and so does whoever applied for its label (a school admin need not be one of its teachers).
   */
  async #school(
    eventId: number,
    schoolId: Id,
    decision: Parameters<typeof schoolDecisionMessage>[1],
    schoolLabelId?: Id,
  ) {
    const found = await this.#deps.store.transaction(async (tx) => {
      const school = await tx.schools.get(schoolId);
      const teachers = await tx.teachers.ofSchool(schoolId, SCHOOL_TEACHERS_TOLD);
      const applicant = schoolLabelId ? (await tx.schoolLabels.get(schoolLabelId))?.appliedBy : undefined;
      const told = new Set([...teachers.map((t) => t.id), ...(applicant ? [applicant] : [])]);
      return school ? { school, accounts: await tx.accounts.getMany([...told]) } : undefined;
    });
    if (!found) return;
    await this.#direct(found.accounts, `school-${eventId}`, (t) =>
      schoolDecisionMessage(found.school, decision, t),
    );
  }

  /** A National Quality Label decision: the Teachers' room and the applicant. */
  async #nationalLabel(
    eventId: number,
    projectId: Id,
    payload: { applicationId: Id; teacherId: Id; country: string; awarded: boolean },
  ) {
    const found = await this.#deps.store.transaction(async (tx) => {
      const project = await tx.projects.get(projectId);
      const application = await tx.labels.getApplication(payload.applicationId);
      const [applicant] = await tx.accounts.getMany([payload.teacherId]);
      return project && applicant ? { project, applicant, reason: application?.decisionNote } : undefined;
    });
    if (!found) return;
    const { project, applicant, reason } = found;
    const say = (t: Translator) =>
      labelDecisionMessage(
        project,
        {
          level: "national",
          country: payload.country,
          teacher: applicant.name,
          awarded: payload.awarded,
          reason,
        },
        t,
      );
    await this.#teachersRoom(project, `label-${eventId}`, say, [applicant]);
    await this.#direct([applicant], `label-${eventId}`, say);
  }

  /** The European Quality Label: the Teachers' room, the founders, the partner countries' units' rooms. */
  async #europeanLabel(
    eventId: number,
    projectId: Id,
    payload: { awarded: boolean; countries: string[]; reason?: string },
  ) {
    const found = await this.#founders(projectId);
    if (!found) return;
    const { project, founders } = found;
    const say = (t: Translator) =>
      labelDecisionMessage(
        project,
        { level: "european", awarded: payload.awarded, reason: payload.reason },
        t,
      );
    await this.#teachersRoom(project, `european-label-${eventId}`, say, founders);
    await this.#direct(founders, `european-label-${eventId}`, say);
    for (const country of payload.countries) {
      const { roomId, locale } = await this.#deps.rooms.ensure(country);
      await sendNoticeOnce(
        this.#deps.client,
        roomId,
        `european-label-${eventId}`,
        "decision",
        say(botMessages.translator(locale)),
      );
    }
  }

  async #founders(projectId: Id) {
    return this.#deps.store.transaction(async (tx) => {
      const project = await tx.projects.get(projectId);
      if (!project) return undefined;
      const founders = await tx.accounts.getMany([
        project.founderId,
        ...(project.cofounderId ? [project.cofounderId] : []),
      ]);
      return { project, founders };
    });
  }

  /** Posts in the project's Teachers' room (when its TwinSpace exists), in the project's language. */
  async #teachersRoom(project: Project, txnId: string, say: (t: Translator) => Reply, mention: Account[]) {
    const teachersRoom = (await this.#deps.records.get(projectSlotKey(project.id, "teachers")))?.roomId;
    if (!teachersRoom) return;
    const t = botMessages.translator(botMessages.negotiate(project.languages.join(",")));
    await sendNoticeOnce(this.#deps.client, teachersRoom, txnId, "decision", say(t), mentionsOf(mention));
  }

  /** Direct messages in each person's language, to those who linked a Matrix account. */
  async #direct(accounts: readonly Account[], txnId: string, say: (t: Translator) => Reply) {
    for (const person of accounts) {
      if (!person.matrixUserId) continue;
      await this.#deps.direct.send(person.matrixUserId, txnId, say(botMessages.translator(person.locale)));
    }
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
    const found = await this.#founders(projectId);
    if (!found) return;
    const { project, founders } = found;
    const say = (t: Translator) => decisionMessage(project, decision, t);
    await this.#teachersRoom(project, `decision-${eventId}`, say, founders);
    await this.#direct(founders, `decision-${eventId}`, say);
  }
}

const mentionsOf = (accounts: { matrixUserId?: string | undefined }[]) =>
  accounts.flatMap((a) => (a.matrixUserId ? [a.matrixUserId] : []));

async function moderatedCountries(store: Store, accountId: Id): Promise<string[]> {
  const grants = await store.transaction((tx) => tx.grants.forAccount(accountId));
  return countriesActedFor(grants);
}
