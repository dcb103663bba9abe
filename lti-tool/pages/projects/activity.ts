import {
  firstNameOf,
  hasTwinSpace,
  type Id,
  type Project,
  type Pupil,
  roomOpenTo,
  type Translator,
} from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { dateTime } from "../views/format.ts";
import type { Pages } from "../context.ts";
import { type Looker, MESSAGES_COUNTED, type TwinSpaceRoom, type TwinSpaceTopic } from "../twinSpaces.ts";

/** The TwinSpace's activity as one viewer may see it: names already follow the pupils' rule. */
export interface ShownActivity {
  topics: Omit<TwinSpaceTopic, "authorPupilId">[];
  newMessages: { purpose: string; count: number }[];
  since: string | undefined;
}

/**
 * The activity of the rooms the viewer is in (core's `roomOpenTo`: a pupil never reads the
 * Teachers' room), counted since the viewer last opened this page; opening it now becomes the
 * new "last looked" (one row per person and project). `namedPupils` are the pupils whose
 * names the viewer may see (already shortened for partner schools); any other pupil author
 * shows by first name only.
 */
export async function loadActivity(
  pages: Pages,
  project: Project,
  rooms: readonly TwinSpaceRoom[] | undefined,
  who: Looker,
  namedPupils: readonly Pupil[],
): Promise<ShownActivity | undefined> {
  const member = "pupilId" in who ? "pupil" : "teacher";
  const theirs = (rooms ?? []).filter((room) => roomOpenTo(room.purpose, member));
  if (theirs.length === 0 || !hasTwinSpace(project.status)) return undefined;
  const since = await pages.twinSpaces.looked(project.id, who, pages.core.clock.now());
  const activity = await pages.twinSpaces.activityIn(theirs, since);
  const names = new Map<Id, string>(namedPupils.map((pupil) => [pupil.id, pupil.displayName]));
  return {
    since,
    newMessages: activity.newMessages,
    topics: activity.topics.map(({ authorPupilId, ...topic }) => ({
      ...topic,
      authorName: authorPupilId
        ? (names.get(authorPupilId) ?? firstNameOf(topic.authorName))
        : topic.authorName,
    })),
  };
}

/** The latest Forum threads and, per room, the messages since the viewer last looked. */
export function activitySection(
  t: Translator,
  activity: ShownActivity,
  roomName: (purpose: string) => string,
): SafeHtml {
  const count = (n: number) => (n >= MESSAGES_COUNTED ? `${MESSAGES_COUNTED}+` : String(n));
  return html`<h3>${t.t("twinspace.activity.topics")}</h3>
    ${
      activity.topics.length > 0
        ? html`<ul class="topics">
          ${activity.topics.map(
            (topic) =>
              html`<li>
                <strong>${userText(topic.title)}</strong> —
                ${t.t("twinspace.activity.by", { name: userText(topic.authorName) })}, ${dateTime(t, topic.sentAt)}
                (${t.t("twinspace.activity.replies", { count: topic.replyCount })})
              </li>`,
          )}
        </ul>`
        : html`<p>${t.t("twinspace.activity.no_topics")}</p>`
    }
    <h3>${t.t(activity.since ? "twinspace.activity.since_last" : "twinspace.activity.first_look")}</h3>
    <ul class="new-messages">
      ${activity.newMessages.map(
        (room) =>
          html`<li>
            ${roomName(room.purpose)}: ${t.t("twinspace.activity.new", { count: room.count, shown: count(room.count) })}
          </li>`,
      )}
    </ul>`;
}
