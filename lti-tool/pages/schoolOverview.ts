import { Router } from "express";
import { schoolOverview } from "../../core/index.ts";
import { html, userText } from "../web/html.ts";
import { account, type Pages, page, render } from "./context.ts";
import { empty } from "./views/feedback.ts";
import { country, kindBadge, statusBadge } from "./views/format.ts";
import { schoolVerificationBadge } from "./views/schoolVerification.ts";

/** The school admin's view of their school: verification, teachers, projects founded there. */
export function schoolOverviewRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/school",
    page(pages, async (ctx) => {
      const { t } = ctx;
      const viewer = account(ctx);
      const overview = await schoolOverview(pages.core, {
        accountId: viewer.accountId,
        schoolAdminOf: viewer.roles.includes("school_admin") ? viewer.schoolId : undefined,
      });
      const { school } = overview;
      const body = html`<h1>${userText(school.name)}</h1>
        <p>
          ${school.city ? html`${userText(school.city)}, ` : ""}${country(t, school.country)}
          ${schoolVerificationBadge(t, overview.verification?.status)}
        </p>
        <section aria-labelledby="school-teachers">
          <h2 id="school-teachers">${t.t("school_page.teachers")}</h2>
          ${
            overview.teachers.length > 0
              ? html`<ul>
                  ${overview.teachers.map((teacher) => html`<li>${userText(teacher.name)}</li>`)}
                </ul>`
              : empty(t.t("school_page.no_teachers"))
          }
        </section>
        <section aria-labelledby="school-projects">
          <h2 id="school-projects">${t.t("school_page.projects")}</h2>
          ${
            overview.projects.length > 0
              ? html`<ul>
                  ${overview.projects.map(
                    (project) =>
                      html`<li>
                        ${userText(project.title)} ${statusBadge(t, project.status)} ${kindBadge(t, project.kind)}
                      </li>`,
                  )}
                </ul>`
              : empty(t.t("school_page.no_projects"))
          }
        </section>`;
      render(ctx, school.name, body);
    }),
  );
  return router;
}
