import { countriesActedFor, countryName, staffCountries } from "../../../core/index.ts";
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

interface NavGroup {
  /** Shown (and announced) when the person holds more than one role, so they stay apart. */
  label: string | undefined;
  items: NavItem[];
}

/**
 * The person's navigation: only what they may use. Teaching and acting for a national unit
 * are separate groups, labelled when one person does both (a teacher who moderates); a
 * unit's staff see no teaching items at all (core/rules/authority.ts).
 */
export function navigation(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  const groups: NavGroup[] =
    ctx.viewer.kind === "pupil"
      ? [{ label: undefined, items: [{ href: "/app", label: t.t("nav.my_projects") }] }]
      : accountGroups(ctx);
  const current = currentItem(
    ctx.req.originalUrl,
    groups.flatMap((group) => group.items),
  );
  const list = (items: NavItem[]) =>
    html`<ul>
      ${items.map(
        (item) =>
          html`<li>
            <a href="${item.href}" ${item === current ? html`aria-current="page"` : ""}>${item.label}</a>
          </li>`,
      )}
    </ul>`;
  return html`<nav aria-label="${t.t("nav.label")}">
    ${groups.map((group, index) =>
      group.label
        ? html`<div class="nav-group" role="group" aria-labelledby="nav-group-${index}">
            <span class="nav-group-label" id="nav-group-${index}">${group.label}</span> ${list(group.items)}
          </div>`
        : list(group.items),
    )}
  </nav>`;
}

function accountGroups(ctx: PageContext): NavGroup[] {
  const { t } = ctx;
  const teaching: NavItem[] = isTeacher(ctx)
    ? [
        { href: "/app/search", label: t.t("nav.search") },
        { href: "/app/ideas", label: t.t("nav.ideas") },
        { href: "/app/groups", label: t.t("nav.groups") },
        { href: "/app/events", label: t.t("nav.events") },
        { href: "/app/contacts", label: t.t("nav.contacts") },
        { href: "/app/messages", label: t.t("nav.messages") },
        { href: "/app/projects/new", label: t.t("nav.found") },
        { href: "/app/pupils", label: t.t("nav.pupils") },
        { href: "/app/school-label", label: t.t("nav.school_label") },
      ]
    : [];
  const unitCountries = moderatedCountries(ctx);
  const unit: NavItem[] = [
    ...(unitCountries.length > 0 ? [{ href: "/app/moderation", label: t.t("nav.moderation") }] : []),
    ...countriesActedFor(ctx.grants, "list_country_projects").map((code) => ({
      href: `/app/national-unit/${code}/projects`,
      label: t.t("nav.country_projects", { country: countryName(code, t.locale) }),
    })),
    ...countriesActedFor(ctx.grants, "list_country_people").flatMap((code) => [
      {
        href: `/app/national-unit/${code}/all-schools`,
        label: t.t("nav.country_schools", { country: countryName(code, t.locale) }),
      },
      {
        href: `/app/national-unit/${code}/teachers`,
        label: t.t("nav.country_teachers", { country: countryName(code, t.locale) }),
      },
    ]),
    ...countriesActedFor(ctx.grants, "list_country_projects").map((code) => ({
      href: `/app/national-unit/${code}/figures`,
      label: t.t("nav.country_figures", { country: countryName(code, t.locale) }),
    })),
    ...countriesActedFor(ctx.grants, "read_message_reports").map((code) => ({
      href: `/app/national-unit/${code}/message-reports`,
      label: t.t("nav.message_reports", { country: countryName(code, t.locale) }),
    })),
    ...countriesActedFor(ctx.grants, "verify_schools").map((code) => ({
      href: `/app/national-unit/${code}/schools`,
      label: t.t("nav.verify_schools", { country: countryName(code, t.locale) }),
    })),
    ...countriesActedFor(ctx.grants, "score_labels").map((code) => ({
      href: `/app/national-unit/${code}/school-labels`,
      label: t.t("nav.school_labels", { country: countryName(code, t.locale) }),
    })),
    ...countriesActedFor(ctx.grants, "organise_events").map((code) => ({
      href: `/app/events/organised?unit=${code}`,
      label: t.t("nav.organise_events", { country: countryName(code, t.locale) }),
    })),
  ];
  const staff = staffCountries(ctx.grants);
  const unitLabel =
    staff.length > 0
      ? t.t("nav.group_staff", { countries: t.list(staff.map((code) => countryName(code, t.locale))) })
      : t.t("nav.group_unit", {
          countries: t.list(unitCountries.map((code) => countryName(code, t.locale))),
        });
  const personal: NavItem[] = [];
  if (isCentralAdmin(ctx)) {
    personal.push(
      { href: "/app/admin", label: t.t("nav.admin") },
      { href: "/app/admin/registration-links", label: t.t("nav.registration_links") },
      { href: "/app/admin/groups", label: t.t("nav.group_queue") },
      { href: "/app/events/organised?unit=central", label: t.t("nav.organise_events_central") },
      { href: "/app/european-labels", label: t.t("nav.european_labels") },
    );
  }
  if (isSchoolAdmin(ctx)) personal.push({ href: "/app/school", label: t.t("nav.school") });
  if (isSchoolAdmin(ctx) && !isTeacher(ctx))
    personal.push({ href: "/app/school-label", label: t.t("nav.school_label") });
  if (isCentralAdmin(ctx) || isSchoolAdmin(ctx))
    personal.push({ href: "/app/privacy", label: t.t("nav.privacy") });
  personal.push(
    {
      href: "/app/notifications",
      label:
        ctx.unread > 0 ? t.t("nav.notifications_unread", { count: ctx.unread }) : t.t("nav.notifications"),
    },
    { href: "/app/profile", label: t.t("nav.profile") },
    { href: "/app/matrix", label: t.t("nav.matrix") },
  );
  const dashboard = { href: "/app", label: t.t("nav.dashboard") };
  // Labelled groups for a teacher who also acts for a unit, and for a unit's staff (whose
  // navigation says whom they work for); everyone else keeps one plain list.
  const separate = (teaching.length > 0 && unit.length > 0) || staff.length > 0;
  if (!separate) return [{ label: undefined, items: [dashboard, ...teaching, ...unit, ...personal] }];
  return [
    { label: undefined, items: [dashboard] },
    ...(teaching.length > 0 ? [{ label: t.t("nav.group_teaching"), items: teaching }] : []),
    { label: unitLabel, items: unit },
    { label: undefined, items: personal },
  ];
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
