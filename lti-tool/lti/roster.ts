import { type Request, type Response, Router } from "express";
import type { LtijsMembership } from "ltijs";
import {
  type Id,
  importPupils,
  lmsName,
  type Project,
  type PupilRegistration,
  type Translator,
} from "../../core/index.ts";
import { navigationFor } from "../pages/context.ts";
import { currentSession, requestTranslator } from "../session/middleware.ts";
import type { LaunchContext } from "../session/session.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { layout } from "../web/layout.ts";
import { requestLog } from "../web/requestLog.ts";
import { handle, type LtiContext } from "./context.ts";
import { checkOutboundUrl, OutboundError } from "./outbound.ts";
import { LtiRefusal } from "./refusal.ts";
import { mapRoles } from "./roles.ts";
import { launchOrigin, memberProjects, teacherLaunch } from "./teacherLaunch.ts";

/**
 * Names and Role Provisioning: a teacher imports pupils from the course roster, choosing
 * which ones, and optionally adds them to one of their active projects (R11). Registration
 * and project membership go through core's importPupils in one transaction (checked first,
 * all or nothing); the pupils' LMS identities are linked so that they can launch. The names come from the roster the
 * server fetched, never from the form. Matrix accounts and the credentials sheet plug in
 * through PupilCredentials (pupilCredentials.ts, issue 6).
 */
interface RosterPupil {
  subject: string;
  displayName: string;
}

export function rosterRoutes(lti: LtiContext): Router {
  const router = Router();
  const needsRoster = (launch: LaunchContext) => launch.nrpsUrl !== undefined;

  router.get(
    "/roster",
    handle(async (req, res) => {
      const { teacherId, launch, csrfToken } = teacherLaunch(res, needsRoster, "roster_unavailable");
      const t = requestTranslator(req, res);
      const [pupils, projects] = await Promise.all([
        rosterPupils(lti, launch, t),
        activeProjects(lti, teacherId),
      ]);
      requestLog(res).info({ ...launchOrigin(launch), learners: pupils.length }, "roster fetched");
      const preselected = typeof req.query.project === "string" ? req.query.project : "";
      const rows = pupils.map(
        (pupil, index) => html`<li>
          <input type="checkbox" name="pupil" id="pupil-${index}" value="${pupil.subject}" />
          <label for="pupil-${index}">${userText(pupil.displayName)}</label>
        </li>`,
      );
      const projectOptions = projects.map(
        (project) =>
          html`<option value="${project.id}" ${project.id === preselected ? html`selected` : ""}>
            ${userText(project.title)}
          </option>`,
      );
      const body = html`<h1>${t.t("lti.roster.title")}</h1>
        <p>${t.t("lti.roster.intro", { course: launch.contextTitle ?? "" })}</p>
        ${
          pupils.length === 0
            ? html`<p>${t.t("lti.roster.empty")}</p>`
            : html`<form method="post">
              <input type="hidden" name="_csrf" value="${csrfToken}" />
              <fieldset>
                <legend>${t.t("lti.roster.choose", { count: pupils.length })}</legend>
                <ul class="choices">
                  ${rows}
                </ul>
              </fieldset>
              <p>
                <label for="project">${t.t("lti.roster.project")}</label>
                <select id="project" name="project">
                  <option value="">${t.t("lti.roster.no_project")}</option>
                  ${projectOptions}
                </select>
              </p>
              <p><button type="submit">${t.t("lti.roster.submit")}</button></p>
            </form>`
        }`;
      await sendWithNavigation(lti, req, res, t.t("lti.roster.title"), body);
    }),
  );

  router.post(
    "/roster",
    handle(async (req, res) => {
      const { teacherId, launch } = teacherLaunch(res, needsRoster, "roster_unavailable");
      const t = requestTranslator(req, res);
      const form = req.body as Record<string, unknown>;
      const chosen = new Set(
        [form.pupil].flat().filter((value): value is string => typeof value === "string"),
      );
      const roster = await rosterPupils(lti, launch, t);
      const selected = roster.filter((pupil) => chosen.has(pupil.subject));
      const projectId = typeof form.project === "string" && form.project !== "" ? form.project : undefined;
      const result = await importPupils(
        lti.core,
        { accountId: teacherId },
        selected.map((pupil) => ({
          displayName: pupil.displayName,
          identity: { issuer: launch.issuer, subject: pupil.subject },
        })),
        projectId,
      );
      const pupils = [...result.registered, ...result.existing];
      requestLog(res).info(
        {
          ...launchOrigin(launch),
          projectId,
          registered: result.registered.length,
          existing: result.existing.length,
          otherTeacher: result.otherTeacher.length,
        },
        "roster imported",
      );
      const sheet = await lti.pupilCredentials.credentialsSheetFor(teacherId, pupils);
      const project = projectId
        ? (await activeProjects(lti, teacherId)).find((p) => p.id === projectId)
        : undefined;
      const body = resultPage(t, result, project, sheet);
      await sendWithNavigation(lti, req, res, t.t("lti.roster.done.title"), body);
    }),
  );
  return router;
}

/** The roster pages carry the teacher's navigation: inside the LMS's iframe it is the only way on. */
async function sendWithNavigation(
  lti: LtiContext,
  req: Request,
  res: Response,
  title: string,
  body: SafeHtml,
) {
  const t = requestTranslator(req, res);
  const session = currentSession(res);
  const nav = session ? await navigationFor(lti.core, req, res, t, session) : undefined;
  res.type("html").send(layout({ t, title, body, nav, csrfToken: session?.csrfToken }));
}

function resultPage(
  t: Translator,
  result: PupilRegistration,
  project: Project | undefined,
  sheet: string | undefined,
) {
  const names = (list: readonly { displayName: string }[]) =>
    t.list(list.map((pupil) => userText(pupil.displayName)));
  return html`<h1>${t.t("lti.roster.done.title")}</h1>
    <p>${t.t("lti.roster.done.registered", { count: result.registered.length })}</p>
    ${result.registered.length > 0 ? html`<p>${names(result.registered)}</p>` : ""}
    ${
      result.existing.length > 0
        ? html`<p>${t.t("lti.roster.done.existing", { count: result.existing.length, names: names(result.existing) })}</p>`
        : ""
    }
    ${
      result.otherTeacher.length > 0
        ? html`<p>
          ${t.t("lti.roster.done.other_teacher", {
            count: result.otherTeacher.length,
            names: t.list(result.otherTeacher.map(userText)),
          })}
        </p>`
        : ""
    }
    ${project ? html`<p>${t.t("lti.roster.done.project", { project: userText(project.title) })}</p>` : ""}
    ${
      sheet
        ? html`<p><a href="${sheet}">${t.t("lti.roster.done.sheet")}</a></p>`
        : html`<p>${t.t("lti.roster.done.launch")}</p>`
    }
    <p><a href="/app">${t.t("lti.back_to_dashboard")}</a></p>`;
}

/** Active learners of the course, with the names the platform shares (or a placeholder). */
async function rosterPupils(lti: LtiContext, launch: LaunchContext, t: Translator): Promise<RosterPupil[]> {
  try {
    // The roster URL comes from a verified launch; still, no fetches to internal addresses.
    checkOutboundUrl(launch.nrpsUrl ?? "", lti.outbound);
  } catch (error) {
    if (error instanceof OutboundError) throw new LtiRefusal("roster_unavailable", error.message);
    throw error;
  }
  let members: LtijsMembership[];
  try {
    members = await lti.provider.roster(launch);
  } catch (error) {
    throw new LtiRefusal("platform_unreachable", `roster: ${error instanceof Error ? error.message : error}`);
  }
  return members
    .filter((member) => (member.status ?? "Active") === "Active" && mapRoles(member.roles).learner)
    .filter((member) => !mapRoles(member.roles).teacher)
    .map((member) => ({
      subject: member.user_id,
      displayName:
        lmsName(member.name || `${member.given_name ?? ""} ${member.family_name ?? ""}`) ||
        t.t("lti.roster.unnamed", { id: member.user_id.slice(-6) }),
    }));
}

async function activeProjects(lti: LtiContext, teacherId: Id): Promise<Project[]> {
  return (await memberProjects(lti.core, teacherId)).filter((project) => project.status === "active");
}
