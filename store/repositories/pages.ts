import type { PageRepository, PageRevision, ProjectPage } from "../../core/index.ts";
import { bool, nullable, optional, type Scope } from "../rows.ts";

interface PageRow {
  id: string;
  project_id: string;
  parent_id: string | null;
  position: number | string;
  partners_may_edit: unknown;
  pupils_may_propose: unknown;
  created_by: string;
  created_at: string;
}

interface RevisionRow {
  page_id: string;
  number: number | string;
  status: PageRevision["status"];
  title: string;
  body: string;
  author_account_id: string | null;
  author_pupil_id: string | null;
  based_on: number | string | null;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

function toPage(row: PageRow): ProjectPage {
  return {
    id: row.id,
    projectId: row.project_id,
    parentId: optional(row.parent_id),
    position: Number(row.position),
    partnersMayEdit: bool(row.partners_may_edit),
    pupilsMayPropose: bool(row.pupils_may_propose),
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toRevision(row: RevisionRow): PageRevision {
  return {
    pageId: row.page_id,
    number: Number(row.number),
    status: row.status,
    title: row.title,
    body: row.body,
    authorAccountId: optional(row.author_account_id),
    authorPupilId: optional(row.author_pupil_id),
    basedOn: row.based_on === null ? undefined : Number(row.based_on),
    createdAt: row.created_at,
    decidedBy: optional(row.decided_by),
    decidedAt: optional(row.decided_at),
  };
}

/** Tree order: top-level pages by position, each followed by its children by position. */
function treeOrder(pages: ProjectPage[]): ProjectPage[] {
  const byPosition = (a: ProjectPage, b: ProjectPage) => a.position - b.position || a.id.localeCompare(b.id);
  const top = pages.filter((p) => !p.parentId).sort(byPosition);
  return top.flatMap((parent) => [parent, ...pages.filter((p) => p.parentId === parent.id).sort(byPosition)]);
}

export function pageRepository({ db, dialect }: Scope): PageRepository {
  return {
    async get(id) {
      const row = await db<PageRow>("project_pages").where({ id }).first();
      return row ? toPage(row as PageRow) : undefined;
    },
    async lock(id) {
      const query = db<PageRow>("project_pages").where({ id });
      // SQLite has a single writer (one connection): the transaction is already exclusive.
      const row = await (dialect === "postgres" ? query.forUpdate() : query).first();
      return row ? toPage(row as PageRow) : undefined;
    },
    async forProject(projectId) {
      const rows = (await db("project_pages").where({ project_id: projectId })) as PageRow[];
      return treeOrder(rows.map(toPage));
    },
    async insert(page) {
      await db("project_pages").insert({
        id: page.id,
        project_id: page.projectId,
        parent_id: nullable(page.parentId),
        position: page.position,
        partners_may_edit: page.partnersMayEdit,
        pupils_may_propose: page.pupilsMayPropose,
        created_by: page.createdBy,
        created_at: page.createdAt,
      });
    },
    async published(pageIds) {
      if (pageIds.length === 0) return [];
      const latest = db("page_revisions")
        .whereIn("page_id", pageIds)
        .andWhere({ status: "published" })
        .groupBy("page_id")
        .select("page_id")
        .max({ number: "number" });
      const rows = (await db("page_revisions as r")
        .join(latest.as("l"), function () {
          this.on("r.page_id", "=", "l.page_id").andOn("r.number", "=", "l.number");
        })
        .select("r.*")) as RevisionRow[];
      return rows.map(toRevision);
    },
    async revision(pageId, number) {
      const row = await db<RevisionRow>("page_revisions").where({ page_id: pageId, number }).first();
      return row ? toRevision(row as RevisionRow) : undefined;
    },
    async revisions(pageId) {
      const rows = (await db("page_revisions")
        .where({ page_id: pageId })
        .orderBy("number", "desc")) as RevisionRow[];
      return rows.map(toRevision);
    },
    async revisionsPage(pageId, before, limit) {
      // The primary key (page_id, number) serves the page walked backwards from `before`.
      const rows = (await db("page_revisions")
        .where({ page_id: pageId })
        .modify((q) => {
          if (before !== undefined) q.where("number", "<", before);
        })
        .orderBy("number", "desc")
        .limit(limit)) as RevisionRow[];
      return rows.map(toRevision);
    },
    async proposalCounts(projectId) {
      const rows = (await db("page_revisions as r")
        .join("project_pages as p", "p.id", "r.page_id")
        .where({ "p.project_id": projectId, "r.status": "proposed" })
        .groupBy("r.page_id")
        .select("r.page_id")
        .count({ count: "*" })) as { page_id: string; count: number | string }[];
      return new Map(rows.map((row) => [row.page_id, Number(row.count)]));
    },
    async addRevision(revision) {
      const last = (await db("page_revisions")
        .where({ page_id: revision.pageId })
        .max({ n: "number" })
        .first()) as { n: number | string | null } | undefined;
      const number = Number(last?.n ?? 0) + 1;
      await db("page_revisions").insert({
        page_id: revision.pageId,
        number,
        status: revision.status,
        title: revision.title,
        body: revision.body,
        author_account_id: nullable(revision.authorAccountId),
        author_pupil_id: nullable(revision.authorPupilId),
        based_on: nullable(revision.basedOn),
        created_at: revision.createdAt,
        decided_by: nullable(revision.decidedBy),
        decided_at: nullable(revision.decidedAt),
      });
      return { ...revision, number };
    },
    async setAccess(pageId, access) {
      await db("project_pages")
        .where({ id: pageId })
        .update({ partners_may_edit: access.partnersMayEdit, pupils_may_propose: access.pupilsMayPropose });
    },
    async publishedPageIds(projectId) {
      const rows = (await db("showcase_pages").where({ project_id: projectId }).select("page_id")) as {
        page_id: string;
      }[];
      return rows.map((row) => row.page_id);
    },
    async showcasedProjectIds() {
      const rows = (await db("showcase_pages").distinct("project_id")) as { project_id: string }[];
      return rows.map((row) => row.project_id);
    },
    async publish(page) {
      await db("showcase_pages")
        .insert({
          page_id: page.pageId,
          project_id: page.projectId,
          published_by: page.by,
          published_at: page.at,
          photo_consent_by: nullable(page.photoConsentBy),
        })
        .onConflict("page_id")
        .merge(["published_by", "published_at", "photo_consent_by"]);
    },
    async unpublish(pageId) {
      await db("showcase_pages").where({ page_id: pageId }).delete();
    },
    async evidencePages(applicationId) {
      const rows = (await db("label_evidence_pages").where({ application_id: applicationId })) as {
        page_id: string;
      }[];
      return rows.map((row) => row.page_id);
    },
    async addEvidencePages(applicationId, pageIds) {
      if (pageIds.length === 0) return;
      await db("label_evidence_pages").insert(
        pageIds.map((pageId) => ({ application_id: applicationId, page_id: pageId })),
      );
    },
    async milestoneStates(projectId) {
      const rows = (await db("milestone_states").where({ project_id: projectId })) as {
        title: string;
        due_date: string;
        done: unknown;
        page_id: string | null;
      }[];
      return rows.map((row) => ({
        title: row.title,
        dueDate: row.due_date,
        done: bool(row.done),
        pageId: optional(row.page_id),
      }));
    },
    async saveMilestoneState(projectId, state, by, at) {
      await db("milestone_states")
        .insert({
          project_id: projectId,
          title: state.title,
          due_date: state.dueDate,
          done: state.done,
          page_id: nullable(state.pageId),
          updated_by: by,
          updated_at: at,
        })
        .onConflict(["project_id", "title", "due_date"])
        .merge(["done", "page_id", "updated_by", "updated_at"]);
    },
    async decide(pageId, number, status, by, at) {
      await db("page_revisions")
        .where({ page_id: pageId, number, status: "proposed" })
        .update({ status, decided_by: by, decided_at: at });
    },
  };
}
