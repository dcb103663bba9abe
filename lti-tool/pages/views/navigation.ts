import { html, type SafeHtml } from "../../web/html.ts";
import {
  isCentralAdmin,
  isSchoolAdmin,
  isTeacher,
  moderatedCountries,
  type PageContext,
} from "../context.ts";

interface NavItem {
  href: string;
  label: string;
}

/** The person's navigation: only what they may use (teacher, national unit, central admin). */
export function navigation(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  const items: NavItem[] = [];
  if (ctx.viewer.kind === "pupil") {
    items.push({ href: "/app", label: t.t("nav.my_projects") });
  } else {
    items.push({ href: "/app", label: t.t("nav.dashboard") });
    if (isTeacher(ctx)) {
      items.push(
        { href: "/app/search", label: t.t("nav.search") },
        { href: "/app/contacts", label: t.t("nav.contacts") },
        { href: "/app/projects/new", label: t.t("nav.found") },
        { href: "/app/pupils", label: t.t("nav.pupils") },
      );
    }
    if (moderatedCountries(ctx).length > 0)
      items.push({ href: "/app/moderation", label: t.t("nav.moderation") });
    if (isCentralAdmin(ctx)) items.push({ href: "/app/admin", label: t.t("nav.admin") });
    if (isCentralAdmin(ctx) || isSchoolAdmin(ctx))
      items.push({ href: "/app/privacy", label: t.t("nav.privacy") });
    items.push({
      href: "/app/notifications",
      label:
        ctx.unread > 0 ? t.t("nav.notifications_unread", { count: ctx.unread }) : t.t("nav.notifications"),
    });
    items.push({ href: "/app/profile", label: t.t("nav.profile") });
    items.push({ href: "/app/matrix", label: t.t("nav.matrix") });
  }
  const current = currentItem(ctx.req.originalUrl, items);
  return html`<nav aria-label="${t.t("nav.label")}">
    <ul>
      ${items.map(
        (item) =>
          html`<li>
            <a href="${item.href}" ${item === current ? html`aria-current="page"` : ""}>${item.label}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The item whose path is the longest prefix of the current path. */
function currentItem(url: string, items: readonly NavItem[]): NavItem | undefined {
  const path = url.split("?")[0] ?? "";
  let best: NavItem | undefined;
  for (const item of items) {
    const matches = path === item.href || path.startsWith(`${item.href}/`);
    if (matches && (!best || item.href.length > best.href.length)) best = item;
  }
  return best;
}
