import { Router } from "express";
import {
  acceptInvitation,
  addPupilsToProject,
  cancelInvitation,
  declineInvitation,
  inviteTeacher,
  removeMember,
  removePupilFromProject,
  setMemberRole,
} from "../../../core/index.ts";
import { account, actorOf, attempt, formBody, type Pages, page, param, text, texts } from "../context.ts";
import { loadProjectPage } from "./load.ts";
import type { ProjectAction } from "./routes.ts";
import { showProjectPage } from "./view.ts";

/** Invitations (R8–R10), project admins, removals and pupils (R11): the project page's membership forms. */
export function membershipRoutes(pages: Pages, projectAction: ProjectAction): Router {
  const router = Router();
  const core = pages.core;

  router.post(
    "/projects/:id/invite",
    projectAction("invite", "invitation_sent", (ctx, id) =>
      inviteTeacher(core, actorOf(ctx), id, text(formBody(ctx), "teacherId")),
    ),
  );
  router.post(
    "/projects/:id/invitations/:invitationId/cancel",
    projectAction("invite", "invitation_cancelled", (ctx) =>
      cancelInvitation(core, actorOf(ctx), param(ctx, "invitationId")),
    ),
  );
  router.post(
    "/projects/:id/members/:teacherId/role",
    projectAction("members", "role_changed", (ctx, id) =>
      setMemberRole(
        core,
        actorOf(ctx),
        id,
        param(ctx, "teacherId"),
        text(formBody(ctx), "role") === "admin" ? "admin" : "teacher",
      ),
    ),
  );
  router.post(
    "/projects/:id/members/:teacherId/remove",
    projectAction("members", "member_removed", (ctx, id) =>
      removeMember(core, actorOf(ctx), id, param(ctx, "teacherId"), text(formBody(ctx), "reason")),
    ),
  );
  router.post(
    "/projects/:id/pupils",
    projectAction("pupils", "pupils_added", (ctx, id) =>
      addPupilsToProject(core, actorOf(ctx), id, texts(formBody(ctx), "pupil")),
    ),
  );
  router.post(
    "/projects/:id/pupils/:pupilId/remove",
    projectAction("pupils", "pupil_removed", (ctx, id) =>
      removePupilFromProject(core, actorOf(ctx), id, param(ctx, "pupilId")),
    ),
  );

  /** The invitee answers from the dashboard or the project page; a refusal shows on the project page. */
  const answer = (accept: boolean) =>
    page(pages, async (ctx) => {
      const invitationId = param(ctx, "id");
      const invitation = await core.store.transaction((tx) => tx.invitations.get(invitationId));
      const mine = invitation?.teacherId === account(ctx).accountId ? invitation : undefined;
      await attempt(
        ctx,
        async () => {
          if (accept) await acceptInvitation(core, actorOf(ctx), invitationId);
          else await declineInvitation(core, actorOf(ctx), invitationId);
        },
        () => ({
          path: accept && mine ? `/app/projects/${mine.projectId}` : "/app",
          done: accept ? "invitation_accepted" : "invitation_declined",
        }),
        async (error) => {
          if (!mine) throw error;
          const data = await loadProjectPage(pages, ctx, mine.projectId);
          showProjectPage({ ctx, data, error, section: "lifecycle", values: {}, invite: undefined });
        },
      );
    });
  router.post("/invitations/:id/accept", answer(true));
  router.post("/invitations/:id/decline", answer(false));
  return router;
}
