import { DomainError } from "../errors.ts";
import type { Id, Instant, Project } from "../model.ts";
import { PAGE_SIZE } from "../paging.ts";
import type { Tx } from "../ports.ts";
import { countriesActedFor } from "../rules/authority.ts";
import { hasTwinSpace } from "../rules/lifecycle.ts";
import { sanitizePageHtml } from "../rules/pageHtml.ts";
import {
  managesPages,
  mayEditPage,
  mayProposeEdit,
  mayReviewProposals,
  type MilestoneState,
  PAGE_LIMITS,
  type PageReader,
  type PageRevision,
  type ProjectPage,
  seesHistory,
} from "../rules/pages.ts";
import { pupilNameFor } from "../rules/pupilNames.ts";
import { MULTI_LINE, optionalText, requiredText } from "../rules/text.ts";
import { type CoreDeps, emit, requireProject } from "./context.ts";
import { openLookOf } from "./twinSpaceLooks.ts";

/** Who acts on pages: a signed-in account (teacher) or a pupil, as the adapter authenticated them. */
export type PageActor = { accountId: Id } | { pupilId: Id };

export interface PageText {
  title: string;
  /** HTML from the editor or the plain form; sanitized here whatever it holds. */
  body: string;
}

export interface NewPage extends PageText {
  parentId?: Id | undefined;
  partnersMayEdit: boolean;
  pupilsMayPropose: boolean;
}

export interface PageListing {
  project: Project;
  reader: PageReader;
  milestones: MilestoneState[];
  pages: { page: ProjectPage; title: string; proposals: number }[];
  managesPages: boolean;
}

export interface PageReading {
  project: Project;
  reader: PageReader;
  page: ProjectPage;
  /** Founders and project admins: they set what others may do on the page. */
  managesPages: boolean;
  /** The founders decide what goes public (core/usecases/showcase.ts). */
  mayPublish: boolean;
  /** On the project's public showcase. */
  published: boolean;
  current: PageRevision;
  mayEdit: boolean;
  mayPropose: boolean;
  /** Pupils' proposals waiting for a teacher; only for those who review them. */
  proposals: PageRevision[];
  /** Display names of the authors and deciders of the revisions shown (R11 for pupils). */
  names: Map<Id, string>;
}

/**
 * Who the actor is in this project's pages: one of its teachers (with their role) or one of
 * its pupils. Anyone else, or a project without a TwinSpace yet, is told the project does not
 * exist, so ids cannot be probed (a pupil never reaches another project's pages).
 * Reads pass `now`: a national unit's open look then makes its staff member an `observer`.
 * Writes pass no time, so a look never lets anyone write.
 */
export async function twinSpaceReader(
  tx: Tx,
  project: Project,
  actor: PageActor,
  now?: Instant,
): Promise<PageReader> {
  if (hasTwinSpace(project.status)) {
    if ("pupilId" in actor) {
      if (await tx.members.hasPupil(project.id, actor.pupilId))
        return { kind: "pupil", pupilId: actor.pupilId };
    } else {
      const role = await tx.members.role(project.id, actor.accountId);
      if (role) return { kind: "teacher", teacherId: actor.accountId, role };
      if (await assessesLabelOf(tx, project.id, actor.accountId))
        return { kind: "assessor", accountId: actor.accountId };
      const look = now ? await openLookOf(tx, project, actor.accountId, now) : undefined;
      if (look) return { kind: "observer", accountId: actor.accountId, unit: look.unit };
    }
  }
  throw new DomainError("not_found", { what: "project" });
}

/** A moderator of a country where one of the project's teachers applied for a Quality Label (R13). */
async function assessesLabelOf(tx: Tx, projectId: Id, accountId: Id): Promise<boolean> {
  const grants = await tx.grants.forAccount(accountId);
  if (!grants.some((grant) => grant.role === "moderator")) return false;
  return tx.labels.appliedInAny(projectId, countriesActedFor(grants));
}

async function pageOf(
  tx: Tx,
  projectId: Id,
  pageId: Id,
  options: { lock?: boolean } = {},
): Promise<ProjectPage> {
  const page = options.lock ? await tx.pages.lock(pageId) : await tx.pages.get(pageId);
  if (!page || page.projectId !== projectId) throw new DomainError("not_found", { what: "page" });
  return page;
}

async function currentOf(tx: Tx, page: ProjectPage): Promise<PageRevision> {
  const [current] = await tx.pages.published([page.id]);
  if (!current) throw new DomainError("not_found", { what: "page" });
  return current;
}

/** The project, the actor's place in it and the page, locked against concurrent writes. */
async function pageForWrite(
  tx: Tx,
  actor: PageActor,
  projectId: Id,
  pageId: Id,
): Promise<{ project: Project; reader: PageReader; page: ProjectPage }> {
  const project = await requireProject(tx, projectId);
  const reader = await twinSpaceReader(tx, project, actor);
  const page = await pageOf(tx, projectId, pageId, { lock: true });
  return { project, reader, page };
}

/** A founder or project admin of a running project: they shape the pages and milestones. */
async function pageManager(tx: Tx, project: Project, actor: PageActor): Promise<PageReader> {
  const reader = await twinSpaceReader(tx, project, actor);
  if (!managesPages(reader)) throw new DomainError("not_project_manager");
  requireActive(project);
  return reader;
}

/** Writes need a running project: a closed project's pages are its record and stay as they are. */
function requireActive(project: Project): void {
  if (project.status !== "active") throw new DomainError("wrong_status", { status: project.status });
}

function cleanText(input: PageText): PageText {
  const title = requiredText("title", input.title, PAGE_LIMITS.title);
  const raw = optionalText("body", input.body, PAGE_LIMITS.body, MULTI_LINE);
  return { title, body: sanitizePageHtml(raw) };
}

function actorIds(reader: PageReader): { authorAccountId: Id | undefined; authorPupilId: Id | undefined } {
  switch (reader.kind) {
    case "teacher":
      return { authorAccountId: reader.teacherId, authorPupilId: undefined };
    case "pupil":
      return { authorAccountId: undefined, authorPupilId: reader.pupilId };
    case "assessor":
    case "observer":
      throw new DomainError("forbidden");
  }
}

function requireTeacherReader(reader: PageReader): Extract<PageReader, { kind: "teacher" }> {
  if (reader.kind !== "teacher") throw new DomainError("forbidden");
  return reader;
}

export async function listPages(deps: CoreDeps, actor: PageActor, projectId: Id): Promise<PageListing> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await twinSpaceReader(tx, project, actor, deps.clock.now());
    const pages = await tx.pages.forProject(projectId);
    const titles = new Map(
      (await tx.pages.published(pages.map((p) => p.id))).map((r) => [r.pageId, r.title]),
    );
    const counts =
      reader.kind === "teacher" ? await tx.pages.proposalCounts(projectId) : new Map<Id, number>();
    const states = await tx.pages.milestoneStates(projectId);
    return {
      project,
      reader,
      milestones: project.milestones.map(
        (m) =>
          states.find((s) => s.title === m.title && s.dueDate === m.dueDate) ?? {
            title: m.title,
            dueDate: m.dueDate,
            done: false,
            pageId: undefined,
          },
      ),
      pages: pages.map((page) => ({
        page,
        title: titles.get(page.id) ?? "",
        proposals: mayReviewProposals(reader, page) ? (counts.get(page.id) ?? 0) : 0,
      })),
      managesPages: managesPages(reader),
    };
  });
}

export async function readPage(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  pageId: Id,
): Promise<PageReading> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await twinSpaceReader(tx, project, actor, deps.clock.now());
    const page = await pageOf(tx, projectId, pageId);
    const current = await currentOf(tx, page);
    const reviews = mayReviewProposals(reader, page);
    const proposals = reviews
      ? (await tx.pages.revisions(page.id)).filter((r) => r.status === "proposed")
      : [];
    return {
      project,
      reader,
      page,
      current,
      managesPages: managesPages(reader),
      mayPublish: reader.kind === "teacher" && reader.role === "founder",
      published: (await tx.pages.publishedPageIds(projectId)).includes(page.id),
      mayEdit: project.status === "active" && mayEditPage(reader, page),
      mayPropose: project.status === "active" && mayProposeEdit(reader, page),
      proposals,
      names: await namesFor(tx, reader, [current, ...proposals]),
    };
  });
}

/**
 * A page of a page's revisions, newest first, for the project's teachers: those numbered
 * below `before` when given, and the number the next (older) page starts below.
 */
export async function pageHistory(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  pageId: Id,
  before?: number,
): Promise<{ reading: PageReading; revisions: PageRevision[]; older: number | undefined }> {
  const reading = await readPage(deps, actor, projectId, pageId);
  if (!seesHistory(reading.reader)) throw new DomainError("forbidden");
  return deps.store.transaction(async (tx) => {
    const rows = await tx.pages.revisionsPage(pageId, before, PAGE_SIZE + 1);
    const revisions = rows.slice(0, PAGE_SIZE);
    return {
      reading: { ...reading, names: await namesFor(tx, reading.reader, revisions) },
      revisions,
      older: rows.length > PAGE_SIZE ? revisions.at(-1)?.number : undefined,
    };
  });
}

/** Founders and project admins add a page (R: a tree of two levels at most). */
export async function createPage(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  input: NewPage,
): Promise<ProjectPage> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    const reader = await pageManager(tx, project, actor);
    const text = cleanText(input);
    const existing = await tx.pages.forProject(projectId);
    if (existing.length >= PAGE_LIMITS.pages)
      throw new DomainError("page_limit_reached", { max: PAGE_LIMITS.pages });
    if (input.parentId) {
      const parent = existing.find((p) => p.id === input.parentId);
      if (!parent) throw new DomainError("not_found", { what: "page" });
      if (parent.parentId) throw new DomainError("page_tree_too_deep");
    }
    const siblings = existing.filter((p) => p.parentId === (input.parentId || undefined));
    const now = deps.clock.now();
    const page: ProjectPage = {
      id: deps.ids.newId(),
      projectId,
      parentId: input.parentId || undefined,
      position: Math.max(0, ...siblings.map((p) => p.position)) + 1,
      partnersMayEdit: input.partnersMayEdit,
      pupilsMayPropose: input.pupilsMayPropose,
      createdBy: requireTeacherReader(reader).teacherId,
      createdAt: now,
    };
    await tx.pages.insert(page);
    await tx.pages.addRevision({
      pageId: page.id,
      status: "published",
      ...text,
      ...actorIds(reader),
      basedOn: undefined,
      createdAt: now,
      decidedBy: undefined,
      decidedAt: undefined,
    });
    await emit(tx, deps, {
      type: "page_created",
      actorId: page.createdBy,
      projectId,
      payload: { pageId: page.id },
    });
    return page;
  });
}

/**
 * Saves a page: a teacher who may edit it publishes a revision; a pupil on a page open to
 * pupils proposes one, which a teacher approves or rejects. `basedOn` is the revision the
 * form was opened on: if someone published since, nothing is written and the author keeps
 * their text (no silent overwrite).
 */
export async function savePage(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  pageId: Id,
  input: PageText & { basedOn: number },
): Promise<PageRevision> {
  return deps.store.transaction(async (tx) => {
    const { project, reader, page } = await pageForWrite(tx, actor, projectId, pageId);
    const publishes = mayEditPage(reader, page);
    if (!publishes && !mayProposeEdit(reader, page)) throw new DomainError("page_edit_not_allowed");
    requireActive(project);
    const text = cleanText(input);
    const current = await currentOf(tx, page);
    if (current.number !== input.basedOn) throw new DomainError("page_changed_meanwhile");
    const revision = await tx.pages.addRevision({
      pageId,
      status: publishes ? "published" : "proposed",
      ...text,
      ...actorIds(reader),
      basedOn: current.number,
      createdAt: deps.clock.now(),
      decidedBy: undefined,
      decidedAt: undefined,
    });
    await emit(tx, deps, {
      type: publishes ? "page_revised" : "page_edit_proposed",
      actorId: revision.authorAccountId,
      projectId,
      payload: { pageId, number: revision.number },
    });
    return revision;
  });
}

/** Brings an older revision back as the newest one (the history keeps everything in between). */
export async function restoreRevision(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  pageId: Id,
  number: number,
): Promise<PageRevision> {
  return deps.store.transaction(async (tx) => {
    const { project, reader, page } = await pageForWrite(tx, actor, projectId, pageId);
    if (!mayEditPage(reader, page)) throw new DomainError("page_edit_not_allowed");
    requireActive(project);
    const old = await tx.pages.revision(pageId, number);
    if (!old || old.status !== "published") throw new DomainError("not_found", { what: "revision" });
    const current = await currentOf(tx, page);
    const revision = await tx.pages.addRevision({
      pageId,
      status: "published",
      title: old.title,
      body: old.body,
      ...actorIds(reader),
      basedOn: current.number,
      createdAt: deps.clock.now(),
      decidedBy: undefined,
      decidedAt: undefined,
    });
    await emit(tx, deps, {
      type: "page_revised",
      actorId: revision.authorAccountId,
      projectId,
      payload: { pageId, number: revision.number, restoredFrom: number },
    });
    return revision;
  });
}

/**
 * A teacher who may edit the page approves a pupil's proposal (it becomes the newest
 * published revision, credited to the pupil) or rejects it. One decision per proposal.
 */
export async function decideProposal(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  pageId: Id,
  number: number,
  approve: boolean,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const { project, reader, page } = await pageForWrite(tx, actor, projectId, pageId);
    if (!mayReviewProposals(reader, page)) throw new DomainError("page_edit_not_allowed");
    requireActive(project);
    const teacherId = requireTeacherReader(reader).teacherId;
    const proposal = await tx.pages.revision(pageId, number);
    if (!proposal || proposal.status === "published")
      throw new DomainError("not_found", { what: "revision" });
    if (proposal.status !== "proposed") throw new DomainError("page_proposal_decided");
    const now = deps.clock.now();
    await tx.pages.decide(pageId, number, approve ? "approved" : "rejected", teacherId, now);
    if (!approve) {
      await emit(tx, deps, {
        type: "page_edit_rejected",
        actorId: teacherId,
        projectId,
        payload: { pageId, number },
      });
      return;
    }
    const current = await currentOf(tx, page);
    const published = await tx.pages.addRevision({
      pageId,
      status: "published",
      title: proposal.title,
      body: proposal.body,
      authorAccountId: undefined,
      authorPupilId: proposal.authorPupilId,
      basedOn: current.number,
      createdAt: now,
      decidedBy: teacherId,
      decidedAt: now,
    });
    await emit(tx, deps, {
      type: "page_revised",
      actorId: teacherId,
      projectId,
      payload: { pageId, number: published.number, approved: number },
    });
  });
}

/**
 * Names of the people behind revisions, as this reader may see them: teachers by name,
 * pupils by first name and initial outside their own school (R11); a pupil reader sees
 * pupils' first names only.
 */
async function namesFor(
  tx: Tx,
  reader: PageReader,
  revisions: readonly PageRevision[],
): Promise<Map<Id, string>> {
  const accountIds = revisions.flatMap((r) =>
    [r.authorAccountId, r.decidedBy].filter((id): id is Id => !!id),
  );
  const pupilIds = revisions.flatMap((r) => (r.authorPupilId ? [r.authorPupilId] : []));
  const names = new Map<Id, string>();
  for (const teacher of await tx.teachers.getMany([...new Set(accountIds)]))
    names.set(teacher.id, teacher.name);
  const viewerSchool =
    reader.kind === "teacher" ? (await tx.teachers.get(reader.teacherId))?.schoolId : undefined;
  for (const pupil of await tx.pupils.getMany([...new Set(pupilIds)]))
    names.set(pupil.id, pupilNameFor(pupil, viewerSchool));
  return names;
}

/**
 * Founders and project admins mark a milestone done (or planned again) and link the page that
 * documents it. The milestone is named by its title and due date (see milestone_states).
 */
export async function setMilestoneState(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  state: MilestoneState,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await pageManager(tx, project, actor);
    if (!project.milestones.some((m) => m.title === state.title && m.dueDate === state.dueDate))
      throw new DomainError("not_found", { what: "milestone" });
    if (state.pageId) await pageOf(tx, projectId, state.pageId);
    const teacherId = requireTeacherReader(reader).teacherId;
    await tx.pages.saveMilestoneState(projectId, state, teacherId, deps.clock.now());
    await emit(tx, deps, {
      type: "milestone_updated",
      actorId: teacherId,
      projectId,
      payload: {
        title: state.title,
        dueDate: state.dueDate,
        done: state.done,
        ...(state.pageId ? { pageId: state.pageId } : {}),
      },
    });
  });
}

/** Founders and project admins change what others may do on a page. */
export async function setPageAccess(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  pageId: Id,
  access: { partnersMayEdit: boolean; pupilsMayPropose: boolean },
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await pageManager(tx, project, actor);
    const page = await pageOf(tx, projectId, pageId, { lock: true });
    await tx.pages.setAccess(page.id, access);
    await emit(tx, deps, {
      type: "page_access_changed",
      actorId: requireTeacherReader(reader).teacherId,
      projectId,
      payload: { pageId, ...access },
    });
  });
}
