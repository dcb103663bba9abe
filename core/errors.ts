/**
 * Every refusal of a rule is a DomainError: a stable `code` that programs and tests match
 * on, a `messageKey` into the message catalogues (core/i18n) so the web pages and the bot
 * say it in the user's language, and the `params` the message needs. The English text in
 * `message` is for logs only; users always get the translated catalogue text.
 */
export type ErrorParams = Readonly<Record<string, string | number>>;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly params: ErrorParams;
  /** The DESIGN.md rule the refusal enforces, when there is one. */
  readonly rule: RuleId | undefined;

  constructor(code: ErrorCode, params: ErrorParams = {}) {
    const spec: ErrorSpec = ERRORS[code];
    super(`${code}: ${spec.log}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`);
    this.name = "DomainError";
    this.code = code;
    this.messageKey = `error.${code}`;
    this.params = params;
    this.rule = spec.rule;
  }
}

export type RuleId =
  "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7" | "R8" | "R9" | "R10" | "R11" | "R12" | "R13" | "R14";

interface ErrorSpec {
  rule?: RuleId;
  log: string;
}

/** The catalogue of refusals. Adding one here requires its text in every message catalogue. */
export const ERRORS = {
  // input validation
  invalid_input: { log: "a field is missing or malformed" },
  text_required: { log: "a required text is empty" },
  text_too_long: { log: "a text is longer than allowed" },
  text_control_character: { log: "a text holds a control character" },
  unknown_country: { log: "not a participating country code" },
  unknown_subject: { log: "not a known subject code" },
  unknown_language: { log: "not an ISO 639-1 language code" },
  unknown_interface_language: { log: "not one of the interface's languages" },
  age_range_invalid: { log: "pupil age range reversed or out of bounds" },
  milestone_in_past: { log: "milestone due date is in the past" },
  milestone_date_invalid: { log: "milestone due date is not a calendar date" },
  too_many_items: { log: "a list has more entries than allowed" },
  email_invalid: { log: "email address malformed" },
  // lookup / authorization
  not_found: { log: "the thing does not exist or is not visible to the actor" },
  forbidden: { log: "the actor may not do this" },
  not_registered_teacher: { rule: "R1", log: "only registered teachers take part" },
  teaching_only: { rule: "R1", log: "a teacher-only page, and the account holds no teacher record" },
  deployment_not_bound: { rule: "R1", log: "LMS deployment is not bound to a school" },
  filter_invalid: { log: "a list filter or page cursor is not one the list offers" },
  staff_not_teacher: { log: "a national unit's staff account cannot become a teacher" },
  staff_account_is_teacher: { log: "a teacher's LMS account launched from a national unit's deployment" },
  // contacts
  contact_self: { rule: "R2", log: "cannot add oneself as contact" },
  contact_exists: { rule: "R2", log: "already contacts or a request is pending" },
  group_already_decided: { log: "the group proposal was already decided" },
  group_already_member: { log: "already a member of the group or a request is pending" },
  group_not_member: { log: "not a member of the group" },
  group_not_moderator: { log: "only the group's moderators may do this" },
  group_request_not_pending: { log: "no pending request to join the group" },
  group_last_moderator: { log: "the group's last moderator cannot leave" },
  group_remove_moderator: { log: "a moderator cannot be removed from a group" },
  group_moderator_not_teacher: { log: "a group's moderator must be a teacher" },
  idea_start_month_invalid: { log: "an idea's start month is not YYYY-MM" },
  idea_own_reply: { log: "a teacher replied to their own idea" },
  idea_already_replied: { log: "a teacher replied twice to one idea" },
  idea_contacts_only: { rule: "R2", log: "founding from an idea needs the author as contact" },
  contact_request_not_pending: { rule: "R2", log: "no pending request to decide" },
  // founding
  cofounder_not_contact: { rule: "R2", log: "co-founder must be an accepted contact" },
  // teachers' messages (issue 16)
  message_not_contact: { rule: "R2", log: "messages go between accepted contacts only" },
  message_not_delivered: { log: "the recipient takes no messages from the actor (a block is not revealed)" },
  contact_request_not_possible: {
    log: "the addressee takes no requests from the actor (a block is not revealed)",
  },
  blocked_by_actor: { log: "the actor blocked this person and must unblock them to write" },
  block_self: { log: "cannot block oneself" },
  rate_limited_message: { log: "the sender's messages of the last hour reached the limit" },
  rate_limited_contact_request: { log: "the sender's contact requests of the last day reached the limit" },
  message_already_reported: { log: "the actor reported this message already" },
  message_report_not_open: { log: "the report was resolved already" },
  cofounder_is_founder: { rule: "R3", log: "the founder cannot be their own co-founder" },
  third_founder: { rule: "R3", log: "a project has exactly two founders" },
  cofounder_required: { rule: "R3", log: "a co-founder must be chosen before submitting" },
  not_cofounder: { rule: "R3", log: "only the invited co-founder decides" },
  project_form_incomplete: { rule: "R14", log: "the good-practice fields must be filled before submitting" },
  school_projects_closed: { rule: "R5", log: "the policy does not allow school projects now" },
  // life cycle
  wrong_status: { log: "the project is not in a status that allows this" },
  // approvals
  not_moderator_for_country: { rule: "R6", log: "moderators decide only for their own country" },
  staff_only: { log: "only a national unit's staff verify schools, not its moderating teachers" },
  no_pending_approval: { rule: "R6", log: "no approval of this country awaits a decision" },
  rejection_reason_required: { rule: "R6", log: "a rejection needs a reason" },
  // membership
  invitations_before_approval: { rule: "R8", log: "partners join only after approval" },
  already_member: { rule: "R8", log: "the teacher is already a member" },
  invitation_pending: { rule: "R8", log: "an invitation to this teacher is already pending" },
  not_invitee: { rule: "R8", log: "only the invited teacher decides on the invitation" },
  invitation_not_pending: { rule: "R8", log: "the invitation was already decided" },
  not_project_manager: { log: "only founders and project admins may do this" },
  school_project_other_school: { rule: "R9", log: "a school project takes teachers of its own school only" },
  national_project_foreign_teacher: {
    rule: "R9",
    log: "this national project takes teachers of its own country only",
  },
  country_not_participating: { rule: "R9", log: "the teacher's country does not take part" },
  founder_cannot_leave: { log: "a founder cannot leave; close the project instead" },
  founder_role_fixed: { log: "a founder's role cannot change" },
  // pupils
  not_own_pupil: { rule: "R11", log: "only the pupil's own teacher may do this" },
  pupils_need_active_project: { rule: "R11", log: "pupils join active projects only" },
  teacher_not_member: { rule: "R11", log: "the teacher is not a member of the project" },
  // quality label
  label_not_eligible: { rule: "R12", log: "this project kind is not eligible for Quality Labels" },
  label_project_not_started: { rule: "R12", log: "Quality Labels are for active or closed projects" },
  label_application_limit: { rule: "R12", log: "at most 4 applications per teacher per school year" },
  label_application_exists: { rule: "R12", log: "this teacher already applied for this project" },
  label_evidence_missing: { rule: "R13", log: "evidence is needed for every criterion" },
  label_score_invalid: { rule: "R13", log: "score outside the criterion's scale" },
  label_assessment_incomplete: {
    rule: "R13",
    log: "score every criterion and check every requirement first",
  },
  label_requirements_unmet: { rule: "R13", log: "a label needs every minimum requirement met" },
  label_already_decided: { rule: "R13", log: "the application was already decided" },
  european_label_not_candidate: { rule: "R12", log: "needs National Quality Labels in two countries" },
  prize_needs_european_label: { rule: "R12", log: "prizes need a European Quality Label" },
  // eTwinning School label (core/rules/schoolLabel.ts)
  school_label_criteria_unmet: { log: "the school does not meet every computed criterion yet" },
  school_label_pending: { log: "the school's application awaits its national unit" },
  school_label_held: { log: "the school holds a label that has not lapsed" },
  school_suspended: { log: "the school's national unit rejected it: it is suspended" },
  certificate_lapsed: { log: "the certificate's period has ended" },
  // Matrix account linking
  link_code_invalid: { log: "the link code is unknown, used or expired" },
  matrix_id_invalid: { log: "not a Matrix user id of the form @name:server" },
  matrix_id_linked_elsewhere: { log: "this Matrix account is linked to another OpenTwinning account" },
  matrix_id_of_pupil: {
    log: "this Matrix account is a pupil's and cannot be linked to an adult's account",
    rule: "R11",
  },
  // privacy (export and erasure)
  privacy_not_allowed: { log: "only the person's school admin or a central admin may do this" },
  privacy_erase_self: { log: "nobody erases their own account here" },
  // TwinSpace pages
  page_edit_not_allowed: { log: "the founders did not open this page to the actor" },
  page_changed_meanwhile: { log: "the page was saved by someone else since the form was opened" },
  page_tree_too_deep: { log: "pages nest two levels deep at most" },
  page_limit_reached: { log: "the project has as many pages as allowed" },
  page_proposal_decided: { log: "the proposal was already approved or rejected" },
  showcase_photo_consent_required: { log: "a page with images needs the photo consent confirmed" },
  // TwinSpace materials
  material_too_large: { log: "the file is larger than the per-file limit" },
  material_quota_exceeded: { log: "the project's library would exceed its quota" },
  material_type_refused: { log: "the file's content is not a type the library accepts" },
  material_image_too_large: { log: "the image has more pixels than allowed" },
  material_image_unreadable: { log: "the image could not be decoded" },
  material_missing_file: { log: "the upload form carried no file" },
  material_storage_failed: { log: "the file storage could not write (disk full or unavailable)" },
  // training and online events (core/rules/onlineEvents.ts)
  event_time_invalid: { log: "an event's date or time is missing or malformed" },
  event_starts_in_past: { log: "an event must start in the future" },
  event_ends_invalid: { log: "an event must end after its start, within three days" },
  event_capacity_invalid: { log: "an event's capacity is not a whole number in range" },
  event_capacity_below_registered: { log: "an event's capacity is below the places already taken" },
  event_programme_outside: { log: "a programme item lies outside the event's start and end" },
  event_programme_line_invalid: { log: "a programme line is not 'HH:MM title'" },
  event_not_organiser: {
    log: "only the event's national unit staff or the central support service may do this",
  },
  event_cancelled: { log: "the event was cancelled" },
  event_started: { log: "the event has started: registration and changes are closed" },
  event_not_started: { log: "attendance is recorded once the event has started" },
  event_already_registered: { log: "already registered or waiting for this event" },
  event_not_registered: { log: "not registered for this event" },
  time_zone_unknown: { log: "not an IANA time zone name" },
  // administration
  not_central_admin: { log: "only central administrators may do this" },
  account_ambiguous: { log: "grant by an email that several accounts share" },
  policy_range_invalid: { rule: "R5", log: "policy date range reversed" },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
