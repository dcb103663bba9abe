import { Router } from "express";
import {
  DomainError,
  type Id,
  isDomainError,
  type Message,
  messageReport,
  openMessageReports,
  type ReportPage,
  resolveMessageReport,
} from "../../../core/index.ts";
import { html, userText } from "../../web/html.ts";
import { actorOf, attempt, type PageContext, type Pages, page, param, render, text } from "../context.ts";
import { actionButton } from "../views/fields.ts";
import { errorSummary, flash } from "../views/feedback.ts";
import { country, dateTime } from "../views/format.ts";
import { tableOrEmpty } from "../views/table.ts";

const PAGE_SIZE = 50;

/**
 * A national unit's reported messages (issue 16): the open reports on messages written by
 * teachers of its country, keyset-paged oldest first, each readable with the conversation
 * around it and resolvable. Who may is core's (`read_message_reports` in rules/authority.ts).
 */
export function messageReportRoutes(pages: Pages): Router {
  const router = Router();
  const base = (code: string) => `/app/national-unit/${code}/message-reports`;

  router.get(
    "/national-unit/:country/message-reports",
    page(pages, async (ctx) => {
      const code = param(ctx, "country").toUpperCase();
      const after = text(ctx.req.query as Record<string, unknown>, "after");
      let found: ReportPage;
      try {
        found = await openMessageReports(pages.core, actorOf(ctx), code, after, PAGE_SIZE);
      } catch (error) {
        if (!isDomainError(error) || error.code !== "filter_invalid") throw error;
        ctx.res.status(422);
        render(
          ctx,
          ctx.t.t("reports.title", { country: country(ctx.t, code) }),
          html`${errorSummary(ctx.t, error)}`,
        );
        return;
      }
      showList(ctx, code, base(code), found);
    }),
  );
  router.get(
    "/national-unit/:country/message-reports/:reportId",
    page(pages, async (ctx) => showReport(pages, ctx)),
  );
  router.post(
    "/national-unit/:country/message-reports/:reportId/resolve",
    page(pages, async (ctx) => {
      const code = param(ctx, "country").toUpperCase();
      await attempt(
        ctx,
        async () => {
          await requireReportOfCountry(pages, ctx, code);
          await resolveMessageReport(pages.core, actorOf(ctx), param(ctx, "reportId"));
        },
        () => ({ path: base(code), done: "message_report_resolved" }),
        (error) => showReport(pages, ctx, error),
      );
    }),
  );
  return router;
}

function showList(ctx: PageContext, code: string, base: string, found: ReportPage): void {
  const { t } = ctx;
  const title = t.t("reports.title", { country: country(t, code) });
  const name = (id: Id | undefined) => userText(found.names.get(id ?? "") ?? "");
  const rows = found.reports.map((report) => {
    const message = found.messages.get(report.messageId);
    return html`<tr>
      <td>${dateTime(t, report.createdAt)}</td>
      <td>${name(message?.senderId)}</td>
      <td>${name(report.reporterId)}</td>
      <td>${report.reason}</td>
      <td><a href="${base}/${report.id}">${t.t("reports.open")}</a></td>
    </tr>`;
  });
  const body = html`<h1>${title}</h1>
    ${flash(ctx.done)}
    ${tableOrEmpty({
      caption: t.t("reports.caption"),
      columns: [
        t.t("reports.reported"),
        t.t("reports.sender"),
        t.t("reports.reporter"),
        t.t("reports.reason"),
        "",
      ],
      rows,
      whenEmpty: t.t("reports.none"),
    })}
    ${found.next ? html`<p><a href="${base}?after=${encodeURIComponent(found.next)}">${t.t("reports.next")}</a></p>` : ""}`;
  render(ctx, title, body);
}

/** The report must belong to the country in the address, so one unit's links never show another's. */
async function requireReportOfCountry(pages: Pages, ctx: PageContext, code: string) {
  const view = await messageReport(pages.core, actorOf(ctx), param(ctx, "reportId"));
  if (view.report.country !== code) throw new DomainError("not_found", { what: "report" });
  return view;
}

async function showReport(pages: Pages, ctx: PageContext, error?: DomainError): Promise<void> {
  const { t } = ctx;
  const code = param(ctx, "country").toUpperCase();
  const view = await requireReportOfCountry(pages, ctx, code);
  const name = (id: Id) => userText(view.names.get(id) ?? "");
  const line = (message: Message) => html`<li ${message.id === view.message.id ? html`class="reported"` : ""}>
    <p class="meta">
      <strong>${name(message.senderId)}</strong> <span class="when">${dateTime(t, message.createdAt)}</span>
      ${message.id === view.message.id ? html`<span class="badge waiting">${t.t("reports.reported_marker")}</span>` : ""}
    </p>
    <p class="message-body">${message.body}</p>
  </li>`;
  const { report } = view;
  const body = html`<h1>${t.t("reports.detail_title")}</h1>
    ${errorSummary(t, error)}
    <dl>
      <dt>${t.t("reports.reporter")}</dt>
      <dd>${name(report.reporterId)}</dd>
      <dt>${t.t("reports.reason")}</dt>
      <dd class="message-body">${report.reason}</dd>
      <dt>${t.t("reports.reported")}</dt>
      <dd>${dateTime(t, report.createdAt)}</dd>
    </dl>
    ${view.project ? html`<p>${t.t("messages.project_entry", { project: userText(view.project.title) })}</p>` : ""}
    <h2>${t.t("reports.context")}</h2>
    <ol class="messages">${view.context.map(line)}</ol>
    ${
      report.status === "open"
        ? actionButton({
            action: `/app/national-unit/${code}/message-reports/${report.id}/resolve`,
            csrf: ctx.session.csrfToken,
            label: t.t("reports.resolve"),
            style: "primary",
          })
        : html`<p>${t.t("reports.resolved", { date: t.dateTime(report.resolvedAt ?? report.createdAt) })}</p>`
    }
    <p><a href="/app/national-unit/${code}/message-reports">${t.t("reports.back")}</a></p>`;
  render(ctx, t.t("reports.detail_title"), body);
}
