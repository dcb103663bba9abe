import type { NextFunction, Request, RequestHandler, Response, Router } from "express";
import type { AdmissionGate } from "../web/admission.ts";
import {
  type CoreDeps,
  countriesActedFor,
  DomainError,
  type Grant,
  type Id,
  isDomainError,
  requireTeaching,
  type Translator,
} from "../../core/index.ts";
import type { Database } from "../../store/database.ts";
import { currentSession, requestTranslator } from "../session/middleware.ts";
import { sendNotice } from "../session/notice.ts";
import type { Session, Viewer } from "../session/session.ts";
import { html, type SafeHtml } from "../web/html.ts";
import { layout } from "../web/layout.ts";
import { requestLog } from "../web/requestLog.ts";
import type { NotificationFanout } from "./notifications/fanout.ts";
import type { MatrixSettings } from "./pupilAccountsPort.ts";
import type { TwinSpaceDirectory, TwinSpaceTranscripts } from "./twinSpaces.ts";
import { navigation } from "./views/navigation.ts";

/** What the pages need, built once by pagesRouter. */
export interface Pages {
  core: CoreDeps;
  database: Database;
  twinSpaces: TwinSpaceDirectory;
  /** Rooms' recent history for a national unit's look (projects/lookRooms.ts). */
  transcripts: TwinSpaceTranscripts;
  notifications: NotificationFanout;
  /** The homeserver, the bot and pupils' accounts; undefined when no bot is configured. */
  matrix: MatrixSettings | undefined;
  /** The Matrix web client the TwinSpace button opens, when the homeserver signs people in through us. */
  matrixClientUrl: string | undefined;
  publicUrl: () => string;
  /** Whether e-mail notifications are sent (SMTP configured); the profile page says so when not. */
  emailEnabled: boolean;
  /** Partner searches at once (lti-tool/web/admission.ts). */
  searchGate: AdmissionGate;
}

export type AccountViewer = Extract<Viewer, { kind: "account" }>;

/** What every page knows about the request: the person, their language, their rights. */
export interface PageContext {
  req: Request;
  res: Response;
  t: Translator;
  session: Session;
  viewer: Viewer;
  /** Grants (moderator, central admin) read from core on this request; none for pupils. */
  grants: Grant[];
  unread: number;
  /** The confirmation of the last action (POST-redirect-GET), when the URL names a known one. */
  done: string | undefined;
}

/** The signed-in account, or a refusal: pupils have their own, smaller set of pages. */
export function account(ctx: PageContext): AccountViewer {
  if (ctx.viewer.kind !== "account") throw new DomainError("forbidden");
  return ctx.viewer;
}

export function actorOf(ctx: PageContext): { accountId: Id } {
  return { accountId: account(ctx).accountId };
}

export function isTeacher(ctx: PageContext): boolean {
  return ctx.viewer.kind === "account" && ctx.viewer.roles.includes("teacher");
}

/** Launched by their school's LMS as Administrator (the LMS decides who administers a school). */
export function isSchoolAdmin(ctx: PageContext): boolean {
  return ctx.viewer.kind === "account" && ctx.viewer.roles.includes("school_admin");
}

export function moderatedCountries(ctx: PageContext): string[] {
  return countriesActedFor(ctx.grants);
}

export function isCentralAdmin(ctx: PageContext): boolean {
  return ctx.grants.some((grant) => grant.role === "central_admin");
}

/**
 * Sends a complete page with the person's navigation. The status defaults to the one already
 * set, so a form re-rendered by `attempt` after a refusal keeps its 422.
 */
export function render(ctx: PageContext, title: string, body: SafeHtml, status = ctx.res.statusCode): void {
  ctx.res
    .status(status)
    .type("html")
    .send(layout({ t: ctx.t, title, body, nav: navigation(ctx), csrfToken: ctx.session.csrfToken }));
}

/** After a successful action: back to a page (303, so a reload does not repeat the POST). */
export function redirectDone(ctx: PageContext, path: string, done: string): void {
  const url = new URL(path, "http://pages.invalid");
  url.searchParams.set("done", done);
  ctx.res.redirect(303, `${url.pathname}${url.search}${url.hash}`);
}

/**
 * Runs a use case for a form. Success redirects (POST-redirect-GET); a refusal of a rule
 * re-renders the form with the refusal and what the person typed (422). Anything else is
 * a real failure and goes to the error page.
 */
export async function attempt<T>(
  ctx: PageContext,
  run: () => Promise<T>,
  success: (result: T) => { path: string; done: string },
  refused: (error: DomainError) => Promise<void> | void,
): Promise<void> {
  let result: T;
  try {
    result = await run();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    ctx.res.status(422);
    await refused(error);
    return;
  }
  const { path, done } = success(result);
  redirectDone(ctx, path, done);
}

/** The parsed form body (urlencoded, not extended: repeated fields are arrays). */
export function formBody(ctx: PageContext): Record<string, unknown> {
  return (ctx.req.body ?? {}) as Record<string, unknown>;
}

/** One text value of a form or query; the first when the field was repeated. */
export function text(source: Record<string, unknown>, name: string): string {
  const value = source[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
}

/** Every value of a repeated field (checkbox groups, milestone rows). */
export function texts(source: Record<string, unknown>, name: string): string[] {
  const value = source[name];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string");
}

export function param(ctx: PageContext, name: string): string {
  return String(ctx.req.params[name] ?? "");
}

const NOT_FOUND_CODES = new Set(["not_found", "not_invitee"]);

/**
 * An async page handler: builds the context (session, translator, grants, unread count)
 * and turns refusals into translated pages: a rule that says no is a 403 (404 when the
 * thing is not visible), never a stack trace.
 */
export function page(pages: Pages, handler: (ctx: PageContext) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const t = requestTranslator(req, res);
    const session = currentSession(res);
    if (!session) return next(new Error("pages mounted without requireSession"));
    buildContext(pages, req, res, t, session)
      .then(handler)
      .catch((error: unknown) => {
        if (isDomainError(error)) {
          // A malformed filter or page link is bad input, not a refusal of the person.
          const status = error.code === "filter_invalid" ? 422 : NOT_FOUND_CODES.has(error.code) ? 404 : 403;
          requestLog(res).warn({ refusal: error.code }, error.message);
          // Inside the LMS's frame there is no back button: the page offers the way back itself.
          return sendNotice(res, status, t, {
            title: t.t("pages.refused.title"),
            message: t.error(error),
            action: html`<p><a href="/app">${t.t("pages.refused.back")}</a></p>`,
          });
        }
        next(error);
      });
  };
}

/**
 * In front of the teacher-only pages: an account without a teacher record (a unit's staff, the
 * central support service) gets the translated refusal with the way to its dashboard, whatever
 * address it typed. Pupils pass: their pages refuse them on their own terms.
 */
export function teachingOnly(pages: Pages): RequestHandler {
  return (req, res, next) => {
    const viewer = currentSession(res)?.viewer;
    // A teacher's launch made their teacher record (lti/admission.ts): no read in front of
    // their pages, so nothing here waits before the search's admission gate. Anyone else is
    // asked of core; only a refusal builds a page (the page itself builds its own).
    if (viewer?.kind !== "account" || viewer.roles.includes("teacher")) return next();
    requireTeaching(pages.core, { accountId: viewer.accountId }).then(
      () => next(),
      (error: unknown) =>
        isDomainError(error) ? page(pages, () => Promise.reject(error))(req, res, next) : next(error),
    );
  };
}

/**
 * A button's POST route on one thing's page (`route` holds `:id`): runs the use case and
 * redirects with a done flash; a refusal shows the thing's page again with the error, but a
 * thing not found (or not the viewer's) is a 404 page of its own, not the page with an error.
 */
export function idActionRoute<T>(
  router: Router,
  pages: Pages,
  spec: {
    route: string;
    run: (ctx: PageContext, id: string) => Promise<T>;
    success: (result: T, id: string) => { path: string; done: string };
    showAgain: (ctx: PageContext, id: string, error: DomainError) => Promise<void>;
  },
): void {
  router.post(
    spec.route,
    page(pages, async (ctx) => {
      const id = param(ctx, "id");
      await attempt(
        ctx,
        () => spec.run(ctx, id),
        (result) => spec.success(result, id),
        async (error) => {
          if (error.code === "not_found") throw error;
          await spec.showAgain(ctx, id, error);
        },
      );
    }),
  );
}

async function buildContext(
  pages: Pages,
  req: Request,
  res: Response,
  t: Translator,
  session: Session,
): Promise<PageContext> {
  // Notifications are fanned out from the event log when a page is read (see notifications/).
  if (session.viewer.kind === "account" && req.method === "GET") await pages.notifications.catchUp();
  const { grants, unread } = await viewerRights(pages.core, session.viewer);
  const doneKey = typeof req.query.done === "string" ? `done.${req.query.done}` : undefined;
  const done = doneKey && t.t(doneKey) !== doneKey ? t.t(doneKey) : undefined;
  return { req, res, t, session, viewer: session.viewer, grants, unread, done };
}

/** The grants and unread count the navigation depends on; pupils have neither. */
async function viewerRights(core: CoreDeps, viewer: Viewer): Promise<{ grants: Grant[]; unread: number }> {
  if (viewer.kind !== "account") return { grants: [], unread: 0 };
  return core.store.transaction(async (tx) => ({
    grants: await tx.grants.forAccount(viewer.accountId),
    unread: await tx.notifications.unreadCount(viewer.accountId),
  }));
}

/**
 * The person's navigation for a page served outside the pages' router (the LTI roster
 * import), so that inside the LMS's iframe, with no address bar, the way back is there.
 */
export async function navigationFor(
  core: CoreDeps,
  req: Request,
  res: Response,
  t: Translator,
  session: Session,
): Promise<SafeHtml> {
  const { grants, unread } = await viewerRights(core, session.viewer);
  return navigation({ req, res, t, session, viewer: session.viewer, grants, unread, done: undefined });
}
