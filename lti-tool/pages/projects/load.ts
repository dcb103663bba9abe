import {
  type Approval,
  type CappedCount,
  COUNT_CAP,
  calendarDateOf,
  capCount,
  type Certified,
  certificatesOfMember,
  DEFAULT_MEMBERSHIP_POLICY,
  DomainError,
  type EuropeanLabel,
  hasTwinSpace,
  type Id,
  type Invitation,
  type KeysetCursor,
  keysetPage,
  type LabelApplication,
  type MemberRole,
  type MembershipPolicy,
  type NameCursor,
  namePage,
  PAGE_SIZE,
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
  /** A page of the project's teachers, first joined first (issue 18: never all of them). */
  members: MemberView[];
  membersPage: ListPage;
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
  pupilsPage: ListPage;
  /**
   * A page of the viewer's own pupils who could be added (not in the project yet), by name,
   * those whose name holds `term` when the teacher searched: never all of a teacher's pupils.
   */
  addable: { pupils: Pupil[]; term: string; next: string | undefined; firstPage: boolean };
  /** A page of the pending invitations, oldest first, for the founders and project admins. */
  invitations: { invitation: Invitation; teacher: Teacher | undefined }[];
  invitationsPage: { next: string | undefined; firstPage: boolean };
  /** A page of the project's Quality Label applications, oldest first (european projects, once running). */
  labels: LabelApplication[];
  labelsPage: { next: string | undefined; firstPage: boolean };
  /**
   * The viewer's application that stands (not refused), and the countries that awarded a
   * National Quality Label: read from the page when it holds every application, else asked for.
   */
  myLabel: LabelApplication | undefined;
  labelledIn: string[];
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

/** A paged list's place: its next page's cursor, whether this is the first, and its capped count. */
export interface ListPage {
  next: string | undefined;
  firstPage: boolean;
  count: CappedCount;
}

/**
 * Where the project page's paged lists continue ("Next page" of members, pupils, pending
 * invitations or the pupils a teacher may add), and the name the teacher searched their own pupils for.
 */
export interface ProjectPageCursors {
  members?: KeysetCursor | undefined;
  pupils?: KeysetCursor | undefined;
  invitations?: KeysetCursor | undefined;
  labels?: KeysetCursor | undefined;
  addable?: NameCursor | undefined;
  pupilName?: string | undefined;
}

/**
 * Reads the project page in one transaction, with a fixed number of queries whatever the
 * number of members (a page of each list), and refuses those who may not see it: the project's teachers, the
 * invited co-founder, invitees, the national units asked to decide and central admins may.
 * Anyone else is told it does not exist (not_found), so ids cannot be probed.
 */
export async function loadProjectPage(
  pages: Pages,
  ctx: PageContext,
  projectId: Id,
  cursors: ProjectPageCursors = {},
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
    const memberPage = keysetPage(
      await tx.members.teachersPage(projectId, cursors.members, PAGE_SIZE + 1),
      PAGE_SIZE,
      (m) => ({ at: m.joinedAt, id: m.teacherId }),
    );
    const memberRows = memberPage.items;
    const invitationPage = keysetPage(
      isManager
        ? await tx.invitations.pendingPageForProject(projectId, cursors.invitations, PAGE_SIZE + 1)
        : [],
      PAGE_SIZE,
      (i) => ({ at: i.createdAt, id: i.id }),
    );
    const invitations = invitationPage.items;
    const pupilPage = keysetPage(
      role ? await tx.members.pupilsPage(projectId, cursors.pupils, PAGE_SIZE + 1) : [],
      PAGE_SIZE,
      (p) => ({ at: p.joinedAt, id: p.pupilId }),
    );
    const pupilRows = pupilPage.items;
    // R12: only european projects, once running, have Quality Labels to show.
    const labelled = project.kind === "european" && hasTwinSpace(project.status);
    const labelPage = keysetPage(
      labelled ? await tx.labels.applicationsPage(projectId, cursors.labels, PAGE_SIZE + 1) : [],
      PAGE_SIZE,
      (a) => ({ at: a.createdAt, id: a.id }),
    );
    // The page holds every application: the viewer's and the awards are on it (no more reads).
    const wholeLabelList = !cursors.labels && labelPage.next === undefined;
    const myApplication = labelled
      ? wholeLabelList
        ? labelPage.items.findLast((a) => a.teacherId === me)
        : await tx.labels.applicationFor(projectId, me)
      : role
        ? await tx.labels.applicationFor(projectId, me)
        : undefined;
    // The viewer and the teachers who added the page's pupils may be on another page of members.
    const teacherIds = [
      me,
      ...memberRows.map((m) => m.teacherId),
      ...pupilRows.map((p) => p.addedBy),
      project.founderId,
      project.cofounderId ?? "",
      ...invitations.map((i) => i.teacherId),
      ...labelPage.items.map((a) => a.teacherId),
    ].filter(Boolean);
    const teachers = new Map((await tx.teachers.getMany(teacherIds)).map((t) => [t.id, t]));
    const schools = new Map(
      (await tx.schools.getMany([...teachers.values()].map((t) => t.schoolId))).map((s) => [s.id, s]),
    );
    const deciders = approvals.flatMap((a) => (a.moderatorId ? [a.moderatorId] : []));
    const names = new Map((await tx.accounts.getMany(deciders)).map((a) => [a.id, a.name]));
    for (const teacher of teachers.values()) names.set(teacher.id, teacher.name);
    const mySchoolId = teachers.get(me)?.schoolId;
    const pupils = new Map(
      (await tx.pupils.getMany(pupilRows.map((p) => p.pupilId))).map((p) => [
        p.id,
        { ...p, displayName: pupilNameFor(p, mySchoolId) },
      ]),
    );
    const addablePupils = async () => {
      const term = cursors.pupilName ?? "";
      const page = namePage(
        role && project.status === "active"
          ? await tx.pupils.addablePage(me, projectId, term || undefined, cursors.addable, PAGE_SIZE + 1)
          : [],
        PAGE_SIZE,
        (p) => ({ name: p.displayName, id: p.id }),
      );
      return { pupils: page.items, term, next: page.next, firstPage: !cursors.addable };
    };
    // Read once for the label section and the viewer's certificates.
    const europeanLabel = labelled || role ? await tx.labels.europeanLabel(projectId) : undefined;
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
      membersPage: {
        next: memberPage.next,
        firstPage: !cursors.members,
        count: await countOf(memberPage, !cursors.members, () =>
          tx.members.countTeachers(projectId, COUNT_CAP),
        ),
      },
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
      pupilsPage: {
        next: pupilPage.next,
        firstPage: !cursors.pupils,
        count: await countOf(pupilPage, !cursors.pupils, () => tx.members.countPupils(projectId, COUNT_CAP)),
      },
      addable: await addablePupils(),
      invitations: invitations.map((invitation) => ({
        invitation,
        teacher: teachers.get(invitation.teacherId),
      })),
      invitationsPage: { next: invitationPage.next, firstPage: !cursors.invitations },
      labels: labelPage.items,
      labelsPage: { next: labelPage.next, firstPage: !cursors.labels },
      myLabel: myApplication?.status === "refused" ? undefined : myApplication,
      labelledIn: !labelled
        ? []
        : wholeLabelList
          ? [...new Set(labelPage.items.filter((a) => a.status === "awarded").map((a) => a.country))].sort()
          : await tx.labels.awardedCountries(projectId),
      certificates: role ? certificatesOfMember(project, { europeanLabel, application: myApplication }) : [],
      europeanLabel: labelled ? europeanLabel : undefined,
      // Only the invite section explains the membership rules.
      membershipPolicy: isManager ? await tx.settings.membershipPolicy() : DEFAULT_MEMBERSHIP_POLICY,
      look: await lookStateFor(
        tx,
        project,
        { accountId: me, member: role !== undefined, approvals, grants: ctx.grants },
        pages.core.clock.now(),
      ),
    };
  });
  // The Matrix side's records are read outside the core transaction (SQLite has one connection).
  const rooms = (await pages.twinSpaces.roomsFor([projectId])).get(projectId);
  const today = calendarDateOf(pages.core.clock.now());
  return { ...data, rooms, matrixClientUrl: pages.matrixClientUrl, today };
}

/** A list's count: the first page's rows when it is the only page, else a capped count query. */
async function countOf(
  page: { items: readonly unknown[]; next: string | undefined },
  firstPage: boolean,
  count: () => Promise<number>,
): Promise<CappedCount> {
  return capCount(firstPage && !page.next ? page.items.length : await count());
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
