import type { Response } from "express";
import { Router } from "express";
import { DomainError } from "../../core/index.ts";
import { requestTranslator } from "../session/middleware.ts";
import { html, userText } from "../web/html.ts";
import { layout } from "../web/layout.ts";
import { requestLog } from "../web/requestLog.ts";
import { PROJECT_PARAMETER } from "./admission.ts";
import { handle, type LtiContext } from "./context.ts";
import { launchUrl } from "./login.ts";
import { launchOrigin, memberProjects, teacherLaunch } from "./teacherLaunch.ts";

/**
 * Deep Linking 2.0: a teacher who adds OpenTwinning to a course picks one of their projects;
 * the platform gets a signed LtiDeepLinkingResponse (by ltijs) with an LTI resource link
 * whose custom parameter names the project. Pupils launching that link land on the project
 * if their teacher registered them (admission.ts), on an explanation otherwise.
 */
export function deepLinkingRoutes(lti: LtiContext): Router {
  const router = Router();
  const needsDeepLinking = (launch: { deepLinking?: unknown }) => launch.deepLinking !== undefined;

  router.get(
    "/deep-linking",
    handle(async (req, res) => {
      const { teacherId, csrfToken } = teacherLaunch(res, needsDeepLinking, "deep_linking_unavailable");
      const t = requestTranslator(req, res);
      const projects = await memberProjects(lti.core, teacherId);
      // Only an active project can be opened by pupils; the others are shown, disabled, with
      // what they wait for, so the teacher knows why and when the project can be placed.
      const choices = projects.map((project, index) =>
        project.status === "active"
          ? html`<li>
              <input type="radio" name="project" id="project-${index}" value="${project.id}" required />
              <label for="project-${index}">${userText(project.title)}</label>
            </li>`
          : html`<li>
              <input type="radio" name="project" id="project-${index}" value="${project.id}" disabled
                aria-describedby="project-${index}-why" />
              <label for="project-${index}">${userText(project.title)}</label>
              <span class="hint" id="project-${index}-why">${t.t(`lti.deep_linking.not_open.${project.status}`)}</span>
            </li>`,
      );
      const body = html`<h1>${t.t("lti.deep_linking.title")}</h1>
        ${
          projects.length === 0
            ? html`<p>${t.t("lti.deep_linking.none")}</p>`
            : html`<p>${t.t("lti.deep_linking.intro")}</p>
              <form method="post">
                <input type="hidden" name="_csrf" value="${csrfToken}" />
                <fieldset>
                  <legend>${t.t("lti.deep_linking.choose")}</legend>
                  <ul class="choices">
                    ${choices}
                  </ul>
                </fieldset>
                <p><button type="submit">${t.t("lti.deep_linking.submit")}</button></p>
              </form>`
        }`;
      res.type("html").send(layout({ t, title: t.t("lti.deep_linking.title"), body }));
    }),
  );

  router.post(
    "/deep-linking",
    handle(async (req, res) => {
      const { teacherId, launch } = teacherLaunch(res, needsDeepLinking, "deep_linking_unavailable");
      const projectId = String((req.body as Record<string, unknown>).project ?? "");
      const project = (await memberProjects(lti.core, teacherId)).find(
        (candidate) => candidate.id === projectId,
      );
      if (!project) throw new DomainError("not_found", { what: "project" });
      if (project.status !== "active")
        throw new DomainError("pupils_need_active_project", { status: project.status });
      const jwt = await lti.provider.deepLinkingResponse(launch, [
        {
          type: "ltiResourceLink",
          title: project.title,
          text: project.summary,
          url: launchUrl(lti.config.publicUrl),
          custom: { [PROJECT_PARAMETER]: project.id },
        },
      ]);
      const returnUrl = launch.deepLinking?.returnUrl ?? "";
      requestLog(res).info({ ...launchOrigin(launch), projectId: project.id }, "deep-link response sent");
      sendAutoPost(res, requestTranslator(req, res), returnUrl, jwt);
    }),
  );
  return router;
}

/**
 * The response goes back to the platform as a form POST in the browser (Deep Linking §4.5).
 * Our CSP allows forms to post to ourselves only; this page also allows the platform.
 */
function sendAutoPost(
  res: Response,
  t: ReturnType<typeof requestTranslator>,
  returnUrl: string,
  jwt: string,
): void {
  const csp = String(res.getHeader("Content-Security-Policy") ?? "");
  res.setHeader(
    "Content-Security-Policy",
    csp.replace("form-action 'self'", `form-action 'self' ${new URL(returnUrl).origin}`),
  );
  const body = html`<h1>${t.t("lti.deep_linking.returning")}</h1>
    <form id="deep-linking-response" method="post" action="${returnUrl}">
      <input type="hidden" name="JWT" value="${jwt}" />
      <p><button type="submit">${t.t("lti.deep_linking.return")}</button></p>
    </form>
    <script nonce="${String(res.locals.cspNonce)}">
      document.getElementById("deep-linking-response").submit();
    </script>`;
  res.type("html").send(layout({ t, title: t.t("lti.deep_linking.returning"), body }));
}
