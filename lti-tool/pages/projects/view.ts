import type { Milestone, Project, Translator } from "../../../core/index.ts";
import { certificatesSection } from "../../certificates/views.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { render } from "../context.ts";
import { empty, flash } from "../views/feedback.ts";
import { kindBadge, languages, statusBadge, subjects } from "../views/format.ts";
import { labelsSection } from "./labels.ts";
import { lookSection } from "./look.ts";
import { inviteSection, membersSection, pupilsSection } from "./people.ts";
import type { ProjectShown } from "./shown.ts";
import { lifecycleSection, statusSection } from "./status.ts";
import { twinSpaceSection } from "./twinspace.ts";

/** The R14 fields as the co-founder, the national units and the members read them. */
export function descriptionSection(t: Translator, project: Project): SafeHtml {
  const fields = [
    "description",
    "objectives",
    "curricularIntegration",
    "workProcess",
    "ictTools",
    "expectedResults",
    "safetyRules",
  ] as const;
  return html`<section aria-labelledby="description-heading">
    <h2 id="description-heading">${t.t("project.description_heading")}</h2>
    <dl class="facts">
      <dt>${t.t("field.subjects")}</dt>
      <dd>${project.subjects.length > 0 ? subjects(t, project.subjects) : "—"}</dd>
      <dt>${t.t("field.languages")}</dt>
      <dd>${project.languages.length > 0 ? languages(t, project.languages) : "—"}</dd>
      <dt>${t.t("project.ages")}</dt>
      <dd>${project.pupilAgeMin}–${project.pupilAgeMax}</dd>
      ${fields.map(
        (field) => html`<dt>${t.t(`field.${field}`)}</dt>
          <dd class="prose">${project[field] || "—"}</dd>`,
      )}
    </dl>
  </section>`;
}

/** The calendar with due dates; what is past is marked in words, not only in colour. */
export function milestonesSection(t: Translator, milestones: readonly Milestone[], today: string): SafeHtml {
  return html`<section aria-labelledby="milestones-heading">
    <h2 id="milestones-heading">${t.t("field.milestones")}</h2>
    ${
      milestones.length > 0
        ? html`<table>
          <caption class="vh">${t.t("field.milestones")}</caption>
          <thead>
            <tr>
              <th scope="col">${t.t("project.due")}</th>
              <th scope="col">${t.t("project.milestone")}</th>
              <th scope="col">${t.t("project.when")}</th>
            </tr>
          </thead>
          <tbody>
            ${milestones.map(
              (m) => html`<tr class="${m.dueDate < today ? "past" : ""}">
                <td><time datetime="${m.dueDate}">${t.date(m.dueDate)}</time></td>
                <th scope="row">${userText(m.title)}</th>
                <td>${t.t(m.dueDate < today ? "project.past" : "project.upcoming")}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
        : empty(t.t("project.no_milestones"))
    }
  </section>`;
}

export function projectHeader(t: Translator, project: Project): SafeHtml {
  return html`<h1>${userText(project.title)}</h1>
    <p class="badges">${kindBadge(t, project.kind)} ${statusBadge(t, project.status)}</p>
    ${project.summary ? html`<p class="lead">${project.summary}</p>` : ""}`;
}

/**
 * The project page of a teacher, moderator or central admin. The TwinSpace's way in is the
 * members' part: everyone else (a unit's staff, moderators, invitees) would meet links and
 * buttons that refuse them; a unit reads inside through its look (look.ts).
 */
export function showProjectPage(shown: ProjectShown): void {
  const { ctx, data } = shown;
  const { t } = ctx;
  const body = html`${projectHeader(t, data.project)} ${flash(ctx.done)} ${lifecycleSection(shown)}
    ${statusSection(shown)} ${data.role ? twinSpaceSection(t, data.project, data.rooms, data.matrixClientUrl ? ctx.session : undefined, data.activity) : ""} ${descriptionSection(t, data.project)}
    ${milestonesSection(t, data.project.milestones, data.today)} ${membersSection(shown)} ${inviteSection(shown)}
    ${pupilsSection(shown)} ${labelsSection(shown)} ${certificatesSection(t, ctx.session.csrfToken, data.certificates)}
    ${lookSection(shown)}`;
  render(ctx, userText(data.project.title), body, shown.error ? 422 : 200);
}
