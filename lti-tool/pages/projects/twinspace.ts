import { hasTwinSpace, type Project, roomOpenTo, type Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";
import { matrixToUrl, type TwinSpaceRoom } from "../twinSpaces.ts";
import { activitySection, type ShownActivity } from "./activity.ts";
import { csrfField } from "../views/fields.ts";

const KNOWN_PURPOSES = new Set(["space", "general", "forum", "teachers", "pupils", "video"]);

export function roomName(t: Translator, purpose: string): string {
  return KNOWN_PURPOSES.has(purpose) ? t.t(`twinspace.room.${purpose}`) : purpose;
}

/** Rooms a pupil may open: never the teachers' room. */
export function roomsForPupils(rooms: readonly TwinSpaceRoom[]): TwinSpaceRoom[] {
  return rooms.filter((room) => roomOpenTo(room.purpose, "pupil"));
}

/**
 * One button into the TwinSpace when the homeserver signs people in through OpenTwinning
 * (lti-tool/oidc/twinSpaceWindow.ts): it posts here, in the LMS's iframe where the session
 * cookie is, and the answer opens the web client at the project's space in a new window.
 */
function openButton(t: Translator, csrfToken: string, space: TwinSpaceRoom): SafeHtml {
  return html`<form method="post" action="/app/twinspace">
      ${csrfField(csrfToken)}
      <input type="hidden" name="room" value="${space.address}" />
      <button class="button primary" type="submit">${t.t("twinspace.open")}</button>
    </form>
    <p>${t.t("twinspace.open_hint")}</p>`;
}

/**
 * The TwinSpace (R7): links into the Matrix rooms once the Matrix side has made them (or the
 * one button, with `signIn`: the homeserver signs people in through OpenTwinning), "being
 * prepared" between approval and provisioning, and nothing to open before approval; for
 * members, what happens inside (`activity`).
 */
export function twinSpaceSection(
  t: Translator,
  project: Project,
  rooms: readonly TwinSpaceRoom[] | undefined,
  signIn?: { csrfToken: string },
  activity?: ShownActivity,
): SafeHtml {
  const space = rooms?.find((room) => room.purpose === "space");
  const body = !hasTwinSpace(project.status)
    ? html`<p>${t.t("twinspace.after_approval")}</p>`
    : signIn && space
      ? openButton(t, signIn.csrfToken, space)
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
