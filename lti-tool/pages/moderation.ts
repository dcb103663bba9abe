import { Router } from "express";
import {
  type Approval,
  COUNT_CAP,
  type CappedCount,
  capCount,
  countText,
  decideApproval,
  DomainError,
  type Id,
  LIMITS,
  type Project,
  type KeysetCursor,
  keysetPage,
  PAGE_SIZE,
  parseCursor,
  type ProjectKind,
  type ProjectStatus,
  type School,
  type Teacher,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import {
  actorOf,
  attempt,
  formBody,
  moderatedCountries,
  type PageContext,
  type Pages,
  page,
  param,
  render,
  text,
} from "./context.ts";
import { csrfField, formState, textArea } from "./views/fields.ts";
import { empty, errorSummary, flash } from "./views/feedback.ts";
import { country, dateTime, kindBadge } from "./views/format.ts";
import { pageLinks } from "./views/paging.ts";

interface QueueItem {
  approval: Approval;
  project: Project;
  founders: { teacher: Teacher; school: School | undefined }[];
}

/** The countries this moderator works for; refused for anyone else (grants come from core). */
function requireModeration(ctx: PageContext, only?: string): string[] {
  const mine = moderatedCountries(ctx);
  const chosen = only ? mine.filter((c) => c === only) : mine;
  if (chosen.length === 0) throw new DomainError("not_moderator_for_country", { country: only ?? "" });
  return chosen;
}

/** The two lists of a national unit's page; a "Next page" link names the one it continues. */
const MODERATION_LISTS = ["queue", "labels"] as const;
type ModerationList = (typeof MODERATION_LISTS)[number];

const NO_PAGE = { items: [], next: undefined };

/**
 * A country's projects awaiting its decision (oldest request first) and its Quality Label
 * applications to assess (oldest first): the first page of each, or a later page of the one
 * list `asked` names, with what each card shows and a capped count of each list.
 */
async function loadModeration(
  pages: Pages,
  code: string,
  asked: ModerationList | undefined,
  after: KeysetCursor | undefined,
) {
  return pages.core.store.transaction(async (tx) => {
    const cursor = (list: ModerationList) => (list === asked ? after : undefined);
    const { items: approvals, next } =
      asked === "labels"
        ? NO_PAGE
        : keysetPage(
            await tx.approvals.pendingForCountry(code, cursor("queue"), PAGE_SIZE + 1),
            PAGE_SIZE,
            (approval) => ({ at: approval.requestedAt, id: approval.projectId }),
          );
    const labelPage =
      asked === "queue"
        ? NO_PAGE
        : keysetPage(
            await tx.labels.submittedForCountry(code, cursor("labels"), PAGE_SIZE + 1),
            PAGE_SIZE,
            (application) => ({ at: application.createdAt, id: application.id }),
          );
    const labels = labelPage.items;
    const projects = new Map(
      (await tx.projects.getMany([...approvals, ...labels].map((a) => a.projectId))).map((p) => [p.id, p]),
    );
    const founderIds = [...projects.values()]
      .flatMap((p) => [p.founderId, p.cofounderId ?? ""])
      .filter(Boolean);
    const teachers = new Map(
      (await tx.teachers.getMany([...founderIds, ...labels.map((l) => l.teacherId)])).map((t) => [t.id, t]),
    );
    const schools = new Map(
      (await tx.schools.getMany([...teachers.values()].map((t) => t.schoolId))).map((s) => [s.id, s]),
    );
    const queue: QueueItem[] = approvals.flatMap((approval) => {
      const project = projects.get(approval.projectId);
      if (!project) return [];
      const founders = [project.founderId, project.cofounderId ?? ""].flatMap((id) => {
        const teacher = teachers.get(id);
        return teacher ? [{ teacher, school: schools.get(teacher.schoolId) }] : [];
      });
      return [{ approval, project, founders }];
    });
    return {
      queue,
      next,
      waiting: capCount(await tx.approvals.countPending(code, COUNT_CAP)),
      labels,
      labelsNext: labelPage.next,
      toAssess: capCount(await tx.labels.countSubmitted(code, COUNT_CAP)),
      projects,
      teachers,
    };
  });
}

/** How many projects wait in each of a moderator's countries (capped counts), for the queue's tabs. */
async function waitingPerCountry(pages: Pages, countries: readonly string[]) {
  return pages.core.store.transaction(async (tx) => {
    const counts: [string, CappedCount][] = [];
    for (const code of countries)
      counts.push([code, capCount(await tx.approvals.countPending(code, COUNT_CAP))]);
    return counts;
  });
}

/** National units (R6): the queue of projects awaiting this country's decision, and Quality Label applications. */
export function moderationRoutes(pages: Pages): Router {
  const router = Router();

  const showQueue = async (
    ctx: PageContext,
    failed?: { projectId: Id; error: DomainError; values: Record<string, unknown> },
  ) => {
    const { t } = ctx;
    const query = ctx.req.query as Record<string, unknown>;
    const filter = text(query, "country").toUpperCase() || undefined;
    const countries = requireModeration(ctx, filter);
    // The queue shows one country at a time, so that it pages in one index order.
    const code = countries[0] ?? "";
    const list = text(query, "list");
    if (list !== "" && !(MODERATION_LISTS as readonly string[]).includes(list))
      throw new DomainError("filter_invalid", { field: "list" });
    const asked = list === "" ? undefined : (list as ModerationList);
    // A cursor continues the list its link names; parsed always, so a malformed one is refused.
    const cursor = parseCursor(text(query, "after"));
    const after = asked ? cursor : undefined;
    const { queue, next, waiting, labels, labelsNext, toAssess, projects, teachers } = await loadModeration(
      pages,
      code,
      asked,
      after,
    );
    const mine = moderatedCountries(ctx);
    const tabs = mine.length > 1 ? await waitingPerCountry(pages, mine) : [];
    const items = queue.map((item) =>
      queueItem(ctx, item, failed?.projectId === item.project.id ? failed : undefined),
    );
    const labelItems = labels.map(
      (application) => html`<li>
        <a href="/app/moderation/labels/${application.id}">${userText(projects.get(application.projectId)?.title ?? "")}</a>
        — ${userText(teachers.get(application.teacherId)?.name ?? "")} (${country(t, application.country)}, ${application.schoolYear})
      </li>`,
    );
    const body = html`<h1>${t.t("moderation.title")}</h1>
      ${flash(ctx.done)} ${failed && !queue.some((i) => i.project.id === failed.projectId) ? errorSummary(t, failed.error) : ""}
      <p>
        ${t.t("moderation.intro", { countries: t.list(countries.map((c) => country(t, c))) })}
        ${countries.map((c) => html` <a href="/app/moderation/${c}/dashboard">${t.t("moderation.dashboard_link", { country: country(t, c) })}</a>`)}
      </p>
      ${
        tabs.length > 0
          ? html`<nav aria-label="${t.t("moderation.countries")}"><ul class="tabs">
              ${tabs.map(
                ([c, count]) =>
                  html`<li><a href="/app/moderation?country=${c}" ${c === code ? html`aria-current="page"` : ""}
                    >${t.t("moderation.country_tab", { country: country(t, c), number: countText(t, count) })}</a></li>`,
              )}
            </ul></nav>`
          : ""
      }
      ${
        asked === "labels"
          ? ""
          : html`<section aria-labelledby="queue-heading">
              <h2 id="queue-heading">${t.t("moderation.queue_of", { country: country(t, code), number: countText(t, waiting) })}</h2>
              ${items.length > 0 ? html`<ul class="cards">${items}</ul>` : empty(t.t("moderation.queue_empty"))}
              ${pageLinks(t, "/app/moderation", { country: filter, list: "queue" }, { next, firstPage: asked !== "queue" || !after })}
            </section>`
      }
      ${
        asked === "queue"
          ? ""
          : html`<section aria-labelledby="labels">
              <h2 id="labels">${t.t("moderation.labels_of", { country: country(t, code), number: countText(t, toAssess) })}</h2>
              ${labelItems.length > 0 ? html`<ul class="cards">${labelItems}</ul>` : empty(t.t("moderation.labels_empty"))}
              ${pageLinks(t, "/app/moderation", { country: filter, list: "labels" }, { next: labelsNext, firstPage: asked !== "labels" || !after })}
            </section>`
      }`;
    render(ctx, t.t("moderation.title"), body, failed ? 422 : 200);
  };

  router.get(
    "/moderation",
    page(pages, async (ctx) => showQueue(ctx)),
  );

  router.post(
    "/moderation/:projectId/:country",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const projectId = param(ctx, "projectId");
      await attempt(
        ctx,
        () =>
          decideApproval(pages.core, actorOf(ctx), projectId, param(ctx, "country").toUpperCase(), {
            approve: text(body, "decision") === "approve",
            reason: text(body, "reason"),
          }),
        () => ({ path: "/app/moderation", done: "approval_decided" }),
        (error) => showQueue(ctx, { projectId, error, values: body }),
      );
    }),
  );

  router.get(
    "/moderation/:country/dashboard",
    page(pages, async (ctx) =>
      countryDashboard(pages, ctx, requireModeration(ctx, param(ctx, "country").toUpperCase())[0] ?? ""),
    ),
  );
  return router;
}

function queueItem(
  ctx: PageContext,
  item: QueueItem,
  failed: { error: DomainError; values: Record<string, unknown> } | undefined,
): SafeHtml {
  const { t } = ctx;
  const { approval, project } = item;
  const action = `/app/moderation/${project.id}/${approval.country}`;
  const state = formState(t, failed?.values ?? {}, failed?.error);
  return html`<li>
    <h3><a href="/app/projects/${project.id}">${userText(project.title)}</a></h3>
    <p>${kindBadge(t, project.kind)} ${t.t("moderation.requested", { country: country(t, approval.country) })} ${dateTime(t, approval.requestedAt)}</p>
    <p>${project.summary}</p>
    <ul>
      ${item.founders.map(
        ({ teacher, school }) =>
          html`<li>${userText(teacher.name)}, ${userText(school?.name ?? "")} (${country(t, teacher.country)})</li>`,
      )}
    </ul>
    ${errorSummary(t, failed?.error)}
    <div class="decision">
      <form method="post" action="${action}" class="inline-block">
        ${csrfField(ctx.session.csrfToken)}
        <input type="hidden" name="decision" value="approve" />
        <button type="submit" class="primary">${t.t("approval.approve")}<span class="vh"> – ${userText(project.title)}</span></button>
      </form>
      <details ${failed ? html`open` : ""}>
        <summary>${t.t("approval.reject")}<span class="vh"> – ${userText(project.title)}</span></summary>
        <form method="post" action="${action}" novalidate>
          ${csrfField(ctx.session.csrfToken)}
          <input type="hidden" name="decision" value="reject" />
          ${textArea({ state, name: "reason", id: `reason-${project.id}`, label: t.t("approval.reason"), hint: t.t("approval.reason_hint"), maxlength: LIMITS.reason, rows: 3 })}
          <button type="submit" class="danger">${t.t("approval.reject_confirm")}</button>
        </form>
      </details>
    </div>
  </li>`;
}

const STATUSES: ProjectStatus[] = ["awaiting_approval", "rejected", "active", "closed"];
const KINDS: ProjectKind[] = ["european", "national", "school"];

/** A national unit's country at a glance: projects by status and kind, time to approval, active TwinSpaces. */
async function countryDashboard(pages: Pages, ctx: PageContext, code: string): Promise<void> {
  const { t } = ctx;
  const now = pages.core.clock.now();
  const yearAgo = new Date(Date.parse(now) - 365 * 86_400_000).toISOString();
  const { counts, approved, waiting, oldest } = await pages.core.store.transaction(async (tx) => ({
    counts: await tx.projects.countsForCountry(code),
    approved: await tx.countryWorkspace.decisionDays(code, yearAgo, "approved"),
    waiting: capCount(await tx.approvals.countPending(code, COUNT_CAP)),
    oldest: (await tx.approvals.pendingForCountry(code, undefined, 1))[0],
  }));
  const count = (status: ProjectStatus, kind: ProjectKind) =>
    counts.filter((c) => c.status === status && c.kind === kind).reduce((sum, c) => sum + c.count, 0);
  const middle = approved.median;
  const active = KINDS.reduce((sum, kind) => sum + count("active", kind), 0);
  const number = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });
  const body = html`<h1>${t.t("country.title", { country: country(t, code) })}</h1>
    <dl class="figures">
      <dt>${t.t("country.active_twinspaces")}</dt>
      <dd>${number.format(active)}</dd>
      <dt>${t.t("country.waiting")}</dt>
      <dd>${countText(t, waiting)}${oldest ? html` (${t.t("country.oldest")} ${dateTime(t, oldest.requestedAt)})` : ""}</dd>
      <dt>${t.t("country.time_to_approval")}</dt>
      <dd>${middle === undefined ? t.t("country.no_approvals") : t.t("country.days", { days: number.format(middle), count: approved.count })}</dd>
    </dl>
    <table>
      <caption>${t.t("country.by_status_kind")}</caption>
      <thead>
        <tr>
          <th scope="col">${t.t("pages.status")}</th>
          ${KINDS.map((kind) => html`<th scope="col">${t.t(`kind.${kind}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${STATUSES.map(
          (status) => html`<tr>
            <th scope="row">${t.t(`status.${status}`)}</th>
            ${KINDS.map((kind) => html`<td>${number.format(count(status, kind))}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    <p><a href="/app/moderation?country=${code}">${t.t("country.back")}</a></p>`;
  render(ctx, t.t("country.title", { country: country(t, code) }), body);
}
