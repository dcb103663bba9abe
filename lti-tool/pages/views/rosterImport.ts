import type { Id, Translator } from "../../../core/index.ts";
import type { LaunchContext } from "../../session/session.ts";
import { html, type SafeHtml } from "../../web/html.ts";

/**
 * The way to the course-roster import, wherever a teacher looks for it (My pupils, the
 * dashboard, a project page). The roster is the one of the course the session was launched
 * from, so without such a launch the teacher is told where to start instead. `projectId`
 * preselects the project the teacher came from.
 */
export function rosterImport(t: Translator, launch: LaunchContext | undefined, projectId?: Id): SafeHtml {
  if (!launch?.nrpsUrl) return html`<p class="hint">${t.t("pupils.import_from_course")}</p>`;
  const query = projectId ? `?${new URLSearchParams({ project: projectId }).toString()}` : "";
  return html`<p><a class="button" href="/lti/roster${query}">${t.t("pupils.import")}</a></p>`;
}

/** Whether the session's launch came from a course whose roster can be imported. */
export function canImportRoster(launch: LaunchContext | undefined): boolean {
  return launch?.nrpsUrl !== undefined;
}
