import type { Certified, Translator } from "../../core/index.ts";
import { html, type SafeHtml } from "../web/html.ts";

/** Where a certificate is downloaded: one route for every kind of core's CERTIFICATE_KINDS. */
export function certificateHref(certified: Pick<Certified, "kind" | "subjectId">): string {
  return `/app/certificates/${certified.kind}/${certified.subjectId}`;
}

/** The download link of one certificate, named by its kind. */
export function certificateLink(t: Translator, certified: Certified): SafeHtml {
  return html`<a href="${certificateHref(certified)}" download
    >${t.t("certificates.download", { kind: t.t(`certificate.kind.${certified.kind}`) })}</a
  >`;
}

/** The project page's certificates of the viewer (participation, their label), with the way to all of theirs. */
export function certificatesSection(t: Translator, certificates: readonly Certified[]): SafeHtml | string {
  if (certificates.length === 0) return "";
  return html`<section aria-labelledby="certificates-heading">
    <h2 id="certificates-heading">${t.t("certificates.project_heading")}</h2>
    <ul>
      ${certificates.map((certified) => html`<li>${certificateLink(t, certified)}</li>`)}
    </ul>
    <p><a href="/app/certificates">${t.t("certificates.all_mine")}</a></p>
  </section>`;
}
