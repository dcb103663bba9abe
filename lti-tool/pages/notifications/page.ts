import { Router } from "express";
import {
  keysetPage,
  type Notification,
  PAGE_SIZE,
  parseCursor,
  type Translator,
} from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { account, type PageContext, type Pages, page, redirectDone, render, text } from "../context.ts";
import { actionButton } from "../views/fields.ts";
import { empty, flash } from "../views/feedback.ts";
import { country, dateTime } from "../views/format.ts";
import { pageLinks } from "../views/paging.ts";

/** Where a notification leads: the project, or the page where the person acts on it. */
export function linkOf(notification: Notification): string {
  if (notification.type === "message_sent") return `/app/messages/with/${notification.params.actor ?? ""}`;
  if (notification.type === "project_message_sent")
    return `/app/messages/project/${notification.projectId ?? ""}`;
  if (notification.type === "message_reported")
    return `/app/national-unit/${notification.params.country ?? ""}/message-reports`;
  if (notification.type === "approval_requested" || notification.type === "label_applied")
    return "/app/moderation";
  if (notification.type === "school_label_applied")
    return `/app/national-unit/${notification.params.country ?? ""}/school-labels`;
  if (notification.type === "school_label_decided") return "/app/school-label";
  // The school's admins read the verification, and a rejection's reason, on My school.
  if (
    ["school_verified", "school_rejected"].includes(notification.type) &&
    notification.params.variant !== "teacher"
  )
    return "/app/school";
  if (notification.projectId) return `/app/projects/${notification.projectId}`;
  if (notification.type.startsWith("contact_")) return "/app/contacts";
  if (notification.type.startsWith("group_"))
    return `/app/groups/${encodeURIComponent(notification.params.group ?? "")}`;
  if (notification.type.startsWith("online_event_"))
    return `/app/events/${encodeURIComponent(notification.params.event ?? "")}`;
  if (notification.type === "idea_replied")
    return `/app/ideas/${encodeURIComponent(notification.params.idea ?? "")}`;
  if (notification.type === "grant_added") {
    return notification.params.variant === "central_admin" ? "/app/admin" : "/app/moderation";
  }
  return "/app";
}

/** The notification's sentence: ids and codes in its parameters become names and words. */
export function sentence(
  t: Translator,
  notification: Notification,
  names: ReadonlyMap<string, string>,
  titles: ReadonlyMap<string, string>,
): string {
  const p = notification.params;
  const key = `notification.${notification.type}${p.variant ? `.${p.variant}` : ""}`;
  return t.t(key, {
    actor: userText(names.get(p.actor ?? "") ?? t.t("notification.someone")),
    member: userText(names.get(p.member ?? "") ?? ""),
    project: userText(titles.get(notification.projectId ?? "") ?? ""),
    country: p.country ? country(t, p.country) : "",
    kind: p.kind ? t.t(`kind.${p.kind}`) : "",
    role: p.role ? t.t(`role.${p.role}`) : "",
    reason: p.reason ?? "",
    event: userText(p.eventTitle ?? ""),
    group: userText(p.groupName ?? ""),
  });
}

/** In-app notifications (no mail server needed): the newest first, unread ones marked. */
export function notificationRoutes(pages: Pages): Router {
  const router = Router();

  router.get(
    "/notifications",
    page(pages, async (ctx) => {
      const { t } = ctx;
      const me = account(ctx).accountId;
      const after = parseCursor(text(ctx.req.query as Record<string, unknown>, "after"), { numericId: true });
      const { notifications, next, names, titles } = await pages.core.store.transaction(async (tx) => {
        const { items: list, next } = keysetPage(
          await tx.notifications.listFor(me, after, PAGE_SIZE + 1),
          PAGE_SIZE,
          (n) => ({ at: n.createdAt, id: String(n.eventId) }),
        );
        const people = list.flatMap((n) => [n.params.actor ?? "", n.params.member ?? ""]).filter(Boolean);
        const projects = list.flatMap((n) => (n.projectId ? [n.projectId] : []));
        return {
          notifications: list,
          next,
          names: new Map((await tx.accounts.getMany(people)).map((a) => [a.id, a.name])),
          titles: new Map((await tx.projects.getMany(projects)).map((p) => [p.id, p.title])),
        };
      });
      const items = notifications.map(
        (n): SafeHtml => html`<li class="${n.readAt ? "" : "unread"}">
          ${n.readAt ? "" : html`<span class="badge waiting">${t.t("notifications.new")}</span>`}
          <a href="${linkOf(n)}">${sentence(t, n, names, titles)}</a>
          <span class="when">${dateTime(t, n.createdAt)}</span>
        </li>`,
      );
      const body = html`<h1>${t.t("notifications.title")}</h1>
        ${flash(ctx.done)}
        ${
          ctx.unread > 0
            ? actionButton({
                action: "/app/notifications/read",
                csrf: ctx.session.csrfToken,
                label: t.t("notifications.mark_read"),
              })
            : ""
        }
        ${items.length > 0 ? html`<ul class="notifications">${items}</ul>` : empty(t.t("notifications.none"))}
        ${pageLinks(t, "/app/notifications", {}, { next, firstPage: !after })}`;
      render(ctx, t.t("notifications.title"), body);
    }),
  );

  router.post(
    "/notifications/read",
    page(pages, async (ctx: PageContext) => {
      const me = account(ctx).accountId;
      await pages.core.store.transaction((tx) => tx.notifications.markAllRead(me, pages.core.clock.now()));
      redirectDone(ctx, "/app/notifications", "notifications_read");
    }),
  );
  return router;
}
