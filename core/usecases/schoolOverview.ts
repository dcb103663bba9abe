import { DomainError } from "../errors.ts";
import type { Id, Project, School, SchoolLabel, SchoolVerification, Teacher } from "../model.ts";
import {
  type CappedCount,
  capCount,
  COUNT_CAP,
  type KeysetCursor,
  type KeysetPage,
  keysetPage,
  PAGE_SIZE,
} from "../paging.ts";
import type { HeldLabel } from "../ports.ts";
import type { CoreDeps } from "./context.ts";

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
  /** A page of its teachers, first registered first, and how many there are (capped). */
  teachers: KeysetPage<Teacher> & { count: CappedCount };
  /** A page of the projects founded from it, newest first, and how many (capped). */
  projects: KeysetPage<Project> & { count: CappedCount };
  /** A page of the labels the school's teachers hold (every kind in core/rules/labelKinds.ts), newest project first. */
  labels: KeysetPage<HeldLabel>;
}

/**
 * What a school admin sees of their own school (issue 15): its verification, its teachers,
 * the projects founded from it and the labels its teachers hold. Only the school whose LMS launched them as
 * Administrator (the LMS decides who administers a school, as for personal data).
 */
export async function schoolOverview(
  deps: CoreDeps,
  actor: SchoolAdminActor,
  after: {
    teachers?: KeysetCursor | undefined;
    projects?: KeysetCursor | undefined;
    labels?: KeysetCursor | undefined;
  } = {},
): Promise<SchoolOverview> {
  const schoolId = actor.schoolAdminOf;
  if (schoolId === undefined) throw new DomainError("forbidden");
  return deps.store.transaction(async (tx) => {
    const school = await tx.schools.get(schoolId);
    if (!school) throw new DomainError("not_found", { what: "school" });
    return {
      school,
      verification: (await tx.schoolVerifications.ofSchools([schoolId])).get(schoolId),
      label: (await tx.schoolLabels.currentOf([schoolId], deps.clock.now())).get(schoolId),
      teachers: {
        ...pageOf(
          keysetPage(
            await tx.teachers.pageOfSchool(schoolId, after.teachers, PAGE_SIZE + 1),
            PAGE_SIZE,
            (r) => ({
              at: r.createdAt,
              id: r.teacher.id,
            }),
          ),
          (r) => r.teacher,
        ),
        count: capCount(await tx.teachers.countOfSchool(schoolId, COUNT_CAP)),
      },
      projects: {
        ...keysetPage(
          await tx.projects.listForSchool(schoolId, after.projects, PAGE_SIZE + 1),
          PAGE_SIZE,
          (p) => ({
            at: p.createdAt,
            id: p.id,
          }),
        ),
        count: capCount(await tx.projects.countForSchool(schoolId, COUNT_CAP)),
      },
      labels: pageOf(
        keysetPage(
          await tx.countryWorkspace.labelsOfSchool(schoolId, after.labels, PAGE_SIZE + 1),
          PAGE_SIZE,
          (r) => r.cursor,
        ),
        (r) => r.held,
      ),
    };
  });
}

function pageOf<T, U>(page: KeysetPage<T>, item: (row: T) => U): KeysetPage<U> {
  return { items: page.items.map(item), next: page.next };
}
