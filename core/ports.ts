import type { DomainEvent, StoredEvent } from "./events.ts";
import type {
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
  SchoolVerification,
  SchoolProjectPolicy,
  Teacher,
  TeacherProfile,
  TwinSpaceLook,
} from "./model.ts";
import type { ChatSource, Material } from "./rules/materials.ts";
import type { MilestoneState, PageRevision, ProjectPage } from "./rules/pages.ts";

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
  twinSpaceLooks: TwinSpaceLookRepository;
}

/** National units' read-only looks inside TwinSpaces. */
export interface TwinSpaceLookRepository {
  insert(look: TwinSpaceLook): Promise<void>;
  /** The account's look at the project still open at `now`, if any. */
  openFor(projectId: Id, accountId: Id, now: Instant): Promise<TwinSpaceLook | undefined>;
  /** The project's looks, newest first, at most `limit`. */
  forProject(projectId: Id, limit: number): Promise<TwinSpaceLook[]>;
}

export interface SchoolVerificationRepository {
  /** Every asked school's state; a school never decided on is `unverified`. */
  ofSchools(schoolIds: readonly Id[]): Promise<Map<Id, SchoolVerification>>;
  /** Schools of the country no staff member has decided on yet, oldest first. */
  unverifiedOf(country: string, limit: number): Promise<School[]>;
  decide(verification: SchoolVerification): Promise<void>;
}

/** A project's library of files (core/rules/materials.ts). */
export interface MaterialRepository {
  get(id: Id): Promise<Material | undefined>;
  /** By folder, then name. */
  forProject(projectId: Id): Promise<Material[]>;
  /** Bytes the project's files take (files and thumbnails). */
  usedBytes(projectId: Id): Promise<number>;
  insert(material: Material): Promise<void>;
  delete(id: Id): Promise<void>;
}

/** Files collected from the rooms, by the event that posted them; a row goes with its material. */
export interface ChatMaterialRepository {
  byEvent(eventId: string): Promise<ChatSource | undefined>;
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
  insert(school: School): Promise<void>;
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
  /** Teachers whose name or email contains `term`, for the chat `invite` command. */
  findByTerm(term: string, limit: number): Promise<Teacher[]>;
}

export interface PupilRepository {
  get(id: Id): Promise<Pupil | undefined>;
  getMany(ids: readonly Id[]): Promise<Pupil[]>;
  insert(pupil: Pupil, at: Instant): Promise<void>;
  update(pupil: Pupil): Promise<void>;
  delete(id: Id): Promise<void>;
  listByTeacher(teacherId: Id): Promise<Pupil[]>;
}

export interface ContactWithTeacher {
  contact: Contact;
  other: Teacher;
  schoolName: string;
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
}

export interface ProjectRepository {
  get(id: Id): Promise<Project | undefined>;
  getMany(ids: readonly Id[]): Promise<Project[]>;
  /** Reads the project and locks it until the transaction ends (concurrent decisions serialise). */
  lock(id: Id): Promise<Project | undefined>;
  insert(project: Project): Promise<void>;
  save(project: Project): Promise<void>;
  /** Projects a teacher founded, co-founds (invited) or belongs to. */
  listForTeacher(teacherId: Id): Promise<Project[]>;
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
    after: ProjectCursor | undefined,
    limit: number,
  ): Promise<Project[]>;
  /** Projects founded from this school (newest first, at most `limit`): its admin's overview. */
  listForSchool(schoolId: Id, limit: number): Promise<Project[]>;
  /** How many projects of each status and kind have `country` among their founders' countries. */
  countsForCountry(country: string): Promise<ProjectCount[]>;
}

export interface CountryProjectFilters {
  status: ProjectStatus | undefined;
  kind: ProjectKind | undefined;
  /** Lower-cased words the title must contain. */
  title: string | undefined;
}

/** Where a newest-first page of projects continues: the last row's creation time and id. */
export interface ProjectCursor {
  createdAt: string;
  id: Id;
}

export interface ProjectCount {
  status: ProjectStatus;
  kind: ProjectKind | undefined;
  count: number;
}

export interface MemberRepository {
  teachers(projectId: Id): Promise<ProjectTeacher[]>;
  role(projectId: Id, teacherId: Id): Promise<MemberRole | undefined>;
  /** The teacher's role in every project they belong to. */
  rolesOf(teacherId: Id): Promise<{ projectId: Id; role: MemberRole }[]>;
  addTeacher(member: ProjectTeacher): Promise<void>;
  setRole(projectId: Id, teacherId: Id, role: MemberRole): Promise<void>;
  removeTeacher(projectId: Id, teacherId: Id): Promise<void>;
  pupils(projectId: Id): Promise<ProjectPupil[]>;
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
  pendingForTeacher(teacherId: Id): Promise<Invitation[]>;
  pendingForProject(projectId: Id): Promise<Invitation[]>;
}

export interface ApprovalRepository {
  forRound(projectId: Id, round: number): Promise<Approval[]>;
  insert(approval: Approval): Promise<void>;
  save(approval: Approval): Promise<void>;
  /** Current-round approvals awaiting `country`'s decision, oldest first. */
  pendingForCountry(country: string): Promise<Approval[]>;
  /** Every approval ever requested from `country` (for its dashboard). */
  listForCountry(country: string): Promise<Approval[]>;
  /** Every approval of these projects, all rounds, ordered by project, round and country. */
  forProjects(projectIds: readonly Id[]): Promise<Approval[]>;
  /** `country`'s approvals granted since `since`, for the time-to-approval figure. */
  approvedSince(country: string, since: Instant): Promise<Approval[]>;
}

export interface LabelRepository {
  getApplication(id: Id): Promise<LabelApplication | undefined>;
  applicationFor(projectId: Id, teacherId: Id): Promise<LabelApplication | undefined>;
  applicationsForProject(projectId: Id): Promise<LabelApplication[]>;
  submittedForCountry(country: string): Promise<LabelApplication[]>;
  countForTeacherYear(teacherId: Id, schoolYear: string): Promise<number>;
  insertApplication(application: LabelApplication): Promise<void>;
  saveApplication(application: LabelApplication): Promise<void>;
  europeanLabel(projectId: Id): Promise<EuropeanLabel | undefined>;
  saveEuropeanLabel(label: EuropeanLabel): Promise<void>;
  /** Projects with awarded National Quality Labels in at least `minCountries` countries. */
  europeanCandidates(minCountries: number): Promise<Id[]>;
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
}

/** In-app notifications, written by the fan-out of the event log (one per person and event). */
export interface NotificationRepository {
  /** Adds it unless this person already has one for this event (fan-out is at least once) or was erased. */
  add(notification: Notification): Promise<void>;
  /** The newest first. */
  listFor(accountId: Id, limit: number): Promise<Notification[]>;
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
  /** The next number of "Former member #n" (one counter for the whole installation). */
  nextFormerMemberNumber(): Promise<number>;
  /** When the account was erased; undefined when it was not. */
  erasedAt(accountId: Id): Promise<Instant | undefined>;
}
