import { Router } from "express";
import {
  acceptCofounder,
  calendarDateOf,
  closeProject,
  createProject,
  declineCofounder,
  decideApproval,
  DomainError,
  EDITABLE_STATUSES,
  type Id,
  isDomainError,
  ideaAsProjectDraft,
  leaveProject,
  membershipRefusal,
  LIMITS,
  parseCursor,
  parseNameCursor,
  type Project,
  resubmitProject,
  schoolProjectsAllowed,
  submitToCofounder,
  updateProject,
  withdrawSubmission,
} from "../../../core/index.ts";
import { sendNotice } from "../../session/notice.ts";
import { html, userText } from "../../web/html.ts";
import {
  account,
  actorOf,
  attempt,
  formBody,
  type PageContext,
  type Pages,
  page,
  param,
  render,
  text,
} from "../context.ts";
import { formState } from "../views/fields.ts";
import {
  COFOUNDER_CHOICES,
  type CofounderChoice,
  formTitle,
  projectForm,
  projectFormInput,
  projectFormValues,
} from "./form.ts";
import { loadActivity } from "./activity.ts";
import { lookRoute } from "./look.ts";
import { lookRoomRoutes } from "./lookRooms.ts";
import { loadProjectPage, loadPupilProject, type ProjectPageData } from "./load.ts";
import { membershipRoutes } from "./membership.ts";
import type { Candidate, ProjectSection } from "./shown.ts";
import { roomsForPupils, twinSpaceSection } from "./twinspace.ts";
import { descriptionSection, milestonesSection, projectHeader, showProjectPage } from "./view.ts";

/**
 * The founder's choices for the co-founder field: their most recent accepted contacts (and
 * the one already chosen, however old), and whether R5 lets school projects through.
 */
async function cofounderChoice(pages: Pages, me: Id, chosenId: string): Promise<CofounderChoice> {
  return pages.core.store.transaction(async (tx) => {
    const founder = await tx.teachers.get(me);
    if (!founder) throw new DomainError("not_registered_teacher");
    const policy = await tx.settings.schoolProjectPolicy();
    const recent = await tx.contacts.pageFor(me, "accepted", undefined, COFOUNDER_CHOICES + 1);
    const contacts = recent.slice(0, COFOUNDER_CHOICES);
    const chosen =
      chosenId && !contacts.some((c) => c.other.id === chosenId)
        ? await tx.contacts.between(me, chosenId)
        : undefined;
    const other = chosen?.status === "accepted" ? await tx.teachers.get(chosenId) : undefined;
    if (chosen && other) {
      const school = await tx.schools.get(other.schoolId);
      contacts.push({ contact: chosen, other, schoolName: school?.name ?? "" });
    }
    return {
      founder,
      contacts,
      more: recent.length > COFOUNDER_CHOICES,
      schoolProjectsOpen: schoolProjectsAllowed(
        policy,
        founder.country,
        calendarDateOf(pages.core.clock.now()),
      ),
    };
  });
}

/** The teachers an invite search finds, each with the rule that would refuse them (R8–R10). */
async function inviteCandidates(
  pages: Pages,
  data: ProjectPageData,
  me: Id,
  term: string,
): Promise<Candidate[]> {
  const { project, founder, cofounder } = data;
  if (!data.isManager || project.status !== "active" || !project.kind || term.length < 2) return [];
  const kind = project.kind;
  return pages.core.store.transaction(async (tx) => {
    const found = (await tx.teachers.findByTerm(term.slice(0, 100), 10)).filter((t) => t.id !== me);
    const schools = new Map((await tx.schools.getMany(found.map((t) => t.schoolId))).map((s) => [s.id, s]));
    const members = new Set(
      await tx.members.teachersAmong(
        project.id,
        found.map((t) => t.id),
      ),
    );
    const place = {
      kind,
      schoolId: project.schoolId,
      founderCountries: [founder, cofounder].flatMap((f) => (f ? [f.country] : [])),
    };
    return found.map((teacher) => ({
      teacher,
      school: schools.get(teacher.schoolId),
      refusal: membershipRefusal(place, teacher, pages.core.countries, data.membershipPolicy),
      member: members.has(teacher.id),
    }));
  });
}

/** A founder may edit in these cases (mirrors core's updateProject, which decides anyway). */
function requireEditable(project: Project, me: Id): void {
  const founder = project.founderId === me || project.cofounderId === me;
  if (!founder) throw new DomainError("not_found", { what: "project" });
  if (!EDITABLE_STATUSES.includes(project.status))
    throw new DomainError("wrong_status", { status: project.status });
  const choosing = project.status === "draft" || project.status === "declined";
  if (choosing && project.founderId !== me) throw new DomainError("not_project_manager");
}

export function projectRoutes(pages: Pages): Router {
  const router = Router();

  const showForm = async (
    ctx: PageContext,
    project: Project | undefined,
    values: Record<string, unknown>,
    error?: DomainError,
  ) => {
    const { t } = ctx;
    const me = account(ctx).accountId;
    const choosing =
      !project || ((project.status === "draft" || project.status === "declined") && project.founderId === me);
    const form = projectForm(formState(t, values, error), {
      action: project ? `/app/projects/${project.id}/edit` : "/app/projects/new",
      csrf: ctx.session.csrfToken,
      cofounder: choosing ? await cofounderChoice(pages, me, text(values, "cofounder")) : undefined,
      canSend: choosing,
    });
    const title = formTitle(t, project);
    render(ctx, title, html`<h1>${title}</h1>${form}`, error ? 422 : 200);
  };

  router.get(
    "/projects/new",
    page(pages, async (ctx) => {
      const query = ctx.req.query as Record<string, unknown>;
      // From the partner-finding board: the idea fills the form, its author proposed as co-founder.
      const idea = text(query, "idea");
      const values = idea
        ? await ideaAsProjectDraft(pages.core, actorOf(ctx), idea)
        : { cofounder: text(query, "cofounder") };
      await showForm(ctx, undefined, values);
    }),
  );

  router.post(
    "/projects/new",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const submit = text(body, "action") === "send";
      await attempt(
        ctx,
        () =>
          createProject(pages.core, actorOf(ctx), {
            form: projectFormInput(body),
            cofounderId: text(body, "cofounder") || undefined,
            submit,
          }),
        (project) => ({
          path: `/app/projects/${project.id}`,
          done: submit ? "project_sent" : "project_saved",
        }),
        (error) => showForm(ctx, undefined, body, error),
      );
    }),
  );

  const editable = async (ctx: PageContext) => {
    const project = await pages.core.store.transaction((tx) => tx.projects.get(param(ctx, "id")));
    if (!project) throw new DomainError("not_found", { what: "project" });
    requireEditable(project, account(ctx).accountId);
    return project;
  };

  router.get(
    "/projects/:id/edit",
    page(pages, async (ctx) => {
      const project = await editable(ctx);
      await showForm(ctx, project, projectFormValues(project));
    }),
  );

  router.post(
    "/projects/:id/edit",
    page(pages, async (ctx) => {
      const project = await editable(ctx);
      const body = formBody(ctx);
      const send = text(body, "action") === "send";
      await attempt(
        ctx,
        async () => {
          await updateProject(pages.core, actorOf(ctx), project.id, {
            form: projectFormInput(body),
            cofounderId: text(body, "cofounder") || undefined,
          });
          if (send) await submitToCofounder(pages.core, actorOf(ctx), project.id);
        },
        () => ({ path: `/app/projects/${project.id}`, done: send ? "project_sent" : "project_saved" }),
        (error) => showForm(ctx, project, body, error),
      );
    }),
  );

  router.get(
    "/projects/:id",
    page(pages, async (ctx) => {
      const id = param(ctx, "id");
      if (ctx.viewer.kind === "pupil") return showPupilProject(pages, ctx, ctx.viewer.pupilId, id);
      const query = ctx.req.query as Record<string, unknown>;
      const loaded = await loadProjectPage(pages, ctx, id, {
        members: parseCursor(text(query, "members_after")),
        pupils: parseCursor(text(query, "pupils_after")),
        invitations: parseCursor(text(query, "invitations_after")),
        labels: parseCursor(text(query, "labels_after")),
        addable: parseNameCursor(text(query, "add_after")),
        pupilName: text(query, "pupil_q").trim().slice(0, LIMITS.name),
      });
      // Members only; opening the page is what "last looked" records (a re-shown form is not).
      const activity = loaded.role
        ? await loadActivity(
            pages,
            loaded.project,
            loaded.rooms,
            { accountId: account(ctx).accountId },
            (loaded.pupils ?? []).map(({ pupil }) => pupil),
          )
        : undefined;
      const data = { ...loaded, activity };
      const term = text(query, "invite_q").trim();
      const invite = term
        ? { term, candidates: await inviteCandidates(pages, data, account(ctx).accountId, term) }
        : undefined;
      showProjectPage({ ctx, data, error: undefined, section: undefined, values: {}, invite });
    }),
  );

  /** An action of the project page: success back to the page, a refusal shown in its section. */
  const projectAction = (
    section: ProjectSection,
    done: string,
    run: (ctx: PageContext, projectId: Id) => Promise<unknown>,
  ) =>
    page(pages, async (ctx) => {
      const id = param(ctx, "id");
      await attempt(
        ctx,
        () => run(ctx, id),
        () => ({ path: `/app/projects/${id}`, done }),
        async (error) => {
          // Someone who may not even see the project (a third country's moderator) gets the refusal alone.
          const data = await loadProjectPage(pages, ctx, id).catch((failure: unknown) => {
            if (isDomainError(failure)) return undefined;
            throw failure;
          });
          if (!data)
            return sendNotice(ctx.res, 403, ctx.t, {
              title: ctx.t.t("pages.refused.title"),
              message: ctx.t.error(error),
            });
          showProjectPage({ ctx, data, error, section, values: formBody(ctx), invite: undefined });
        },
      );
    });

  router.post(
    "/projects/:id/submit",
    projectAction("lifecycle", "project_sent", (ctx, id) => submitToCofounder(pages.core, actorOf(ctx), id)),
  );
  router.post(
    "/projects/:id/withdraw",
    projectAction("lifecycle", "project_withdrawn", (ctx, id) =>
      withdrawSubmission(pages.core, actorOf(ctx), id),
    ),
  );
  router.post(
    "/projects/:id/resubmit",
    projectAction("lifecycle", "project_resubmitted", (ctx, id) =>
      resubmitProject(pages.core, actorOf(ctx), id),
    ),
  );
  router.post(
    "/projects/:id/leave",
    projectAction("lifecycle", "project_left", (ctx, id) => leaveProject(pages.core, actorOf(ctx), id)),
  );
  router.post(
    "/projects/:id/cofounder",
    projectAction("lifecycle", "cofounder_decided", (ctx, id) =>
      text(formBody(ctx), "decision") === "accept"
        ? acceptCofounder(pages.core, actorOf(ctx), id)
        : declineCofounder(pages.core, actorOf(ctx), id),
    ),
  );
  router.post(
    "/projects/:id/close",
    projectAction("lifecycle", "project_closed", async (ctx, id) => {
      // Closing cannot be undone: the page asks for an explicit confirmation.
      if (text(formBody(ctx), "confirm") !== "yes")
        throw new DomainError("invalid_input", { field: "confirm" });
      return closeProject(pages.core, actorOf(ctx), id);
    }),
  );
  router.post(
    "/projects/:id/approvals/:country",
    projectAction("status", "approval_decided", (ctx, id) => {
      const body = formBody(ctx);
      return decideApproval(pages.core, actorOf(ctx), id, param(ctx, "country").toUpperCase(), {
        approve: text(body, "decision") === "approve",
        reason: text(body, "reason"),
      });
    }),
  );
  router.post("/projects/:id/look", lookRoute(pages, projectAction));
  lookRoomRoutes(pages, router);
  router.use(membershipRoutes(pages, projectAction));
  return router;
}

export type ProjectAction = (
  section: ProjectSection,
  done: string,
  run: (ctx: PageContext, projectId: Id) => Promise<unknown>,
) => ReturnType<typeof page>;

/** R11: the pupil's view of a project their teacher added them to. */
async function showPupilProject(pages: Pages, ctx: PageContext, pupilId: Id, projectId: Id): Promise<void> {
  const { t } = ctx;
  const { project, rooms, matrixClientUrl } = await loadPupilProject(pages, pupilId, projectId);
  const pupilRooms = rooms && roomsForPupils(rooms);
  const activity = await loadActivity(pages, project, pupilRooms, { pupilId }, []);
  const body = html`${projectHeader(t, project)} ${twinSpaceSection(t, project, pupilRooms, matrixClientUrl ? ctx.session : undefined, activity)}
    ${descriptionSection(t, project)} ${milestonesSection(t, project.milestones, calendarDateOf(pages.core.clock.now()))}`;
  render(ctx, userText(project.title), body);
}
