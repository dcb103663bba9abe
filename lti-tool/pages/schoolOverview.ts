import { Router } from "express";
import {
  countText,
  parseCursor,
  type School,
  schoolOverview,
  type SchoolAdminActor,
  type SchoolVerification,
  type Translator,
} from "../../core/index.ts";
import { RegistrationTokens } from "../lti/store.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { account, type PageContext, type Pages, page, render, text } from "./context.ts";
import { actionButton } from "./views/fields.ts";
import { empty } from "./views/feedback.ts";
import { country, kindBadge, statusBadge } from "./views/format.ts";
import { pageLinks } from "./views/paging.ts";
import { schoolLabelBadge } from "./views/schoolLabel.ts";
import { schoolVerificationBadge } from "./views/schoolVerification.ts";

/** The school admin's view of their school: verification, teachers, projects founded there. */
export function schoolOverviewRoutes(pages: Pages): Router {
  const router = Router();
  router.get(
    "/school",
    page(pages, async (ctx) => {
      const { t } = ctx;
      const query = ctx.req.query as Record<string, unknown>;
      const after = {
        teachers: parseCursor(text(query, "teachers_after")),
        projects: parseCursor(text(query, "projects_after")),
        // A label's key names its project, kind and teacher.
        labels: parseCursor(text(query, "labels_after"), { maxIdLength: 120 }),
      };
      const overview = await schoolOverview(pages.core, schoolAdmin(ctx), after);
      const { school, teachers, projects, labels } = overview;
      const body = html`<h1>${userText(school.name)}</h1>
        <p>
          ${school.city ? html`${userText(school.city)}, ` : ""}${country(t, school.country)}
          ${schoolVerificationBadge(t, overview.verification?.status)} ${schoolLabelBadge(t, overview.label)}
        </p>
        ${verificationSection(t, school, overview.verification)}
        <p><a href="/app/school-label">${t.t("nav.school_label")}</a></p>
        <section aria-labelledby="school-teachers">
          <h2 id="school-teachers">${t.t("school_page.teachers")}</h2>
          ${
            teachers.items.length > 0 || after.teachers
              ? html`<p>${t.t("school_page.teacher_count", { number: countText(t, teachers.count) })}</p>
                  <ul>
                    ${teachers.items.map((teacher) => html`<li>${userText(teacher.name)}</li>`)}
                  </ul>`
              : empty(t.t("school_page.no_teachers"))
          }
          ${pageLinks(t, "/app/school", {}, { next: teachers.next, firstPage: !after.teachers }, { cursor: "teachers_after", anchor: "school-teachers" })}
        </section>
        <section aria-labelledby="school-projects">
          <h2 id="school-projects">${t.t("school_page.projects")}</h2>
          ${
            projects.items.length > 0 || after.projects
              ? html`<p>${t.t("school_page.project_count", { number: countText(t, projects.count) })}</p>
                <ul>
                  ${projects.items.map(
                    (project) =>
                      html`<li>
                        ${userText(project.title)} ${statusBadge(t, project.status)} ${kindBadge(t, project.kind)}
                      </li>`,
                  )}
                </ul>`
              : empty(t.t("school_page.no_projects"))
          }
          ${pageLinks(t, "/app/school", {}, { next: projects.next, firstPage: !after.projects }, { cursor: "projects_after", anchor: "school-projects" })}
        </section>
        <section aria-labelledby="school-labels">
          <h2 id="school-labels">${t.t("school_page.labels")}</h2>
          ${
            labels.items.length > 0 || after.labels
              ? html`<ul>
                  ${labels.items.map(
                    (label) =>
                      html`<li>
                        ${t.t("email.labelled", {
                          label: t.t(`label_kind.${label.kind}`),
                          text: `${userText(label.projectTitle)} (${userText(label.teacherName)})`,
                        })}
                      </li>`,
                  )}
                </ul>`
              : empty(t.t("school_page.no_labels"))
          }
          ${pageLinks(t, "/app/school", {}, { next: labels.next, firstPage: !after.labels }, { cursor: "labels_after", anchor: "school-labels" })}
        </section>
        <section aria-labelledby="school-lms">
          <h2 id="school-lms">${t.t("school_page.another_lms")}</h2>
          <p>${t.t("school_page.another_lms_intro")}</p>
          ${actionButton({
            action: "/app/school/registration-link",
            csrf: ctx.session.csrfToken,
            label: t.t("school_page.create_link"),
          })}
        </section>`;
      render(ctx, school.name, body);
    }),
  );
  router.post(
    "/school/registration-link",
    page(pages, async (ctx) => {
      const { t } = ctx;
      // Core decides who administers which school; the link then names that school only.
      const { school } = await schoolOverview(pages.core, schoolAdmin(ctx));
      const token = await new RegistrationTokens(pages.database.knex).create({
        schoolName: school.name,
        country: school.country,
        schoolId: school.id,
      });
      const link = `${pages.publicUrl()}/lti/register/${token}`;
      const body = html`<h1>${t.t("school_page.link_title", { school: userText(school.name) })}</h1>
        <p>${t.t("school_page.link_intro")}</p>
        <p><code>${link}</code></p>
        <p><a href="/app/school">${t.t("school_page.back")}</a></p>`;
      render(ctx, t.t("school_page.link_title", { school: school.name }), body, 200);
    }),
  );
  return router;
}

/**
 * What the national unit decided about the school and what it means: a rejection's reason and
 * date, and whom to turn to (the school is suspended until its unit confirms it).
 */
function verificationSection(
  t: Translator,
  school: School,
  verification: SchoolVerification | undefined,
): SafeHtml {
  const unit = { country: country(t, school.country) };
  const section = (said: SafeHtml) => html`<section aria-labelledby="school-verification">
    <h2 id="school-verification">${t.t("school_news.heading")}</h2>
    ${said}
  </section>`;
  if (!verification?.decidedAt || verification.status === "unverified") {
    return section(html`<p>${t.t("school_news.unverified", unit)}</p>`);
  }
  const date = t.date(verification.decidedAt);
  if (verification.status === "verified") {
    return section(html`<p>${t.t("school_news.verified_on", { ...unit, date })}</p>`);
  }
  return section(html`<p>${t.t("school_news.rejected_on", { ...unit, date })}</p>
    <blockquote>${userText(verification.reason ?? "")}</blockquote>
    <p>${t.t("school_news.rejected_next", unit)}</p>`);
}

function schoolAdmin(ctx: PageContext): SchoolAdminActor {
  const viewer = account(ctx);
  return {
    accountId: viewer.accountId,
    schoolAdminOf: viewer.roles.includes("school_admin") ? viewer.schoolId : undefined,
  };
}
