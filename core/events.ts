import type { Id, Instant, MemberRole, ProjectKind } from "./model.ts";

/**
 * Domain events. Every state change writes one in the same transaction (store/events), so
 * the event log is both the outbox that the Matrix bot and the notifier read, and the audit
 * trail of who did what. Payloads carry ids, never personal data beyond them.
 */
export interface EventPayloads {
  school_registered: { schoolId: Id; country: string };
  school_verified: { schoolId: Id; country: string };
  /** `withdrawn`: the school had been verified (a later decision replaces the earlier). */
  school_rejected: { schoolId: Id; country: string; reason: string; withdrawn?: boolean };
  school_label_applied: { schoolLabelId: Id; schoolId: Id; country: string };
  school_label_decided: {
    schoolLabelId: Id;
    schoolId: Id;
    country: string;
    awarded: boolean;
    reason?: string;
  };
  teacher_registered: { teacherId: Id; schoolId: Id };
  teacher_profile_updated: { teacherId: Id };
  /** `ideaId`: the request came with a reply to that idea (its author is e-mailed about the reply). */
  contact_requested: { contactId: Id; requesterId: Id; addresseeId: Id; ideaId?: Id };
  contact_accepted: { contactId: Id; requesterId: Id; addresseeId: Id };
  contact_declined: { contactId: Id; requesterId: Id; addresseeId: Id };
  contact_removed: { contactId: Id; requesterId: Id; addresseeId: Id };
  group_proposed: { groupId: Id; proposerId: Id };
  group_approved: { groupId: Id; proposerId: Id };
  group_declined: { groupId: Id; proposerId: Id };
  group_joined: { groupId: Id; teacherId: Id };
  group_join_requested: { groupId: Id; teacherId: Id };
  group_request_accepted: { groupId: Id; teacherId: Id };
  group_request_declined: { groupId: Id; teacherId: Id };
  group_left: { groupId: Id; teacherId: Id };
  group_member_removed: { groupId: Id; teacherId: Id };
  /** Training and online events (issue 16): the reconciler keeps each event's room, the fan-out tells people. */
  online_event_created: { eventId: Id };
  /** `moved`: the start or end changed, which its people are told (absent in events logged before). */
  online_event_updated: { eventId: Id; moved?: boolean };
  online_event_cancelled: { eventId: Id };
  online_event_registered: { eventId: Id; teacherId: Id; waiting: boolean };
  online_event_left: { eventId: Id; teacherId: Id };
  /** A place freed and the first of the waiting list took it. */
  online_event_promoted: { eventId: Id; teacherId: Id };
  online_event_attendance_recorded: { eventId: Id; attended: number };
  /** The event starts within a day: its participants are reminded (once). */
  online_event_reminder_due: { eventId: Id };
  idea_posted: { ideaId: Id };
  idea_renewed: { ideaId: Id };
  idea_withdrawn: { ideaId: Id };
  idea_replied: { ideaId: Id; authorId: Id; replierId: Id };
  /** A message between two contacts; the text stays in `messages`, never in the log. */
  message_sent: { messageId: Id; senderId: Id; recipientId: Id };
  /** A founder's message to every teacher of the project (the event's project). */
  project_message_sent: { messageId: Id; senderId: Id };
  teacher_blocked: { blockerId: Id; blockedId: Id };
  teacher_unblocked: { blockerId: Id; blockedId: Id };
  message_reported: { reportId: Id; messageId: Id; country: string };
  message_report_resolved: { reportId: Id; country: string };
  project_created: { founderId: Id };
  project_updated: { fields: string[] };
  project_submitted_to_cofounder: { founderId: Id; cofounderId: Id; kind: ProjectKind };
  project_withdrawn: { cofounderId: Id };
  cofounder_accepted: { cofounderId: Id; kind: ProjectKind };
  cofounder_declined: { cofounderId: Id };
  approval_requested: { country: string; round: number };
  approval_decided: { country: string; round: number; approved: boolean; reason?: string };
  project_activated: { kind: ProjectKind };
  project_closed: Record<string, never>;
  invitation_sent: { invitationId: Id; teacherId: Id };
  invitation_accepted: { invitationId: Id; teacherId: Id };
  invitation_declined: { invitationId: Id; teacherId: Id };
  invitation_cancelled: { invitationId: Id; teacherId: Id };
  member_joined: { teacherId: Id; role: MemberRole };
  member_left: { teacherId: Id };
  member_removed: { teacherId: Id; reason: string };
  member_role_changed: { teacherId: Id; role: MemberRole };
  pupil_registered: { pupilId: Id; teacherId: Id };
  pupil_renamed: { pupilId: Id };
  pupil_deleted: { pupilId: Id; teacherId: Id };
  pupil_added: { pupilId: Id; teacherId: Id };
  pupil_removed: { pupilId: Id; teacherId: Id };
  label_applied: { applicationId: Id; teacherId: Id; country: string };
  label_assessed: { applicationId: Id };
  label_decided: { applicationId: Id; teacherId: Id; country: string; awarded: boolean };
  /** A teacher's certificate was issued (its id, the verification token, stays out of the log). */
  certificate_issued: { kind: string; subjectId: Id };
  european_label_nominated: { country: string };
  european_label_assessed: Record<string, never>;
  /** `countries`: the partner countries whose national units are told. */
  european_label_decided: { awarded: boolean; countries: string[]; reason?: string };
  prize_awarded: { prize: string };
  school_project_policy_changed: Record<string, never>;
  membership_policy_changed: Record<string, never>;
  grant_added: { accountId: Id; role: string; country?: string };
  grant_removed: { accountId: Id; role: string; country?: string };
  matrix_account_linked: { accountId: Id; matrixUserId: string; previousMatrixUserId?: string };
  matrix_account_unlinked: { accountId: Id; previousMatrixUserId: string };
  pupil_matrix_account_issued: { pupilId: Id; teacherId: Id; matrixUserId: string };
  page_created: { pageId: Id };
  /** A published revision: a teacher's save, a restore (`restoredFrom`) or an approved proposal (`approved`). */
  page_revised: { pageId: Id; number: number; restoredFrom?: number; approved?: number };
  page_edit_proposed: { pageId: Id; number: number };
  page_access_changed: { pageId: Id; partnersMayEdit: boolean; pupilsMayPropose: boolean };
  page_edit_rejected: { pageId: Id; number: number };
  page_published: { pageId: Id; published: boolean; photoConsent: boolean };
  milestone_updated: { title: string; dueDate: string; done: boolean; pageId?: Id };
  material_added: { materialId: Id };
  material_removed: { materialId: Id };
  /** A national unit (or the central support service, `central`) opened a read-only look inside the TwinSpace. */
  twinspace_look_opened: { lookId: Id; unit: string };
  /** Erased (GDPR): the bot deactivates the Matrix accounts it made for the person and reconciles `projectIds`. */
  person_erased: { kind: "account" | "pupil"; personId: Id; projectIds: Id[] };
}

export type EventType = keyof EventPayloads;

export type DomainEvent = {
  [K in EventType]: {
    type: K;
    /** Who did it; undefined for the system (a launch, a scheduled job). */
    actorId: Id | undefined;
    projectId: Id | undefined;
    payload: EventPayloads[K];
  };
}[EventType];

export type StoredEvent = DomainEvent & { id: number; createdAt: Instant };

export type EventOf<K extends EventType> = Extract<DomainEvent, { type: K }>;
