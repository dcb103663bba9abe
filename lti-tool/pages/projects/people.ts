import { countText, DomainError, type Id, LIMITS, PAGE_SIZE, type ProjectKind } from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { actionButton, csrfField, textField } from "../views/fields.ts";
import { empty } from "../views/feedback.ts";
import { country } from "../views/format.ts";
import { pageLinks } from "../views/paging.ts";
import { rosterImport } from "../views/rosterImport.ts";
import { schoolLabelBadge } from "../views/schoolLabel.ts";
import { schoolVerificationBadge } from "../views/schoolVerification.ts";
import type { MemberView } from "./load.ts";
import { type Candidate, type ProjectShown, sectionError, sectionState } from "./shown.ts";

/** Members grouped by country, then school (the page's "who is in it"). */
function grouped(members: readonly MemberView[], locale: string, countryOf: (code: string) => string) {
  const byCountry = new Map<string, Map<string, MemberView[]>>();
  for (const view of members) {
    const code = view.teacher.country;
    const schools = byCountry.get(code) ?? new Map<string, MemberView[]>();
    const schoolName = view.school?.name ?? "";
    schools.set(schoolName, [...(schools.get(schoolName) ?? []), view]);
    byCountry.set(code, schools);
  }
  return [...byCountry.entries()]
    .map(([code, schools]) => ({ code, name: countryOf(code), schools: [...schools.entries()] }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

function memberActions(shown: ProjectShown, view: MemberView): SafeHtml | string {
  const { t, session } = shown.ctx;
  const { project, isManager, isFounder } = shown.data;
  if (!isManager || view.member.role === "founder" || project.status === "closed") return "";
  const base = `/app/projects/${project.id}/members/${view.teacher.id}`;
  const state = sectionState(shown, "members");
  const makeAdmin = view.member.role === "teacher";
  return html`<div class="actions">
    ${
      isFounder
        ? actionButton({
            action: `${base}/role`,
            csrf: session.csrfToken,
            label: t.t(makeAdmin ? "members.make_admin" : "members.make_teacher"),
            context: userText(view.teacher.name),
            hidden: { role: makeAdmin ? "admin" : "teacher" },
          })
        : ""
    }
    <details>
      <summary>${t.t("members.remove")}<span class="vh"> – ${userText(view.teacher.name)}</span></summary>
      <form method="post" action="${base}/remove">
        ${csrfField(session.csrfToken)}
        ${textField({ state, name: "reason", id: `remove-reason-${view.teacher.id}`, label: t.t("members.remove_reason"), maxlength: LIMITS.reason })}
        <button type="submit" class="danger">${t.t("members.remove_confirm", { name: userText(view.teacher.name) })}</button>
      </form>
    </details>
  </div>`;
}

export function membersSection(shown: ProjectShown): SafeHtml {
  const { t } = shown.ctx;
  const { founder, cofounder, project } = shown.data;
  const groups = grouped(shown.data.members, t.locale, (code) => country(t, code));
  const founderLine = (teacher: typeof founder) =>
    teacher
      ? html`<li>${userText(teacher.name)}, ${userText(shown.data.schools.get(teacher.schoolId)?.name ?? "")} (${country(t, teacher.country)}) ${schoolVerificationBadge(t, shown.data.verifications.get(teacher.schoolId)?.status)} ${schoolLabelBadge(t, shown.data.schoolLabels.get(teacher.schoolId))}</li>`
      : "";
  return html`<section aria-labelledby="members-heading">
    <h2 id="members-heading">${t.t("members.heading")}</h2>
    <p>${t.t("members.count", { number: countText(t, shown.data.membersPage.count) })}</p>
    <h3>${t.t("members.founders")}</h3>
    <ul>
      ${founderLine(founder)}
      ${cofounder ? founderLine(cofounder) : html`<li>${t.t("members.no_cofounder")}</li>`}
    </ul>
    ${project.cofounderId && project.status === "awaiting_cofounder" ? html`<p class="hint">${t.t("members.cofounder_pending")}</p>` : ""}
    ${sectionError(shown, "members")}
    ${groups.map(
      (group) => html`<h3>${group.name}</h3>
        ${group.schools.map(
          ([schoolName, views]) => html`<h4>${userText(schoolName)}</h4>
            <ul class="people">
              ${views.map(
                (view) => html`<li>
                  <span>${userText(view.teacher.name)}</span> <span class="badge neutral">${t.t(`role.${view.member.role}`)}</span>
                  ${memberActions(shown, view)}
                </li>`,
              )}
            </ul>`,
        )}`,
    )}
    ${pageLinks(t, `/app/projects/${project.id}`, {}, shown.data.membersPage, { cursor: "members_after", anchor: "members-heading" })}
  </section>`;
}

/** R8–R10 in words for this project's kind, so the founders know whom they can invite. */
function inviteRules(shown: ProjectShown, kind: ProjectKind): string {
  const { t } = shown.ctx;
  const { founder, cofounder, schools, membershipPolicy } = shown.data;
  switch (kind) {
    case "school":
      return t.t("invite.rules.school", {
        school: userText((founder && schools.get(founder.schoolId)?.name) ?? ""),
      });
    case "national":
      return t.t(
        membershipPolicy.nationalProjectsAcceptForeignTeachers
          ? "invite.rules.national_open"
          : "invite.rules.national",
        { country: founder ? country(t, founder.country) : "" },
      );
    case "european":
      return t.t("invite.rules.european", {
        schools: t.list(
          [founder, cofounder].flatMap((f) => (f ? [userText(schools.get(f.schoolId)?.name ?? "")] : [])),
        ),
      });
  }
}

function candidateItem(shown: ProjectShown, candidate: Candidate, taken: ReadonlySet<Id>): SafeHtml {
  const { t, session } = shown.ctx;
  const { teacher, school, refusal } = candidate;
  const who = html`<strong>${userText(teacher.name)}</strong>, ${userText(school?.name ?? "")} (${country(t, teacher.country)})`;
  if (taken.has(teacher.id))
    return html`<li>${who} <span class="badge neutral">${t.t("invite.already")}</span></li>`;
  if (refusal) {
    return html`<li>
      ${who}
      <p class="refusal">${t.error(new DomainError(refusal, { country: teacher.country }))}</p>
    </li>`;
  }
  return html`<li>
    ${who}
    ${actionButton({
      action: `/app/projects/${shown.data.project.id}/invite`,
      csrf: session.csrfToken,
      label: t.t("invite.send"),
      context: userText(teacher.name),
      hidden: { teacherId: teacher.id },
      style: "primary",
    })}
  </li>`;
}

/** Pending invitations and the invite search, for founders and project admins (R8). */
export function inviteSection(shown: ProjectShown): SafeHtml | string {
  const { t, session } = shown.ctx;
  const { project, isManager, invitations } = shown.data;
  if (!isManager || !project.kind || project.status === "closed") return "";
  const base = `/app/projects/${project.id}`;
  const state = sectionState(shown, "invite");
  const taken = new Set<Id>([
    ...(shown.invite?.candidates ?? []).flatMap((c) => (c.member ? [c.teacher.id] : [])),
    ...invitations.map((i) => i.invitation.teacherId),
  ]);
  const pending = invitations.map(
    ({ invitation, teacher }) => html`<li>
      ${userText(teacher?.name ?? "")} (${teacher ? country(t, teacher.country) : ""})
      ${actionButton({
        action: `${base}/invitations/${invitation.id}/cancel`,
        csrf: session.csrfToken,
        label: t.t("invite.cancel"),
        context: userText(teacher?.name ?? ""),
      })}
    </li>`,
  );
  const search =
    project.status === "active"
      ? html`<form method="get" action="${base}#invite-heading" role="search">
            ${textField({ state: { ...state, values: { invite_q: shown.invite?.term ?? "" } }, name: "invite_q", label: t.t("invite.search"), hint: t.t("invite.search_hint"), type: "search" })}
            <button type="submit" class="secondary">${t.t("invite.search_submit")}</button>
          </form>
          ${
            shown.invite
              ? shown.invite.candidates.length > 0
                ? html`<ul class="cards" aria-label="${t.t("invite.results")}">
                  ${shown.invite.candidates.map((c) => candidateItem(shown, c, taken))}
                </ul>`
                : empty(t.t("invite.none_found"))
              : ""
          }`
      : html`<p>${t.t("invite.after_approval")}</p>`;
  return html`<section aria-labelledby="invite-heading">
    <h2 id="invite-heading">${t.t("invite.heading")}</h2>
    <p>${t.t("invite.rules.common")} ${inviteRules(shown, project.kind)}</p>
    ${sectionError(shown, "invite")} ${search}
    <h3>${t.t("invite.pending")}</h3>
    ${pending.length > 0 || !shown.data.invitationsPage.firstPage ? html`<ul>${pending}</ul>` : empty(t.t("invite.no_pending"))}
    ${pageLinks(t, base, {}, shown.data.invitationsPage, { cursor: "invitations_after", anchor: "invite-heading" })}
  </section>`;
}

/** R11: pupils, shown to the project's teachers only; each teacher adds their own. */
export function pupilsSection(shown: ProjectShown): SafeHtml | string {
  const { t, session, viewer } = shown.ctx;
  const { project, pupils, isManager, names, pupilsPage } = shown.data;
  if (!pupils) return "";
  const me = viewer.kind === "account" ? viewer.accountId : "";
  const base = `/app/projects/${project.id}`;
  const byTeacher = new Map<Id, typeof pupils>();
  for (const entry of pupils)
    byTeacher.set(entry.member.addedBy, [...(byTeacher.get(entry.member.addedBy) ?? []), entry]);
  return html`<section aria-labelledby="pupils-heading">
    <h2 id="pupils-heading">${t.t("pupils.heading")}</h2>
    <p class="hint">${t.t("pupils.privacy")}</p>
    ${sectionError(shown, "pupils")}
    ${pupils.length === 0 ? empty(t.t("pupils.none")) : html`<p>${t.t("pupils.count", { number: countText(t, pupilsPage.count) })}</p>`}
    ${[...byTeacher.entries()].map(
      ([
        teacherId,
        entries,
      ]) => html`<h3>${t.t("pupils.of", { name: userText(names.get(teacherId) ?? "") })}</h3>
        <ul class="people">
          ${entries.map(
            ({ pupil }) => html`<li>
              ${userText(pupil.displayName)}
              ${
                pupil.teacherId === me || isManager
                  ? actionButton({
                      action: `${base}/pupils/${pupil.id}/remove`,
                      csrf: session.csrfToken,
                      label: t.t("pupils.remove"),
                      context: userText(pupil.displayName),
                    })
                  : ""
              }
            </li>`,
          )}
        </ul>`,
    )}
    ${pageLinks(t, base, {}, pupilsPage, { cursor: "pupils_after", anchor: "pupils-heading" })}
    ${project.status === "active" ? addPupilsForm(shown) : ""}
    ${project.status === "active" ? rosterImport(t, session.launch, project.id) : ""}
  </section>`;
}

/**
 * The teacher's own pupils to add (R11), a page at a time in name order, with a search by
 * name: a teacher with a few classes ticks down the list, and added pupils leave it, so the
 * next ones come up; one with hundreds finds a pupil by name. Never every pupil in one form.
 */
function addPupilsForm(shown: ProjectShown): SafeHtml | string {
  const { t, session } = shown.ctx;
  const { project, addable } = shown.data;
  if (addable.pupils.length === 0 && addable.firstPage && !addable.term) return "";
  const base = `/app/projects/${project.id}`;
  const state = sectionState(shown, "pupils");
  return html`<div id="add-pupils">
    <p class="hint">${t.t("pupils.add_hint", { size: String(PAGE_SIZE) })}</p>
    <form method="get" action="${base}#add-pupils" role="search">
      ${textField({ state: { ...state, values: { pupil_q: addable.term } }, name: "pupil_q", label: t.t("pupils.find"), type: "search" })}
      <button type="submit" class="secondary">${t.t("pupils.find_submit")}</button>
    </form>
    ${
      addable.pupils.length > 0
        ? html`<form method="post" action="${base}/pupils">
          ${csrfField(session.csrfToken)}
          <fieldset class="field checkboxes">
            <legend>${t.t("pupils.add_legend")}</legend>
            <ul>
              ${addable.pupils.map(
                (pupil, index) => html`<li>
                  <input type="checkbox" id="add-pupil-${index}" name="pupil" value="${pupil.id}" />
                  <label for="add-pupil-${index}">${userText(pupil.displayName)}</label>
                </li>`,
              )}
            </ul>
          </fieldset>
          <button type="submit" class="primary">${t.t("pupils.add")}</button>
        </form>`
        : empty(t.t("pupils.none_found", { name: userText(addable.term) }))
    }
    ${pageLinks(t, base, { pupil_q: addable.term }, addable, { cursor: "add_after", anchor: "add-pupils" })}
  </div>`;
}
