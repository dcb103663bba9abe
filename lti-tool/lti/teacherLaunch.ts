import type { Response } from "express";
import type { CoreDeps, Id, Project } from "../../core/index.ts";
import { currentSession } from "../session/middleware.ts";
import type { LaunchContext } from "../session/session.ts";
import { LtiRefusal, type RefusalCode } from "./refusal.ts";

/** The teacher of the current session and the launch they came from; refused otherwise. */
export function teacherLaunch(
  res: Response,
  needs: (launch: LaunchContext) => boolean,
  missing: RefusalCode,
): { teacherId: Id; launch: LaunchContext; csrfToken: string } {
  const session = currentSession(res);
  const viewer = session?.viewer;
  if (!session || viewer?.kind !== "account" || !viewer.roles.includes("teacher")) {
    throw new LtiRefusal("role", "page for teachers only");
  }
  if (!session.launch || !needs(session.launch)) throw new LtiRefusal(missing, "launch lacks the service");
  return { teacherId: viewer.accountId, launch: session.launch, csrfToken: session.csrfToken };
}

/** Where a teacher's action came from, for log lines: ids only (no names, no tokens). */
export function launchOrigin(launch: LaunchContext) {
  return { issuer: launch.issuer, deploymentId: launch.deploymentId, contextId: launch.contextId };
}

/** Projects the teacher is a member of (founder, admin or teacher), for the pages' pickers. */
export async function memberProjects(core: CoreDeps, teacherId: Id): Promise<Project[]> {
  return core.store.transaction(async (tx) => {
    const projects = await tx.projects.listForTeacher(teacherId);
    const roles = await Promise.all(projects.map((project) => tx.members.role(project.id, teacherId)));
    return projects.filter((_, index) => roles[index] !== undefined);
  });
}
