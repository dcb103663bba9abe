import { DomainError } from "../errors.ts";
import type { CalendarDate, Milestone, ProjectForm } from "../model.ts";
import { isLanguage, isSubject, PUPIL_AGE_MAX, PUPIL_AGE_MIN } from "../vocabulary.ts";
import { parseCalendarDate } from "./dates.ts";
import { codeList, LIMITS, MULTI_LINE, optionalText, requiredText } from "./text.ts";

/** What a web form or a chat command hands in: anything, checked here. */
export type ProjectFormInput = { [K in keyof ProjectForm]?: unknown };

/**
 * The fields that must be filled before a project goes to the co-founder (R14: shared
 * objectives, curricular integration, calendar with deadlines, ICT tools, agreed safety
 * and privacy rules), plus what partners and national units need to understand it.
 */
export const REQUIRED_FOR_SUBMISSION = [
  "title",
  "summary",
  "subjects",
  "languages",
  "objectives",
  "curricularIntegration",
  "workProcess",
  "milestones",
  "ictTools",
  "safetyRules",
] as const satisfies readonly (keyof ProjectForm)[];

/**
 * Checks and normalises the project form. A draft needs only a title; every field that is
 * given must be valid. Milestones that are new compared with `previous` must not be due in
 * the past (a running project keeps its earlier, now past, milestones).
 */
export function validateProjectForm(
  input: ProjectFormInput,
  today: CalendarDate,
  previous: readonly Milestone[] = [],
): ProjectForm {
  const ageMin = pupilAge("pupilAgeMin", input.pupilAgeMin, PUPIL_AGE_MIN);
  const ageMax = pupilAge("pupilAgeMax", input.pupilAgeMax, PUPIL_AGE_MAX);
  if (ageMin > ageMax) throw new DomainError("age_range_invalid", { min: ageMin, max: ageMax });
  return {
    title: requiredText("title", input.title, LIMITS.title),
    summary: optionalText("summary", input.summary, LIMITS.summary, MULTI_LINE),
    description: optionalText("description", input.description, LIMITS.longText, MULTI_LINE),
    subjects: codeList("subjects", input.subjects, isSubject, "unknown_subject"),
    languages: codeList("languages", input.languages, isLanguage, "unknown_language"),
    pupilAgeMin: ageMin,
    pupilAgeMax: ageMax,
    objectives: optionalText("objectives", input.objectives, LIMITS.longText, MULTI_LINE),
    curricularIntegration: optionalText(
      "curricularIntegration",
      input.curricularIntegration,
      LIMITS.longText,
      MULTI_LINE,
    ),
    workProcess: optionalText("workProcess", input.workProcess, LIMITS.longText, MULTI_LINE),
    milestones: milestones(input.milestones, today, previous),
    ictTools: optionalText("ictTools", input.ictTools, LIMITS.longText, MULTI_LINE),
    expectedResults: optionalText("expectedResults", input.expectedResults, LIMITS.longText, MULTI_LINE),
    safetyRules: optionalText("safetyRules", input.safetyRules, LIMITS.longText, MULTI_LINE),
  };
}

/** The R14 fields still empty; submission is refused while any remain. */
export function missingForSubmission(form: ProjectForm): (keyof ProjectForm)[] {
  return REQUIRED_FOR_SUBMISSION.filter((field) => {
    const value = form[field];
    return Array.isArray(value) ? value.length === 0 : value === "";
  });
}

export function assertSubmittable(form: ProjectForm): void {
  const missing = missingForSubmission(form);
  if (missing.length > 0) throw new DomainError("project_form_incomplete", { fields: missing.join(",") });
}

/** A pupils' age field: an integer in the supported range, or `fallback` when left empty. */
export function pupilAge(field: string, value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === "") return fallback;
  const number = typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isInteger(number) || number < PUPIL_AGE_MIN || number > PUPIL_AGE_MAX) {
    throw new DomainError("age_range_invalid", { field, min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX });
  }
  return number;
}

function milestones(value: unknown, today: CalendarDate, previous: readonly Milestone[]): Milestone[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DomainError("invalid_input", { field: "milestones" });
  if (value.length > LIMITS.milestones) {
    throw new DomainError("too_many_items", { field: "milestones", max: LIMITS.milestones });
  }
  const result: Milestone[] = [];
  value.forEach((item: unknown, index) => {
    const raw = (item ?? {}) as { title?: unknown; dueDate?: unknown };
    const field = `milestones.${index}`;
    if (isBlank(raw.title) && isBlank(raw.dueDate)) return; // an empty row of the form
    const title = requiredText(`${field}.title`, raw.title, LIMITS.title);
    const dueDate = parseCalendarDate(`${field}.dueDate`, raw.dueDate);
    const unchanged = previous.some((m) => m.title === title && m.dueDate === dueDate);
    if (!unchanged && dueDate < today) throw new DomainError("milestone_in_past", { field, dueDate, today });
    result.push({ title, dueDate });
  });
  return result.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
