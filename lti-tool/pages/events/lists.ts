import type { KeysetCursor, KeysetPage, OnlineEvent } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";
import type { PageContext } from "../context.ts";
import { empty, flash } from "../views/feedback.ts";
import { pageLinks } from "../views/paging.ts";
import { DEFAULT_TIME_ZONE } from "./timeZone.ts";
import { eventCard, timeZoneNote, unitName } from "./views.ts";

/**
 * /app/events: the viewer's time zone (changed on the profile), the upcoming events a teacher may join (soonest
 * first, keyset-paged) and, for organisers, the way to their units' events.
 */
export function eventList(
  ctx: PageContext,
  input: {
    upcoming: KeysetPage<OnlineEvent> | undefined;
    /** The teacher's own events (a place, not ended yet). */
    mine: readonly OnlineEvent[];
    after: KeysetCursor | undefined;
    timeZone: string | undefined;
    units: readonly string[];
  },
): SafeHtml {
  const { t } = ctx;
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const upcoming = input.upcoming
    ? html`<section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">${t.t("events.upcoming")}</h2>
        ${
          input.upcoming.items.length > 0
            ? html`<ul class="cards">
                ${input.upcoming.items.map((event) => eventCard(t, event, zone))}
              </ul>`
            : empty(t.t("events.none"))
        }
        ${pageLinks(t, "/app/events", {}, { next: input.upcoming.next, firstPage: !input.after })}
      </section>`
    : "";
  const mine =
    input.mine.length > 0
      ? html`<section aria-labelledby="mine-heading">
          <h2 id="mine-heading">${t.t("events.mine")}</h2>
          <ul class="cards">
            ${input.mine.map((event) => eventCard(t, event, zone))}
          </ul>
        </section>`
      : "";
  const organised =
    input.units.length > 0
      ? html`<section aria-labelledby="organise-heading">
          <h2 id="organise-heading">${t.t("events.organise")}</h2>
          <ul>
            ${input.units.map(
              (unit) => html`<li><a href="/app/events/organised?unit=${unit}">${unitName(t, unit)}</a></li>`,
            )}
          </ul>
        </section>`
      : "";
  return html`<h1>${t.t("events.title")}</h1>
    ${flash(ctx.done)}
    <p>${t.t("events.intro")}</p>
    ${organised} ${mine} ${upcoming} ${timeZoneNote(ctx, input.timeZone, "/app/events")}`;
}

/** An organiser's events of one unit, newest start first, with the button to create one. */
export function organisedList(
  ctx: PageContext,
  input: { unit: string; list: KeysetPage<OnlineEvent>; after: KeysetCursor | undefined; timeZone: string },
): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t.t("events.organised_title")}</h1>
    <p>${unitName(t, input.unit)}</p>
    ${flash(ctx.done)}
    <p><a href="/app/events/new?unit=${input.unit}" class="button primary">${t.t("events.new")}</a></p>
    ${
      input.list.items.length > 0
        ? html`<ul class="cards">
            ${input.list.items.map((event) => eventCard(t, event, input.timeZone))}
          </ul>`
        : empty(t.t("events.organised_none"))
    }
    ${pageLinks(t, "/app/events/organised", { unit: input.unit }, { next: input.list.next, firstPage: !input.after })}`;
}
