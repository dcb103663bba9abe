import type { Id, Instant, MemberRole } from "../model.ts";

/** A page of a project's TwinSpace: where it sits in the tree and what the founders allow on it. */
export interface ProjectPage {
  id: Id;
  projectId: Id;
  /** A top-level page's id: the tree has two levels at most. */
  parentId: Id | undefined;
  position: number;
  /** Teachers who are not the project's founders or admins may edit it. */
  partnersMayEdit: boolean;
  /** The project's pupils may propose edits (a teacher approves them). */
  pupilsMayPropose: boolean;
  createdBy: Id;
  createdAt: Instant;
}

export type RevisionStatus = "published" | "proposed" | "approved" | "rejected";

/** One save of a page. The page shows its highest published revision. */
export interface PageRevision {
  pageId: Id;
  number: number;
  status: RevisionStatus;
  title: string;
  /** Sanitized HTML (`sanitizePageHtml`), never what the browser sent. */
  body: string;
  authorAccountId: Id | undefined;
  /** Undefined for a teacher's save, and once the pupil was erased. */
  authorPupilId: Id | undefined;
  basedOn: number | undefined;
  createdAt: Instant;
  decidedBy: Id | undefined;
  decidedAt: Instant | undefined;
}

/**
 * Who is looking at a project's pages: one of its teachers with their role, one of its pupils,
 * a moderator assessing its Quality Label application, or a national unit looking inside
 * read-only. Anyone else gets no reader at all
 * (core answers not_found).
 */
export type PageReader =
  | { kind: "teacher"; teacherId: Id; role: MemberRole }
  | { kind: "pupil"; pupilId: Id }
  /** A national unit's moderator scoring a Quality Label application of the project: reads only. */
  | { kind: "assessor"; accountId: Id }
  /** A national unit's staff member (or the central support service) during an open look (core/usecases/twinSpaceLooks.ts): reads only. */
  | { kind: "observer"; accountId: Id; unit: string };

/** Founders and project admins arrange the pages, decide what others may do, and edit every page. */
export function managesPages(reader: PageReader): boolean {
  return reader.kind === "teacher" && (reader.role === "founder" || reader.role === "admin");
}

/** A teacher edits a page directly when they manage the pages or the founders opened it to partners. */
export function mayEditPage(reader: PageReader, page: ProjectPage): boolean {
  return managesPages(reader) || (reader.kind === "teacher" && page.partnersMayEdit);
}

/** A pupil's save is a proposal, and only on pages the founders opened to pupils. */
export function mayProposeEdit(reader: PageReader, page: ProjectPage): boolean {
  return reader.kind === "pupil" && page.pupilsMayPropose;
}

/** Any of the project's teachers reviews pupils' proposals on the pages they may edit. */
export const mayReviewProposals = mayEditPage;

/** Revisions and who wrote them are for the project's teachers; pupils see the page itself. */
export function seesHistory(reader: PageReader): boolean {
  return reader.kind === "teacher";
}

export const PAGE_LIMITS = { title: 120, body: 200_000, pages: 200 } as const;

/** A milestone's progress, kept beside the project's milestones (matched by title and due date). */
export interface MilestoneState {
  title: string;
  dueDate: string;
  done: boolean;
  pageId: Id | undefined;
}
