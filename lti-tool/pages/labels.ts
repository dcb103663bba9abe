import { Router } from "express";
import {
  applyForNationalLabel,
  assessLabelApplication,
  decideLabelApplication,
  DomainError,
  type LabelApplication,
  LIMITS,
  type Project,
  schoolYearOf,
  standingApplication,
} from "../../core/index.ts";
import { html, userText } from "../web/html.ts";
import {
  actorOf,
  attempt,
  formBody,
  moderatedCountries,
  type PageContext,
  type Pages,
  page,
  param,
  render,
  text,
  texts,
} from "./context.ts";
import { assessmentRoute } from "./assessmentRoute.ts";
import { evidencePageChoices, evidencePagesField, evidencePagesList } from "./twinspace/evidence.ts";
import { assessmentForm, criterionName, storedAssessment } from "./views/assessment.ts";
import { csrfField, formState, textArea, textField } from "./views/fields.ts";
import { errorSummary, flash } from "./views/feedback.ts";
import { country } from "./views/format.ts";

/** Quality Labels (R12, R13): a teacher applies with evidence per criterion; their national unit scores and decides. */
export function labelRoutes(pages: Pages): Router {
  const router = Router();
  const { criteria } = pages.core.criteria;

  const showApply = async (ctx: PageContext, values: Record<string, unknown>, error?: DomainError) => {
    const { t } = ctx;
    const id = param(ctx, "id");
    const me = actorOf(ctx).accountId;
    const { project, standing } = await pages.core.store.transaction(async (tx) => {
      const found = await tx.projects.get(id);
      if (!found || !(await tx.members.role(id, me))) throw new DomainError("not_found", { what: "project" });
      const previous = await tx.labels.applicationFor(id, me);
      return {
        project: found,
        standing: standingApplication(previous, schoolYearOf(pages.core.clock.now())),
      };
    });
    // Applied already (awarded, waiting or refused this year): the state, not a form core would refuse.
    // A refused form's other complaints (missing evidence) do not matter once the state shows.
    if (standing) {
      const exists = error?.code === "label_application_exists" ? error : undefined;
      return showApplied(ctx, project, standing.status, exists);
    }
    const state = formState(t, values, error);
    const evidencePages = await evidencePageChoices(pages, actorOf(ctx), project.id);
    const title = t.t("labels.apply_title", { title: userText(project.title) });
    const body = html`<h1>${title}</h1>
      <p>${t.t("labels.apply_intro")}</p>
      <form method="post" action="/app/projects/${project.id}/label" novalidate>
        ${csrfField(ctx.session.csrfToken)} ${errorSummary(t, error)}
        ${criteria.map((criterion) =>
          textArea({
            state,
            name: `evidence_${criterion.id}`,
            label: criterionName(t, criterion),
            hint: t.t("labels.evidence_hint"),
            required: true,
            maxlength: LIMITS.longText,
            rows: 4,
          }),
        )}
        ${evidencePagesField(state, evidencePages)}
        <p><button type="submit" class="primary">${t.t("labels.submit")}</button></p>
      </form>
      <p><a href="/app/projects/${project.id}">${t.t("pages.back_to_project")}</a></p>`;
    render(ctx, title, body, error ? 422 : 200);
  };

  const showApplied = (
    ctx: PageContext,
    project: Project,
    status: LabelApplication["status"],
    error: DomainError | undefined,
  ) => {
    const { t } = ctx;
    const title = t.t("labels.apply_title", { title: userText(project.title) });
    render(
      ctx,
      title,
      html`<h1>${title}</h1>
        ${errorSummary(t, error)}
        <p class="badge ${status === "awarded" ? "good" : "neutral"}">${t.t(`labels.status.${status}`)}</p>
        <p><a href="/app/projects/${project.id}">${t.t("pages.back_to_project")}</a></p>`,
    );
  };

  router.get(
    "/projects/:id/label",
    page(pages, async (ctx) => showApply(ctx, {})),
  );
  router.post(
    "/projects/:id/label",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      const id = param(ctx, "id");
      const evidence = Object.fromEntries(criteria.map((c) => [c.id, text(body, `evidence_${c.id}`)]));
      await attempt(
        ctx,
        () => applyForNationalLabel(pages.core, actorOf(ctx), id, evidence, texts(body, "evidence_pages")),
        () => ({ path: `/app/projects/${id}`, done: "label_applied" }),
        (error) => showApply(ctx, body, error),
      );
    }),
  );

  /** The application, for the moderator of its country only. */
  const loadApplication = (ctx: PageContext) =>
    pages.core.store.transaction(async (tx) => {
      const application = await tx.labels.getApplication(param(ctx, "applicationId"));
      if (!application || !moderatedCountries(ctx).includes(application.country)) {
        throw new DomainError("not_found", { what: "label_application" });
      }
      const project = await tx.projects.get(application.projectId);
      const teacher = await tx.teachers.get(application.teacherId);
      const school = teacher ? await tx.schools.get(teacher.schoolId) : undefined;
      return { application, project, teacher, school };
    });

  const showAssessment = async (ctx: PageContext, values?: Record<string, unknown>, error?: DomainError) => {
    const { t } = ctx;
    const { application, project, teacher, school } = await loadApplication(ctx);
    const state = formState(t, values ?? storedAssessment(application), error);
    const decided = application.status !== "submitted";
    const title = t.t("assess.title", { title: userText(project?.title ?? "") });
    const body = html`<h1>${title}</h1>
      ${flash(ctx.done)}
      <p>
        ${t.t("assess.applicant", { name: userText(teacher?.name ?? ""), school: userText(school?.name ?? ""), country: country(t, application.country) })}
        ${t.t("assess.school_year", { year: application.schoolYear })}
        <a href="/app/projects/${application.projectId}">${t.t("assess.project_link")}</a>
      </p>
      ${decided ? html`<p class="badge neutral">${t.t(`labels.status.${application.status}`)}</p>` : ""}
      ${await evidencePagesList(pages, t, application.projectId, application.id)}
      ${assessmentForm({
        state,
        csrf: ctx.session.csrfToken,
        action: `/app/moderation/labels/${application.id}`,
        error,
        criteria: pages.core.criteria,
        scores: application.scores,
        evidenceOf: (criterionId) => html`<p class="prose">${application.evidence[criterionId] ?? ""}</p>`,
        decision: decided
          ? undefined
          : {
              note: textField({ state, name: "note", label: t.t("assess.note"), maxlength: LIMITS.reason }),
              award: t.t("assess.award"),
              refuse: { value: "refuse", label: t.t("assess.refuse") },
            },
      })}
      <p><a href="/app/moderation#labels">${t.t("assess.back")}</a></p>`;
    render(ctx, title, body, error ? 422 : 200);
  };

  router.get(
    "/moderation/labels/:applicationId",
    page(pages, async (ctx) => showAssessment(ctx)),
  );
  assessmentRoute(router, pages, {
    route: "/moderation/labels/:applicationId",
    idParam: "applicationId",
    refuse: "refuse",
    assess: (actor, id, input) => assessLabelApplication(pages.core, actor, id, input),
    decide: (actor, id, award, body) =>
      decideLabelApplication(pages.core, actor, id, { award, note: text(body, "note") }),
    success: (id, decided) => ({
      path: decided ? "/app/moderation" : `/app/moderation/labels/${id}`,
      done: decided ? "label_decided" : "assessment_saved",
    }),
    show: (ctx, values, error) => showAssessment(ctx, values, error),
  });
  return router;
}
