import type { SchoolVerificationStatus, Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";

const STYLE: Record<SchoolVerificationStatus, string> = {
  verified: "good",
  unverified: "waiting",
  rejected: "problem",
};

/** Whether the school's national unit confirmed it: what stops a fake school posing as a real one. */
export function schoolVerificationBadge(
  t: Translator,
  status: SchoolVerificationStatus | undefined,
): SafeHtml {
  const shown = status ?? "unverified";
  return html`<span class="badge ${STYLE[shown]}">${t.t(`school.${shown}`)}</span>`;
}
