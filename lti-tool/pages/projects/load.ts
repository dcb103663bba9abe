import {
  type Approval,
  calendarDateOf,
  type Certified,
  certificatesHeldBy,
  DEFAULT_MEMBERSHIP_POLICY,
  DomainError,
  type EuropeanLabel,
  hasTwinSpace,
  type Id,
  type Invitation,
  type LabelApplication,
  type MemberRole,
  type MembershipPolicy,
  type Project,
  type ProjectPupil,
  type ProjectTeacher,
  type Pupil,
  pupilNameFor,
  type School,
  type SchoolLabel,
  type SchoolVerification,
  type Teacher,
  lookStateFor,
  type LookState,
} from "../../../core/index.ts";
import { account, isCentralAdmin, moderatedCountries, type PageContext, type Pages } from "../context.ts";
import type { TwinSpaceRoom } from "../twinSpaces.ts";
import type { ShownActivity } from "./activity.ts";

export interface MemberView {
  member: ProjectTeacher;
  teacher: Teacher;
  school: School | undefined;
}

/** Everything the project page shows a teacher, moderator or admin, and what they may do there. */
export interface ProjectPageData {
  project: Project;
  /** The viewer's role as a member; undefined for the invited co-founder, invitees, moderators. */
  role: MemberRole | undefined;
  isManager: boolean;
  isFounder: boolean;
  myInvitation: Invitation | undefined;
  approvals: Approval[];
  /** Countries of the project's approvals that the viewer moderates (R6). */
  moderating: string[];
  members: MemberView[];
  founder: Teacher | undefined;
  cofounder: Teacher | undefined;
  schools: Map<Id, School>;
  /** Whether each school's national unit confirmed it (issue 15). */
  verifications: Map<Id, SchoolVerification>;
  /** Each school's eTwinning School label, while within its period. */
  schoolLabels: Map<Id, SchoolLabel>;
  names: Map<Id, string>;
  /**
   * R11: pupils are shown to the project's teachers only; full names to the teachers of the
   * pupil's own school, first name and initial to the partner schools' (`pupilNameFor`).
   */
  pupils: { pupil: Pupil; member: ProjectPupil }[] | undefined;
  /** The viewer's own pupils who could be added. */
  myPupils: Pupil[];
  invitations: { invitation: Invitation; teacher: Teacher | undefined }[];
  labels: LabelApplication[];
  /** The viewer's own certificates of this project (participation, their National Quality Label). */
  certificates: Certified[];
  europeanLabel: EuropeanLabel | undefined;
  membershipPolicy: MembershipPolicy;
  rooms: readonly TwinSpaceRoom[] | undefined;
  /** What happens inside the TwinSpace: members only, on the page's GET (activity.ts). */
  activity?: ShownActivity | undefined;
  /** The web client that signs people in through OpenTwinning, when configured (lti-tool/oidc/). */
  matrixClientUrl: string | undefined;
  /** A national unit's read-only look inside the TwinSpace: its way in, or the teachers' record (look.ts). */
  look: LookState;
  /** Today by core's clock, for past and upcoming milestones. */
  today: string;
}

/**
 * Reads the project page in one transaction, with a fixed number of queries whatever the
 * number of members, and refuses those who may not see it: the project's teachers, the
 * invited co-founder, invitees, the national units asked to decide and central admins may.
 * Anyone else is told it does not exist (not_found), so ids cannot be probed.
 */
export async function loadProjectPage(
  pages: Pages,
  ctx: PageContext,
  projectId: Id,
): Promise<ProjectPageData> {
  const me = account(ctx).accountId;
  const myCountries = moderatedCountries(ctx);
  const data = await pages.core.store.transaction(async (tx) => {
    const project = await tx.projects.get(projectId);
    if (!project) throw new DomainError("not_found", { what: "project" });
    const role = await tx.members.role(projectId, me);
    const myInvitation = await tx.invitations.pending(projectId, me);
    const approvals = await tx.approvals.forProjects([projectId]);
    const moderating = [...new Set(approvals.map((a) => a.country))].filter((c) => myCountries.includes(c));
    const visible =
      role !== undefined ||
      project.cofounderId === me ||
      myInvitation !== undefined ||
      moderating.length > 0 ||
      isCentralAdmin(ctx);
    if (!visible) throw new DomainError("not_found", { what: "project" });
    const isManager = role === "founder" || role === "admin";
    const memberRows = await tx.members.teachers(projectId);
    const invitations = isManager ? await tx.invitations.pendingForProject(projectId) : [];
    const teacherIds = [
      ...memberRows.map((m) => m.teacherId),
      project.founderId,
      project.cofounderId ?? "",
      ...invitations.map((i) => i.teacherId),
    ].filter(Boolean);
    const teachers = new Map((await tx.teachers.getMany(teacherIds)).map((t) => [t.id, t]));
    const schools = new Map(
      (await tx.schools.getMany([...teachers.values()].map((t) => t.schoolId))).map((s) => [s.id, s]),
    );
    const deciders = approvals.flatMap((a) => (a.moderatorId ? [a.moderatorId] : []));
    const names = new Map((await tx.accounts.getMany(deciders)).map((a) => [a.id, a.name]));
    for (const teacher of teachers.values()) names.set(teacher.id, teacher.name);
    const pupilRows = role ? await tx.members.pupils(projectId) : [];
    const mySchoolId = teachers.get(me)?.schoolId;
    const pupils = new Map(
      (await tx.pupils.getMany(pupilRows.map((p) => p.pupilId))).map((p) => [
        p.id,
        { ...p, displayName: pupilNameFor(p, mySchoolId) },
      ]),
    );
    // R12: only european projects, once running, have Quality Labels to show.
    const labelled = project.kind === "european" && hasTwinSpace(project.status);
    return {
      project,
      role,
      isManager,
      isFounder: role === "founder",
      myInvitation,
      approvals,
      moderating,
      members: memberRows.flatMap((member) => {
        const teacher = teachers.get(member.teacherId);
        return teacher ? [{ member, teacher, school: schools.get(teacher.schoolId) }] : [];
      }),
      founder: teachers.get(project.founderId),
      cofounder: project.cofounderId ? teachers.get(project.cofounderId) : undefined,
      schools,
      verifications: await tx.schoolVerifications.ofSchools([...schools.keys()]),
      schoolLabels: await tx.schoolLabels.currentOf([...schools.keys()], pages.core.clock.now()),
      names,
      pupils: role
        ? pupilRows.flatMap((member) => {
            const pupil = pupils.get(member.pupilId);
            return pupil ? [{ pupil, member }] : [];
          })
        : undefined,
      myPupils: role && project.status === "active" ? await tx.pupils.listByTeacher(me) : [],
      invitations: invitations.map((invitation) => ({
        invitation,
        teacher: teachers.get(invitation.teacherId),
      })),
      labels: labelled ? await tx.labels.applicationsForProject(projectId) : [],
      certificates: role ? await certificatesHeldBy(tx, me, pages.core.clock.now(), project) : [],
      europeanLabel: labelled ? await tx.labels.europeanLabel(projectId) : undefined,
      // Only the invite section explains the membership rules.
      membershipPolicy: isManager ? await tx.settings.membershipPolicy() : DEFAULT_MEMBERSHIP_POLICY,
      look: await lookStateFor(tx, project, me, pages.core.clock.now()),
    };
  });
  // The Matrix side's records are read outside the core transaction (SQLite has one connection).
  const rooms = (await pages.twinSpaces.roomsFor([projectId])).get(projectId);
  const today = calendarDateOf(pages.core.clock.now());
  return { ...data, rooms, matrixClientUrl: pages.matrixClientUrl, today };
}

/** R11: a pupil sees a project only when their teacher added them to it. */
export async function loadPupilProject(
  pages: Pages,
  pupilId: Id,
  projectId: Id,
): Promise<Pick<ProjectPageData, "project" | "rooms" | "matrixClientUrl">> {
  const project = await pages.core.store.transaction(async (tx) => {
    if (!(await tx.members.hasPupil(projectId, pupilId)))
      throw new DomainError("not_found", { what: "project" });
    return tx.projects.get(projectId);
  });
  if (!project) throw new DomainError("not_found", { what: "project" });
  const rooms = (await pages.twinSpaces.roomsFor([projectId])).get(projectId);
  return { project, rooms, matrixClientUrl: pages.matrixClientUrl };
}
