import { hasTwinSpace, type Project, roomOpenTo, type Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";
import { matrixToUrl, type TwinSpaceRoom } from "../twinSpaces.ts";
import { activitySection, type ShownActivity } from "./activity.ts";

const KNOWN_PURPOSES = new Set(["space", "general", "forum", "teachers", "pupils", "video"]);

function roomName(t: Translator, purpose: string): string {
  return KNOWN_PURPOSES.has(purpose) ? t.t(`twinspace.room.${purpose}`) : purpose;
}

/** Rooms a pupil may open: never the teachers' room. */
export function roomsForPupils(rooms: readonly TwinSpaceRoom[]): TwinSpaceRoom[] {
  return rooms.filter((room) => roomOpenTo(room.purpose, "pupil"));
}

/**
 * One button into the TwinSpace when the homeserver signs people in through OpenTwinning
 * (lti-tool/oidc/): the web client at the project's space; a new window, because the LMS
 * shows this page in an iframe.
 */
function openButton(t: Translator, clientUrl: string, space: TwinSpaceRoom): SafeHtml {
  return html`<p>
      <a class="button primary" href="${clientUrl}/#/room/${encodeURIComponent(space.address)}" target="_blank"
        rel="noopener noreferrer"
        >${t.t("twinspace.open")}<span class="vh"> (${t.t("twinspace.new_window")})</span></a
      >
    </p>
    <p>${t.t("twinspace.open_hint")}</p>`;
}

/**
 * The TwinSpace (R7): links into the Matrix rooms once the Matrix side has made them (or the
 * one button, with `clientUrl`), "being prepared" between approval and provisioning, and
 * nothing to open before approval; for members, what happens inside (`activity`).
 */
export function twinSpaceSection(
  t: Translator,
  project: Project,
  rooms: readonly TwinSpaceRoom[] | undefined,
  clientUrl?: string,
  activity?: ShownActivity,
): SafeHtml {
  const space = rooms?.find((room) => room.purpose === "space");
  const body = !hasTwinSpace(project.status)
    ? html`<p>${t.t("twinspace.after_approval")}</p>`
    : clientUrl && space
      ? openButton(t, clientUrl, space)
      : rooms && rooms.length > 0
        ? html`<p>${t.t(project.status === "closed" ? "twinspace.read_only" : "twinspace.intro")}</p>
          <ul class="rooms">
            ${rooms.map(
              (room) =>
                html`<li>
                  <a href="${matrixToUrl(room.address)}" rel="noopener noreferrer" target="_blank"
                    >${roomName(t, room.purpose)}<span class="vh">
                      (${t.t("twinspace.new_window")})</span
                    ></a
                  >
                </li>`,
            )}
          </ul>`
        : html`<p>${t.t("twinspace.preparing")}</p>`;
  const pagesLink = hasTwinSpace(project.status)
    ? html`<ul>
        <li><a href="/app/projects/${project.id}/pages">${t.t("tspages.open")}</a></li>
        <li><a href="/app/projects/${project.id}/materials">${t.t("materials.open")}</a></li>
      </ul>`
    : "";
  return html`<section aria-labelledby="twinspace-heading">
    <h2 id="twinspace-heading">${t.t("twinspace.heading")}</h2>
    ${body} ${pagesLink}
    ${activity ? activitySection(t, activity, (purpose) => roomName(t, purpose)) : ""}
  </section>`;
}
