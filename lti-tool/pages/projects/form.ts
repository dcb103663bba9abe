import {
  type ContactWithTeacher,
  LIMITS,
  type Project,
  type ProjectFormInput,
  projectKind,
  PUPIL_AGE_MAX,
  PUPIL_AGE_MIN,
  type Teacher,
  type Translator,
} from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { text, texts } from "../context.ts";
import {
  checkboxGroup,
  csrfField,
  errorField,
  type FormState,
  type Option,
  selectField,
  textArea,
  textField,
} from "../views/fields.ts";
import { errorSummary } from "../views/feedback.ts";
import { country } from "../views/format.ts";
import { languageOptions, subjectOptions } from "../views/vocabulary.ts";

/** The form's fields as core's project form input (core validates and normalises them). */
export function projectFormInput(body: Record<string, unknown>): ProjectFormInput {
  const titles = texts(body, "milestone_title");
  const dates = texts(body, "milestone_date");
  return {
    title: text(body, "title"),
    summary: text(body, "summary"),
    description: text(body, "description"),
    subjects: texts(body, "subjects"),
    languages: texts(body, "languages"),
    pupilAgeMin: text(body, "pupilAgeMin"),
    pupilAgeMax: text(body, "pupilAgeMax"),
    objectives: text(body, "objectives"),
    curricularIntegration: text(body, "curricularIntegration"),
    workProcess: text(body, "workProcess"),
    milestones: titles.map((title, index) => ({ title, dueDate: dates[index] ?? "" })),
    ictTools: text(body, "ictTools"),
    expectedResults: text(body, "expectedResults"),
    safetyRules: text(body, "safetyRules"),
  };
}

/** A stored project as form values, for editing. */
export function projectFormValues(project: Project): Record<string, unknown> {
  return {
    title: project.title,
    summary: project.summary,
    description: project.description,
    subjects: project.subjects,
    languages: project.languages,
    pupilAgeMin: String(project.pupilAgeMin),
    pupilAgeMax: String(project.pupilAgeMax),
    objectives: project.objectives,
    curricularIntegration: project.curricularIntegration,
    workProcess: project.workProcess,
    milestone_title: project.milestones.map((m) => m.title),
    milestone_date: project.milestones.map((m) => m.dueDate),
    ictTools: project.ictTools,
    expectedResults: project.expectedResults,
    safetyRules: project.safetyRules,
    cofounder: project.cofounderId ?? "",
  };
}

/** The co-founder field lists this many accepted contacts at most, the most recent first. */
export const COFOUNDER_CHOICES = 200;

/** Who may be chosen as co-founder, and the kind each choice makes (R2, R4, R5). */
export interface CofounderChoice {
  founder: Teacher;
  contacts: ContactWithTeacher[];
  /** More accepted contacts exist than the field lists: partner search finds the others by name. */
  more: boolean;
  schoolProjectsOpen: boolean;
}

function cofounderField(state: FormState, choice: CofounderChoice): SafeHtml {
  const { t } = state;
  const options: Option[] = choice.contacts
    .filter((c) => c.contact.status === "accepted")
    .map(({ other, schoolName }) => {
      const kind = projectKind(choice.founder, other);
      const closed = kind === "school" && !choice.schoolProjectsOpen;
      return {
        value: other.id,
        label: t.t(closed ? "found.cofounder_option_closed" : "found.cofounder_option", {
          name: userText(other.name),
          school: userText(schoolName),
          country: country(t, other.country),
          kind: t.t(`kind.${kind}`),
        }),
        disabled: closed,
        data: { explained: t.t(`kind.${kind}.explained`) },
      };
    });
  const chosen = choice.contacts.find(
    (c) => c.contact.status === "accepted" && c.other.id === text(state.values, "cofounder"),
  );
  const kind = chosen ? projectKind(choice.founder, chosen.other) : undefined;
  return html`<fieldset class="field">
    <legend>${t.t("field.cofounder")}</legend>
    ${
      options.length === 0
        ? html`<p>${t.t("found.no_contacts")} <a href="/app/search">${t.t("found.find_partners")}</a></p>`
        : selectField({
            state,
            name: "cofounder",
            label: t.t("found.cofounder_label"),
            hint: t.t("found.cofounder_hint"),
            placeholder: t.t("found.cofounder_later"),
            options,
          })
    }
    ${choice.more ? html`<p class="hint">${t.t("found.cofounder_more", { number: String(COFOUNDER_CHOICES) })} <a href="/app/search">${t.t("found.find_partners")}</a></p>` : ""}
    <div id="kind-preview" class="kind-preview" aria-live="polite" data-empty="${t.t("found.kind_unknown")}">
      <p>${kind ? t.t(`kind.${kind}.explained`) : t.t("found.kind_unknown")}</p>
    </div>
    ${choice.schoolProjectsOpen ? "" : html`<p class="hint">${t.t("found.school_projects_closed")}</p>`}
    <details>
      <summary>${t.t("found.kinds_heading")}</summary>
      <ul>
        ${(["european", "national", "school"] as const).map((k) => html`<li>${t.t(`kind.${k}.explained`)}</li>`)}
      </ul>
    </details>
  </fieldset>`;
}

function milestoneRows(state: FormState): SafeHtml {
  const { t } = state;
  const titles = texts(state.values, "milestone_title");
  const dates = texts(state.values, "milestone_date");
  const count = Math.max(titles.length + 1, 3);
  const error = state.error && errorField(state.error) === "milestones" ? state.error : undefined;
  const rows = Array.from(
    { length: count },
    (_, index) => html`<li class="milestone">
      <div class="field">
        <label for="milestone-title-${index}">${t.t("found.milestone_title", { number: index + 1 })}</label>
        <input type="text" id="milestone-title-${index}" name="milestone_title" value="${titles[index] ?? ""}" maxlength="${LIMITS.title}" />
      </div>
      <div class="field">
        <label for="milestone-date-${index}">${t.t("found.milestone_date", { number: index + 1 })}</label>
        <input type="date" id="milestone-date-${index}" name="milestone_date" value="${dates[index] ?? ""}" />
      </div>
    </li>`,
  );
  return html`<fieldset class="field milestones" id="field-milestones" ${error ? html`aria-describedby="milestones-error" aria-invalid="true"` : ""}>
    <legend>${t.t("field.milestones")} <span class="required">(${t.t("form.required_to_send")})</span></legend>
    <p class="hint">${t.t("found.milestones_hint")}</p>
    ${error ? html`<p class="field-error" id="milestones-error">${t.error(error)}</p>` : ""}
    <ol
      id="milestone-rows"
      data-add="${t.t("found.add_milestone")}"
      data-title-label="${t.t("found.milestone_title", { number: "{number}" })}"
      data-date-label="${t.t("found.milestone_date", { number: "{number}" })}"
    >
      ${rows}
    </ol>
  </fieldset>`;
}

/**
 * The project form with the good-practice prompts of R14 as fields of their own. "Required to
 * send" marks what must be filled before the project goes to the co-founder; a draft needs
 * only a title.
 */
export function projectForm(
  state: FormState,
  options: {
    action: string;
    csrf: string;
    /** Present while the founder may still choose the co-founder. */
    cofounder?: CofounderChoice | undefined;
    /** Offer "send to the co-founder" (drafts) besides saving. */
    canSend: boolean;
  },
): SafeHtml {
  const { t } = state;
  const toSend = (label: string) =>
    html`${label} <span class="required">(${t.t("form.required_to_send")})</span>`;
  const long = (name: string, hint: string, needed: boolean) =>
    textArea({
      state,
      name,
      label: needed ? toSend(t.t(`field.${name}`)) : t.t(`field.${name}`),
      hint: t.t(hint),
      maxlength: LIMITS.longText,
      rows: 5,
    });
  return html`<form method="post" action="${options.action}" novalidate class="project-form">
    ${csrfField(options.csrf)} ${errorSummary(t, state.error)}
    <p class="hint">${t.t("found.intro")}</p>
    ${textField({ state, name: "title", label: t.t("field.title"), required: true, maxlength: LIMITS.title })}
    ${textArea({ state, name: "summary", label: t.t("field.summary"), hint: t.t("found.summary_hint"), maxlength: LIMITS.summary, rows: 3 })}
    ${textArea({ state, name: "description", label: t.t("field.description"), maxlength: LIMITS.longText, rows: 5 })}
    ${options.cofounder ? cofounderField(state, options.cofounder) : ""}
    ${checkboxGroup({ state, name: "subjects", label: t.t("field.subjects"), hint: t.t("form.required_to_send"), options: subjectOptions(t) })}
    ${checkboxGroup({ state, name: "languages", label: t.t("field.languages"), hint: t.t("form.required_to_send"), options: languageOptions(t) })}
    <fieldset class="field">
      <legend>${t.t("found.ages")}</legend>
      <div class="row">
        ${textField({ state, name: "pupilAgeMin", label: t.t("field.pupilAgeMin"), type: "number", min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX })}
        ${textField({ state, name: "pupilAgeMax", label: t.t("field.pupilAgeMax"), type: "number", min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX })}
      </div>
    </fieldset>
    <h2>${t.t("found.good_practice")}</h2>
    ${long("objectives", "found.objectives_hint", true)}
    ${long("curricularIntegration", "found.curricular_hint", true)}
    ${long("workProcess", "found.work_process_hint", true)}
    ${milestoneRows(state)}
    ${long("ictTools", "found.ict_hint", true)}
    ${long("expectedResults", "found.results_hint", false)}
    ${long("safetyRules", "found.safety_hint", true)}
    <div class="actions">
      <button type="submit" name="action" value="save" class="secondary">${t.t("found.save")}</button>
      ${options.canSend ? html`<button type="submit" name="action" value="send" class="primary">${t.t("found.send")}</button>` : ""}
    </div>
  </form>`;
}

export function formTitle(t: Translator, project: Project | undefined): string {
  return project ? t.t("found.edit_title", { title: userText(project.title) }) : t.t("found.title");
}
