import { Router } from "express";
import {
  createGroup,
  decideGroup,
  decideGroupRequest,
  type DomainError,
  findGroups,
  GROUP_ACCESS,
  type Group,
  type GroupView,
  joinGroup,
  LIMITS,
  leaveGroup,
  parseCursor,
  proposedGroups,
  proposeGroup,
  removeGroupMember,
  REQUESTS_SHOWN,
  requireTeacher,
  viewGroup,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import {
  actorOf,
  attempt,
  formBody,
  idActionRoute,
  isTeacher,
  type PageContext,
  type Pages,
  page,
  param,
  render,
  text,
} from "./context.ts";
import { empty, errorSummary, flash } from "./views/feedback.ts";
import { actionButton, csrfField, formState, selectField, textArea, textField } from "./views/fields.ts";
import { date } from "./views/format.ts";
import { matrixToUrl } from "./twinSpaces.ts";
import { pageLinks } from "./views/paging.ts";

const PAGE_SIZE = 20;

/**
 * eTwinning Groups (core/usecases/groups.ts): teachers find groups by name or topic, join an
 * open one or ask to join a closed one, and propose new ones; a group's page shows its
 * members and, to moderators, the requests; the central admin approves proposals (or creates
 * groups) at /app/admin/groups. A group's discussion is its Matrix room (matrix-bot).
 */
export function groupRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/groups",
    page(pages, (ctx) => showList(pages, ctx)),
  );
  router.get(
    "/groups/new",
    page(pages, async (ctx) => {
      await pages.core.store.readOnly((tx) => requireTeacher(tx, actorOf(ctx).accountId));
      showForm(ctx, "/app/groups/new", { access: "open" });
    }),
  );
  router.post(
    "/groups/new",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      await attempt(
        ctx,
        () => proposeGroup(pages.core, actorOf(ctx), groupFormInput(body)),
        (group) => ({
          path: `/app/groups/${group.id}`,
          done: group.status === "approved" ? "group_created" : "group_proposed",
        }),
        (error) => showForm(ctx, "/app/groups/new", body, error),
      );
    }),
  );
  router.get(
    "/groups/:id",
    page(pages, (ctx) => showGroup(pages, ctx, param(ctx, "id"))),
  );
  const action = <T>(
    path: string,
    run: (ctx: PageContext, id: string) => Promise<T>,
    done: string | ((result: T) => string),
  ) =>
    idActionRoute(router, pages, {
      route: `/groups/:id/${path}`,
      run,
      success: (result, id) => ({
        path: `/app/groups/${id}`,
        done: typeof done === "string" ? done : done(result),
      }),
      showAgain: (ctx, id, error) => showGroup(pages, ctx, id, error),
    });
  action(
    "join",
    (ctx, id) => joinGroup(pages.core, actorOf(ctx), id),
    (membership) => (membership.status === "member" ? "group_joined" : "group_join_requested"),
  );
  action("leave", (ctx, id) => leaveGroup(pages.core, actorOf(ctx), id), "group_left");
  action(
    "requests/:teacherId/accept",
    (ctx, id) => decideGroupRequest(pages.core, actorOf(ctx), id, param(ctx, "teacherId"), true),
    "group_request_accepted",
  );
  action(
    "requests/:teacherId/decline",
    (ctx, id) => decideGroupRequest(pages.core, actorOf(ctx), id, param(ctx, "teacherId"), false),
    "group_request_declined",
  );
  action(
    "members/:teacherId/remove",
    (ctx, id) => removeGroupMember(pages.core, actorOf(ctx), id, param(ctx, "teacherId")),
    "group_member_removed",
  );

  router.get(
    "/admin/groups",
    page(pages, (ctx) => showQueue(pages, ctx)),
  );
  router.post(
    "/admin/groups/new",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      await attempt(
        ctx,
        () =>
          createGroup(pages.core, actorOf(ctx), {
            ...groupFormInput(body),
            moderatorId: text(body, "moderatorId"),
          }),
        (group) => ({ path: `/app/groups/${group.id}`, done: "group_created" }),
        (error) => showQueue(pages, ctx, error, body),
      );
    }),
  );
  for (const [decision, approve] of [
    ["approve", true],
    ["decline", false],
  ] as const) {
    router.post(
      `/admin/groups/:id/${decision}`,
      page(pages, async (ctx) => {
        await attempt(
          ctx,
          () => decideGroup(pages.core, actorOf(ctx), param(ctx, "id"), approve),
          () => ({ path: "/app/admin/groups", done: approve ? "group_approved" : "group_declined" }),
          (error) => showQueue(pages, ctx, error),
        );
      }),
    );
  }
  return router;
}

function groupFormInput(body: Record<string, unknown>) {
  return { name: text(body, "name"), description: text(body, "description"), access: text(body, "access") };
}

function accessOptions(ctx: PageContext) {
  return GROUP_ACCESS.map((access) => ({ value: access, label: ctx.t.t(`groups.access.${access}`) }));
}

async function showList(pages: Pages, ctx: PageContext): Promise<void> {
  const { t } = ctx;
  const source = ctx.req.query as Record<string, unknown>;
  const filters = { text: text(source, "text").trim().slice(0, 100) };
  const after = parseCursor(source.after);
  const found = await findGroups(pages.core, actorOf(ctx), {
    text: filters.text || undefined,
    after,
    limit: PAGE_SIZE,
  });
  const state = formState(t, filters);
  const body = html`<h1>${t.t("groups.title")}</h1>
    ${flash(ctx.done)}
    <p>${t.t("groups.intro")} <a href="/app/groups/new" class="button secondary">${t.t("groups.propose")}</a></p>
    <form method="get" action="/app/groups" class="filters" role="search">
      ${textField({ state, name: "text", label: t.t("groups.search"), type: "search" })}
      <p><button type="submit" class="primary">${t.t("search.submit")}</button></p>
    </form>
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">${t.t("groups.found")}</h2>
      ${
        found.items.length > 0
          ? html`<ul class="cards">
              ${found.items.map((group) => groupCard(ctx, group))}
            </ul>`
          : empty(t.t("groups.none"))
      }
      ${pageLinks(t, "/app/groups", filters, { next: found.next, firstPage: !after })}
    </section>`;
  render(ctx, t.t("groups.title"), body);
}

function groupCard(ctx: PageContext, group: Group): SafeHtml {
  return html`<li>
    <h3><a href="/app/groups/${group.id}">${userText(group.name)}</a></h3>
    <p>${ctx.t.t(`groups.access.${group.access}`)}</p>
    <p>${userText(group.description.length > 200 ? `${group.description.slice(0, 199)}…` : group.description)}</p>
  </li>`;
}

async function showGroup(pages: Pages, ctx: PageContext, id: string, error?: DomainError): Promise<void> {
  const { t } = ctx;
  const after = parseCursor((ctx.req.query as Record<string, unknown>).after);
  const view = await viewGroup(pages.core, actorOf(ctx), id, after, PAGE_SIZE);
  const { group } = view;
  const csrf = ctx.session.csrfToken;
  // Members only: the room's address is no secret (it is invitation-only), but it is theirs.
  const member = view.mine?.status === "member";
  const roomId = member ? await pages.twinSpaces.groupRoom?.(group.id) : undefined;
  const linked =
    member &&
    Boolean((await pages.core.store.readOnly((tx) => tx.accounts.get(actorOf(ctx).accountId)))?.matrixUserId);
  const body = html`<h1>${userText(group.name)}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)}
    <p>${t.t(`groups.access.${group.access}`)}${group.status === "approved" ? "" : html` · <span class="badge">${t.t(`groups.status.${group.status}`)}</span>`}</p>
    <div class="user-text">${userText(group.description)}</div>
    ${membershipPanel(ctx, view, csrf, { roomId, linked })} ${requestsPanel(ctx, view, csrf)}
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${t.t("groups.members")}</h2>
      ${
        view.members.items.length > 0
          ? html`<ul>
              ${view.members.items.map(
                (m) => html`<li>
                  ${userText(m.name)}${m.role === "moderator" ? html` · ${t.t("groups.moderator")}` : ""}
                  · ${date(t, m.since.slice(0, 10))}
                  ${
                    view.moderator && m.role !== "moderator"
                      ? actionButton({
                          action: `/app/groups/${group.id}/members/${m.teacherId}/remove`,
                          csrf,
                          label: t.t("groups.remove"),
                          context: m.name,
                          style: "danger",
                        })
                      : ""
                  }
                </li>`,
              )}
            </ul>`
          : empty(t.t("groups.no_members"))
      }
      ${pageLinks(t, `/app/groups/${group.id}`, {}, { next: view.members.next, firstPage: !after })}
    </section>
    <p><a href="/app/groups">${t.t("groups.back")}</a></p>`;
  render(ctx, group.name, body, error ? 422 : 200);
}

/** Join, request, leave, and where the discussion is: the group's Matrix room. */
function membershipPanel(
  ctx: PageContext,
  view: GroupView,
  csrf: string,
  room: { roomId: string | undefined; linked: boolean },
): SafeHtml | string {
  const { t } = ctx;
  const { group, mine } = view;
  if (group.status !== "approved")
    return html`<p class="hint">${t.t(`groups.status_hint.${group.status}`)}</p>`;
  const base = `/app/groups/${group.id}`;
  // A central admin without a teacher record reads the page but never joins (teachers only).
  if (!mine && !isTeacher(ctx)) return "";
  if (!mine)
    return actionButton({
      action: `${base}/join`,
      csrf,
      label: t.t(group.access === "open" ? "groups.join" : "groups.request"),
      style: "primary",
    });
  const leave = actionButton({
    action: `${base}/leave`,
    csrf,
    label: t.t(mine.status === "member" ? "groups.leave" : "groups.withdraw"),
  });
  if (mine.status === "requested") return html`<p>${t.t("groups.requested")}</p>${leave}`;
  // The bot invites only a linked Matrix account: until then the way in is to link one.
  if (!room.linked)
    return html`<p>${t.t("groups.room_hint")} <a href="/app/matrix">${t.t("groups.room_link")}</a></p>
      ${leave}`;
  const open = room.roomId
    ? html`<a href="${matrixToUrl(room.roomId)}" class="button primary">${t.t("groups.open_room")}</a>`
    : "";
  return html`${open} ${leave}`;
}

function requestsPanel(ctx: PageContext, view: GroupView, csrf: string): SafeHtml | string {
  if (!view.moderator || view.group.access !== "closed") return "";
  const { t } = ctx;
  const base = `/app/groups/${view.group.id}/requests`;
  return html`<section aria-labelledby="requests-heading">
    <h2 id="requests-heading">${t.t("groups.requests")}</h2>
    ${
      view.requests.length > 0
        ? html`<ul>
            ${view.requests.map(
              (r) => html`<li>
                ${userText(r.name)} · ${date(t, r.since.slice(0, 10))}
                ${actionButton({ action: `${base}/${r.teacherId}/accept`, csrf, label: t.t("groups.accept"), context: r.name, style: "primary" })}
                ${actionButton({ action: `${base}/${r.teacherId}/decline`, csrf, label: t.t("groups.decline"), context: r.name })}
              </li>`,
            )}
          </ul>
          ${view.moreRequests ? html`<p class="hint">${t.t("groups.more_requests", { number: REQUESTS_SHOWN })}</p>` : ""}`
        : empty(t.t("groups.no_requests"))
    }
  </section>`;
}

function groupFields(ctx: PageContext, values: Record<string, unknown>, error?: DomainError): SafeHtml {
  const { t } = ctx;
  const state = formState(t, values, error);
  return html`${textField({ state, name: "name", label: t.t("groups.name"), required: true, maxlength: LIMITS.title })}
    ${textArea({ state, name: "description", label: t.t("groups.description"), hint: t.t("groups.description_hint"), required: true, maxlength: LIMITS.longText / 5, rows: 5 })}
    ${selectField({ state, name: "access", label: t.t("groups.access"), hint: t.t("groups.access_hint"), options: accessOptions(ctx) })}`;
}

function showForm(
  ctx: PageContext,
  action: string,
  values: Record<string, unknown>,
  error?: DomainError,
): void {
  const { t } = ctx;
  const title = t.t("groups.propose");
  const body = html`<h1>${title}</h1>
    <p>${t.t("groups.propose_hint")}</p>
    <form method="post" action="${action}">
      ${csrfField(ctx.session.csrfToken)} ${errorSummary(t, error)} ${groupFields(ctx, values, error)}
      <p><button type="submit" class="primary">${t.t("groups.propose_submit")}</button></p>
    </form>`;
  render(ctx, title, body, error ? 422 : 200);
}

/** The central admin's queue of proposals, and a form to create a group with a teacher as moderator. */
async function showQueue(
  pages: Pages,
  ctx: PageContext,
  error?: DomainError,
  values: Record<string, unknown> = { access: "open" },
): Promise<void> {
  const { t } = ctx;
  const after = parseCursor((ctx.req.query as Record<string, unknown>).after);
  const queue = await proposedGroups(pages.core, actorOf(ctx), after, PAGE_SIZE);
  const csrf = ctx.session.csrfToken;
  const state = formState(t, values, error);
  const body = html`<h1>${t.t("groups.queue")}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)}
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">${t.t("groups.proposals")}</h2>
      ${
        queue.items.length > 0
          ? html`<ul class="cards">
              ${queue.items.map(
                (group) => html`<li>
                  <h3><a href="/app/groups/${group.id}">${userText(group.name)}</a></h3>
                  <p>${t.t(`groups.access.${group.access}`)} · ${date(t, group.createdAt.slice(0, 10))}</p>
                  <div class="user-text">${userText(group.description)}</div>
                  ${actionButton({ action: `/app/admin/groups/${group.id}/approve`, csrf, label: t.t("groups.approve"), context: group.name, style: "primary" })}
                  ${actionButton({ action: `/app/admin/groups/${group.id}/decline`, csrf, label: t.t("groups.decline"), context: group.name })}
                </li>`,
              )}
            </ul>`
          : empty(t.t("groups.no_proposals"))
      }
      ${pageLinks(t, "/app/admin/groups", {}, { next: queue.next, firstPage: !after })}
    </section>
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">${t.t("groups.create")}</h2>
      <form method="post" action="/app/admin/groups/new">
        ${csrfField(csrf)} ${groupFields(ctx, values, error)}
        ${textField({ state, name: "moderatorId", label: t.t("groups.moderator_id"), hint: t.t("groups.moderator_id_hint"), required: true, maxlength: 64 })}
        <p><button type="submit" class="primary">${t.t("groups.create")}</button></p>
      </form>
    </section>`;
  render(ctx, t.t("groups.queue"), body, error ? 422 : 200);
}
