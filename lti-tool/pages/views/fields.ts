import type { DomainError, Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";
import { text, texts } from "../context.ts";

/**
 * A form being shown: the values to fill in (what the person typed, or what is stored) and
 * the refusal of the last attempt, which is shown at the top and next to its field.
 */
export interface FormState {
  t: Translator;
  values: Record<string, unknown>;
  error: DomainError | undefined;
}

export function formState(t: Translator, values: Record<string, unknown>, error?: DomainError): FormState {
  return { t, values, error };
}

/** The form field a refusal is about: "milestones.2.dueDate" → "milestones"; a criterion → its field. */
export function errorField(error: DomainError): string | undefined {
  const criterion = error.params.criterion;
  if (typeof criterion === "string") {
    return error.code === "label_score_invalid" ? `score_${criterion}` : `evidence_${criterion}`;
  }
  const field = error.params.field;
  return typeof field === "string" ? field.replace(/\..*$/, "") : undefined;
}

interface FieldSpec {
  state: FormState;
  name: string;
  label: string | SafeHtml;
  hint?: string | undefined;
  required?: boolean | undefined;
  /** Defaults to the field's name; needed when a page shows one field name twice. */
  id?: string | undefined;
}

/** The id, the describedby list and the hint and error paragraphs of a field. */
function described(spec: FieldSpec): { id: string; describedBy: string; notes: SafeHtml; invalid: boolean } {
  const id = spec.id ?? `field-${spec.name}`;
  const error = spec.state.error && errorField(spec.state.error) === spec.name ? spec.state.error : undefined;
  const ids = [spec.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return {
    id,
    describedBy: ids.join(" "),
    invalid: error !== undefined,
    notes: html`${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : ""}${
      error ? html`<p class="field-error" id="${id}-error">${spec.state.t.error(error)}</p>` : ""
    }`,
  };
}

function ariaAttributes(describedBy: string, invalid: boolean): SafeHtml {
  return html`${describedBy ? html` aria-describedby="${describedBy}"` : ""}${
    invalid ? html` aria-invalid="true"` : ""
  }`;
}

function requiredMark(spec: FieldSpec): SafeHtml | string {
  return spec.required ? html` <span class="required">(${spec.state.t.t("form.required")})</span>` : "";
}

export function textField(
  spec: FieldSpec & {
    type?: "text" | "date" | "datetime-local" | "number" | "email" | "search";
    maxlength?: number;
    min?: number;
    max?: number;
    autocomplete?: string;
    value?: string;
  },
): SafeHtml {
  const { id, describedBy, notes, invalid } = described(spec);
  const value = spec.value ?? text(spec.state.values, spec.name);
  return html`<div class="field">
    <label for="${id}">${spec.label}${requiredMark(spec)}</label>
    ${notes}
    <input
      type="${spec.type ?? "text"}"
      id="${id}"
      name="${spec.name}"
      value="${value}"
      ${spec.required ? html`required` : ""}
      ${spec.maxlength ? html`maxlength="${spec.maxlength}"` : ""}
      ${spec.min !== undefined ? html`min="${spec.min}"` : ""}
      ${spec.max !== undefined ? html`max="${spec.max}"` : ""}
      autocomplete="${spec.autocomplete ?? "off"}"
      ${ariaAttributes(describedBy, invalid)}
    />
  </div>`;
}

export function textArea(spec: FieldSpec & { maxlength?: number; rows?: number }): SafeHtml {
  const { id, describedBy, notes, invalid } = described(spec);
  return html`<div class="field">
    <label for="${id}">${spec.label}${requiredMark(spec)}</label>
    ${notes}
    <textarea id="${id}" name="${spec.name}" rows="${spec.rows ?? 4}" ${spec.required ? html`required` : ""} ${
      spec.maxlength ? html`maxlength="${spec.maxlength}"` : ""
    } ${ariaAttributes(describedBy, invalid)}>${text(spec.state.values, spec.name)}</textarea>
  </div>`;
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
  /** Extra data for the progressive script (data-* attributes), e.g. the kind a co-founder makes. */
  data?: Record<string, string>;
}

export function selectField(
  spec: FieldSpec & { options: readonly Option[]; placeholder?: string; value?: string },
): SafeHtml {
  const { id, describedBy, notes, invalid } = described(spec);
  const selected = spec.value ?? text(spec.state.values, spec.name);
  return html`<div class="field">
    <label for="${id}">${spec.label}${requiredMark(spec)}</label>
    ${notes}
    <select id="${id}" name="${spec.name}" ${spec.required ? html`required` : ""} ${ariaAttributes(describedBy, invalid)}>
      ${spec.placeholder !== undefined ? html`<option value="">${spec.placeholder}</option>` : ""}
      ${spec.options.map(
        (option) =>
          html`<option
            value="${option.value}"
            ${option.value === selected ? html`selected` : ""}
            ${option.disabled ? html`disabled` : ""}
            ${Object.entries(option.data ?? {}).map(([key, value]) => html` data-${key}="${value}"`)}
          >
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** A group of checkboxes in a fieldset (subjects, languages, requirements). */
export function checkboxGroup(
  spec: FieldSpec & { options: readonly Option[]; selected?: readonly string[] },
): SafeHtml {
  const { id, describedBy, notes, invalid } = described(spec);
  const selected = new Set(spec.selected ?? texts(spec.state.values, spec.name));
  return html`<fieldset class="field checkboxes" id="${id}" ${ariaAttributes(describedBy, invalid)}>
    <legend>${spec.label}${requiredMark(spec)}</legend>
    ${notes}
    <ul>
      ${spec.options.map(
        (option, index) =>
          html`<li>
            <input
              type="checkbox"
              id="${id}-${index}"
              name="${spec.name}"
              value="${option.value}"
              ${selected.has(option.value) ? html`checked` : ""}
            />
            <label for="${id}-${index}">${option.label}</label>
          </li>`,
      )}
    </ul>
  </fieldset>`;
}

/** One checkbox with its label (a yes/no setting). */
export function checkboxField(spec: FieldSpec & { checked: boolean; value?: string }): SafeHtml {
  const { id, describedBy, notes, invalid } = described(spec);
  return html`<div class="field checkbox">
    <input
      type="checkbox"
      id="${id}"
      name="${spec.name}"
      value="${spec.value ?? "on"}"
      ${spec.checked ? html`checked` : ""}
      ${ariaAttributes(describedBy, invalid)}
    />
    <label for="${id}">${spec.label}</label>
    ${notes}
  </div>`;
}

/** Every form posts the session's CSRF token back. */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}" />`;
}

/**
 * A form with one button (accept, decline, remove, …): CSRF token, hidden values, and what
 * the button acts on for screen readers ("Accept – Marie Curie") when a list repeats it.
 */
export function actionButton(spec: {
  action: string;
  csrf: string;
  label: string;
  /** What the button acts on, read after the label but not shown. */
  context?: string;
  hidden?: Record<string, string>;
  style?: "primary" | "secondary" | "danger";
}): SafeHtml {
  return html`<form method="post" action="${spec.action}" class="inline">
    ${csrfField(spec.csrf)}
    ${Object.entries(spec.hidden ?? {}).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
    <button type="submit" class="${spec.style ?? "secondary"}">
      ${spec.label}${spec.context ? html`<span class="vh"> – ${spec.context}</span>` : ""}
    </button>
  </form>`;
}
