import {
  CENTRAL_SUPPORT_UNIT,
  type CoreDeps,
  type Id,
  type Project,
  type StoredEvent,
  type Tx,
} from "../../../core/index.ts";
import type { Database } from "../../../store/database.ts";
import { EventConsumer } from "../../../store/eventConsumer.ts";

/** What a notification says besides its type: ids and codes, turned into words when shown. */
export type NotificationParams = Record<string, string>;

interface Fanned {
  recipients: Id[];
  params: NotificationParams;
}

const NONE: Fanned = { recipients: [], params: {} };

/** A school's verification is told to its teachers; a school has far fewer than this. */
const SCHOOL_TEACHERS_TOLD = 1000;
/** A school's admins (its LMS's Administrators who launched); a school has a handful. */
const SCHOOL_ADMINS_TOLD = 100;

/**
 * Who is concerned by an event, and what their notification needs: one audience, or several
 * told in different words (each with its own `variant`). Only events a person must know about
 * or act on notify anyone; the actor is never told about their own act. Reads go through
 * core's repositories in the consumer's transaction.
 */
export async function fanOut(tx: Tx, event: StoredEvent): Promise<Fanned[]> {
  if (event.type === "school_verified" || event.type === "school_rejected") {
    return schoolDecisionAudiences(tx, event);
  }
  return [await audienceOf(tx, event)];
}

/**
 * A national unit's decision on a school. Its admins (those its LMS launched as Administrator)
 * are told what it means for them: a verification (the school shows as verified), a rejection
 * or a withdrawn verification with the unit's reason and what to do next; their e-mail kind is
 * "decisions". Its teachers hear of a verification only, in the tool, under variant `teacher`
 * whose e-mail kind is "school", off unless they choose it: it is news, nothing for them to do.
 * A rejection is not theirs to act on, and their launches are refused with the LMS admin's
 * next step. Someone both admin and teacher gets the admin's words once. Pupils are neither.
 */
async function schoolDecisionAudiences(
  tx: Tx,
  event: Extract<StoredEvent, { type: "school_verified" | "school_rejected" }>,
): Promise<Fanned[]> {
  const { schoolId, country } = event.payload;
  const admins = await tx.schoolAdmins.ofSchool(schoolId, SCHOOL_ADMINS_TOLD);
  if (event.type === "school_rejected") {
    const { reason, withdrawn } = event.payload;
    return [{ recipients: admins, params: { country, reason, variant: withdrawn ? "withdrawn" : "admin" } }];
  }
  const adminSet = new Set(admins);
  const teachers = (await tx.teachers.ofSchool(schoolId, SCHOOL_TEACHERS_TOLD))
    .map((teacher) => teacher.id)
    .filter((id) => !adminSet.has(id));
  return [
    { recipients: admins, params: { country, variant: "admin" } },
    { recipients: teachers, params: { country, variant: "teacher" } },
  ];
}

async function audienceOf(tx: Tx, event: StoredEvent): Promise<Fanned> {
  const project = event.projectId ? await tx.projects.get(event.projectId) : undefined;
  const founders = project ? foundersOf(project) : [];
  const members = async () =>
    project ? (await tx.members.teachers(project.id)).map((m) => m.teacherId) : [];
  switch (event.type) {
    case "contact_requested":
      return { recipients: [event.payload.addresseeId], params: {} };
    case "contact_accepted":
      return { recipients: [event.payload.requesterId], params: {} };
    // Groups: params carry the group's id and name, so the words say which group.
    case "group_approved":
    case "group_declined":
      return { recipients: [event.payload.proposerId], params: await groupParams(tx, event.payload.groupId) };
    case "group_request_accepted":
      return { recipients: [event.payload.teacherId], params: await groupParams(tx, event.payload.groupId) };
    // A closed group's moderators accept or decline on the group's page: they must hear of a request.
    case "group_join_requested":
      return {
        recipients: await tx.groups.moderators(event.payload.groupId),
        params: await groupParams(tx, event.payload.groupId),
      };
    // Training and events: params carry the event's id and title (a public offer, no person's data).
    case "online_event_promoted":
      return { recipients: [event.payload.teacherId], params: await eventParams(tx, event.payload.eventId) };
    case "online_event_updated":
    case "online_event_reminder_due":
    case "online_event_cancelled": {
      // Of an edit, only a new date or time is news (a typo fixed is not).
      if (event.type === "online_event_updated" && !event.payload.moved) return NONE;
      const { eventId } = event.payload;
      const registered = (await tx.onlineEvents.participants(eventId)).map((p) => p.teacherId);
      // A cancellation or a move is news to those waiting too; a reminder is for those with a place.
      const waiting =
        event.type === "online_event_reminder_due"
          ? []
          : (await tx.onlineEvents.waiting(eventId, WAITING_TOLD)).map((r) => r.teacherId);
      const params = await eventParams(tx, eventId);
      if (event.type === "online_event_updated") params.variant = "moved";
      return { recipients: [...registered, ...waiting], params };
    }
    case "idea_replied":
      return { recipients: [event.payload.authorId], params: { idea: event.payload.ideaId } };
    // Messages: who was told is who got it in their inbox; the text is never in a notification.
    case "message_sent":
      return { recipients: [event.payload.recipientId], params: {} };
    // The unit of the sender's country is told that a report waits (never who wrote what).
    case "message_reported":
      return {
        recipients: await tx.grants.moderatorsOf(event.payload.country),
        params: { country: event.payload.country },
      };
    case "project_message_sent": {
      const teachers = (await members()).filter((id) => id !== event.payload.senderId);
      const blockers = new Set(await tx.blocks.blockersAmong(event.payload.senderId, teachers));
      return { recipients: teachers.filter((id) => !blockers.has(id)), params: {} };
    }
    case "project_submitted_to_cofounder":
      return { recipients: [event.payload.cofounderId], params: { kind: event.payload.kind } };
    case "project_withdrawn":
      return { recipients: [event.payload.cofounderId], params: {} };
    case "cofounder_accepted":
    case "cofounder_declined":
      return { recipients: project ? [project.founderId] : [], params: {} };
    case "approval_requested":
      return {
        recipients: await tx.grants.moderatorsOf(event.payload.country),
        params: { country: event.payload.country },
      };
    case "approval_decided":
      return {
        recipients: founders,
        params: {
          country: event.payload.country,
          variant: event.payload.approved ? "approved" : "rejected",
          ...(event.payload.reason ? { reason: event.payload.reason } : {}),
        },
      };
    case "project_activated":
    case "project_closed":
      return { recipients: await members(), params: {} };
    case "european_label_decided": {
      const units = await Promise.all(event.payload.countries.map((code) => tx.grants.moderatorsOf(code)));
      return {
        recipients: [...founders, ...units.flat()],
        params: {
          variant: event.payload.awarded ? "awarded" : "declined",
          ...(event.payload.reason ? { reason: event.payload.reason } : {}),
        },
      };
    }
    case "school_label_applied":
      return {
        recipients: await tx.grants.moderatorsOf(event.payload.country),
        params: { country: event.payload.country },
      };
    case "school_label_decided": {
      const teachers = await tx.teachers.ofSchool(event.payload.schoolId, SCHOOL_TEACHERS_TOLD);
      const applicant = (await tx.schoolLabels.get(event.payload.schoolLabelId))?.appliedBy;
      return {
        recipients: [...teachers.map((t) => t.id), ...(applicant ? [applicant] : [])],
        params: {
          variant: event.payload.awarded ? "awarded" : "declined",
          ...(event.payload.reason ? { reason: event.payload.reason } : {}),
        },
      };
    }
    case "invitation_sent":
    case "invitation_cancelled":
      return { recipients: [event.payload.teacherId], params: {} };
    case "invitation_accepted":
    case "invitation_declined": {
      const invitation = await tx.invitations.get(event.payload.invitationId);
      return { recipients: invitation ? [invitation.invitedBy] : [], params: {} };
    }
    case "member_joined": {
      const managers = project
        ? (await tx.members.teachers(project.id)).filter((m) => m.role !== "teacher").map((m) => m.teacherId)
        : [];
      return { recipients: managers, params: { member: event.payload.teacherId } };
    }
    case "member_removed":
      return { recipients: [event.payload.teacherId], params: {} };
    case "member_role_changed":
      return { recipients: [event.payload.teacherId], params: { role: event.payload.role } };
    case "page_edit_proposed": {
      // Those who may approve it: the founders and admins, and every teacher on a page open to partners.
      const page = await tx.pages.get(event.payload.pageId);
      const teachers = project && page ? await tx.members.teachers(project.id) : [];
      const reviewers = teachers.filter((m) => m.role !== "teacher" || page?.partnersMayEdit);
      return { recipients: reviewers.map((m) => m.teacherId), params: {} };
    }
    case "label_applied":
      return {
        recipients: await tx.grants.moderatorsOf(event.payload.country),
        params: { country: event.payload.country },
      };
    case "label_decided": {
      // A refusal carries the unit's note when it wrote one (optional for this label), as the chat's notice does.
      const reason = event.payload.awarded
        ? undefined
        : (await tx.labels.getApplication(event.payload.applicationId))?.decisionNote;
      return {
        recipients: [event.payload.teacherId],
        params: {
          variant: event.payload.awarded ? "awarded" : reason ? "refused_reason" : "refused",
          country: event.payload.country,
          ...(reason ? { reason } : {}),
        },
      };
    }
    case "twinspace_look_opened": {
      // The founders are told when a national unit (or the central support service) looks in.
      const { unit } = event.payload;
      const params: NotificationParams =
        unit === CENTRAL_SUPPORT_UNIT ? { variant: "central" } : { variant: "country", country: unit };
      return { recipients: founders, params };
    }
    case "grant_added":
      return {
        recipients: [event.payload.accountId],
        params: {
          variant: event.payload.role,
          ...(event.payload.country ? { country: event.payload.country } : {}),
        },
      };
    default:
      return NONE;
  }
}

/** A cancellation or a move reaches this many of the waiting list at most: far beyond any real one. */
const WAITING_TOLD = 5000;

async function groupParams(tx: Tx, groupId: Id): Promise<NotificationParams> {
  return { group: groupId, groupName: (await tx.groups.get(groupId))?.name ?? "" };
}

async function eventParams(tx: Tx, eventId: Id): Promise<NotificationParams> {
  return { event: eventId, eventTitle: (await tx.onlineEvents.get(eventId))?.title ?? "" };
}

function foundersOf(project: Project): Id[] {
  return project.cofounderId ? [project.founderId, project.cofounderId] : [project.founderId];
}

/** The consumer's name: its cursor in `consumer_cursors`. */
export const NOTIFICATIONS_CONSUMER = "notifications";

/**
 * Fans the event log out into the `notifications` table, through store/eventConsumer.ts:
 * at least once, in order, one instance at a time (lease). A notification is unique per
 * (account, event), so handling an event twice after a crash adds nothing.
 *
 * There is no background loop to run: `catchUp` is called before a signed-in page is read,
 * and does nothing but one small read when no event is waiting. A deployment that wants
 * notifications ready before anyone looks can also call `drain` on a timer.
 */
export class NotificationFanout {
  readonly #consumer: EventConsumer;
  readonly #database: Database;

  constructor(core: CoreDeps, database: Database) {
    this.#database = database;
    this.#consumer = new EventConsumer(database, {
      name: NOTIFICATIONS_CONSUMER,
      handle: (event) =>
        core.store.transaction(async (tx) => {
          const actorParams: NotificationParams = event.actorId ? { actor: event.actorId } : {};
          for (const { recipients, params } of await fanOut(tx, event)) {
            for (const accountId of new Set(recipients)) {
              if (accountId === event.actorId || accountId === "") continue;
              await tx.notifications.add({
                id: core.ids.newId(),
                accountId,
                eventId: event.id,
                type: event.type,
                projectId: event.projectId,
                params: { ...actorParams, ...params },
                createdAt: event.createdAt,
                readAt: undefined,
              });
            }
          }
        }),
    });
  }

  /** Handles every waiting event; returns how many. */
  drain(): Promise<number> {
    return this.#consumer.drain();
  }

  /** Drains only when the log has events beyond the cursor (one small indexed read otherwise). */
  async catchUp(): Promise<void> {
    const knex = this.#database.knex;
    const row = await knex
      .select(
        knex("events").max("id").as("last"),
        knex("consumer_cursors")
          .where({ consumer: NOTIFICATIONS_CONSUMER })
          .select("position")
          .as("position"),
      )
      .first<{ last: number | string | null; position: number | string | null } | undefined>();
    if (Number(row?.last ?? 0) > Number(row?.position ?? 0)) await this.drain();
  }
}
