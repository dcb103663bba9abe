import { Router } from "express";
import {
  type Approval,
  COUNT_CAP,
  COUNTRIES_FOR_EUROPEAN_CANDIDACY,
  type CappedCount,
  capCount,
  countText,
  countriesActedFor,
  type ContactWithTeacher,
  type Id,
  type Invitation,
  type KeysetCursor,
  keysetPage,
  PAGE_SIZE,
  parseCursor,
  type Project,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import {
  account,
  isCentralAdmin,
  isTeacher,
  moderatedCountries,
  type PageContext,
  type Pages,
  page,
  render,
  text,
} from "./context.ts";
import { actionButton } from "./views/fields.ts";
import { empty, flash } from "./views/feedback.ts";
import { country, kindBadge, statusBadge } from "./views/format.ts";
import { pageLinks } from "./views/paging.ts";
import { nextStepView } from "./views/progress.ts";
import { canImportRoster, rosterImport } from "./views/rosterImport.ts";
import { tableOrEmpty } from "./views/table.ts";

/** Everything the dashboard shows, read in one transaction with a fixed number of queries. */
interface DashboardData {
  /** A page of the teacher's projects, most recently changed first, and the next page's cursor. */
  projects: Project[];
  moreProjects: string | undefined;
  /** Drafts whose founder asks the viewer to co-found them (on any page of projects). */
  cofounderRequests: Project[];
  approvals: Approval[];
  names: Map<Id, string>;
  invitations: { invitation: Invitation; project: Project | undefined }[];
  moreInvitations: boolean;
  contactRequests: ContactWithTeacher[];
  moreContactRequests: boolean;
  /** Capped counts (a count query, not the rows) of what waits in each moderated country. */
  pendingApprovals: Map<string, CappedCount>;
  /** Label applications to assess in the moderated countries, summed from capped counts. */
  pendingLabels: CappedCount;
  /** Groups teachers proposed, for the central support service to decide (nobody else is told). */
  groupProposals: CappedCount;
  /** New schools to verify in each country whose unit employs the viewer (staff only). */
  schoolsToVerify: Map<string, CappedCount>;
  /** eTwinning School label applications awaiting each moderated country's decision. */
  schoolLabels: Map<string, CappedCount>;
  /** European Quality Label candidates not decided yet (central admins only). */
  europeanCandidates: CappedCount;
}

async function loadDashboard(
  pages: Pages,
  ctx: PageContext,
  after: KeysetCursor | undefined,
): Promise<DashboardData> {
  const me = account(ctx).accountId;
  const teacher = isTeacher(ctx);
  const countriesModerated = moderatedCountries(ctx);
  return pages.core.store.transaction(async (tx) => {
    const projectPage = keysetPage(
      teacher ? await tx.projects.pageForTeacher(me, after, PAGE_SIZE + 1) : [],
      PAGE_SIZE,
      (p) => ({ at: p.updatedAt, id: p.id }),
    );
    const projects = projectPage.items;
    const cofounderRequests = teacher ? await tx.projects.cofounderRequests(me, PAGE_SIZE) : [];
    // The oldest page of invitations: answered ones leave, so the next come up.
    const pending = teacher ? await tx.invitations.pendingForTeacher(me, PAGE_SIZE + 1) : [];
    const invitations = pending.slice(0, PAGE_SIZE);
    const invited = await tx.projects.getMany(invitations.map((i) => i.projectId));
    // The first page of requests; the contacts page pages through the rest.
    const contactRequests = teacher
      ? keysetPage(
          await tx.contacts.pageFor(me, "incoming", undefined, PAGE_SIZE + 1),
          PAGE_SIZE,
          ({ contact }) => ({
            at: contact.createdAt,
            id: contact.id,
          }),
        )
      : { items: [], next: undefined };
    const people = [...projects, ...cofounderRequests]
      .flatMap((p) => [p.founderId, p.cofounderId ?? ""])
      .filter(Boolean);
    const names = new Map((await tx.accounts.getMany(people)).map((a) => [a.id, a.name]));
    const pendingApprovals = new Map<string, CappedCount>();
    const pendingLabels: CappedCount = { count: 0, capped: false };
    const schoolLabels = new Map<string, CappedCount>();
    for (const code of countriesModerated) {
      pendingApprovals.set(code, capCount(await tx.approvals.countPending(code, COUNT_CAP)));
      schoolLabels.set(code, capCount(await tx.schoolLabels.countSubmitted(code, COUNT_CAP)));
      const labels = capCount(await tx.labels.countSubmitted(code, COUNT_CAP));
      pendingLabels.count += labels.count;
      pendingLabels.capped ||= labels.capped;
    }
    // Groups are few (a LIKE search serves them): the proposals' page is read, capped.
    const proposals = isCentralAdmin(ctx)
      ? await tx.groups.list({ status: "proposed", limit: COUNT_CAP + 1, order: "asc" })
      : { items: [] };
    const schoolsToVerify = new Map<string, CappedCount>();
    for (const code of countriesActedFor(ctx.grants, "verify_schools"))
      schoolsToVerify.set(code, capCount(await tx.schoolVerifications.countUnverified(code, COUNT_CAP)));
    const europeanCandidates = capCount(
      isCentralAdmin(ctx)
        ? await tx.labels.countUndecidedEuropeanCandidates(COUNTRIES_FOR_EUROPEAN_CANDIDACY, COUNT_CAP)
        : 0,
    );
    return {
      projects,
      moreProjects: projectPage.next,
      cofounderRequests,
      approvals: await tx.approvals.forProjects(projects.map((p) => p.id)),
      names,
      invitations: invitations.map((invitation) => ({
        invitation,
        project: invited.find((p) => p.id === invitation.projectId),
      })),
      moreInvitations: pending.length > PAGE_SIZE,
      contactRequests: contactRequests.items,
      moreContactRequests: contactRequests.next !== undefined,
      pendingApprovals,
      pendingLabels,
      groupProposals: capCount(proposals.items.length),
      schoolsToVerify,
      schoolLabels,
      europeanCandidates,
    };
  });
}

export function dashboardRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/",
    page(pages, async (ctx) => {
      if (ctx.viewer.kind === "pupil") return pupilHome(pages, ctx, ctx.viewer.pupilId);
      const after = parseCursor(text(ctx.req.query as Record<string, unknown>, "projects_after"));
      const data = await loadDashboard(pages, ctx, after);
      const { t } = ctx;
      const body = html`<h1>${t.t("dashboard.title")}</h1>
        ${flash(ctx.done)} ${decisionsSection(ctx, data)} ${invitationsSection(ctx, data)}
        ${contactRequestsSection(ctx, data)} ${isTeacher(ctx) ? projectsSection(ctx, data, !after) : ""}
        ${isTeacher(ctx) && canImportRoster(ctx.session.launch) ? rosterImport(t, ctx.session.launch) : ""}
        ${!isTeacher(ctx) && data.pendingApprovals.size === 0 ? html`<p>${t.t("dashboard.no_teacher")}</p>` : ""}`;
      render(ctx, t.t("dashboard.title"), body);
    }),
  );
  return router;
}

/** Co-founder requests and the national unit's queue: what waits for this person. */
function decisionsSection(ctx: PageContext, data: DashboardData): SafeHtml | string {
  const { t } = ctx;
  const items: SafeHtml[] = data.cofounderRequests.map(
    (p) =>
      html`<li>
        ${t.t("dashboard.cofounder_request", { name: userText(data.names.get(p.founderId) ?? "") })}
        <a href="/app/projects/${p.id}">${userText(p.title)}</a>
      </li>`,
  );
  for (const [code, waiting] of data.pendingApprovals) {
    if (waiting.count > 0)
      items.push(
        html`<li>
          <a href="/app/moderation?country=${code}"
            >${t.t("dashboard.approvals_waiting", { count: waiting.count, number: countText(t, waiting), country: country(t, code) })}</a
          >
        </li>`,
      );
  }
  if (data.pendingLabels.count > 0) {
    items.push(
      html`<li>
        <a href="/app/moderation#labels">${t.t("dashboard.labels_waiting", { count: data.pendingLabels.count, number: countText(t, data.pendingLabels) })}</a>
      </li>`,
    );
  }
  if (data.groupProposals.count > 0) {
    items.push(
      html`<li>
        <a href="/app/admin/groups">${t.t("dashboard.group_proposals_waiting", { count: data.groupProposals.count, number: countText(t, data.groupProposals) })}</a>
      </li>`,
    );
  }
  for (const [code, waiting] of data.schoolsToVerify) {
    if (waiting.count > 0)
      items.push(
        html`<li>
          <a href="/app/national-unit/${code}/schools"
            >${t.t("dashboard.schools_waiting", { number: countText(t, waiting), country: country(t, code) })}</a
          >
        </li>`,
      );
  }
  for (const [code, waiting] of data.schoolLabels) {
    if (waiting.count > 0)
      items.push(
        html`<li>
          <a href="/app/national-unit/${code}/school-labels"
            >${t.t("dashboard.school_labels_waiting", { number: countText(t, waiting), country: country(t, code) })}</a
          >
        </li>`,
      );
  }
  if (data.europeanCandidates.count > 0)
    items.push(
      html`<li>
        <a href="/app/european-labels"
          >${t.t("dashboard.european_candidates_waiting", { number: countText(t, data.europeanCandidates) })}</a
        >
      </li>`,
    );
  return html`<section aria-labelledby="decisions-heading">
    <h2 id="decisions-heading">${t.t("dashboard.decisions")}</h2>
    ${items.length > 0 ? html`<ul class="cards">${items}</ul>` : empty(t.t("dashboard.no_decisions"))}
  </section>`;
}

function invitationsSection(ctx: PageContext, data: DashboardData): SafeHtml | string {
  const { t } = ctx;
  if (!isTeacher(ctx)) return "";
  const rows = data.invitations.map(({ invitation, project }) => {
    const title = userText(project?.title ?? "");
    return html`<li>
      <a href="/app/projects/${invitation.projectId}">${title}</a>
      ${project ? kindBadge(t, project.kind) : ""}
      <div class="actions">
        ${actionButton({
          action: `/app/invitations/${invitation.id}/accept`,
          csrf: ctx.session.csrfToken,
          label: t.t("invitation.accept"),
          context: title,
          style: "primary",
        })}
        ${actionButton({
          action: `/app/invitations/${invitation.id}/decline`,
          csrf: ctx.session.csrfToken,
          label: t.t("invitation.decline"),
          context: title,
        })}
      </div>
    </li>`;
  });
  return html`<section aria-labelledby="invitations-heading">
    <h2 id="invitations-heading">${t.t("dashboard.invitations")}</h2>
    ${rows.length > 0 ? html`<ul class="cards">${rows}</ul>` : empty(t.t("dashboard.no_invitations"))}
    ${data.moreInvitations ? html`<p class="hint">${t.t("dashboard.more_invitations", { size: String(PAGE_SIZE) })}</p>` : ""}
  </section>`;
}

function contactRequestsSection(ctx: PageContext, data: DashboardData): SafeHtml | string {
  const { t } = ctx;
  if (!isTeacher(ctx)) return "";
  const rows = data.contactRequests.map(
    ({ contact, other, schoolName }) =>
      html`<li>
        <strong>${userText(other.name)}</strong>, ${userText(schoolName)} (${country(t, other.country)})
        <div class="actions">
          ${actionButton({
            action: `/app/contacts/${contact.id}/accept`,
            csrf: ctx.session.csrfToken,
            label: t.t("contacts.accept"),
            context: userText(other.name),
            style: "primary",
          })}
          ${actionButton({
            action: `/app/contacts/${contact.id}/decline`,
            csrf: ctx.session.csrfToken,
            label: t.t("contacts.decline"),
            context: userText(other.name),
          })}
        </div>
      </li>`,
  );
  return html`<section aria-labelledby="requests-heading">
    <h2 id="requests-heading">${t.t("dashboard.contact_requests")}</h2>
    ${rows.length > 0 ? html`<ul class="cards">${rows}</ul>` : empty(t.t("dashboard.no_contact_requests"))}
    ${data.moreContactRequests ? html`<p><a href="/app/contacts#incoming-heading">${t.t("dashboard.more_contact_requests")}</a></p>` : ""}
  </section>`;
}

function projectsSection(ctx: PageContext, data: DashboardData, firstPage: boolean): SafeHtml {
  const { t } = ctx;
  const rows = data.projects.map(
    (p) =>
      html`<tr>
        <th scope="row"><a href="/app/projects/${p.id}">${userText(p.title)}</a></th>
        <td>${p.kind ? t.t(`kind.${p.kind}`) : "—"}</td>
        <td>${statusBadge(t, p.status)}</td>
        <td>${nextStepView(t, p, data.approvals, data.names)}</td>
      </tr>`,
  );
  return html`<section aria-labelledby="projects-heading">
    <h2 id="projects-heading">${t.t("dashboard.projects")}</h2>
    ${tableOrEmpty({
      caption: t.t("dashboard.projects"),
      captionHidden: true,
      columns: [t.t("field.title"), t.t("pages.kind"), t.t("pages.status"), t.t("pages.next_step")],
      rows,
      whenEmpty: t.t("dashboard.no_projects"),
    })}
    ${pageLinks(t, "/app", {}, { next: data.moreProjects, firstPage }, { cursor: "projects_after", anchor: "projects-heading" })}
    <p><a class="button" href="/app/projects/new">${t.t("nav.found")}</a></p>
  </section>`;
}

/** R11: a pupil sees only the projects their teacher added them to. */
async function pupilHome(pages: Pages, ctx: PageContext, pupilId: Id): Promise<void> {
  const { t } = ctx;
  const projects = await pages.core.store.transaction((tx) => tx.projects.listForPupil(pupilId));
  const items = projects.map(
    (p) =>
      html`<li>
        <a href="/app/projects/${p.id}">${userText(p.title)}</a>
        <p>${p.summary}</p>
      </li>`,
  );
  const body = html`<h1>${t.t("pupil.title")}</h1>
    ${items.length > 0 ? html`<ul class="cards">${items}</ul>` : empty(t.t("pupil.none"))}`;
  render(ctx, t.t("pupil.title"), body);
}
