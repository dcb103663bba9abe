import {
  type Approval,
  countryName,
  intlLocale,
  languageName,
  type ProjectKind,
  type ProjectStatus,
  type Translator,
} from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";

/** Words for codes, in the reader's language; lists joined the way the language joins them. */
export function country(t: Translator, code: string): string {
  return countryName(code, t.locale);
}

export function countries(t: Translator, codes: readonly string[]): string {
  return t.list(codes.map((code) => country(t, code)));
}

export function subjects(t: Translator, codes: readonly string[]): string {
  return t.list(codes.map((code) => t.t(`subject.${code}`)));
}

export function languages(t: Translator, codes: readonly string[]): string {
  return t.list(codes.map((code) => languageName(code, t.locale)));
}

/** "11–14" or "" when the teacher has not said. */
export function ageRange(min: number | undefined, max: number | undefined): string {
  if (min === undefined && max === undefined) return "";
  return `${min ?? "…"}–${max ?? "…"}`;
}

const STATUS_TONE: Record<ProjectStatus, string> = {
  draft: "neutral",
  awaiting_cofounder: "waiting",
  declined: "problem",
  awaiting_approval: "waiting",
  rejected: "problem",
  active: "good",
  closed: "neutral",
};

/** The status as a labelled badge: the words carry the meaning, the colour only repeats it. */
export function statusBadge(t: Translator, status: ProjectStatus): SafeHtml {
  return html`<span class="badge ${STATUS_TONE[status]}">${t.t(`status.${status}`)}</span>`;
}

export function kindBadge(t: Translator, kind: ProjectKind | undefined): SafeHtml | string {
  return kind
    ? html`<span class="badge kind">${t.t("pages.kind_project", { kind: t.t(`kind.${kind}`) })}</span>`
    : "";
}

export function approvalStatus(t: Translator, approval: Approval): string {
  return t.t(`approval.${approval.status}`);
}

/** A date (YYYY-MM-DD or an instant) in the reader's words, in a <time> element. */
export function date(t: Translator, value: string): SafeHtml {
  return html`<time datetime="${value.slice(0, 10)}">${t.date(value)}</time>`;
}

export function dateTime(t: Translator, value: string): SafeHtml {
  return html`<time datetime="${value}">${t.dateTime(value)}</time>`;
}

/** A month ("2027-02") in the reader's words ("Februar 2027"), in a <time> element. */
export function month(t: Translator, value: string): SafeHtml {
  const words = new Intl.DateTimeFormat(intlLocale(t.locale), {
    year: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${value}-01T00:00:00Z`));
  return html`<time datetime="${value}">${words}</time>`;
}
