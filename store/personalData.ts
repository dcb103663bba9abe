/**
 * Where the database names a person, table by table: the one list that export and erasure
 * (GDPR) read, so that a table cannot be silently forgotten. `test/store/personalData.test.ts`
 * fails when the migrated schema has a table that is in neither list below, or a column that
 * looks like it names a person (…account…, …teacher…, …pupil…, …_by, founder, matrix_user_id…)
 * and is not classified here.
 *
 * Treatments on erasure:
 * - `delete`: the person's rows go;
 * - `keep`: the row is other people's record (a project's founders, an approval, who invited
 *   whom) and stays; it names the person only by id, and that id now belongs to the
 *   pseudonymised account ("Former member #n");
 * - `pseudonymise`: the row stays with its personal fields blanked (store/repositories/personalData.ts);
 * - `core`: core's use case removes these first, with their events (memberships, the pupil record);
 * - `bot`: the Matrix bot deactivates the account on the homeserver, then forgets the row.
 */
export type Treatment = "delete" | "keep" | "pseudonymise" | "core" | "bot";

export interface PersonalTable {
  /** Columns holding an account's (teacher's, admin's) id. */
  account?: Readonly<Record<string, Treatment>>;
  /** Columns holding a pupil's id. */
  pupil?: Readonly<Record<string, Treatment>>;
  /** JSON text columns that may name the person by id. */
  json?: Readonly<Record<string, Treatment>>;
  /** Columns holding a Matrix user ID (the person's linked or bot-made account). */
  matrixId?: Readonly<Record<string, Treatment>>;
  /** Bearer secrets: never exported. */
  secret?: readonly string[];
}

export const PERSONAL_TABLES: Readonly<Record<string, PersonalTable>> = {
  // `name_key` is the name as searches fold it: pseudonymised with the name.
  accounts: { account: { id: "pseudonymise" }, matrixId: { matrix_user_id: "pseudonymise" } },
  teachers: { account: { id: "pseudonymise" } },
  teacher_subjects: { account: { teacher_id: "delete" } },
  teacher_languages: { account: { teacher_id: "delete" } },
  // A minor's `display_name_key` is derived from the name in the same row: erased with it.
  pupils: {
    pupil: { id: "core" },
    account: { teacher_id: "keep" },
    matrixId: { matrix_user_id: "core" },
  },
  identities: { account: { account_id: "delete" }, pupil: { pupil_id: "core" } },
  contacts: {
    account: { requester_id: "delete", addressee_id: "delete", low_id: "delete", high_id: "delete" },
  },
  projects: { account: { founder_id: "keep", cofounder_id: "keep" } },
  project_teachers: { account: { teacher_id: "core" } },
  project_pupils: { pupil: { pupil_id: "core" }, account: { added_by: "keep" } },
  invitations: { account: { teacher_id: "delete", invited_by: "keep" } },
  approvals: { account: { moderator_id: "keep" } },
  school_verifications: { account: { decided_by: "keep" } },
  // Who administers a school, as its LMS last said: it goes with the person.
  school_admins: { account: { account_id: "delete" } },
  // Who of a national unit looked inside a TwinSpace: the founders' record stays, naming the
  // pseudonymised account.
  twinspace_looks: { account: { account_id: "keep" } },
  label_applications: { account: { teacher_id: "keep", decided_by: "keep" } },
  // An erased holder's certificates go: their verification URLs then answer "unknown".
  certificates: { account: { holder_id: "delete" } },
  // Who of the central support service decided a European Quality Label: the awarding record stays.
  european_labels: { account: { decided_by: "keep" } },
  // A school's label: who applied and who decided stay, naming the pseudonymised account.
  school_labels: { account: { applied_by: "keep", decided_by: "keep" } },
  grants: { account: { account_id: "core" } },
  // Who granted or revoked which role: the accountability record stays, naming the
  // pseudonymised account.
  grant_audit: { account: { actor_id: "keep", account_id: "keep" } },
  events: { account: { actor_id: "keep" }, json: { payload: "pseudonymise" } },
  notifications: { account: { account_id: "delete" } },
  email_preferences: { account: { account_id: "delete" } },
  sent_emails: { account: { account_id: "delete" } },
  refused_email_addresses: { account: { account_id: "delete" } },
  // An idea is the author's own text on a public board: it goes with them.
  project_ideas: { account: { author_id: "delete" } },
  idea_replies: { account: { teacher_id: "delete" } },
  // A group is the community's: its proposer stays named by the pseudonymised account; memberships go.
  groups: { account: { proposed_by: "keep" } },
  group_members: { account: { teacher_id: "delete" } },
  // An event is its unit's offer: its organiser stays named by the pseudonymised account;
  // registrations (and so attendance and its certificate) go with the person, as their time zone.
  online_events: { account: { organised_by: "keep" } },
  online_event_registrations: { account: { teacher_id: "delete" } },
  account_time_zones: { account: { account_id: "delete" } },
  email_digest_items: { account: { account_id: "delete" } },
  matrix_link_codes: { account: { account_id: "delete" } },
  sessions: { json: { viewer: "delete" }, secret: ["token_hash", "csrf_token"] },
  project_pages: { account: { created_by: "keep" } },
  // A pupil's id is set to null by the database when the pupil record goes (ON DELETE SET NULL).
  page_revisions: {
    account: { author_account_id: "keep", decided_by: "keep" },
    pupil: { author_pupil_id: "core" },
  },
  materials: { account: { uploaded_by: "keep" } },
  milestone_states: { account: { updated_by: "keep" } },
  showcase_pages: { account: { published_by: "keep", photo_consent_by: "keep" } },
  matrix_rooms: { matrixId: { matrix_user_id: "delete" } },
  matrix_pupil_accounts: {
    pupil: { pupil_id: "bot" },
    account: { created_by: "keep" },
    matrixId: { matrix_user_id: "bot" },
  },
  // A sub is never given again; the localpart is freed with the row (the homeserver keeps its own mapping).
  oidc_subjects: { account: { account_id: "delete" }, pupil: { pupil_id: "delete" } },
  // A Forum topic names its author (Matrix ID and display name): it goes with them.
  twinspace_topics: { matrixId: { author_matrix_id: "delete" } },
  // A file from the chat names its poster (Matrix ID and display name): the naming row goes with them.
  chat_materials: { matrixId: { author_matrix_id: "delete" } },
  twinspace_last_seen: { account: { account_id: "delete" }, pupil: { pupil_id: "delete" } },
  // Teachers' messages (issue 16): what a person wrote goes with them (reports of it by cascade);
  // what others wrote to them stays in the others' conversations, naming "Former member #n".
  messages: { account: { sender_id: "delete" } },
  inbox_entries: { account: { account_id: "delete", other_id: "delete" } },
  blocks: { account: { blocker_id: "delete", blocked_id: "delete" } },
  message_reports: { account: { reporter_id: "delete", resolved_by: "keep" } },
  rate_limit_hits: { account: { account_id: "delete" } },
};

/** Tables that name nobody, and why. */
export const TABLES_WITHOUT_PEOPLE: Readonly<Record<string, string>> = {
  schools: "schools, not people",
  milestones: "a project's calendar",
  idea_subjects: "an idea's subjects (the idea's author is in project_ideas; rows go with it)",
  idea_languages: "an idea's languages (the idea's author is in project_ideas; rows go with it)",
  prizes: "a project's prizes",
  settings: "policies and counters",
  label_evidence_pages: "which pages a Quality Label application points at",
  consumer_cursors: "outbox positions of the programs that read it",
  lti_platforms: "LMS platforms",
  lti_platform_status: "LMS platforms",
  lti_keys: "the tool's keys per platform",
  lti_access_tokens: "the tool's service tokens per platform",
  lti_deployments: "LMS deployments and their schools",
  lti_national_unit_deployments: "LMS deployments of national units",
  lti_central_support_deployments: "LMS deployments of the central support service",
  lti_registration_tokens: "single-use school registration links",
  lti_logins:
    "an OIDC login in flight: the LMS's opaque login hint, deleted within minutes, tied to no account",
  lti_nonces: "used launch nonces",
  session_handoffs: "points at a session by hash only; deleted with the person's sessions",
  session_continuations: "points at a session by hash only, for a minute; deleted with the person's sessions",
  matrix_bot_lease: "which bot instance works",
  oidc_keys: "the OpenID Connect provider's signing keys",
  oidc_models:
    "sign-ins to the homeserver in flight (codes, tokens, grants), minutes to an hour, naming a random subject only",
  matrix_sync: "the bot's /sync position",
  twinspace_messages: "message ids and times per room, without sender or text",
  twinspace_weekly_diary: "which week's diary summary a project's Teachers' room got",
  twinspace_applied: "a digest of what the bot last put in a project's rooms and a count of changes there",
  knex_migrations: "schema version",
  knex_migrations_lock: "schema version",
};

/** Columns whose name looks personal (for the schema test) but which name no person. */
export const COLUMNS_NAMING_NO_PERSON: readonly string[] = [
  "consumer_cursors.lease_owner",
  "matrix_bot_lease.owner",
  "lti_logins.login_hint",
  "european_labels.nominated_by",
];

/**
 * SQLite's full-text indexes of `teachers.search_text` and `project_ideas.search_text` (kept by
 * triggers, so they follow their rows on erasure) and their shadow tables.
 */
export function isDerivedTable(name: string): boolean {
  return (
    ["teacher_search", "idea_search"].some((fts) => name === fts || name.startsWith(`${fts}_`)) ||
    name.startsWith("sqlite_")
  );
}
