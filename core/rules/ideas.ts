import { DomainError } from "../errors.ts";
import type { Id, Instant } from "../model.ts";
import { isLanguage, isSubject, PUPIL_AGE_MAX, PUPIL_AGE_MIN } from "../vocabulary.ts";
import { pupilAge } from "./projectForm.ts";
import { codeList, LIMITS, MULTI_LINE, optionalText, requiredText } from "./text.ts";

/**
 * The partner-finding board: a teacher posts a project idea ("I'm looking for a partner
 * for …"), others find it and reply, which proposes a contact (R2). An idea is on the board
 * for IDEA_LIFETIME_DAYS after it was posted or last renewed by its author, so the board
 * shows people who are still looking, and its size follows the recent ideas, not history.
 */
export const IDEA_LIFETIME_DAYS = 90;

/** Whom the author would like as partner: a school abroad (an eTwinning project), at home, or either. */
export const PARTNER_SCOPES = ["abroad", "my_country", "any"] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

export interface IdeaForm {
  title: string;
  summary: string;
  subjects: string[];
  languages: string[];
  pupilAgeMin: number;
  pupilAgeMax: number;
  partnerScope: PartnerScope;
  /** When the author would like to start, as a month ("2027-02"); empty when open. */
  startMonth: string;
}

export interface Idea extends IdeaForm {
  id: Id;
  authorId: Id;
  /** The author's country, for the board's country filter. */
  country: string;
  createdAt: Instant;
  renewedAt: Instant;
}

export type IdeaFormInput = { [K in keyof IdeaForm]?: unknown };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

export function validateIdeaForm(input: IdeaFormInput): IdeaForm {
  const pupilAgeMin = pupilAge("pupilAgeMin", input.pupilAgeMin, PUPIL_AGE_MIN);
  const pupilAgeMax = pupilAge("pupilAgeMax", input.pupilAgeMax, PUPIL_AGE_MAX);
  if (pupilAgeMin > pupilAgeMax)
    throw new DomainError("age_range_invalid", { min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX });
  const scope = typeof input.partnerScope === "string" ? input.partnerScope : "any";
  if (!isPartnerScope(scope)) throw new DomainError("invalid_input", { field: "partnerScope" });
  const startMonth = typeof input.startMonth === "string" ? input.startMonth.trim() : "";
  if (startMonth !== "" && !MONTH.test(startMonth))
    throw new DomainError("idea_start_month_invalid", { field: "startMonth" });
  return {
    title: requiredText("title", input.title, LIMITS.title),
    summary: requiredText("summary", input.summary, LIMITS.longText / 5, MULTI_LINE),
    subjects: codeList("subjects", input.subjects, isSubject, "unknown_subject"),
    languages: codeList("languages", input.languages, isLanguage, "unknown_language"),
    pupilAgeMin,
    pupilAgeMax,
    partnerScope: scope,
    startMonth: optionalText("startMonth", startMonth, 7),
  };
}

export function isPartnerScope(value: string): value is PartnerScope {
  return (PARTNER_SCOPES as readonly string[]).includes(value);
}

export function ideaExpiresAt(idea: Pick<Idea, "renewedAt">): Instant {
  return new Date(Date.parse(idea.renewedAt) + IDEA_LIFETIME_DAYS * DAY_MS).toISOString();
}

/** Ideas renewed at or after this instant are still on the board at `now`. */
export function liveSince(now: Instant): Instant {
  return new Date(Date.parse(now) - IDEA_LIFETIME_DAYS * DAY_MS).toISOString();
}

export function isLive(idea: Pick<Idea, "renewedAt">, now: Instant): boolean {
  return idea.renewedAt >= liveSince(now);
}
