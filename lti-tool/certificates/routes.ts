import { type Response, Router } from "express";
import {
  type CertificateDetails,
  type CoreDeps,
  holderCertificate,
  issueCertificate,
  myCertificates,
  type Translator,
  verifyCertificate,
} from "../../core/index.ts";
import { actorOf, type Pages, page, param, render } from "../pages/context.ts";
import { empty } from "../pages/views/feedback.ts";
import { country } from "../pages/views/format.ts";
import { requestTranslator } from "../session/middleware.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { layout } from "../web/layout.ts";
import { certificatePdf } from "./pdf.ts";
import { certificateButton } from "./views.ts";

const VERIFY_PATH = "/verify";

/**
 * The teacher's certificates (under /app): the list of what they may download, and the
 * download itself, for the holder only (core's issueCertificate refuses anyone else).
 */
export function certificatePageRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/certificates",
    page(pages, async (ctx) => {
      const { t } = ctx;
      const held = await myCertificates(pages.core, actorOf(ctx));
      const title = t.t("certificates.title");
      const body = html`<h1>${title}</h1>
        <p>${t.t("certificates.intro")}</p>
        ${
          held.length > 0
            ? html`<ul class="cards">
                ${held.map(
                  ({ certified, projectTitle }) => html`<li>
                    <p>
                      ${
                        projectTitle === undefined
                          ? t.t(`certificate.kind.${certified.kind}`)
                          : t.t("certificates.for_project", {
                              kind: t.t(`certificate.kind.${certified.kind}`),
                              project: userText(projectTitle),
                            })
                      }
                    </p>
                    ${certificateButton(t, ctx.session.csrfToken, certified)}
                  </li>`,
                )}
              </ul>`
            : empty(t.t("certificates.none"))
        }`;
      render(ctx, title, body);
    }),
  );
  // Issuing writes a row (once), so it is a form's POST; the PDF is then read by its id.
  router.post(
    "/certificates/:kind/:subjectId",
    page(pages, async (ctx) => {
      const certificate = await issueCertificate(
        pages.core,
        actorOf(ctx),
        param(ctx, "kind"),
        param(ctx, "subjectId"),
      );
      ctx.res.redirect(303, `/app/certificates/pdf/${certificate.id}`);
    }),
  );
  router.get(
    "/certificates/pdf/:certificateId",
    page(pages, async (ctx) => {
      const details = await holderCertificate(pages.core, actorOf(ctx), param(ctx, "certificateId"));
      const url = `${pages.publicUrl()}${VERIFY_PATH}/${details.certificate.id}`;
      const pdf = await certificatePdf(ctx.t, details, url);
      ctx.res
        .status(200)
        .type("application/pdf")
        .attachment(`certificate-${details.certified.kind}.pdf`)
        .send(pdf);
    }),
  );
  return router;
}

/**
 * The public check of a certificate, `/verify/<token>`: no session, no LMS. It shows only what
 * the certificate itself says (holder, school, kind, project, date) and never anything about
 * pupils. Tokens are 192 random bits, so they cannot be found by trying.
 */
export function verificationRoutes(core: CoreDeps): Router {
  const router = Router();
  router.get(`${VERIFY_PATH}/:token`, (req, res, next) => {
    const t = requestTranslator(req, res);
    verifyCertificate(core, String(req.params.token ?? ""))
      .then((verification) => {
        // A certificate can be withdrawn: never let a cache answer for us, nor a search engine list it.
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Robots-Tag", "noindex");
        if (verification.status === "genuine") return send(res, t, 200, genuine(t, verification.details));
        // A lapsed certificate was genuine: its holder and period are shown, with the end said first.
        if (verification.status === "lapsed") return send(res, t, 200, lapsed(t, verification.details));
        send(
          res,
          t,
          verification.status === "revoked" ? 410 : 404,
          html`<p class="badge problem">
            ${t.t(`verify.certificate.${verification.status}`)}
          </p>`,
        );
      })
      .catch(next);
  });
  return router;
}

function send(res: Response, t: Translator, status: number, content: SafeHtml): void {
  const title = t.t("verify.certificate.title");
  res
    .status(status)
    .type("html")
    .send(layout({ t, title, body: html`<h1>${title}</h1>${content}` }));
}

function genuine(t: Translator, details: CertificateDetails): SafeHtml {
  return html`<p class="badge good">${t.t("verify.certificate.genuine")}</p>
    ${facts(t, details)}`;
}

function lapsed(t: Translator, details: CertificateDetails): SafeHtml {
  const ended = t.date(details.certified.validUntil ?? "");
  return html`<p class="badge problem">${t.t("verify.certificate.lapsed", { date: ended })}</p>
    ${facts(t, details)}`;
}

/** What the certificate says: kind, holder, school, project, dates. */
function facts(t: Translator, details: CertificateDetails): SafeHtml {
  const { certified, certificate } = details;
  return html`<dl class="facts">
      <dt>${t.t("verify.certificate.kind")}</dt>
      <dd>${t.t(`certificate.kind.${certified.kind}`)}</dd>
      <dt>${t.t("verify.certificate.holder")}</dt>
      <dd>${userText(details.holderName)}</dd>
      <dt>${t.t("verify.certificate.school")}</dt>
      <dd>${userText(details.schoolName)} (${country(t, details.country)})</dd>
      ${
        details.projectTitle === undefined
          ? ""
          : html`<dt>${t.t(certified.projectId ? "verify.certificate.project" : "verify.certificate.event")}</dt>
            <dd>${userText(details.projectTitle)}</dd>`
      }
      <dt>${t.t("verify.certificate.date")}</dt>
      <dd>${t.date(certified.since)}${certified.until ? html` – ${t.date(certified.until)}` : ""}</dd>
      <dt>${t.t("verify.certificate.issued")}</dt>
      <dd>${t.date(certificate.issuedAt)}</dd>
    </dl>`;
}
