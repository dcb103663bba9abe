import { Router } from "express";
import {
  blockTeacher,
  conversationWith,
  type DomainError,
  inbox,
  type Id,
  MESSAGE_LIMITS,
  type Message,
  parseCursor,
  projectMessages,
  reportMessage,
  sendMessage,
  sendProjectMessage,
  UNREAD_CAP,
  unblockTeacher,
} from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
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
import { actionButton, csrfField, formState, textArea } from "../views/fields.ts";
import { empty, errorSummary, flash } from "../views/feedback.ts";
import { dateTime } from "../views/format.ts";
import { pageLinks } from "../views/paging.ts";

/** "99+" once the count reaches the cap, so nobody's inbox is ever counted to the end. */
export function unreadLabel(count: number): string {
  return count >= UNREAD_CAP ? `${UNREAD_CAP}+` : String(count);
}

/**
 * The teachers' inbox (core/usecases/messages.ts; the decision for an inbox in the tool is in
 * core/rules/messaging.ts): conversations with contacts, a project's messages from its
 * founders, blocking and reporting. Every route starts from core's use cases, which refuse
 * anyone without a teacher record, so pupils never reach a message.
 */
export function inboxRoutes(pages: Pages): Router {
  const router = Router();

  router.get(
    "/messages",
    page(pages, async (ctx) => showInbox(pages, ctx)),
  );

  router.get(
    "/messages/with/:teacherId",
    page(pages, async (ctx) => showConversation(pages, ctx)),
  );
  router.post(
    "/messages/with/:teacherId",
    page(pages, async (ctx) => {
      const otherId = param(ctx, "teacherId");
      await attempt(
        ctx,
        () => sendMessage(pages.core, actorOf(ctx), otherId, formBody(ctx).body),
        () => ({ path: conversationPath(otherId), done: "message_sent" }),
        (error) => showConversation(pages, ctx, error),
      );
    }),
  );
  router.post(
    "/messages/with/:teacherId/block",
    page(pages, async (ctx) => {
      await attempt(
        ctx,
        () => blockTeacher(pages.core, actorOf(ctx), param(ctx, "teacherId")),
        () => ({ path: "/app/messages", done: "teacher_blocked" }),
        (error) => showConversation(pages, ctx, error),
      );
    }),
  );
  router.post(
    "/messages/with/:teacherId/unblock",
    page(pages, async (ctx) => {
      const otherId = param(ctx, "teacherId");
      await attempt(
        ctx,
        () => unblockTeacher(pages.core, actorOf(ctx), otherId),
        () => ({ path: conversationPath(otherId), done: "teacher_unblocked" }),
        (error) => showConversation(pages, ctx, error),
      );
    }),
  );
  router.post(
    "/messages/:messageId/report",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      // Back to the conversation the report was made from (a pair or a project).
      const back = /^\/app\/messages\/(with|project)\/[\w-]+$/.test(text(body, "back"))
        ? text(body, "back")
        : "/app/messages";
      const messageId = param(ctx, "messageId");
      await attempt(
        ctx,
        () => reportMessage(pages.core, actorOf(ctx), messageId, body.reason),
        () => ({ path: back, done: "message_reported" }),
        // A refusal shows the conversation again, its report form open with what was typed.
        (error) => {
          const [, kind, id = ""] = /^\/app\/messages\/(with|project)\/([\w-]+)$/.exec(back) ?? [];
          const report = { messageId, error };
          if (kind === "with") return showConversation(pages, ctx, error, { otherId: id, report });
          if (kind === "project") return showProjectMessages(pages, ctx, error, { projectId: id, report });
          return showInbox(pages, ctx, error);
        },
      );
    }),
  );

  router.get(
    "/messages/project/:id",
    page(pages, async (ctx) => showProjectMessages(pages, ctx)),
  );
  router.post(
    "/messages/project/:id",
    page(pages, async (ctx) => {
      const projectId = param(ctx, "id");
      await attempt(
        ctx,
        () => sendProjectMessage(pages.core, actorOf(ctx), projectId, formBody(ctx).body),
        () => ({ path: `/app/messages/project/${projectId}`, done: "project_message_sent" }),
        (error) => showProjectMessages(pages, ctx, error),
      );
    }),
  );
  return router;
}

const conversationPath = (otherId: Id) => `/app/messages/with/${otherId}`;

/** A page link's cursor from the query: an inbox cursor's id is a conversation key (up to 80 characters). */
const cursorIn = (ctx: PageContext, name: string) =>
  parseCursor(text(ctx.req.query as Record<string, unknown>, name), { maxIdLength: 80 });

async function showInbox(pages: Pages, ctx: PageContext, error?: DomainError): Promise<void> {
  const { t } = ctx;
  const after = cursorIn(ctx, "after");
  const view = await inbox(pages.core, actorOf(ctx), after);
  const csrf = ctx.session.csrfToken;
  const rows = view.entries.map((entry) => {
    const label = entry.otherId
      ? userText(view.names.get(entry.otherId) ?? "")
      : t.t("messages.project_entry", { project: userText(view.titles.get(entry.projectId ?? "") ?? "") });
    const href = entry.otherId
      ? conversationPath(entry.otherId)
      : `/app/messages/project/${entry.projectId ?? ""}`;
    return html`<li>
      <a href="${href}">${label}</a>
      ${entry.unread > 0 ? html`<span class="badge waiting">${t.t("messages.unread", { shown: unreadLabel(entry.unread) })}</span>` : ""}
      <span class="when">${dateTime(t, entry.lastAt)}</span>
    </li>`;
  });
  const founded = view.founded.map(
    (project) => html`<li><a href="/app/messages/project/${project.id}">${userText(project.title)}</a></li>`,
  );
  const blocked = view.blocked.map(
    (teacher) =>
      html`<li>
        ${userText(teacher.name)}
        ${actionButton({ action: `${conversationPath(teacher.id)}/unblock`, csrf, label: t.t("messages.unblock"), context: userText(teacher.name) })}
      </li>`,
  );
  const body = html`<h1>${t.t("messages.title")}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)}
    ${view.unread > 0 ? html`<p>${t.t("messages.unread_total", { shown: unreadLabel(view.unread) })}</p>` : ""}
    <p><a href="/app/contacts">${t.t("messages.contacts_link")}</a></p>
    ${rows.length > 0 || after ? html`<ul class="cards">${rows}</ul>` : empty(t.t("messages.none"))}
    ${pageLinks(t, "/app/messages", {}, { next: view.next, firstPage: !after })}
    ${
      founded.length > 0
        ? html`<section aria-labelledby="founded-heading">
            <h2 id="founded-heading">${t.t("messages.founded_heading")}</h2>
            <ul>${founded}</ul>
          </section>`
        : ""
    }
    ${
      blocked.length > 0
        ? html`<section aria-labelledby="blocked-heading">
            <h2 id="blocked-heading">${t.t("messages.blocked_heading")}</h2>
            <ul>${blocked}</ul>
          </section>`
        : ""
    }`;
  render(ctx, t.t("messages.title"), body);
}

/** A report of one message that was refused: its form opens again with the reason typed. */
interface RefusedReport {
  messageId: Id;
  error: DomainError;
}

async function showConversation(
  pages: Pages,
  ctx: PageContext,
  error?: DomainError,
  { otherId = param(ctx, "teacherId"), report }: { otherId?: Id; report?: RefusedReport } = {},
): Promise<void> {
  const { t } = ctx;
  const view = await conversationWith(pages.core, actorOf(ctx), otherId, cursorIn(ctx, "before"));
  const name = userText(view.other.name);
  const path = conversationPath(view.other.id);
  const csrf = ctx.session.csrfToken;
  const names = new Map([[view.other.id, view.other.name]]);
  const write = view.mayWrite
    ? html`<form method="post" action="${path}" class="message-form">
        ${csrfField(csrf)}
        ${textArea({ state: formState(t, error ? formBody(ctx) : {}, error), name: "body", label: t.t("messages.body"), hint: t.t("messages.body_hint", { max: MESSAGE_LIMITS.body }), required: true, maxlength: MESSAGE_LIMITS.body })}
        <button type="submit" class="primary">${t.t("messages.send")}</button>
      </form>`
    : view.blockedByActor
      ? ""
      : html`<p>${t.t("messages.only_contacts")}</p>`;
  const blocking = view.blockedByActor
    ? html`<p>${t.t("messages.blocked_notice", { name })}</p>
        ${actionButton({ action: `${path}/unblock`, csrf, label: t.t("messages.unblock"), context: name })}`
    : html`<p class="hint">${t.t("messages.block_hint")}</p>
        ${actionButton({ action: `${path}/block`, csrf, label: t.t("messages.block"), context: name, style: "danger" })}`;
  const body = html`<h1>${t.t("messages.with", { name })}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)}
    ${view.blockedByActor ? "" : thread(ctx, view, names, path, report)} ${write} ${blocking}`;
  render(ctx, t.t("messages.with", { name }), body);
}

async function showProjectMessages(
  pages: Pages,
  ctx: PageContext,
  error?: DomainError,
  { projectId = param(ctx, "id"), report }: { projectId?: Id; report?: RefusedReport } = {},
): Promise<void> {
  const { t } = ctx;
  const view = await projectMessages(pages.core, actorOf(ctx), projectId, cursorIn(ctx, "before"));
  const path = `/app/messages/project/${view.project.id}`;
  const title = t.t("messages.project_title", { project: userText(view.project.title) });
  const write = view.mayWrite
    ? html`<form method="post" action="${path}" class="message-form">
        ${csrfField(ctx.session.csrfToken)}
        ${textArea({ state: formState(t, error ? formBody(ctx) : {}, error), name: "body", label: t.t("messages.body"), hint: t.t("messages.project_body_hint", { max: MESSAGE_LIMITS.body }), required: true, maxlength: MESSAGE_LIMITS.body })}
        <button type="submit" class="primary">${t.t("messages.project_send")}</button>
      </form>`
    : html`<p>${t.t("messages.project_read_only")}</p>`;
  const body = html`<h1>${title}</h1>
    ${flash(ctx.done)} ${errorSummary(t, error)} ${thread(ctx, view, view.names, path, report)} ${write}`;
  render(ctx, title, body);
}

/**
 * A page of a conversation's messages, oldest first, under a link to the older ones; each
 * message from someone else can be reported. A later page links back to the newest.
 */
function thread(
  ctx: PageContext,
  { messages, older }: { messages: readonly Message[]; older: string | undefined },
  names: ReadonlyMap<Id, string>,
  back: string,
  report?: RefusedReport,
): SafeHtml {
  const { t } = ctx;
  const me = account(ctx).accountId;
  // Past the newest page: the link back to the newest messages.
  const earlier = text(ctx.req.query as Record<string, unknown>, "before") !== "";
  if (messages.length === 0 && !earlier) return empty(t.t("messages.empty_conversation"));
  const links =
    older || earlier
      ? html`<nav class="pager" aria-label="${t.t("paging.label")}">
          ${older ? html`<a href="${back}?before=${encodeURIComponent(older)}" rel="next">${t.t("messages.older")}</a>` : ""}
          ${earlier ? html`<a href="${back}">${t.t("messages.newest")}</a>` : ""}
        </nav>`
      : "";
  return html`${links}<ol class="messages">
    ${messages.map(
      (message) => html`<li id="message-${message.id}">
        <p class="meta">
          <strong>${message.senderId === me ? t.t("messages.you") : userText(names.get(message.senderId) ?? "")}</strong>
          <span class="when">${dateTime(t, message.createdAt)}</span>
        </p>
        <p class="message-body">${message.body}</p>
        ${message.senderId === me ? "" : reportForm(ctx, message, back, report?.messageId === message.id ? report.error : undefined)}
      </li>`,
    )}
  </ol>`;
}

function reportForm(ctx: PageContext, message: Message, back: string, refused?: DomainError): SafeHtml {
  const { t } = ctx;
  const id = `report-${message.id}`;
  const state = refused ? formState(t, formBody(ctx), refused) : formState(t, {});
  return html`<details ${refused ? "open" : ""}>
    <summary>${t.t("messages.report")}</summary>
    <form method="post" action="/app/messages/${message.id}/report">
      ${csrfField(ctx.session.csrfToken)}
      <input type="hidden" name="back" value="${back}" />
      ${textArea({ state, name: "reason", id, label: t.t("messages.report_reason"), hint: t.t("messages.report_hint"), required: true, maxlength: MESSAGE_LIMITS.reportReason, rows: 2 })}
      <button type="submit">${t.t("messages.report_send")}</button>
    </form>
  </details>`;
}
