import type { EventType } from "../../core/index.ts";

/**
 * The kinds of notification a person chooses e-mail for. Defaults: what asks the person to act
 * or answers them (contact requests, messages, invitations, decisions) goes at once; news about projects
 * and roles waits for the daily digest.
 */
export const EMAIL_KINDS = [
  "contacts",
  "messages",
  "invitations",
  "decisions",
  "projects",
  "roles",
  "events",
  "school",
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const EMAIL_MODES = ["immediate", "digest", "never"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export const DEFAULT_MODES: Readonly<Record<EmailKind, EmailMode>> = {
  contacts: "immediate",
  messages: "immediate",
  invitations: "immediate",
  decisions: "immediate",
  projects: "digest",
  roles: "digest",
  // A reminder or a place freed a day before the event is useless in tomorrow's digest.
  events: "immediate",
  // A teacher hears of their school's verification in the tool; e-mail only if they ask.
  school: "never",
};

const KIND_OF: Partial<Record<EventType, EmailKind>> = {
  contact_requested: "contacts",
  contact_accepted: "contacts",
  idea_replied: "contacts",
  message_sent: "messages",
  project_message_sent: "messages",
  invitation_sent: "invitations",
  invitation_cancelled: "invitations",
  invitation_accepted: "invitations",
  invitation_declined: "invitations",
  project_submitted_to_cofounder: "decisions",
  project_withdrawn: "decisions",
  cofounder_accepted: "decisions",
  cofounder_declined: "decisions",
  approval_requested: "decisions",
  approval_decided: "decisions",
  label_applied: "decisions",
  label_decided: "decisions",
  message_reported: "decisions",
  project_activated: "projects",
  project_closed: "projects",
  european_label_decided: "decisions",
  school_verified: "decisions",
  school_rejected: "decisions",
  school_label_applied: "decisions",
  school_label_decided: "decisions",
  member_joined: "projects",
  member_removed: "projects",
  member_role_changed: "projects",
  twinspace_look_opened: "projects",
  // Asks a teacher to approve or reject; the sentence says "a pupil", never who.
  page_edit_proposed: "decisions",
  grant_added: "roles",
  group_approved: "decisions",
  group_declined: "decisions",
  group_request_accepted: "decisions",
  group_join_requested: "decisions",
  online_event_promoted: "events",
  online_event_cancelled: "events",
  online_event_updated: "events",
  online_event_reminder_due: "events",
};

/** Notifications (event and variant) of another kind than their event's. */
const VARIANT_KIND: Readonly<Record<string, EmailKind>> = {
  // The school's admins act on its verification; its teachers only hear the news.
  "school_verified.teacher": "school",
};

/**
 * The kind a notification belongs to: its event's, unless its variant (the words a part of the
 * audience reads, notifications/fanout.ts) says otherwise; undefined for events nobody is told about.
 */
export function kindOf(type: EventType, variant?: string): EmailKind | undefined {
  return (variant === undefined ? undefined : VARIANT_KIND[`${type}.${variant}`]) ?? KIND_OF[type];
}

export const isEmailKind = (value: unknown): value is EmailKind =>
  (EMAIL_KINDS as readonly unknown[]).includes(value);
export const isEmailMode = (value: unknown): value is EmailMode =>
  (EMAIL_MODES as readonly unknown[]).includes(value);
