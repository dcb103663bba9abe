import {
  CENTRAL_SUPPORT_UNIT,
  countryName,
  hasTwinSpace,
  LOOK_HOURS,
  openLook,
  ROOMS_IN_A_LOOK,
  type PageReader,
  type Translator,
  type TwinSpaceLook,
} from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";
import { actorOf, type Pages } from "../context.ts";
import { empty } from "../views/feedback.ts";
import { csrfField } from "../views/fields.ts";
import { roomName } from "./twinspace.ts";
import type { ProjectAction } from "./routes.ts";
import type { ProjectShown } from "./shown.ts";

/**
 * A national unit's read-only look inside a TwinSpace (issue 15, point 4). Who may look is
 * core's `lookingUnit`; the button posts here (CSRF), core records the look, and for
 * `LOOK_HOURS` core's `twinSpaceReader` lets its staff member read the pages and materials.
 */
export function lookRoute(pages: Pages, projectAction: ProjectAction) {
  return projectAction("look", "look_opened", (ctx, id) => openLook(pages.core, actorOf(ctx), id));
}

export function roomPath(projectId: string, purpose: string, older?: string): string {
  const path = `/app/projects/${projectId}/look/${purpose}`;
  return older ? `${path}?older=${encodeURIComponent(older)}` : path;
}

/** Links to the rooms a look shows (core's ROOMS_IN_A_LOOK). */
export function lookRoomLinks(t: Translator, projectId: string): SafeHtml {
  return html`${ROOMS_IN_A_LOOK.map(
    (purpose) => html`<li><a href="${roomPath(projectId, purpose)}">${roomName(t, purpose)}</a></li>`,
  )}`;
}

export function unitSentence(
  t: Translator,
  key: string,
  unit: string,
  params: Record<string, string> = {},
): string {
  return unit === CENTRAL_SUPPORT_UNIT
    ? t.t(`${key}_central`, params)
    : t.t(`${key}_country`, { ...params, country: countryName(unit, t.locale) });
}

/** For staff who may look: the button, or while their look is open, the way in. */
function lookInside(shown: ProjectShown, unit: string): SafeHtml {
  const { ctx, data } = shown;
  const { t } = ctx;
  const open = data.look.open;
  const body = open
    ? html`<p>${t.t("look.open_until", { until: t.dateTime(open.expiresAt) })}</p>
        <ul>
          <li><a href="/app/projects/${data.project.id}/pages">${t.t("tspages.open")}</a></li>
          <li><a href="/app/projects/${data.project.id}/materials">${t.t("materials.open")}</a></li>
          ${lookRoomLinks(t, data.project.id)}
        </ul>`
    : html`<form method="post" action="/app/projects/${data.project.id}/look">
        ${csrfField(ctx.session.csrfToken)}
        <button class="button primary" type="submit">${t.t("look.open")}</button>
      </form>`;
  return html`<section aria-labelledby="look-heading">
    <h2 id="look-heading">${t.t("look.heading")}</h2>
    <p>${unitSentence(t, "look.explained", unit, { hours: String(LOOK_HOURS) })}</p>
    ${body}
  </section>`;
}

/** For the project's teachers: which units looked inside, and when. */
function looksRecord(t: Translator, looks: readonly TwinSpaceLook[]): SafeHtml {
  return html`<section aria-labelledby="looks-heading">
    <h2 id="looks-heading">${t.t("look.record_heading")}</h2>
    ${
      looks.length > 0
        ? html`<ul>
            ${looks.map(
              (look) =>
                html`<li>${unitSentence(t, "look.by", look.unit, { when: t.dateTime(look.startedAt) })}</li>`,
            )}
          </ul>`
        : empty(t.t("look.record_none"))
    }
  </section>`;
}

/** The project page's part about looks: the way in for a unit, the record for the teachers. */
export function lookSection(shown: ProjectShown): SafeHtml | string {
  const { data, ctx } = shown;
  const { unit, looks } = data.look;
  if (unit && hasTwinSpace(data.project.status)) return lookInside(shown, unit);
  if (data.role && hasTwinSpace(data.project.status)) return looksRecord(ctx.t, looks);
  return "";
}

/** Above the TwinSpace's pages and materials while a unit looks: it reads, it cannot change. */
export function observerNote(t: Translator, reader: PageReader): SafeHtml | string {
  if (reader.kind !== "observer") return "";
  return html`<p class="notice" role="note">${unitSentence(t, "look.note", reader.unit)}</p>`;
}
