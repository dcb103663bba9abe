import { type NextFunction, type Request, type Response, Router } from "express";
import {
  type CoreDeps,
  type Id,
  isDomainError,
  publicMaterial,
  publicShowcase,
  sanitizePageHtml,
  showcaseGallery,
  type Translator,
} from "../../core/index.ts";
import { materialSettings } from "../materials/config.ts";
import { DiskStorage } from "../materials/storage.ts";
import { formState, selectField, textField } from "../pages/views/fields.ts";
import { countries, subjects } from "../pages/views/format.ts";
import { countryOptions, subjectOptions } from "../pages/views/vocabulary.ts";
import { requestTranslator } from "../session/middleware.ts";
import { sendNotice } from "../session/notice.ts";
import { html, SafeHtml, userText } from "../web/html.ts";
import { layout } from "../web/layout.ts";

// Public pages change only when the founders publish: short caching keeps them fast and fresh.
const PUBLIC_CACHE = "public, max-age=300";

/**
 * A published page's text for visitors: its images point at the project's materials under
 * /app (signed-in only); here they point at the showcase's copy of the same file, which
 * `publicMaterial` serves only while a published page refers to it.
 */
function publicBody(projectId: Id, body: string): SafeHtml {
  const internal = new RegExp(`/app/projects/${projectId}/materials/([0-9a-f-]{36})/(?:file|thumbnail)`, "g");
  return new SafeHtml(sanitizePageHtml(body).replace(internal, `/showcase/${projectId}/materials/$1`));
}

function send(res: Response, t: Translator, title: string, body: SafeHtml, head?: SafeHtml): void {
  res.setHeader("Cache-Control", PUBLIC_CACHE);
  res.type("html").send(layout({ t, title, body, nav: undefined, csrfToken: undefined, head }));
}

/** Social previews (Open Graph): what a link to the project shows when shared. */
function preview(req: Request, title: string, description: string, image: string | undefined): SafeHtml {
  const origin = `${req.protocol}://${req.get("host") ?? ""}`;
  return html`<meta property="og:type" content="website" />
    <meta property="og:title" content="${title}" />
    <meta property="og:description" content="${description}" />
    <meta property="og:url" content="${origin}${req.originalUrl.split("?")[0] ?? ""}" />
    ${image ? html`<meta property="og:image" content="${origin}${image}" />` : ""}
    <meta name="twitter:card" content="${image ? "summary_large_image" : "summary"}" />`;
}

/**
 * The public showcase, without a session: `/showcase` (the gallery, searchable by subject,
 * pupils' age and country) and `/showcase/:id` (a project's published pages, its summary and
 * partner schools). Nobody is named: no teacher, no pupil; only what the founders published.
 */
export function showcaseRoutes(core: CoreDeps): Router {
  const router = Router();
  const storage = new DiskStorage(materialSettings().directory);
  const refusalsAsNotFound =
    (handler: (req: Request, res: Response, t: Translator) => Promise<void>) =>
    (req: Request, res: Response, next: NextFunction) => {
      const t = requestTranslator(req, res);
      handler(req, res, t).catch((error: unknown) => {
        if (!isDomainError(error)) return next(error);
        sendNotice(res, 404, t, { title: t.t("showcase.not_found_title"), message: t.error(error) });
      });
    };

  router.get(
    "/showcase",
    refusalsAsNotFound(async (req, res, t) => {
      const query = req.query as Record<string, unknown>;
      const values = {
        subject: typeof query.subject === "string" ? query.subject : "",
        country: typeof query.country === "string" ? query.country : "",
        age: typeof query.age === "string" ? query.age : "",
      };
      const age = Number.parseInt(values.age, 10);
      const results = await showcaseGallery(core, {
        subject: values.subject || undefined,
        country: values.country || undefined,
        age: Number.isFinite(age) ? age : undefined,
      });
      const state = formState(t, values);
      const body = html`<h1>${t.t("showcase.gallery_heading")}</h1>
        <form method="get" action="/showcase" class="filters">
          ${selectField({
            state,
            name: "subject",
            label: t.t("search.subject"),
            placeholder: t.t("search.any_subject"),
            options: subjectOptions(t),
          })}
          ${textField({ state, name: "age", label: t.t("showcase.age"), type: "number", min: 3, max: 20 })}
          ${selectField({
            state,
            name: "country",
            label: t.t("field.country"),
            placeholder: t.t("search.any_country"),
            options: countryOptions(t, core.countries.list(t.locale)),
          })}
          <button type="submit">${t.t("showcase.search")}</button>
        </form>
        ${
          results.length === 0
            ? html`<p class="empty">${t.t("showcase.none")}</p>`
            : html`<ul class="gallery">
              ${results.map(
                ({ project, countries: where }) =>
                  html`<li>
                    <a href="/showcase/${project.id}">${userText(project.title)}</a>
                    <p>${userText(project.summary)}</p>
                    <p class="meta">${subjects(t, project.subjects)} · ${project.pupilAgeMin}–${project.pupilAgeMax} ·
                      ${countries(t, where)}</p>
                  </li>`,
              )}
            </ul>`
        }`;
      send(res, t, t.t("showcase.gallery_heading"), body);
    }),
  );

  router.get(
    "/showcase/:id",
    refusalsAsNotFound(async (req, res, t) => {
      const projectId = String(req.params.id);
      const { project, schools, pages } = await publicShowcase(core, projectId);
      const shown = pages.map((page) => ({ title: page.title, body: publicBody(projectId, page.body) }));
      const body = html`<p><a href="/showcase">${t.t("showcase.gallery_heading")}</a></p>
        <h1>${userText(project.title)}</h1>
        <p>${userText(project.summary)}</p>
        <p class="meta">${subjects(t, project.subjects)} · ${project.pupilAgeMin}–${project.pupilAgeMax}</p>
        <h2>${t.t("showcase.schools")}</h2>
        <ul>
          ${schools.map((school) => html`<li>${userText(school.name)} (${countries(t, [school.country])})</li>`)}
        </ul>
        ${shown.map(
          (page) => html`<article class="project-page">
            <h2>${userText(page.title)}</h2>
            <div class="prose">${page.body}</div>
          </article>`,
        )}`;
      const firstImage = shown
        .map((page) => /src="(\/showcase\/[^"]+)"/.exec(page.body.value)?.[1])
        .find(Boolean);
      send(res, t, userText(project.title), body, preview(req, project.title, project.summary, firstImage));
    }),
  );

  router.get(
    "/showcase/:id/materials/:materialId",
    refusalsAsNotFound(async (req, res) => {
      const material = await publicMaterial(core, String(req.params.id), String(req.params.materialId));
      res.setHeader("Content-Type", material.mediaType);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
      res.setHeader("Cache-Control", PUBLIC_CACHE);
      const stream = storage.read(material.storageKey);
      stream.on("error", () => (res.headersSent ? res.destroy() : res.status(404).end()));
      stream.pipe(res);
    }),
  );

  return router;
}
