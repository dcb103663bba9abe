import type {
  AccountCandidate,
  DomainError,
  Grant,
  GrantAuditPage,
  KeysetPage,
  ModeratorRow,
  School,
} from "../../core/index.ts";
import type { Deployment } from "../lti/store.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import type { PageContext } from "./context.ts";
import { actionButton, csrfField, formState, type Option, selectField, textField } from "./views/fields.ts";
import { empty, errorSummary } from "./views/feedback.ts";
import { country, dateTime } from "./views/format.ts";
import { pageLinks } from "./views/paging.ts";
import { tableOrEmpty } from "./views/table.ts";

/**
 * The central admin's views of grants: the moderators, the search that names exactly one
 * account (with the school, country and LMS each account came from), the audit trail and
 * look-alike schools. Emails come from any LMS, so a grant is always to a chosen account id.
 */
export interface GrantSearch {
  term: string;
  candidates: AccountCandidate[] | undefined;
  error: DomainError | undefined;
}

/** A page of the moderators' list, with the name it was searched for. */
export interface ModeratorsShown extends KeysetPage<ModeratorRow> {
  term: string;
  firstPage: boolean;
}

export function moderatorsSection(
  ctx: PageContext,
  moderators: ModeratorsShown,
  failed: DomainError | undefined,
  search: GrantSearch,
  deployments: readonly Deployment[],
  countries: readonly Option[],
): SafeHtml {
  const { t } = ctx;
  const rows = moderators.items.map(
    ({ account, country: granted }) => html`<tr>
      <td>${country(t, granted)}</td>
      <th scope="row">${userText(account.name)}</th>
      <td>${account.email}</td>
      <td>
        ${actionButton({
          action: "/app/admin/moderators/remove",
          csrf: ctx.session.csrfToken,
          label: t.t("admin.remove_moderator"),
          context: `${userText(account.name)}, ${country(t, granted)}`,
          hidden: { accountId: account.id, country: granted },
          style: "danger",
        })}
      </td>
    </tr>`,
  );
  return html`<section aria-labelledby="moderators-heading">
    <h2 id="moderators-heading">${t.t("admin.moderators_heading")}</h2>
    ${errorSummary(t, failed)}
    <form method="get" action="/app/admin#moderators-heading" role="search" novalidate>
      ${textField({ state: formState(t, { moderator_q: moderators.term }), name: "moderator_q", id: "moderator-q", label: t.t("admin.moderators_search"), autocomplete: "off" })}
      <button type="submit" class="secondary">${t.t("admin.moderators_filter")}</button>
    </form>
    ${tableOrEmpty({
      caption: t.t("admin.moderators_heading"),
      captionHidden: true,
      columns: [
        t.t("field.country"),
        t.t("profile.name"),
        t.t("field.email"),
        html`<span class="vh">${t.t("pages.actions")}</span>`,
      ],
      rows,
      whenEmpty: moderators.term
        ? t.t("admin.no_moderators_named", { term: moderators.term })
        : t.t("admin.no_moderators"),
    })}
    ${pageLinks(t, "/app/admin", { moderator_q: moderators.term }, moderators, { cursor: "moderators_after", anchor: "moderators-heading" })}
    <h3 id="add-moderator">${t.t("admin.add_moderator")}</h3>
    <form method="get" action="/app/admin#add-moderator" novalidate>
      <p class="hint">${t.t("admin.add_moderator_hint")}</p>
      ${failed ? "" : errorSummary(t, search.error)}
      ${textField({ state: formState(t, { find: search.term }, search.error), name: "find", id: "moderator-find", label: t.t("field.search"), required: true, autocomplete: "off" })}
      <button type="submit" class="secondary">${t.t("admin.find")}</button>
    </form>
    ${search.candidates ? candidatesTable(ctx, search, deployments, countries) : ""}
  </section>`;
}

function candidatesTable(
  ctx: PageContext,
  search: GrantSearch,
  deployments: readonly Deployment[],
  countries: readonly Option[],
): SafeHtml {
  const { t } = ctx;
  const candidates = search.candidates ?? [];
  if (candidates.length === 0) return empty(t.t("admin.no_candidates", { term: search.term }));
  return html`<table>
    <caption>${t.t("admin.candidates", { term: search.term })}</caption>
    <thead>
      <tr>
        <th scope="col">${t.t("profile.name")}</th>
        <th scope="col">${t.t("field.email")}</th>
        <th scope="col">${t.t("admin.school")}</th>
        <th scope="col">${t.t("field.country")}</th>
        <th scope="col">${t.t("admin.lms")}</th>
        <th scope="col">${t.t("admin.grant_moderator")}</th>
      </tr>
    </thead>
    <tbody>
      ${candidates.map(
        ({ account, school, issuers }, index) => html`<tr>
          <th scope="row">${userText(account.name)}</th>
          <td>${account.email}</td>
          <td>${school ? school.name : t.t("admin.no_school")}</td>
          <td>${school ? country(t, school.country) : ""}</td>
          <td>${lms(ctx, issuers, school, deployments)}</td>
          <td>
            <form method="post" action="/app/admin/moderators" novalidate>
              ${csrfField(ctx.session.csrfToken)}
              <input type="hidden" name="accountId" value="${account.id}" />
              <input type="hidden" name="find" value="${search.term}" />
              ${selectField({ state: formState(t, {}), name: "country", id: `grant-country-${index}`, label: t.t("field.country"), options: countries, required: true })}
              <button type="submit" class="primary">
                ${t.t("admin.add")}<span class="vh"> – ${userText(account.name)}</span>
              </button>
            </form>
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Where an account came from: its LMS issuers and, for teachers, their school's deployments. */
function lms(
  ctx: PageContext,
  issuers: readonly string[],
  school: School | undefined,
  deployments: readonly Deployment[],
): SafeHtml {
  const own = school ? deployments.filter((d) => d.schoolId === school.id) : [];
  const lines = [
    ...own.map((d) => `${d.issuer} · ${ctx.t.t("admin.deployment", { id: d.deploymentId })}`),
    ...issuers.filter((issuer) => !own.some((d) => d.issuer === issuer)),
  ];
  return html`${lines.map((line, i) => html`${i > 0 ? html`<br />` : ""}${line}`)}`;
}

export function auditSection(ctx: PageContext, audit: GrantAuditPage, paged: boolean): SafeHtml {
  const { t } = ctx;
  const name = (id: string | undefined) => {
    if (id === undefined) return t.t("admin.audit_operator");
    const account = audit.accounts.get(id);
    if (!account) return id;
    // LMSs need not share an email: none is shown rather than an empty "<>".
    return account.email ? `${userText(account.name)} <${account.email}>` : userText(account.name);
  };
  const role = (grant: Grant) =>
    grant.role === "central_admin"
      ? t.t("role.central_admin")
      : `${t.t(grant.role === "staff" ? "role.staff" : "role.moderator")} (${country(t, grant.country)})`;
  return html`<section aria-labelledby="audit-heading">
    <h2 id="audit-heading">${t.t("admin.audit_heading")}</h2>
    ${tableOrEmpty({
      caption: t.t("admin.audit_heading"),
      captionHidden: true,
      columns: [
        t.t("admin.audit_when"),
        t.t("admin.audit_who"),
        t.t("admin.audit_change"),
        t.t("admin.audit_role"),
        t.t("admin.audit_whom"),
      ],
      rows: audit.entries.map(
        (entry) => html`<tr>
          <td>${dateTime(t, entry.at)}</td>
          <td>${name(entry.actorId)}</td>
          <td>${t.t(`admin.audit_${entry.change}`)}</td>
          <td>${role(entry.grant)}</td>
          <th scope="row">${name(entry.accountId)}</th>
        </tr>`,
      ),
      whenEmpty: t.t("admin.audit_empty"),
    })}
    <p>
      ${paged ? html`<a href="/app/admin#audit-heading">${t.t("admin.audit_newest")}</a>` : ""}
      ${
        audit.olderThan !== undefined
          ? html`<a href="/app/admin?audit_before=${String(audit.olderThan)}#audit-heading">${t.t("admin.audit_older")}</a>`
          : ""
      }
    </p>
  </section>`;
}

export function lookalikesSection(
  ctx: PageContext,
  groups: readonly School[][],
  deployments: readonly Deployment[],
): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="lookalikes-heading">
    <h2 id="lookalikes-heading">${t.t("admin.lookalikes_heading")}</h2>
    ${
      groups.length > 0
        ? html`<p>${t.t("admin.lookalikes_intro")}</p>
          <ul class="lookalikes">
            ${groups.map(
              (schools) => html`<li>
                ${country(t, schools[0]?.country ?? "")}:
                <ul>
                  ${schools.map(
                    (school) => html`<li>
                      ${userText(school.name)}${school.city ? `, ${school.city}` : ""} — ${lms(ctx, [], school, deployments)}
                    </li>`,
                  )}
                </ul>
              </li>`,
            )}
          </ul>`
        : empty(t.t("admin.lookalikes_none"))
    }
  </section>`;
}
