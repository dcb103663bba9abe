import { type SchoolLabel, schoolLabelPeriod, type Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";

/** The eTwinning School label with its period, wherever a school is shown; nothing once it lapsed. */
export function schoolLabelBadge(t: Translator, label: SchoolLabel | undefined): SafeHtml | string {
  if (label?.status !== "awarded" || !label.decidedAt) return "";
  const period = schoolLabelPeriod(label.decidedAt);
  return html`<span class="badge good">${t.t("school_label.badge", { from: period.from, until: period.until })}</span>`;
}
