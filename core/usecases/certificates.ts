import { DomainError } from "../errors.ts";
import type { EuropeanLabel, Id, Instant, LabelApplication, Project, SchoolLabel } from "../model.ts";
import type { IssuedCertificate, Tx } from "../ports.ts";
import type { OnlineEvent } from "../rules/onlineEvents.ts";
import { type Actor, type CoreDeps, emit, requireTeacher } from "./context.ts";

/** What a certificate attests, read from the record it certifies at the moment it is shown. */
export interface Certified {
  kind: CertificateKindId;
  /** The certified record's id (a label application, a project, a school's label). */
  subjectId: Id;
  projectId: Id | undefined;
  /** When the label was awarded or the participation began; `until` when it ended. */
  since: Instant;
  until: Instant | undefined;
  /**
   * The end of the certificate's own period (a school label's): after it the certificate is
   * neither downloaded nor confirmed, and its check says it lapsed, not that it is forged.
   */
  validUntil: Instant | undefined;
  /** The title of what is certified when it is not a project (an event's). */
  title?: string | undefined;
}

/**
 * One kind of certificate: which record it certifies and who may download it. Its words are
 * the catalogue's `certificate.kind.<kind>` (the title) and `certificate.statement.<kind>`.
 */
export interface CertificateKind {
  /**
   * The holder's record with this id, or undefined when they hold no such certificate (any
   * more); a record past its `validUntil` is still returned, so its check can say it lapsed.
   */
  holds(tx: Tx, holderId: Id, subjectId: Id): Promise<Omit<Certified, "kind"> | undefined>;
  /** Every record of this kind the holder may download a certificate for at `now`. */
  heldBy(tx: Tx, holderId: Id, now: Instant): Promise<Omit<Certified, "kind">[]>;
  /**
   * Those of one project whose teacher the holder is, from what its page already read (their
   * role, the project's labels), so no kind reads again; a kind about no project holds none there.
   */
  heldAsMember(project: Project, read: MemberLabels): Omit<Certified, "kind">[];
}

/** The labels the project page read: the project's European label and the viewer's own application. */
export interface MemberLabels {
  europeanLabel: EuropeanLabel | undefined;
  application: LabelApplication | undefined;
}

/** A National Quality Label awarded to the teacher for their part in a project (R12). */
const nationalQualityLabel: CertificateKind = {
  async holds(tx, holderId, subjectId) {
    const application = await tx.labels.getApplication(subjectId);
    if (application?.teacherId !== holderId || application.status !== "awarded") return undefined;
    return nationalLabelCertified(application.id, application.projectId, application.decidedAt);
  },
  async heldBy(tx, holderId) {
    return (await tx.labels.awardedTo(holderId)).map((a) =>
      nationalLabelCertified(a.id, a.projectId, a.decidedAt),
    );
  },
  heldAsMember(project, { application }) {
    return application?.status === "awarded"
      ? [nationalLabelCertified(application.id, project.id, application.decidedAt)]
      : [];
  },
};

function nationalLabelCertified(id: Id, projectId: Id, decidedAt: Instant | undefined) {
  return { subjectId: id, projectId, since: decidedAt ?? "", until: undefined, validUntil: undefined };
}

/**
 * Taking part in a project: a teacher of it (any role) once every national unit approved it,
 * i.e. while it is active and after it closed. A teacher who left it holds none.
 */
const participation: CertificateKind = {
  async holds(tx, holderId, subjectId) {
    const project = await tx.projects.get(subjectId);
    return project ? (await participationIn(tx, holderId, project))[0] : undefined;
  },
  async heldBy(tx, holderId) {
    const roles = await tx.members.rolesOf(holderId);
    const projects = await tx.projects.getMany(roles.map((r) => r.projectId));
    return projects.filter(participated).map(participationCertified);
  },
  heldAsMember: (project) => (participated(project) ? [participationCertified(project)] : []),
};

async function participationIn(tx: Tx, holderId: Id, project: Project) {
  const member = participated(project) && (await tx.members.role(project.id, holderId)) !== undefined;
  return member ? [participationCertified(project)] : [];
}

function participated(project: { status: string; activatedAt: Instant | undefined }): boolean {
  return (project.status === "active" || project.status === "closed") && project.activatedAt !== undefined;
}

function participationCertified(project: {
  id: Id;
  activatedAt: Instant | undefined;
  closedAt: Instant | undefined;
}) {
  return {
    subjectId: project.id,
    projectId: project.id,
    since: project.activatedAt ?? "",
    until: project.closedAt,
    validUntil: undefined,
  };
}

/**
 * The European Quality Label awarded to a project (R12–R13), certified to every teacher of it
 * (founders and members alike: the label is the project's, not one teacher's, unlike the
 * national one). A teacher who left the project holds none, as for participation.
 */
const europeanQualityLabel: CertificateKind = {
  async holds(tx, holderId, subjectId) {
    const project = await tx.projects.get(subjectId);
    return project ? (await europeanLabelIn(tx, holderId, project))[0] : undefined;
  },
  async heldBy(tx, holderId) {
    const held = [];
    for (const { projectId } of await tx.members.rolesOf(holderId)) {
      const label = await tx.labels.europeanLabel(projectId);
      if (label?.status === "awarded") held.push(europeanLabelCertified(label));
    }
    return held;
  },
  heldAsMember: (_project, { europeanLabel }) => awardedEuropean(europeanLabel),
};

async function europeanLabelIn(tx: Tx, holderId: Id, project: Project) {
  if ((await tx.members.role(project.id, holderId)) === undefined) return [];
  return awardedEuropean(await tx.labels.europeanLabel(project.id));
}

function awardedEuropean(label: EuropeanLabel | undefined) {
  return label?.status === "awarded" ? [europeanLabelCertified(label)] : [];
}

function europeanLabelCertified(label: EuropeanLabel) {
  const since = label.awardedAt ?? label.decidedAt ?? "";
  return {
    subjectId: label.projectId,
    projectId: label.projectId,
    since,
    until: undefined,
    validUntil: undefined,
  };
}

/**
 * The eTwinning School label, certified to every teacher of the school while the label's
 * period lasts (core/rules/schoolLabel.ts); a teacher of another school holds none.
 */
const schoolLabel: CertificateKind = {
  async holds(tx, holderId, subjectId) {
    const label = await tx.schoolLabels.get(subjectId);
    const teacher = await tx.teachers.get(holderId);
    const held = label?.status === "awarded" && label.schoolId === teacher?.schoolId;
    return held ? schoolLabelCertified(label) : undefined;
  },
  async heldBy(tx, holderId, now) {
    const teacher = await tx.teachers.get(holderId);
    const label = teacher && (await tx.schoolLabels.currentOf([teacher.schoolId], now)).get(teacher.schoolId);
    return label ? [schoolLabelCertified(label)] : [];
  },
  heldAsMember: () => [],
};

function schoolLabelCertified(label: SchoolLabel) {
  return {
    subjectId: label.id,
    projectId: undefined,
    since: label.decidedAt ?? "",
    until: label.validUntil,
    validUntil: label.validUntil,
  };
}

/**
 * Attending a training or online event (issue 16): a participant the organiser recorded as
 * attending an event that was not cancelled. Unticked later, the certificate is withdrawn.
 */
const eventAttendance: CertificateKind = {
  async holds(tx, holderId, subjectId) {
    const registration = await tx.onlineEvents.registration(subjectId, holderId);
    const event = registration?.attended ? await tx.onlineEvents.get(subjectId) : undefined;
    return event?.status === "scheduled" ? eventAttendanceCertified(event) : undefined;
  },
  async heldBy(tx, holderId) {
    return (await tx.onlineEvents.attendedBy(holderId)).map(eventAttendanceCertified);
  },
  heldAsMember: () => [],
};

function eventAttendanceCertified(event: OnlineEvent) {
  return {
    subjectId: event.id,
    projectId: undefined,
    since: event.startsAt,
    until: undefined,
    validUntil: undefined,
    title: event.title,
  };
}

/** Every kind of certificate. Adding one is one entry here and its two catalogue texts. */
export const CERTIFICATE_KINDS = {
  national_quality_label: nationalQualityLabel,
  european_quality_label: europeanQualityLabel,
  school_label: schoolLabel,
  participation,
  event_attendance: eventAttendance,
} satisfies Record<string, CertificateKind>;

export type CertificateKindId = keyof typeof CERTIFICATE_KINDS;

export function isCertificateKind(value: string): value is CertificateKindId {
  return Object.hasOwn(CERTIFICATE_KINDS, value);
}

/** Every certificate the teacher may download at `now`, by kind in registry order. */
export async function certificatesHeldBy(tx: Tx, holderId: Id, now: Instant): Promise<Certified[]> {
  const held: Certified[] = [];
  for (const [kind, entry] of kinds()) {
    for (const record of await entry.heldBy(tx, holderId, now)) held.push({ ...record, kind });
  }
  return held;
}

/** The certificates of one project that its teacher (as its page found them and its labels) may download. */
export function certificatesOfMember(project: Project, read: MemberLabels): Certified[] {
  return kinds().flatMap(([kind, entry]) =>
    entry.heldAsMember(project, read).map((record) => ({ ...record, kind })),
  );
}

/** The kinds in registry order. */
function kinds(): [CertificateKindId, CertificateKind][] {
  return Object.entries(CERTIFICATE_KINDS) as [CertificateKindId, CertificateKind][];
}

/** The teacher's own certificates with their projects' titles (their certificates page). */
export async function myCertificates(
  deps: CoreDeps,
  actor: Actor,
): Promise<{ certified: Certified; projectTitle: string | undefined }[]> {
  return deps.store.readOnly(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    const held = await certificatesHeldBy(tx, teacher.id, deps.clock.now());
    const projectIds = held.flatMap((c) => (c.projectId ? [c.projectId] : []));
    const titles = new Map((await tx.projects.getMany(projectIds)).map((p) => [p.id, p.title]));
    return held.map((certified) => ({
      certified,
      projectTitle: certified.projectId ? titles.get(certified.projectId) : certified.title,
    }));
  });
}

/** What a certificate shows: the holder, their school, the project, the kind and the dates. */
export interface CertificateDetails {
  certificate: IssuedCertificate;
  certified: Certified;
  holderName: string;
  schoolName: string;
  country: string;
  /** The project's title, or the event's for an event's certificate. */
  projectTitle: string | undefined;
}

/**
 * The holder asks for their certificate: only the teacher the record certifies; anyone else is
 * told it does not exist. Issued once, so asking again gives the same certificate.
 */
export async function issueCertificate(
  deps: CoreDeps,
  actor: Actor,
  kind: string,
  subjectId: Id,
): Promise<IssuedCertificate> {
  return deps.store.transaction(async (tx) => {
    const teacher = await requireTeacher(tx, actor.accountId);
    const certified = isCertificateKind(kind)
      ? await certifiedFor(tx, kind, teacher.id, subjectId)
      : undefined;
    if (!certified) throw new DomainError("not_found", { what: "certificate" });
    refuseLapsed(certified, deps.clock.now());
    const { certificate, issued } = await tx.certificates.issue(
      kind,
      teacher.id,
      subjectId,
      deps.clock.now(),
    );
    if (issued) {
      await emit(tx, deps, {
        type: "certificate_issued",
        actorId: teacher.id,
        projectId: certified.projectId,
        payload: { kind, subjectId },
      });
    }
    return certificate;
  });
}

/** The holder's issued certificate as it reads today; anyone else, or one no longer valid, is not found. */
export async function holderCertificate(
  deps: CoreDeps,
  actor: Actor,
  id: string,
): Promise<CertificateDetails> {
  return deps.store.readOnly(async (tx) => {
    const certificate = TOKEN.test(id) ? await tx.certificates.get(id) : undefined;
    const certified =
      certificate?.holderId === actor.accountId && isCertificateKind(certificate.kind)
        ? await certifiedFor(tx, certificate.kind, certificate.holderId, certificate.subjectId)
        : undefined;
    if (!certificate || !certified) throw new DomainError("not_found", { what: "certificate" });
    refuseLapsed(certified, deps.clock.now());
    return details(tx, certificate, certified);
  });
}

export type Verification =
  | { status: "unknown" }
  | { status: "revoked" }
  | { status: "genuine" | "lapsed"; details: CertificateDetails };

/** Issued tokens are base64url; anything else is not looked up at all. */
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Anyone checks a certificate by its token: `unknown` when no such certificate was issued,
 * `revoked` when its record no longer holds (the label withdrawn, the teacher left the project),
 * `lapsed` when it was genuine for a period that has ended (a school label's).
 */
export async function verifyCertificate(deps: CoreDeps, token: string): Promise<Verification> {
  if (!TOKEN.test(token)) return { status: "unknown" };
  return deps.store.readOnly(async (tx) => {
    const certificate = await tx.certificates.get(token);
    if (!certificate || !isCertificateKind(certificate.kind)) return { status: "unknown" };
    const certified = await certifiedFor(tx, certificate.kind, certificate.holderId, certificate.subjectId);
    if (!certified) return { status: "revoked" };
    const status = isLapsed(certified, deps.clock.now()) ? "lapsed" : "genuine";
    return { status, details: await details(tx, certificate, certified) };
  });
}

function isLapsed(certified: Certified, now: Instant): boolean {
  return certified.validUntil !== undefined && certified.validUntil < now;
}

/** Its holder is told the period ended, rather than that the certificate does not exist. */
function refuseLapsed(certified: Certified, now: Instant): void {
  if (isLapsed(certified, now))
    throw new DomainError("certificate_lapsed", { until: certified.validUntil?.slice(0, 10) ?? "" });
}

async function certifiedFor(tx: Tx, kind: CertificateKindId, holderId: Id, subjectId: Id) {
  const record = await CERTIFICATE_KINDS[kind].holds(tx, holderId, subjectId);
  return record ? { ...record, kind } : undefined;
}

async function details(
  tx: Tx,
  certificate: IssuedCertificate,
  certified: Certified,
): Promise<CertificateDetails> {
  const teacher = await requireTeacher(tx, certificate.holderId);
  const school = await tx.schools.get(teacher.schoolId);
  const project = certified.projectId ? await tx.projects.get(certified.projectId) : undefined;
  return {
    certificate,
    certified,
    holderName: teacher.name,
    schoolName: school?.name ?? "",
    country: teacher.country,
    projectTitle: project?.title ?? certified.title,
  };
}
