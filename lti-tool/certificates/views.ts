import type { Certified, Translator } from "../../core/index.ts";
import { actionButton } from "../pages/views/fields.ts";
import { html, type SafeHtml } from "../web/html.ts";

/** The button that issues (once) and downloads one certificate, named by its kind. */
export function certificateButton(
  t: Translator,
  csrf: string,
  certified: Pick<Certified, "kind" | "subjectId">,
): SafeHtml {
  return actionButton({
    action: `/app/certificates/${certified.kind}/${certified.subjectId}`,
    csrf,
    label: t.t("certificates.download", { kind: t.t(`certificate.kind.${certified.kind}`) }),
  });
}

/** The project page's certificates of the viewer (participation, their label), with the way to all of theirs. */
export function certificatesSection(
  t: Translator,
  csrf: string,
  certificates: readonly Certified[],
): SafeHtml | string {
  if (certificates.length === 0) return "";
  return html`<section aria-labelledby="certificates-heading">
    <h2 id="certificates-heading">${t.t("certificates.project_heading")}</h2>
    ${certificates.map((certified) => html`<div>${certificateButton(t, csrf, certified)}</div>`)}
    <p><a href="/app/certificates">${t.t("certificates.all_mine")}</a></p>
  </section>`;
}
