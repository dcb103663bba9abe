import { type Router } from "express";
import {
  requireOpenLook,
  roomShownInLook,
  type Translator,
  type TwinSpaceLook,
} from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { actorOf, type PageContext, type Pages, page, param, render, text } from "../context.ts";
import { empty } from "../views/feedback.ts";
import type { TranscriptPage } from "../twinSpaces.ts";
import { lookRoomLinks, roomPath, unitSentence } from "./look.ts";
import { roomName } from "./twinspace.ts";

function transcriptView(
  t: Translator,
  look: TwinSpaceLook,
  purpose: string,
  found: TranscriptPage | undefined,
): SafeHtml {
  const list = !found
    ? html`<p>${t.t("twinspace.preparing")}</p>`
    : found.messages.length === 0
      ? empty(t.t("look.room_empty"))
      : html`<ol class="transcript">
          ${found.messages.map(
            (message) => html`<li>
              <p class="meta">
                <strong>${userText(message.sender)}</strong>
                <time datetime="${message.sentAt}">${t.dateTime(message.sentAt)}</time>
              </p>
              <p class="prose">
                ${message.media ? t.t("look.file", { name: message.text }) : message.text}
              </p>
            </li>`,
          )}
        </ol>`;
  const older = found?.older
    ? html`<p><a href="${roomPath(look.projectId, purpose, found.older)}">${t.t("look.older")}</a></p>`
    : "";
  return html`<p><a href="/app/projects/${look.projectId}">${t.t("tspages.back_to_project")}</a></p>
    <h1>${t.t("look.room_heading", { room: roomName(t, purpose) })}</h1>
    <p class="notice" role="note">${unitSentence(t, "look.note", look.unit)}</p>
    <nav aria-label="${t.t("look.rooms")}"><ul>${lookRoomLinks(t, look.projectId)}</ul></nav>
    ${list} ${older}`;
}

/**
 * A room's recent history for a national unit during its look (issue 15): core decides who
 * (`requireOpenLook`) and which rooms (`roomShownInLook`: never the Pupils' room, never direct
 * chats); the bot reads the history (`TwinSpaceTranscripts`). Reading only: nothing here posts.
 */
export function lookRoomRoutes(pages: Pages, router: Router): void {
  router.get(
    "/projects/:id/look/:purpose",
    page(pages, async (ctx: PageContext) => {
      const projectId = param(ctx, "id");
      const look = await requireOpenLook(pages.core, actorOf(ctx), projectId);
      const purpose = param(ctx, "purpose");
      if (!roomShownInLook(purpose)) {
        ctx.res.status(404);
        return render(ctx, ctx.t.t("pages.refused.title"), html`<h1>${ctx.t.t("look.room_not_shown")}</h1>`);
      }
      const room = (await pages.twinSpaces.roomsFor([projectId]))
        .get(projectId)
        ?.find((r) => r.purpose === purpose);
      const older = text(ctx.req.query as Record<string, unknown>, "older") || undefined;
      const found = room ? await pages.transcripts.page(room, older) : undefined;
      render(ctx, roomName(ctx.t, purpose), transcriptView(ctx.t, look, purpose, found));
    }),
  );
}
