import { COUNTRIES_FOR_EUROPEAN_CANDIDACY } from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { countries, country, date } from "../views/format.ts";
import type { ProjectShown } from "./shown.ts";
import { pageLinks } from "../views/paging.ts";
import { tableOrEmpty } from "../views/table.ts";

/**
 * Quality Labels on the project page (R12): european projects only. Each teacher's National
 * Quality Label application and its result; the European Quality Label once National Labels
 * are in from enough countries.
 */
export function labelsSection(shown: ProjectShown): SafeHtml | string {
  const { t } = shown.ctx;
  const {
    project,
    labels,
    labelsPage,
    myLabel,
    labelledIn: awarded,
    europeanLabel,
    role,
    names,
  } = shown.data;
  const started = project.status === "active" || project.status === "closed";
  if (!started || !project.kind) return "";
  if (project.kind !== "european") {
    return html`<section aria-labelledby="labels-heading">
      <h2 id="labels-heading">${t.t("labels.heading")}</h2>
      <p>${t.t(`labels.not_eligible.${project.kind}`)}</p>
    </section>`;
  }
  const rows = labels.map(
    (a) => html`<tr>
      <th scope="row">${userText(names.get(a.teacherId) ?? "")}</th>
      <td>${country(t, a.country)}</td>
      <td>${a.schoolYear}</td>
      <td>${t.t(`labels.status.${a.status}`)}${a.decidedAt ? html` (${date(t, a.decidedAt)})` : ""}</td>
      <td>${a.decisionNote ?? ""}</td>
    </tr>`,
  );
  const european = europeanLabel?.awardedAt
    ? html`<p class="badge good">${t.t("labels.european_awarded")} (${date(t, europeanLabel.awardedAt)})</p>`
    : europeanLabel?.status === "declined"
      ? html`<p>${t.t("labels.european_declined", { reason: europeanLabel.decisionNote ?? "" })}</p>`
      : awarded.length >= COUNTRIES_FOR_EUROPEAN_CANDIDACY
        ? html`<p>${t.t("labels.european_candidate", { countries: countries(t, awarded) })}</p>
          ${
            europeanLabel && europeanLabel.nominatedBy.length > 0
              ? html`<p>${t.t("labels.nominated_by", { countries: countries(t, europeanLabel.nominatedBy) })}</p>`
              : ""
          }`
        : html`<p>${t.t("labels.european_needs", { min: COUNTRIES_FOR_EUROPEAN_CANDIDACY })}</p>`;
  return html`<section aria-labelledby="labels-heading">
    <h2 id="labels-heading">${t.t("labels.heading")}</h2>
    <p>${t.t("labels.intro")}</p>
    ${tableOrEmpty({
      caption: t.t("labels.applications"),
      columns: [
        t.t("labels.teacher"),
        t.t("field.country"),
        t.t("labels.school_year"),
        t.t("labels.result"),
        t.t("field.note"),
      ],
      rows,
      whenEmpty: t.t("labels.no_applications"),
    })}
    ${pageLinks(t, `/app/projects/${project.id}`, {}, labelsPage, { cursor: "labels_after", anchor: "labels-heading" })}
    ${european}
    ${role && !myLabel ? html`<p><a class="button" href="/app/projects/${project.id}/label">${t.t("labels.apply")}</a></p>` : ""}
  </section>`;
}
