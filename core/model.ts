/**
 * The domain model. Plain data: the rules live in core/rules and core/usecases.
 * Ids are opaque strings (UUIDs); instants are ISO-8601 UTC strings; calendar dates
 * (milestone due dates) are YYYY-MM-DD strings.
 */
export type Id = string;
export type Instant = string;
export type CalendarDate = string;

export interface School {
  id: Id;
  name: string;
  /** ISO 3166-1 alpha-2; a school has exactly one country (R1). */
  country: string;
  city: string;
}

/** Whether the school's national unit confirmed it is a real school (issue 15). */
export type SchoolVerificationStatus = "unverified" | "verified" | "rejected";

export interface SchoolVerification {
  schoolId: Id;
  status: SchoolVerificationStatus;
  decidedBy: Id | undefined;
  reason: string | undefined;
  decidedAt: Instant | undefined;
}

export type SchoolLabelStatus = "submitted" | "awarded" | "declined";

/** An eTwinning School label application and, once decided, the label (core/rules/schoolLabel.ts). */
export interface SchoolLabel {
  id: Id;
  schoolId: Id;
  /** The school's country: its national unit decides. */
  country: string;
  status: SchoolLabelStatus;
  appliedBy: Id | undefined;
  /** The applicant's statement of the school's e-safety practice. */
  esafety: string;
  appliedAt: Instant;
  decidedBy: Id | undefined;
  decisionNote: string | undefined;
  decidedAt: Instant | undefined;
  /** End of the label's period (awarded only). */
  validUntil: Instant | undefined;
}

/**
 * A national unit's (or the central support service's) read-only look inside a project's
 * TwinSpace (issue 15, point 4): opened by one staff member with an explicit button, valid
 * until `expiresAt`, and shown to the project's founders.
 */
export interface TwinSpaceLook {
  id: Id;
  projectId: Id;
  accountId: Id;
  /** A country code, or "central" for the central support service. */
  unit: string;
  startedAt: Instant;
  expiresAt: Instant;
}

/** An adult who uses OpenTwinning: a teacher, a school admin, a moderator, a central admin. */
export interface Account {
  id: Id;
  name: string;
  email: string;
  /** The Matrix ID the person linked (bot-commands issue); undefined until linked. */
  matrixUserId: string | undefined;
  /** Interface language (BCP 47): the one chosen in the profile, else the last launch's. */
  locale: string;
  /** The language chosen in the profile; undefined when the launch's applies. */
  chosenLocale?: string;
}

export interface TeacherProfile {
  subjects: string[];
  languages: string[];
  pupilAgeMin: number | undefined;
  pupilAgeMax: number | undefined;
  interests: string;
  bio: string;
  lookingForPartners: boolean;
}

/** A registered teacher (R1): an account bound to one school. The teacher's id is the account id. */
export interface Teacher extends Account {
  schoolId: Id;
  /** Denormalised from the school: a school's country never changes. */
  country: string;
  profile: TeacherProfile;
}

/** Pupils keep only a display name (data minimisation), their school and their teacher (R11). */
export interface Pupil {
  id: Id;
  displayName: string;
  schoolId: Id;
  teacherId: Id;
  matrixUserId: string | undefined;
}

export type ContactStatus = "pending" | "accepted";

export interface Contact {
  id: Id;
  requesterId: Id;
  addresseeId: Id;
  status: ContactStatus;
  createdAt: Instant;
  /** The short note the request carried (issue 16), shown to the addressee. */
  message?: string | undefined;
}

export type ProjectKind = "european" | "national" | "school";

export type ProjectStatus =
  "draft" | "awaiting_cofounder" | "declined" | "awaiting_approval" | "rejected" | "active" | "closed";

export interface Milestone {
  title: string;
  dueDate: CalendarDate;
}

/** The project form, with the good-practice prompts of R14 as first-class fields. */
export interface ProjectForm {
  title: string;
  summary: string;
  description: string;
  subjects: string[];
  languages: string[];
  pupilAgeMin: number;
  pupilAgeMax: number;
  objectives: string;
  curricularIntegration: string;
  workProcess: string;
  milestones: Milestone[];
  ictTools: string;
  expectedResults: string;
  safetyRules: string;
}

export interface Project extends ProjectForm {
  id: Id;
  status: ProjectStatus;
  /** Known once a co-founder is chosen; fixed when the co-founder accepts (R4, R9). */
  kind: ProjectKind | undefined;
  founderId: Id;
  cofounderId: Id | undefined;
  /** The school of the founder: school projects stay inside it (R9). */
  schoolId: Id;
  /** Each submission to the national units starts a new round of approvals (R6). */
  approvalRound: number;
  createdAt: Instant;
  updatedAt: Instant;
  activatedAt: Instant | undefined;
  closedAt: Instant | undefined;
}

export type MemberRole = "founder" | "admin" | "teacher";

export interface ProjectTeacher {
  projectId: Id;
  teacherId: Id;
  role: MemberRole;
  joinedAt: Instant;
}

export interface ProjectPupil {
  projectId: Id;
  pupilId: Id;
  /** The pupil's own teacher, who added them (R11). */
  addedBy: Id;
  joinedAt: Instant;
}

export type InvitationStatus = "pending" | "accepted" | "declined" | "cancelled";

export interface Invitation {
  id: Id;
  projectId: Id;
  teacherId: Id;
  invitedBy: Id;
  status: InvitationStatus;
  createdAt: Instant;
}

export type ApprovalStatus = "pending" | "approved" | "rejected" | "superseded";

/** One national unit's decision on one submission round of a project (R6). */
export interface Approval {
  projectId: Id;
  country: string;
  round: number;
  status: ApprovalStatus;
  moderatorId: Id | undefined;
  reason: string | undefined;
  requestedAt: Instant;
  decidedAt: Instant | undefined;
}

/**
 * Rights beyond teaching. `moderator`: a teacher (or anyone) the central admin lets decide for
 * a country; `staff`: a person who launched from their national unit's own LMS deployment
 * (core/rules/authority.ts says what each may do).
 */
export type Grant =
  { role: "central_admin" } | { role: "moderator"; country: string } | { role: "staff"; country: string };

/**
 * The school-project policy (R5). School projects are allowed when `enabled` is on and
 * today falls in [from, until] (either end open); a per-country entry overrides the default.
 */
export interface SchoolProjectWindow {
  enabled: boolean;
  from: CalendarDate | undefined;
  until: CalendarDate | undefined;
}

export interface SchoolProjectPolicy {
  default: SchoolProjectWindow;
  byCountry: Record<string, SchoolProjectWindow>;
}

/**
 * Whether national projects take teachers from other countries (R9). DESIGN.md R9 allows it
 * (the project stays national); the product default refuses it, as eTwinning's national
 * units asked for national projects to stay national in membership too. A central admin
 * switches it.
 */
export interface MembershipPolicy {
  nationalProjectsAcceptForeignTeachers: boolean;
}

export type LabelLevel = "national" | "european";

export type LabelApplicationStatus = "submitted" | "awarded" | "refused";

export interface LabelApplication {
  id: Id;
  projectId: Id;
  teacherId: Id;
  /** The national unit that decides: the applicant's country. */
  country: string;
  schoolYear: string;
  status: LabelApplicationStatus;
  /** Evidence per criterion id. */
  evidence: Record<string, string>;
  /** Scores per criterion id, set by the national unit. */
  scores: Record<string, number>;
  /** Minimum requirement id → met. */
  requirements: Record<string, boolean>;
  decidedBy: Id | undefined;
  decisionNote: string | undefined;
  createdAt: Instant;
  decidedAt: Instant | undefined;
}

export type EuropeanLabelStatus = "awarded" | "declined";

/** A European candidate's record: nominations, the central support service's assessment and decision. */
export interface EuropeanLabel {
  projectId: Id;
  /** Countries whose national unit nominated the project. */
  nominatedBy: string[];
  /** Undefined while the central support service has not decided. */
  status: EuropeanLabelStatus | undefined;
  /** Scores per criterion id and minimum requirements, as for a National Quality Label (R13). */
  scores: Record<string, number>;
  requirements: Record<string, boolean>;
  /** The central support service's account that decided: the awarding body. */
  decidedBy: Id | undefined;
  decisionNote: string | undefined;
  decidedAt: Instant | undefined;
  /** The award date (certificates); set only when awarded. */
  awardedAt: Instant | undefined;
}

export interface Notification {
  id: Id;
  accountId: Id;
  eventId: number;
  type: string;
  projectId: Id | undefined;
  params: Record<string, string>;
  createdAt: Instant;
  readAt: Instant | undefined;
}

/** A person whose data can be exported or erased (GDPR): an adult's account or a pupil. */
export interface PersonRef {
  kind: "account" | "pupil";
  id: Id;
}
