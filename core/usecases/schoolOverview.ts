import { DomainError } from "../errors.ts";
import type { Id, Project, School, SchoolLabel, SchoolVerification, Teacher } from "../model.ts";
import type { HeldLabel } from "../ports.ts";
import type { CoreDeps } from "./context.ts";

const SHOWN = 200;

/** A school admin as their launch authenticated them: the LMS's Administrator of this school. */
export interface SchoolAdminActor {
  accountId: Id;
  schoolAdminOf: Id | undefined;
}

export interface SchoolOverview {
  school: School;
  verification: SchoolVerification | undefined;
  /** The eTwinning School label, while within its period. */
  label: SchoolLabel | undefined;
  teachers: Teacher[];
  projects: Project[];
  /** Labels the school's teachers hold (every kind in core/rules/labelKinds.ts). */
  labels: HeldLabel[];
}

/**
 * What a school admin sees of their own school (issue 15): its verification, its teachers,
 * the projects founded from it and the labels its teachers hold. Only the school whose LMS launched them as
 * Administrator (the LMS decides who administers a school, as for personal data).
 */
export async function schoolOverview(deps: CoreDeps, actor: SchoolAdminActor): Promise<SchoolOverview> {
  const schoolId = actor.schoolAdminOf;
  if (schoolId === undefined) throw new DomainError("forbidden");
  return deps.store.transaction(async (tx) => {
    const school = await tx.schools.get(schoolId);
    if (!school) throw new DomainError("not_found", { what: "school" });
    return {
      school,
      verification: (await tx.schoolVerifications.ofSchools([schoolId])).get(schoolId),
      label: (await tx.schoolLabels.currentOf([schoolId], deps.clock.now())).get(schoolId),
      teachers: await tx.teachers.ofSchool(schoolId, SHOWN),
      projects: await tx.projects.listForSchool(schoolId, SHOWN),
      labels: await tx.countryWorkspace.labelsOfSchool(schoolId, SHOWN),
    };
  });
}
