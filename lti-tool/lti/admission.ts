import {
  admitStaffFromLaunch,
  type CoreDeps,
  type Id,
  type LaunchIdentity,
  myTimeZone,
  registerSchoolAdminFromLaunch,
  registerTeacherFromLaunch,
} from "../../core/index.ts";
import type { Viewer, ViewerRole } from "../session/session.ts";
import type { LaunchClaims } from "./claims.ts";
import { LtiRefusal } from "./refusal.ts";
import { mapRoles } from "./roles.ts";

/** The custom parameter our deep links carry (deepLinking.ts). */
export const PROJECT_PARAMETER = "project_id";

/**
 * Who the launch admits and where they land. Decided in two steps so that a refusal stores
 * nothing: `plan` only reads (roles, a pupil's registration and project membership), then
 * the launch records the nonce, then `admit` writes (R1: a teacher's first launch registers
 * them through core; later launches refresh name, email and language). The session speaks
 * the account's language: the one chosen in the profile, else the launch's.
 */
export type AdmissionPlan =
  | { kind: "teacher"; identity: LaunchIdentity; schoolId: Id; roles: ViewerRole[]; landing: string }
  | { kind: "school_admin"; identity: LaunchIdentity; schoolId: Id; landing: string }
  | { kind: "staff"; identity: LaunchIdentity; unit: string; landing: string }
  | { kind: "pupil"; pupilId: Id; locale: string; landing: string };

/**
 * Whom the launch's deployment belongs to: a school (`rejected` when its national unit rejected
 * it), or a staff unit — a national unit (its country) or the central support service
 * (CENTRAL_SUPPORT_UNIT) — whose staff launch.
 */
export type DeploymentOwner = { schoolId: Id; rejected: boolean } | { staffUnit: string };

export async function planAdmission(
  core: CoreDeps,
  claims: LaunchClaims,
  owner: DeploymentOwner,
): Promise<AdmissionPlan> {
  const roles = mapRoles(claims.roles);
  const locale = (claims.locale ?? "en").replace(/_/g, "-");
  const identity: LaunchIdentity = {
    issuer: claims.issuer,
    subject: claims.subject,
    name: claims.name,
    email: claims.email,
    locale,
  };
  const projectId = claims.custom[PROJECT_PARAMETER];
  const landing = (base: string) =>
    claims.messageType === "LtiDeepLinkingRequest"
      ? "/lti/deep-linking"
      : projectId
        ? `/app/projects/${encodeURIComponent(projectId)}`
        : base;

  if ("staffUnit" in owner) {
    // The unit's LMS says who works there; its learners (if any) are nobody here.
    if (claims.messageType === "LtiDeepLinkingRequest" || !(roles.teacher || roles.schoolAdmin)) {
      throw new LtiRefusal("role", `national unit launch by roles ${claims.roles.join(" ")}`);
    }
    return { kind: "staff", identity, unit: owner.staffUnit, landing: "/app" };
  }
  const { schoolId } = owner;
  if (owner.rejected) {
    // A rejected school is suspended; only its admin comes in, to My school, which says why and
    // what to do. Someone who also teaches is refused too: their session would be a teacher's.
    if (claims.messageType === "LtiDeepLinkingRequest" || !roles.schoolAdmin || roles.teacher) {
      throw new LtiRefusal("school_rejected", `school ${schoolId} was rejected by its national unit`);
    }
    return { kind: "school_admin", identity, schoolId, landing: "/app/school" };
  }
  if (claims.messageType === "LtiDeepLinkingRequest" && !roles.teacher) {
    throw new LtiRefusal("role", `deep linking by roles ${claims.roles.join(" ")}`);
  }
  if (roles.teacher) {
    const viewerRoles: ViewerRole[] = roles.schoolAdmin ? ["teacher", "school_admin"] : ["teacher"];
    return { kind: "teacher", identity, schoolId, roles: viewerRoles, landing: landing("/app") };
  }
  if (roles.schoolAdmin) return { kind: "school_admin", identity, schoolId, landing: landing("/app") };
  if (!roles.learner)
    throw new LtiRefusal("role", `no teacher, admin or learner role in ${claims.roles.join(" ")}`);

  // R11: pupils exist only once their teacher registered them; they see only their projects.
  const { pupilId, inProject, linkedProjectStatus } = await core.store.transaction(async (tx) => {
    const owner = await tx.identities.find(claims.issuer, claims.subject);
    const id = owner && "pupilId" in owner ? owner.pupilId : undefined;
    const inProject = id && projectId ? await tx.members.hasPupil(projectId, id) : false;
    const project = projectId && !inProject ? await tx.projects.get(projectId) : undefined;
    return { pupilId: id, inProject, linkedProjectStatus: project?.status };
  });
  if (!pupilId) throw new LtiRefusal("pupil_unregistered", `learner ${claims.subject} of ${claims.issuer}`);
  // A link placed before the project opened: tell the pupil it opens later, not "not yours".
  const notOpenYet = linkedProjectStatus !== undefined && !["active", "closed"].includes(linkedProjectStatus);
  if (projectId && !inProject && notOpenYet) {
    throw new LtiRefusal("project_not_open", `project ${projectId} is ${linkedProjectStatus}`);
  }
  if (projectId && !inProject) {
    throw new LtiRefusal("pupil_not_in_project", `pupil ${pupilId} is not in project ${projectId}`);
  }
  return { kind: "pupil", pupilId, locale, landing: landing("/app") };
}

export async function admit(core: CoreDeps, plan: AdmissionPlan): Promise<Viewer> {
  const viewer = await admitViewer(core, plan);
  if (viewer.kind !== "account") return viewer;
  // The session tells times in the zone the person chose (profile), read once per launch.
  const timeZone = await myTimeZone(core, { accountId: viewer.accountId });
  return timeZone ? { ...viewer, timeZone } : viewer;
}

async function admitViewer(core: CoreDeps, plan: AdmissionPlan): Promise<Viewer> {
  switch (plan.kind) {
    case "teacher": {
      const { teacher } = await registerTeacherFromLaunch(
        core,
        plan.identity,
        plan.schoolId,
        plan.roles.includes("school_admin"),
      );
      return {
        kind: "account",
        accountId: teacher.id,
        schoolId: teacher.schoolId,
        roles: plan.roles,
        locale: teacher.locale,
      };
    }
    case "school_admin": {
      const account = await registerSchoolAdminFromLaunch(core, plan.identity, plan.schoolId);
      return {
        kind: "account",
        accountId: account.id,
        schoolId: plan.schoolId,
        roles: ["school_admin"],
        locale: account.locale,
      };
    }
    case "staff": {
      const account = await admitStaffFromLaunch(core, plan.identity, plan.unit);
      return {
        kind: "account",
        accountId: account.id,
        schoolId: undefined,
        roles: [],
        locale: account.locale,
      };
    }
    case "pupil":
      return { kind: "pupil", pupilId: plan.pupilId, locale: plan.locale };
  }
}
