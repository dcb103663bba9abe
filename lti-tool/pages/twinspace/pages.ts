import { Router } from "express";
import {
  createPage,
  decideProposal,
  DomainError,
  listPages,
  projectDiary,
  publishPage,
  type PageActor,
  pageHistory,
  readPage,
  restoreRevision,
  savePage,
  setMilestoneState,
  setPageAccess,
  VIDEO_HOSTS,
} from "../../../core/index.ts";
import { html, userText } from "../../web/html.ts";
import { errorSummary } from "../views/feedback.ts";
import {
  attempt,
  formBody,
  type PageContext,
  type Pages,
  page,
  param,
  redirectDone,
  render,
  text,
} from "../context.ts";
import { historyView, pageEditView, pageListView, pagesPath, pageView, proposalView } from "./pageViews.ts";

/** The signed-in person as core's page rules know them: a teacher's account or a pupil. */
export function pageActor(ctx: PageContext): PageActor {
  return ctx.viewer.kind === "pupil" ? { pupilId: ctx.viewer.pupilId } : { accountId: ctx.viewer.accountId };
}

function revisionNumber(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new DomainError("not_found", { what: "revision" });
  return number;
}

/** The page-access checkboxes of the new-page and the access forms. */
function accessChoices(body: Record<string, unknown>): {
  partnersMayEdit: boolean;
  pupilsMayPropose: boolean;
} {
  return {
    partnersMayEdit: text(body, "partners_may_edit") === "on",
    pupilsMayPropose: text(body, "pupils_may_propose") === "on",
  };
}

/**
 * Pages embed videos of the allowed providers only (core's sanitizer keeps no other frame):
 * this answer's CSP lets exactly those load, every other page keeps `default-src 'self'`.
 */
function allowVideoFrames(ctx: PageContext): void {
  const policy = ctx.res.getHeader("Content-Security-Policy");
  if (typeof policy !== "string") return;
  ctx.res.setHeader(
    "Content-Security-Policy",
    `${policy}; frame-src ${VIDEO_HOSTS.map((host) => `https://${host}`).join(" ")}`,
  );
}

/**
 * The TwinSpace's pages under /app/projects/:id/pages. Every read and write goes through
 * core/usecases/pages.ts, which decides who may (a pupil only inside their own project; a
 * partner teacher edits only pages the founders opened).
 */
export function twinSpacePageRoutes(pages: Pages): Router {
  const router = Router();
  const core = pages.core;

  /** The page named by the route's :id and :pageId, as the signed-in person may read it. */
  const readThisPage = (ctx: PageContext) =>
    readPage(core, pageActor(ctx), param(ctx, "id"), param(ctx, "pageId"));

  const showList = async (ctx: PageContext, values: Record<string, unknown>, error?: DomainError) => {
    const listing = await listPages(core, pageActor(ctx), param(ctx, "id"));
    const diary = await projectDiary(core, pageActor(ctx), listing.project.id);
    const title = ctx.t.t("tspages.heading", { project: userText(listing.project.title) });
    render(
      ctx,
      title,
      pageListView(ctx.t, { ...listing, diary }, ctx.done, ctx.session.csrfToken, { values, error }),
    );
  };

  router.get(
    "/projects/:id/pages",
    page(pages, (ctx) => showList(ctx, {})),
  );

  router.post(
    "/projects/:id/pages",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const projectId = param(ctx, "id");
      await attempt(
        ctx,
        () =>
          createPage(core, pageActor(ctx), projectId, {
            title: text(body, "title"),
            body: text(body, "body"),
            parentId: text(body, "parent") || undefined,
            ...accessChoices(body),
          }),
        (created) => ({ path: pagesPath(projectId, created.id), done: "page_created" }),
        (error) => showList(ctx, body, error),
      );
    }),
  );

  router.post(
    "/projects/:id/pages/milestones",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const projectId = param(ctx, "id");
      await attempt(
        ctx,
        () =>
          setMilestoneState(core, pageActor(ctx), projectId, {
            title: text(body, "title"),
            dueDate: text(body, "due_date"),
            done: text(body, "done") === "yes",
            pageId: text(body, "page") || undefined,
          }),
        () => ({ path: pagesPath(projectId), done: "milestone_saved" }),
        (error) => showList(ctx, {}, error),
      );
    }),
  );

  router.get(
    "/projects/:id/pages/:pageId",
    page(pages, async (ctx) => {
      const reading = await readThisPage(ctx);
      allowVideoFrames(ctx);
      render(ctx, userText(reading.current.title), pageView(ctx.t, reading, ctx.done, ctx.session.csrfToken));
    }),
  );

  const showEditor = async (
    ctx: PageContext,
    values: Record<string, unknown> | undefined,
    error?: DomainError,
  ) => {
    const reading = await readThisPage(ctx);
    if (!reading.mayEdit && !reading.mayPropose) throw new DomainError("page_edit_not_allowed");
    const shown = values ?? { title: reading.current.title, body: reading.current.body };
    render(
      ctx,
      userText(reading.current.title),
      pageEditView(ctx.t, reading, ctx.session.csrfToken, { values: shown, error }),
    );
  };

  router.get(
    "/projects/:id/pages/:pageId/edit",
    page(pages, (ctx) => showEditor(ctx, undefined)),
  );

  router.post(
    "/projects/:id/pages/:pageId/edit",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const projectId = param(ctx, "id");
      const pageId = param(ctx, "pageId");
      await attempt(
        ctx,
        () =>
          savePage(core, pageActor(ctx), projectId, pageId, {
            title: text(body, "title"),
            body: text(body, "body"),
            basedOn: Number(text(body, "based_on")),
          }),
        (revision) => ({
          path: pagesPath(projectId, pageId),
          done: revision.status === "proposed" ? "page_proposed" : "page_saved",
        }),
        (error) => showEditor(ctx, body, error),
      );
    }),
  );

  router.get(
    "/projects/:id/pages/:pageId/history",
    page(pages, async (ctx) => {
      const before = revisionCursor(ctx.req.query.before);
      const { reading, revisions, older } = await pageHistory(
        core,
        pageActor(ctx),
        param(ctx, "id"),
        param(ctx, "pageId"),
        before,
      );
      render(
        ctx,
        ctx.t.t("tspages.history_heading", { title: userText(reading.current.title) }),
        historyView(ctx.t, reading, revisions, ctx.session.csrfToken, {
          next: older === undefined ? undefined : String(older),
          firstPage: before === undefined,
        }),
      );
    }),
  );

  router.post(
    "/projects/:id/pages/:pageId/access",
    page(pages, async (ctx) => {
      const projectId = param(ctx, "id");
      const pageId = param(ctx, "pageId");
      const body = formBody(ctx);
      await setPageAccess(core, pageActor(ctx), projectId, pageId, accessChoices(body));
      redirectDone(ctx, pagesPath(projectId, pageId), "page_access_saved");
    }),
  );

  router.post(
    "/projects/:id/pages/:pageId/publish",
    page(pages, async (ctx) => {
      const projectId = param(ctx, "id");
      const pageId = param(ctx, "pageId");
      const body = formBody(ctx);
      const publish = text(body, "publish") === "yes";
      await attempt(
        ctx,
        () =>
          publishPage(core, pageActor(ctx), projectId, pageId, {
            publish,
            photoConsent: text(body, "photo_consent") === "on",
          }),
        () => ({ path: pagesPath(projectId, pageId), done: publish ? "page_published" : "page_unpublished" }),
        async (error) => {
          const reading = await readPage(core, pageActor(ctx), projectId, pageId);
          render(
            ctx,
            userText(reading.current.title),
            html`${errorSummary(ctx.t, error)}${pageView(ctx.t, reading, undefined, ctx.session.csrfToken)}`,
          );
        },
      );
    }),
  );

  router.post(
    "/projects/:id/pages/:pageId/restore",
    page(pages, async (ctx) => {
      const projectId = param(ctx, "id");
      const pageId = param(ctx, "pageId");
      const number = revisionNumber(text(formBody(ctx), "number"));
      await restoreRevision(core, pageActor(ctx), projectId, pageId, number);
      redirectDone(ctx, pagesPath(projectId, pageId), "page_restored");
    }),
  );

  const showProposal = async (ctx: PageContext, error?: DomainError) => {
    const reading = await readThisPage(ctx);
    const number = revisionNumber(param(ctx, "number"));
    const proposal = reading.proposals.find((p) => p.number === number);
    if (!proposal) throw error ?? new DomainError("not_found", { what: "revision" });
    render(
      ctx,
      ctx.t.t("tspages.proposals_heading"),
      proposalView(ctx.t, reading, proposal, ctx.session.csrfToken, error),
    );
  };

  router.get(
    "/projects/:id/pages/:pageId/proposals/:number",
    page(pages, (ctx) => showProposal(ctx)),
  );

  router.post(
    "/projects/:id/pages/:pageId/proposals/:number",
    page(pages, async (ctx) => {
      const projectId = param(ctx, "id");
      const pageId = param(ctx, "pageId");
      const approve = text(formBody(ctx), "decision") === "approve";
      await attempt(
        ctx,
        () =>
          decideProposal(
            core,
            pageActor(ctx),
            projectId,
            pageId,
            revisionNumber(param(ctx, "number")),
            approve,
          ),
        () => ({
          path: pagesPath(projectId, pageId),
          done: approve ? "proposal_approved" : "proposal_rejected",
        }),
        (error) => showProposal(ctx, error),
      );
    }),
  );

  return router;
}

/** The history's "Next page" cursor: the revision number the older page starts below. */
function revisionCursor(value: unknown): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string" || !/^\d{1,9}$/.test(value))
    throw new DomainError("filter_invalid", { field: "before" });
  return Number(value);
}
