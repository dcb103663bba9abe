import type { Id, Instant, MemberRole, Store } from "../../core/index.ts";
import { botMessages } from "../i18n/index.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";

/** A person's part in a TwinSpace: their project role, or pupil. */
export type TwinSpaceRole = MemberRole | "pupil";

export interface TwinSpacePerson {
  /** The teacher's account id or the pupil's id. */
  personId: Id;
  matrixUserId: string;
  role: TwinSpaceRole;
}

export interface PartnerSchool {
  name: string;
  country: string;
}

/**
 * What a project's TwinSpace must look like, read from core's storage: the bot never
 * decides who belongs where, it only copies this to the homeserver.
 */
export interface DesiredTwinSpace {
  projectId: Id;
  title: string;
  summary: string;
  safetyRules: string;
  closedAt: Instant | undefined;
  /** The language of the rooms' names and the bot's notices: the project's first working language we speak. */
  locale: string;
  /** The schools of the project's teachers, founders' schools first. */
  partnerSchools: PartnerSchool[];
  /** Members with a Matrix ID; teachers who have not linked one yet are left out until they do. */
  people: TwinSpacePerson[];
}

/** The desired TwinSpace of an active or closed project; undefined for projects that have none (R7). */
export async function loadDesiredTwinSpace(
  store: Store,
  pupilAccounts: PupilMatrixAccounts,
  projectId: Id,
): Promise<DesiredTwinSpace | undefined> {
  const read = await store.transaction(async (tx) => {
    const project = await tx.projects.get(projectId);
    if (!project || (project.status !== "active" && project.status !== "closed")) return undefined;
    const members = await tx.members.teachers(projectId);
    const teachers = new Map(
      (await tx.teachers.getMany(members.map((m) => m.teacherId))).map((t) => [t.id, t]),
    );
    const founderFirst = [...members].sort(
      (a, b) => Number(b.role === "founder") - Number(a.role === "founder"),
    );
    const partnerSchools: PartnerSchool[] = [];
    const seen = new Set<Id>();
    for (const member of founderFirst) {
      const schoolId = teachers.get(member.teacherId)?.schoolId;
      if (!schoolId || seen.has(schoolId)) continue;
      seen.add(schoolId);
      const school = await tx.schools.get(schoolId);
      if (school) partnerSchools.push({ name: school.name, country: school.country });
    }
    const people: TwinSpacePerson[] = [];
    for (const member of members) {
      const matrixUserId = teachers.get(member.teacherId)?.matrixUserId;
      if (matrixUserId) people.push({ personId: member.teacherId, matrixUserId, role: member.role });
    }
    const pupilIds = (await tx.members.pupils(projectId)).map((p) => p.pupilId);
    return { project, partnerSchools, people, pupilIds };
  });
  if (!read) return undefined;
  const { project, partnerSchools, people, pupilIds } = read;
  const pupilMatrixIds = await pupilAccounts.matrixIdsFor(pupilIds);
  for (const pupilId of pupilIds) {
    const matrixUserId = pupilMatrixIds.get(pupilId);
    if (matrixUserId) people.push({ personId: pupilId, matrixUserId, role: "pupil" });
  }
  return {
    projectId: project.id,
    title: project.title,
    summary: project.summary,
    safetyRules: project.safetyRules,
    closedAt: project.status === "closed" ? (project.closedAt ?? project.updatedAt) : undefined,
    locale: botMessages.negotiate(project.languages.join(",")),
    partnerSchools,
    people,
  };
}
