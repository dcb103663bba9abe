import type { DomainEvent, EventType, StoredEvent } from "./events.ts";
import type { SchoolLabelFacts } from "./rules/schoolLabel.ts";
import type {
  ApprovalStatus,
  Account,
  Approval,
  Contact,
  EuropeanLabel,
  Grant,
  Id,
  Instant,
  Invitation,
  InvitationStatus,
  LabelApplication,
  MemberRole,
  MembershipPolicy,
  Project,
  ProjectPupil,
  ProjectStatus,
  ProjectTeacher,
  Notification,
  PersonRef,
  ProjectKind,
  Pupil,
  School,
  SchoolLabel,
  SchoolVerification,
  SchoolVerificationStatus,
  SchoolProjectPolicy,
  Teacher,
  TeacherProfile,
  TwinSpaceLook,
} from "./model.ts";
import type { Group, GroupMembership, GroupMembershipStatus, GroupStatus } from "./rules/groups.ts";
import type { Idea, PartnerScope } from "./rules/ideas.ts";
import type { ProjectLabelKind } from "./rules/labelKinds.ts";
import type { KeysetCursor, KeysetPage } from "./paging.ts";
import type { ChatSource, Material } from "./rules/materials.ts";
import type {
  InboxEntry,
  Message,
  MessageReport,
  RateLimitedAction,
  ReportCursor,
} from "./rules/messaging.ts";
import type {
  EventRegistration,
  OnlineEvent,
  OnlineEventStatus,
  RegistrationStatus,
} from "./rules/onlineEvents.ts";
import type { MilestoneState, PageRevision, ProjectPage } from "./rules/pages.ts";
import type { Subject } from "./vocabulary.ts";

/**
 * The storage interface core needs. store/ implements it on knex (SQLite or PostgreSQL).
 * Every use case runs inside one `transaction`, so a refusal or a crash leaves nothing
 * half-written, and the event it appends commits together with the change.
 */
export interface Store {
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Reads only (a page's listing), where no writer and no other reader waits for them. */
  readOnly<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export interface Tx {
  schools: SchoolRepository;
  accounts: AccountRepository;
  teachers: TeacherRepository;
  pupils: PupilRepository;
  contacts: ContactRepository;
  ideas: IdeaRepository;
  groups: GroupRepository;
  onlineEvents: OnlineEventRepository;
  projects: ProjectRepository;
  members: MemberRepository;
  invitations: InvitationRepository;
  approvals: ApprovalRepository;
  labels: LabelRepository;
  settings: SettingsRepository;
  grants: GrantRepository;
  events: EventRepository;
  identities: IdentityRepository;
  linkCodes: LinkCodeRepository;
  notifications: NotificationRepository;
  personalData: PersonalDataRepository;
  pages: PageRepository;
  materials: MaterialRepository;
  chatMaterials: ChatMaterialRepository;
  schoolVerifications: SchoolVerificationRepository;
  schoolAdmins: SchoolAdminRepository;
  countryWorkspace: CountryWorkspaceRepository;
  twinSpaceLooks: TwinSpaceLookRepository;
  schoolLabels: SchoolLabelRepository;
  certificates: CertificateRepository;
  messages: MessageRepository;
  blocks: BlockRepository;
  messageReports: MessageReportRepository;
  rateLimits: RateLimitRepository;
}

/** Teachers' conversations and each person's inbox (core/rules/messaging.ts). */
export interface MessageRepository {
  get(id: Id): Promise<Message | undefined>;
  insert(message: Message): Promise<void>;
  /**
   * The newest `limit` messages of a conversation (older than `before`, for an earlier page),
   * oldest first, without those of `hiddenSenders`.
   */
  latest(
    conversation: string,
    limit: number,
    hiddenSenders?: readonly Id[],
    before?: KeysetCursor,
  ): Promise<Message[]>;
  /** The message with up to `count` messages before and after it in its conversation, oldest first. */
  around(message: Message, count: number): Promise<Message[]>;
  /** Puts the conversation at the top of the person's inbox; `unread` adds one unread message. */
  deliver(
    entry: Omit<InboxEntry, "lastAt" | "unread"> & { accountId: Id; at: Instant; unread: boolean },
  ): Promise<void>;
  /** The person's conversations, the most recent first, after `after` (last message time, conversation). */
  inbox(accountId: Id, after: KeysetCursor | undefined, limit: number): Promise<InboxEntry[]>;
  markRead(accountId: Id, conversation: string): Promise<void>;
  /** Unread messages across the inbox, counted up to `cap` only. */
  unreadTotal(accountId: Id, cap: number): Promise<number>;
}

/** Who blocked whom: a blocked person cannot write to or ask the blocker. */
export interface BlockRepository {
  /** Adding twice keeps one row. */
  add(blockerId: Id, blockedId: Id, at: Instant): Promise<void>;
  remove(blockerId: Id, blockedId: Id): Promise<void>;
  has(blockerId: Id, blockedId: Id): Promise<boolean>;
  /** Among `accountIds`, those who blocked `blockedId`. */
  blockersAmong(blockedId: Id, accountIds: readonly Id[]): Promise<Id[]>;
  blockedBy(blockerId: Id): Promise<Id[]>;
}

export interface MessageReportRepository {
  get(id: Id): Promise<MessageReport | undefined>;
  byReporter(messageId: Id, reporterId: Id): Promise<MessageReport | undefined>;
  insert(report: MessageReport): Promise<void>;
  /** A country's open reports, oldest first, after the cursor. */
  openFor(country: string, after: ReportCursor | undefined, limit: number): Promise<MessageReport[]>;
  resolve(id: Id, by: Id, at: Instant): Promise<void>;
}

/** Acts counted against a sender's rate limit. */
export interface RateLimitRepository {
  /** The person's acts since `since`, oldest first. */
  hits(accountId: Id, action: RateLimitedAction, since: Instant): Promise<Instant[]>;
  /** Records an act and forgets the person's acts of that kind before `forgetBefore`. */
  record(accountId: Id, action: RateLimitedAction, at: Instant, forgetBefore: Instant): Promise<void>;
}

/** A certificate as issued: its id is the token of its public verification URL. */
export interface IssuedCertificate {
  id: string;
  kind: string;
  holderId: Id;
  subjectId: Id;
  issuedAt: Instant;
}

/** Certificates teachers downloaded (core/usecases/certificates.ts). */
export interface CertificateRepository {
  /**
   * The holder's certificate of this kind for this record: the one issued before, or a new one
   * with a fresh unguessable id issued `at` (`issued` true), so asking twice gives the same one.
   */
  issue(
    kind: string,
    holderId: Id,
    subjectId: Id,
    at: Instant,
  ): Promise<{ certificate: IssuedCertificate; issued: boolean }>;
  get(id: string): Promise<IssuedCertificate | undefined>;
}

export interface SchoolLabelRepository {
  get(id: Id): Promise<SchoolLabel | undefined>;
  /** The school's newest application (any status). */
  latestOf(schoolId: Id): Promise<SchoolLabel | undefined>;
  /** The awarded labels still valid at `now`, by school. */
  currentOf(schoolIds: readonly Id[], now: Instant): Promise<Map<Id, SchoolLabel>>;
  /** The country's applications awaiting a decision, oldest first. */
  submittedOf(country: string, limit: number): Promise<SchoolLabel[]>;
  /** How many of the country's applications await a decision, counted up to `cap + 1`. */
  countSubmitted(country: string, cap: number): Promise<number>;
  insert(label: SchoolLabel): Promise<void>;
  save(label: SchoolLabel): Promise<void>;
  /** The counts the computed criteria need (core/rules/schoolLabel.ts). */
  facts(schoolId: Id, window: { teachersSince: Instant; labelsSince: Instant }): Promise<SchoolLabelFacts>;
}

/** National units' read-only looks inside TwinSpaces. */
export interface TwinSpaceLookRepository {
  insert(look: TwinSpaceLook): Promise<void>;
  /** The account's look at the project still open at `now`, if any. */
  openFor(projectId: Id, accountId: Id, now: Instant): Promise<TwinSpaceLook | undefined>;
  /** The project's looks, newest first, at most `limit`. */
  forProject(projectId: Id, limit: number): Promise<TwinSpaceLook[]>;
}

/** A school its national unit rejected, with the rejection (its reason and date). */
export interface RejectedSchool {
  school: School;
  verification: SchoolVerification;
}

export interface SchoolVerificationRepository {
  /** Every asked school's state; a school never decided on is `unverified`. */
  ofSchools(schoolIds: readonly Id[]): Promise<Map<Id, SchoolVerification>>;
  /** Schools of the country no staff member has decided on yet, oldest first. */
  unverifiedOf(country: string, limit: number): Promise<School[]>;
  /** How many schools of the country wait for a decision, counted up to `cap + 1`. */
  countUnverified(country: string, cap: number): Promise<number>;
  /** Schools of the country rejected by its unit, the latest rejection first. */
  rejectedOf(country: string, limit: number): Promise<RejectedSchool[]>;
  decide(verification: SchoolVerification): Promise<void>;
}

/** Who administers which school: the accounts its LMS launched with the Administrator role. */
export interface SchoolAdminRepository {
  /** Records that the account administers the school, or that it no longer does (idempotent). */
  record(schoolId: Id, accountId: Id, administers: boolean): Promise<void>;
  /** The school's admins, at most `limit`. */
  ofSchool(schoolId: Id, limit: number): Promise<Id[]>;
}

/** A project's library of files (core/rules/materials.ts). */
/** Where a page of a project's materials continues: the last file's folder, name and id. */
export interface MaterialCursor {
  folder: string;
  name: string;
  id: Id;
}

export interface MaterialRepository {
  get(id: Id): Promise<Material | undefined>;
  getMany(ids: readonly Id[]): Promise<Material[]>;
  /**
   * A page of the project's files by folder, then name, after `after` when given; with
   * `chatRooms`, a file collected from a room keeps its place only when posted in one of them.
   */
  pageForProject(
    projectId: Id,
    after: MaterialCursor | undefined,
    limit: number,
    chatRooms?: readonly string[],
  ): Promise<Material[]>;
  /** Bytes the project's files take (files and thumbnails). */
  usedBytes(projectId: Id): Promise<number>;
  insert(material: Material): Promise<void>;
  delete(id: Id): Promise<void>;
}

/** Files collected from the rooms, by the event that posted them; a row goes with its material. */
export interface ChatMaterialRepository {
  byEvent(eventId: string): Promise<ChatSource | undefined>;
  /** The sources of those of these files that were collected from a room. */
  forMaterials(materialIds: readonly Id[]): Promise<ChatSource[]>;
  insert(source: ChatSource): Promise<void>;
}

/** A project's TwinSpace pages and their revisions (core/rules/pages.ts). */
export interface PageRepository {
  get(id: Id): Promise<ProjectPage | undefined>;
  /** The project's pages in tree order: by position, children right after their parent. */
  forProject(projectId: Id): Promise<ProjectPage[]>;
  insert(page: ProjectPage): Promise<void>;
  /** The highest published revision of each page. */
  published(pageIds: readonly Id[]): Promise<PageRevision[]>;
  revision(pageId: Id, number: number): Promise<PageRevision | undefined>;
  /** Every revision of the page, newest first. */
  revisions(pageId: Id): Promise<PageRevision[]>;
  /** A page of its revisions, newest first, those numbered below `before` when given (its history). */
  revisionsPage(pageId: Id, before: number | undefined, limit: number): Promise<PageRevision[]>;
  /** Proposals waiting for a teacher, per page of the project. */
  proposalCounts(projectId: Id): Promise<Map<Id, number>>;
  /** Adds the next revision (numbered in the transaction; the page must be locked first). */
  addRevision(revision: Omit<PageRevision, "number">): Promise<PageRevision>;
  decide(pageId: Id, number: number, status: "approved" | "rejected", by: Id, at: string): Promise<void>;
  /** Locks the page until the transaction ends, so concurrent saves get consecutive numbers. */
  lock(id: Id): Promise<ProjectPage | undefined>;
  setAccess(pageId: Id, access: { partnersMayEdit: boolean; pupilsMayPropose: boolean }): Promise<void>;
  milestoneStates(projectId: Id): Promise<MilestoneState[]>;
  /** Ids of the project's pages on its public showcase. */
  publishedPageIds(projectId: Id): Promise<Id[]>;
  /** Projects with at least one page on the showcase. */
  showcasedProjectIds(): Promise<Id[]>;
  publish(page: {
    pageId: Id;
    projectId: Id;
    by: Id;
    at: string;
    photoConsentBy: Id | undefined;
  }): Promise<void>;
  unpublish(pageId: Id): Promise<void>;
  /** Pages a Quality Label application points at as evidence. */
  evidencePages(applicationId: Id): Promise<Id[]>;
  addEvidencePages(applicationId: Id, pageIds: readonly Id[]): Promise<void>;
  saveMilestoneState(projectId: Id, state: MilestoneState, by: Id, at: string): Promise<void>;
}

export interface SchoolRepository {
  get(id: Id): Promise<School | undefined>;
  getMany(ids: readonly Id[]): Promise<School[]>;
  /** `at`: the registration instant by core's clock (the School label counts the school's years from it). */
  insert(school: School, at: Instant): Promise<void>;
  update(school: School): Promise<void>;
  /** Groups of two or more schools of one country whose names read the same (`schoolNameKey`). */
  lookalikes(limit: number): Promise<School[][]>;
}

/** An account as a central admin must see it before granting a role: where it came from. */
export interface AccountCandidate {
  account: Account;
  /** The teacher's school; none for accounts that are not teachers. */
  school: School | undefined;
  /** The LMS issuers the account launched from. */
  issuers: string[];
}

export interface AccountRepository {
  get(id: Id): Promise<Account | undefined>;
  getMany(ids: readonly Id[]): Promise<Account[]>;
  /**
   * Accounts a central admin may mean by `term`: its id, its email (stored lower-cased; not
   * unique, since any LMS sends any address) or part of its name; at most `limit`.
   */
  findCandidates(term: string, limit: number): Promise<AccountCandidate[]>;
  /** Accounts with exactly this email (lower-cased), at most `limit`. */
  withEmail(email: string, limit: number): Promise<Account[]>;
  insert(account: Account, at: Instant): Promise<void>;
  update(account: Account, at: Instant): Promise<void>;
  /** Records the language chosen in the profile; undefined goes back to the launch's. */
  chooseLocale(id: Id, locale: string | undefined, at: Instant): Promise<void>;
  /** Accounts with this linked Matrix ID (at most one). */
  findByMatrixUserId(matrixUserId: string): Promise<Account | undefined>;
}

export interface TeacherSearchQuery {
  /** Free text over name, school, city, interests and bio. */
  text?: string | undefined;
  country?: string | undefined;
  subject?: string | undefined;
  language?: string | undefined;
  /** Teachers whose pupils' age range includes this age. */
  pupilAge?: number | undefined;
  lookingForPartnersOnly?: boolean | undefined;
  excludeTeacherId?: Id | undefined;
  limit: number;
  offset: number;
}

export interface TeacherSearchResult {
  teacher: Teacher;
  schoolName: string;
  city: string;
}

export interface TeacherRepository {
  get(id: Id): Promise<Teacher | undefined>;
  getMany(ids: readonly Id[]): Promise<Teacher[]>;
  insert(teacherId: Id, school: School, at: Instant): Promise<void>;
  saveProfile(teacherId: Id, profile: TeacherProfile, at: Instant): Promise<void>;
  /** Re-indexes the free-text search document (after a name or school change). */
  reindex(teacherId: Id): Promise<void>;
  /** One page plus whether another follows; no total count (it would not scale). */
  search(query: TeacherSearchQuery): Promise<{ results: TeacherSearchResult[]; hasMore: boolean }>;
  /** The school's teachers by name, at most `limit` (its school admin's overview). */
  ofSchool(schoolId: Id, limit: number): Promise<Teacher[]>;
  /** A page of the school's teachers, first registered first (its school admin's overview). */
  pageOfSchool(
    schoolId: Id,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<{ teacher: Teacher; createdAt: Instant }[]>;
  countOfSchool(schoolId: Id, cap: number): Promise<number>;
  /** Teachers whose name or email contains `term`, for the chat `invite` command. */
  findByTerm(term: string, limit: number): Promise<Teacher[]>;
}

export interface PupilRepository {
  get(id: Id): Promise<Pupil | undefined>;
  getMany(ids: readonly Id[]): Promise<Pupil[]>;
  /** Whether a pupil's Matrix account has this ID (it must never become an adult's). */
  isPupilMatrixId(matrixUserId: string): Promise<boolean>;
  insert(pupil: Pupil, at: Instant): Promise<void>;
  update(pupil: Pupil): Promise<void>;
  delete(id: Id): Promise<void>;
  listByTeacher(teacherId: Id): Promise<Pupil[]>;
  /** A page of the teacher's pupils, first registered first ("My pupils"). */
  pageByTeacher(
    teacherId: Id,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<{ pupil: Pupil; createdAt: Instant }[]>;
  countByTeacher(teacherId: Id, cap: number): Promise<number>;
  /**
   * A page of the teacher's pupils not (yet) in the project, by name, those whose name
   * contains `name` when given: the ones the teacher could add.
   */
  addablePage(
    teacherId: Id,
    projectId: Id,
    name: string | undefined,
    after: NameCursor | undefined,
    limit: number,
  ): Promise<Pupil[]>;
}

export interface ContactWithTeacher {
  contact: Contact;
  other: Teacher;
  schoolName: string;
}

/** A group's member or applicant as its page lists them. */
export interface GroupMemberView {
  teacherId: Id;
  name: string;
  role: GroupMembership["role"];
  since: Instant;
}

export interface GroupRepository {
  get(id: Id): Promise<Group | undefined>;
  insert(group: Group): Promise<void>;
  setStatus(id: Id, status: GroupStatus): Promise<void>;
  /** Groups of one status, by creation time; `text` matches name or description. Keyset-paged. */
  list(query: {
    status: GroupStatus;
    text?: string | undefined;
    after?: KeysetCursor | undefined;
    limit: number;
    order: "asc" | "desc";
  }): Promise<KeysetPage<Group>>;
  membership(groupId: Id, teacherId: Id): Promise<GroupMembership | undefined>;
  /** Inserts or replaces the teacher's membership of the group. */
  putMembership(membership: GroupMembership): Promise<void>;
  removeMembership(groupId: Id, teacherId: Id): Promise<void>;
  members(
    groupId: Id,
    status: GroupMembershipStatus,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<KeysetPage<GroupMemberView>>;
  moderators(groupId: Id): Promise<Id[]>;
  /** Members' linked Matrix IDs, for the group's room. */
  matrixMembers(
    groupId: Id,
  ): Promise<{ teacherId: Id; matrixUserId: string; role: GroupMembership["role"] }[]>;
  /** The approved groups a teacher is a member of. */
  ofTeacher(teacherId: Id): Promise<Id[]>;
}

/** A participant as an event's organiser sees them. */
export interface EventParticipantView extends EventRegistration {
  name: string;
  country: string;
}

/** Training and online events (core/rules/onlineEvents.ts), their registrations and people's time zones. */
export interface OnlineEventRepository {
  get(id: Id): Promise<OnlineEvent | undefined>;
  /** Read for a change that counts places (register, cancel, capacity): PostgreSQL locks the row. */
  lock(id: Id): Promise<OnlineEvent | undefined>;
  insert(event: OnlineEvent): Promise<void>;
  update(event: OnlineEvent): Promise<void>;
  setStatus(id: Id, status: OnlineEventStatus): Promise<void>;
  /**
   * Scheduled events starting after `from`, soonest first, for an audience: those for all
   * teachers and, with `country`, those of that country's unit. Keyset-paged on (starts_at, id).
   */
  upcoming(query: {
    from: Instant;
    country: string | undefined;
    after: KeysetCursor | undefined;
    limit: number;
  }): Promise<KeysetPage<OnlineEvent>>;
  /** Events organised for a unit (a country, or undefined: the central support service), newest start first. */
  organisedFor(
    country: string | undefined,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<KeysetPage<OnlineEvent>>;
  /** Scheduled events starting in (from, until] whose reminder is not sent yet. */
  remindersDue(from: Instant, until: Instant): Promise<OnlineEvent[]>;
  /** Marks the reminder sent; false when another run marked it first. */
  markReminded(id: Id, at: Instant): Promise<boolean>;
  registration(eventId: Id, teacherId: Id): Promise<EventRegistration | undefined>;
  putRegistration(registration: EventRegistration): Promise<void>;
  removeRegistration(eventId: Id, teacherId: Id): Promise<void>;
  count(eventId: Id, status: RegistrationStatus): Promise<number>;
  /** The first `limit` of the waiting list, in order of arrival. */
  waiting(eventId: Id, limit: number): Promise<EventRegistration[]>;
  /** How many wait before this waiting registration. */
  waitingBefore(registration: EventRegistration): Promise<number>;
  /** The registered participants (at most the capacity), in order of arrival. */
  participants(eventId: Id): Promise<EventParticipantView[]>;
  /** Sets `attended` for the event's registered participants: true for those listed, false for the others. */
  setAttendance(eventId: Id, attendedIds: readonly Id[]): Promise<void>;
  /** Events the teacher attended (for certificates). */
  attendedBy(teacherId: Id): Promise<OnlineEvent[]>;
  /** Scheduled events the teacher has a place in that have not ended at `now` (their rooms). */
  placesOf(teacherId: Id, now: Instant): Promise<Id[]>;
  /** Scheduled events not ended at `now`, by start: the bot's full pass keeps their rooms. */
  running(now: Instant, after: KeysetCursor | undefined, limit: number): Promise<KeysetPage<OnlineEvent>>;
  /** Registered participants' linked Matrix IDs, for the event's room. */
  matrixMembers(eventId: Id): Promise<{ accountId: Id; matrixUserId: string; organiser: boolean }[]>;
  timeZoneOf(accountId: Id): Promise<string | undefined>;
  setTimeZone(accountId: Id, timeZone: string): Promise<void>;
}

/** What the partner-finding board's search page can ask (core/rules/ideas.ts). */
export interface IdeaSearchQuery {
  text?: string | undefined;
  country?: string | undefined;
  subject?: string | undefined;
  language?: string | undefined;
  pupilAge?: number | undefined;
  partnerScope?: PartnerScope | undefined;
  /** Only ideas renewed at or after this instant (the live ones). */
  renewedSince: Instant;
  /** The last idea of the previous page (keyset paging, newest renewal first). */
  after?: { renewedAt: Instant; id: Id } | undefined;
  excludeAuthorId?: Id | undefined;
  limit: number;
}

export interface IdeaWithAuthor {
  idea: Idea;
  authorName: string;
  schoolName: string;
  schoolId: Id;
}

export interface IdeaRepository {
  get(id: Id): Promise<IdeaWithAuthor | undefined>;
  insert(idea: Idea): Promise<void>;
  /** Saves the form's fields and the renewal time. */
  update(idea: Idea): Promise<void>;
  delete(id: Id): Promise<void>;
  search(query: IdeaSearchQuery): Promise<{ results: IdeaWithAuthor[]; hasMore: boolean }>;
  /** The author's ideas, live or expired, newest first (a teacher has a handful). */
  ofAuthor(authorId: Id, limit: number): Promise<Idea[]>;
  /** Records a reply; false when this teacher had already replied to this idea. */
  addReply(ideaId: Id, teacherId: Id, at: Instant): Promise<boolean>;
  /** Who replied, newest first. */
  repliesTo(ideaId: Id, limit: number): Promise<{ teacherId: Id; name: string; repliedAt: Instant }[]>;
  /** When this teacher replied to this idea, if they did. */
  replyOf(ideaId: Id, teacherId: Id): Promise<Instant | undefined>;
}

export interface ContactRepository {
  get(id: Id): Promise<Contact | undefined>;
  /** The request or contact between two teachers, in either direction. */
  between(a: Id, b: Id): Promise<Contact | undefined>;
  /** The requests or contacts between `teacherId` and each of `others` (one query for a result page). */
  betweenMany(teacherId: Id, others: readonly Id[]): Promise<Contact[]>;
  insert(contact: Contact): Promise<void>;
  accept(id: Id, at: Instant): Promise<void>;
  delete(id: Id): Promise<void>;
  listFor(teacherId: Id): Promise<ContactWithTeacher[]>;
  /**
   * One page of one of a teacher's contact lists, newest request first, keyset-paged after
   * `after` (request time, contact id); `limit` rows at most.
   */
  pageFor(
    teacherId: Id,
    list: ContactList,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<ContactWithTeacher[]>;
}

/** A teacher's contact lists: requests to them, their own requests, accepted contacts. */
export const CONTACT_LISTS = ["incoming", "outgoing", "accepted"] as const;
export type ContactList = (typeof CONTACT_LISTS)[number];

export interface ProjectRepository {
  get(id: Id): Promise<Project | undefined>;
  getMany(ids: readonly Id[]): Promise<Project[]>;
  /** Reads the project and locks it until the transaction ends (concurrent decisions serialise). */
  lock(id: Id): Promise<Project | undefined>;
  insert(project: Project): Promise<void>;
  save(project: Project): Promise<void>;
  /** Projects a teacher founded, co-founds (invited) or belongs to. */
  listForTeacher(teacherId: Id): Promise<Project[]>;
  /** A page of the same, most recently changed first (the teacher's dashboard). */
  pageForTeacher(teacherId: Id, after: KeysetCursor | undefined, limit: number): Promise<Project[]>;
  /** Drafts whose founder asks this teacher to co-found them, newest first, at most `limit`. */
  cofounderRequests(teacherId: Id, limit: number): Promise<Project[]>;
  listForPupil(pupilId: Id): Promise<Project[]>;
  listByStatus(statuses: readonly ProjectStatus[]): Promise<Project[]>;
  /** Projects with `country` among their founders' countries, for the national unit's dashboard. */
  listForCountry(country: string): Promise<Project[]>;
  /**
   * One page of the country's projects (those its national unit decides on), newest first,
   * keyset-paged after `after`; `limit` rows at most.
   */
  pageForCountry(
    country: string,
    filters: CountryProjectFilters,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<Project[]>;
  /** Projects founded from this school (newest first, at most `limit`): its admin's overview. */
  /** A page of the projects founded from a school, newest first. */
  listForSchool(schoolId: Id, after: KeysetCursor | undefined, limit: number): Promise<Project[]>;
  countForSchool(schoolId: Id, cap: number): Promise<number>;
  /** How many projects of each status and kind have `country` among their founders' countries. */
  countsForCountry(country: string): Promise<ProjectCount[]>;
}

export interface CountryProjectFilters {
  status: ProjectStatus | undefined;
  kind: ProjectKind | undefined;
  /** Lower-cased words the title must contain. */
  title: string | undefined;
  /** Another country whose national unit also decides on the project (a partner's country). */
  partnerCountry?: string | undefined;
  subject?: Subject | undefined;
  /** An age the project's pupils' age range includes. */
  pupilAge?: number | undefined;
  /** Day bounds (YYYY-MM-DD, both included) of when the project was founded and approved. */
  foundedFrom?: string | undefined;
  foundedTo?: string | undefined;
  approvedFrom?: string | undefined;
  approvedTo?: string | undefined;
  label?: ProjectLabelKind | undefined;
}

/** Where a by-name page continues: the last row's name and id. */
export interface NameCursor {
  name: string;
  id: Id;
}

export interface CountrySchoolRow {
  school: School;
  /** Where the next page continues after this row. */
  cursor: NameCursor;
  verification: SchoolVerificationStatus | "unverified";
  teachers: number;
  projects: number;
  /** Labels its teachers hold, by kind (kinds with none are absent). */
  labels: Partial<Record<ProjectLabelKind, number>>;
}

/** A teacher as the national unit's list shows them: no contact details, no pupils. */
export interface CountryTeacherRow {
  id: Id;
  cursor: NameCursor;
  name: string;
  schoolId: Id;
  schoolName: string;
  projects: number;
}

/** Counts by month ("YYYY-MM"); months without any are absent. */
export interface CountryMonthlyCounts {
  founded: Map<string, number>;
  approved: Map<string, number>;
  closed: Map<string, number>;
  labelled: Map<string, number>;
  /** Projects approved before the first month and not closed before it. */
  activeBefore: number;
}

/** A label a school's teacher holds, for the school admin's page. */
export interface HeldLabel {
  kind: ProjectLabelKind;
  projectId: Id;
  projectTitle: string;
  teacherId: Id;
  teacherName: string;
}

/**
 * The national unit's country-wide reads (issue 15): lists of schools and teachers by name,
 * project labels, and the aggregate figures its charts draw. Every read is bounded by a page
 * or is an aggregate; none loads every project of a country.
 */
export interface CountryWorkspaceRepository {
  /** The labels each of these projects holds. */
  projectLabels(projectIds: readonly Id[]): Promise<Map<Id, ProjectLabelKind[]>>;
  schoolsPage(
    country: string,
    name: string | undefined,
    after: NameCursor | undefined,
    limit: number,
  ): Promise<Omit<CountrySchoolRow, "verification">[]>;
  teachersPage(
    country: string,
    name: string | undefined,
    after: NameCursor | undefined,
    limit: number,
  ): Promise<CountryTeacherRow[]>;
  /** Counts of the country's projects by month, from `sinceMonth` ("YYYY-MM") on. */
  monthlyCounts(country: string, sinceMonth: string): Promise<CountryMonthlyCounts>;
  /**
   * The median days from asking the country's unit to its decision, and how many decisions,
   * since `since` (only those of `status` when given): figures computed by the database.
   */
  decisionDays(
    country: string,
    since: Instant,
    status?: ApprovalStatus,
  ): Promise<{ median: number | undefined; count: number }>;
  /** The median days from asking the unit to its decision per month of the decision ("YYYY-MM"); months without a decision are absent. */
  monthlyMedianDecisionDays(country: string, since: Instant): Promise<Map<string, number>>;
  /** A page of the labels held by the school's teachers, newest project first (the school admin's page). */
  labelsOfSchool(
    schoolId: Id,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<{ held: HeldLabel; cursor: KeysetCursor }[]>;
}

export interface ProjectCount {
  status: ProjectStatus;
  kind: ProjectKind | undefined;
  count: number;
}

export interface MemberRepository {
  teachers(projectId: Id): Promise<ProjectTeacher[]>;
  /** A page of the project's teachers, first joined first (the project page's list). */
  teachersPage(projectId: Id, after: KeysetCursor | undefined, limit: number): Promise<ProjectTeacher[]>;
  countTeachers(projectId: Id, cap: number): Promise<number>;
  /** Which of `teacherIds` are the project's teachers (a page shows a few, not all). */
  teachersAmong(projectId: Id, teacherIds: readonly Id[]): Promise<Id[]>;
  role(projectId: Id, teacherId: Id): Promise<MemberRole | undefined>;
  /** The teacher's role in every project they belong to. */
  rolesOf(teacherId: Id): Promise<{ projectId: Id; role: MemberRole }[]>;
  addTeacher(member: ProjectTeacher): Promise<void>;
  setRole(projectId: Id, teacherId: Id, role: MemberRole): Promise<void>;
  removeTeacher(projectId: Id, teacherId: Id): Promise<void>;
  pupils(projectId: Id): Promise<ProjectPupil[]>;
  /** A page of the project's pupils, first added first. */
  pupilsPage(projectId: Id, after: KeysetCursor | undefined, limit: number): Promise<ProjectPupil[]>;
  countPupils(projectId: Id, cap: number): Promise<number>;
  hasPupil(projectId: Id, pupilId: Id): Promise<boolean>;
  addPupil(member: ProjectPupil): Promise<void>;
  removePupil(projectId: Id, pupilId: Id): Promise<void>;
  /** Removes every pupil a teacher added to the project (when that teacher leaves). */
  removePupilsAddedBy(projectId: Id, teacherId: Id): Promise<Id[]>;
}

export interface InvitationRepository {
  get(id: Id): Promise<Invitation | undefined>;
  pending(projectId: Id, teacherId: Id): Promise<Invitation | undefined>;
  insert(invitation: Invitation): Promise<void>;
  setStatus(id: Id, status: InvitationStatus, at: Instant): Promise<void>;
  /** The teacher's pending invitations, oldest first; `limit` of them when given (their dashboard). */
  pendingForTeacher(teacherId: Id, limit?: number): Promise<Invitation[]>;
  pendingForProject(projectId: Id): Promise<Invitation[]>;
  /** A page of the project's pending invitations, oldest first (its page's list). */
  pendingPageForProject(projectId: Id, after: KeysetCursor | undefined, limit: number): Promise<Invitation[]>;
  /**
   * The teacher's pending invitations whose id starts with `prefix` (a short reference typed
   * in chat), `limit` at most.
   */
  pendingForTeacherByPrefix(teacherId: Id, prefix: string, limit: number): Promise<Invitation[]>;
}

export interface ApprovalRepository {
  forRound(projectId: Id, round: number): Promise<Approval[]>;
  insert(approval: Approval): Promise<void>;
  save(approval: Approval): Promise<void>;
  /**
   * Current-round approvals awaiting `country`'s decision, oldest first, keyset-paged after
   * `after` (request time, project id); `limit` rows at most.
   */
  pendingForCountry(country: string, after: KeysetCursor | undefined, limit: number): Promise<Approval[]>;
  /**
   * Approvals awaiting `country`'s decision whose project id starts with `prefix` (a short
   * reference typed in chat), `limit` at most.
   */
  pendingByProjectPrefix(country: string, prefix: string, limit: number): Promise<Approval[]>;
  /** How many approvals await `country`'s decision, counting `cap + 1` rows at most. */
  countPending(country: string, cap: number): Promise<number>;
  /** Every approval ever requested from `country` (for its dashboard). */
  listForCountry(country: string): Promise<Approval[]>;
  /** Every approval of these projects, all rounds, ordered by project, round and country. */
  forProjects(projectIds: readonly Id[]): Promise<Approval[]>;
}

export interface LabelRepository {
  getApplication(id: Id): Promise<LabelApplication | undefined>;
  applicationFor(projectId: Id, teacherId: Id): Promise<LabelApplication | undefined>;
  /** A page of the project's applications, oldest first, keyset-paged after `after` (submission time, id). */
  applicationsPage(
    projectId: Id,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<LabelApplication[]>;
  /** The countries in which the project holds a National Quality Label, each once. */
  awardedCountries(projectId: Id): Promise<string[]>;
  /** The project's awarded National Quality Label applications, oldest first. */
  awardedForProject(projectId: Id): Promise<LabelApplication[]>;
  /** Whether a teacher of the project applied for a label in one of these countries. */
  appliedInAny(projectId: Id, countries: readonly string[]): Promise<boolean>;
  /**
   * Applications awaiting `country`'s assessment, oldest first, keyset-paged after `after`
   * (submission time, id); `limit` rows at most.
   */
  submittedForCountry(
    country: string,
    after: KeysetCursor | undefined,
    limit: number,
  ): Promise<LabelApplication[]>;
  /** How many applications await `country`'s assessment, counting `cap + 1` rows at most. */
  countSubmitted(country: string, cap: number): Promise<number>;
  countForTeacherYear(teacherId: Id, schoolYear: string): Promise<number>;
  insertApplication(application: LabelApplication): Promise<void>;
  saveApplication(application: LabelApplication): Promise<void>;
  europeanLabel(projectId: Id): Promise<EuropeanLabel | undefined>;
  saveEuropeanLabel(label: EuropeanLabel): Promise<void>;
  /**
   * Projects with awarded National Quality Labels in at least `minCountries` countries, by
   * project id after `after` (keyset), at most `limit`.
   */
  europeanCandidates(minCountries: number, page?: { after?: Id; limit?: number }): Promise<Id[]>;
  /** How many candidates the central support service has not decided on yet, up to `cap + 1`. */
  countUndecidedEuropeanCandidates(minCountries: number, cap: number): Promise<number>;
  /** The National Quality Labels awarded to the teacher, newest first. */
  awardedTo(teacherId: Id): Promise<LabelApplication[]>;
  prizes(projectId: Id): Promise<{ prize: string; awardedAt: Instant }[]>;
  insertPrize(projectId: Id, prize: string, at: Instant): Promise<void>;
}

export interface SettingsRepository {
  schoolProjectPolicy(): Promise<SchoolProjectPolicy>;
  saveSchoolProjectPolicy(policy: SchoolProjectPolicy): Promise<void>;
  membershipPolicy(): Promise<MembershipPolicy>;
  saveMembershipPolicy(policy: MembershipPolicy): Promise<void>;
}

export interface GrantRepository {
  forAccount(accountId: Id): Promise<Grant[]>;
  add(accountId: Id, grant: Grant): Promise<void>;
  remove(accountId: Id, grant: Grant): Promise<void>;
  moderatorsOf(country: string): Promise<Id[]>;
  list(): Promise<{ accountId: Id; grant: Grant }[]>;
  /**
   * A page of the moderators' grants by country, then account, after `after` (country and
   * account id); with `name`, only accounts whose name contains it.
   */
  moderatorsPage(
    name: string | undefined,
    after: NameCursor | undefined,
    limit: number,
  ): Promise<{ account: Account; country: string }[]>;
  /** Appends to the audit trail of grants (in the transaction that changes them). */
  audit(entry: Omit<GrantAuditEntry, "id">): Promise<void>;
  /** The audit trail, newest first; `beforeId` continues after the previous page. */
  auditPage(limit: number, beforeId: number | undefined): Promise<GrantAuditEntry[]>;
}

export interface GrantAuditEntry {
  id: number;
  /** Undefined: the operator's command line (`npm run admin`). */
  actorId: Id | undefined;
  accountId: Id;
  grant: Grant;
  change: "granted" | "revoked";
  at: Instant;
}

export interface EventRepository {
  /** Appends to the event log (outbox and audit trail) in the current transaction. */
  append(event: DomainEvent, at: Instant): Promise<number>;
  /** The audit trail of one project, oldest first. */
  forProject(projectId: Id): Promise<StoredEvent[]>;
  /**
   * The project's events of these types written in [from, to), counted in the database by
   * type and by whether the payload says `done` (a milestone's).
   */
  countForProject(
    projectId: Id,
    types: readonly EventType[],
    from: Instant,
    to: Instant,
  ): Promise<{ type: EventType; done: boolean; count: number }[]>;
  /** The project's latest events of these types, newest first, those before event `beforeId` when given. */
  latestForProject(
    projectId: Id,
    types: readonly EventType[],
    beforeId: number | undefined,
    limit: number,
  ): Promise<StoredEvent[]>;
}

/** In-app notifications, written by the fan-out of the event log (one per person and event). */
export interface NotificationRepository {
  /** Adds it unless this person already has one for this event (fan-out is at least once) or was erased. */
  add(notification: Notification): Promise<void>;
  /** The newest first. */
  /** The account's notifications, newest first, keyset-paged after `after` (time, event id). */
  listFor(accountId: Id, after: KeysetCursor | undefined, limit: number): Promise<Notification[]>;
  unreadCount(accountId: Id): Promise<number>;
  markAllRead(accountId: Id, at: Instant): Promise<void>;
}

/** One-time codes that link a Matrix account to an OpenTwinning account. */
export interface LinkCodeRepository {
  /** Keeps the code (storage may keep only a hash of it) for the account until it expires. */
  insert(code: string, accountId: Id, expiresAt: Instant, at: Instant): Promise<void>;
  /** Marks an unexpired, unused code used and returns its account, at most once per code. */
  consume(code: string, at: Instant): Promise<Id | undefined>;
}

export interface Clock {
  now(): Instant;
}

export interface IdGenerator {
  newId(): Id;
}

/** Who a verified LMS identity (issuer + subject) is in OpenTwinning. */
export type IdentityOwner = { accountId: Id } | { pupilId: Id };

export interface IdentityRepository {
  find(issuer: string, subject: string): Promise<IdentityOwner | undefined>;
  link(issuer: string, subject: string, owner: IdentityOwner, at: Instant): Promise<void>;
  unlinkPupil(pupilId: Id): Promise<void>;
}

/** A person found by the privacy pages' search. */
export interface PersonFound {
  person: PersonRef;
  name: string;
  /** The teacher's or pupil's school; undefined for an account that is not a teacher. */
  schoolId: Id | undefined;
  schoolName: string;
  country: string;
}

/**
 * Everything stored about one person, table by table (store/personalData.ts lists the tables,
 * and a test fails when a table is not listed there), for export and erasure (GDPR).
 */
export interface PersonalDataRepository {
  /** The person's rows per table; bearer secrets are left out or given as their hashes only. */
  collect(person: PersonRef): Promise<Record<string, Record<string, unknown>[]>>;
  /**
   * Deletes the person's own rows and pseudonymises what other people's records need (the
   * account row keeps its id under `pseudonym`). Memberships and pupils are core's to remove first.
   */
  erase(person: PersonRef, pseudonym: string, at: Instant): Promise<void>;
  /** Accounts and pupils whose name (or an account's email) contains `term`, not erased; of one school when given. */
  find(term: string, schoolId: Id | undefined, limit: number): Promise<PersonFound[]>;
  /**
   * What erasing the person touches, counted in the database: the projects a teacher founded
   * and the others they are in (a pupil's projects as `otherProjects`), and the pupils a
   * teacher registered.
   */
  erasureCounts(
    person: PersonRef,
  ): Promise<{ foundedProjects: number; otherProjects: number; pupilsRegistered: number }>;
  /** The next number of "Former member #n" (one counter for the whole installation). */
  nextFormerMemberNumber(): Promise<number>;
  /** When the account was erased; undefined when it was not. */
  erasedAt(accountId: Id): Promise<Instant | undefined>;
}
