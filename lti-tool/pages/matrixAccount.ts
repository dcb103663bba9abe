import { Router } from "express";
import { createMatrixLinkCode, unlinkMatrixAccount } from "../../core/index.ts";
import { html } from "../web/html.ts";
import { actorOf, type PageContext, type Pages, page, redirectDone, render } from "./context.ts";
import { matrixToUrl } from "./twinSpaces.ts";
import { csrfField } from "./views/fields.ts";
import { flash } from "./views/feedback.ts";

/**
 * A teacher's Matrix account: the linked Matrix ID, or a one-time code to send to the bot
 * as `link <code>` (core's createMatrixLinkCode: single use, 15 minutes); and unlinking.
 */
export function matrixAccountRoutes(pages: Pages): Router {
  const router = Router();

  router.get(
    "/matrix",
    page(pages, async (ctx) => show(pages, ctx)),
  );

  router.post(
    "/matrix/code",
    page(pages, async (ctx) => {
      if (!pages.matrix) return show(pages, ctx);
      const { code, expiresAt } = await createMatrixLinkCode(pages.core, actorOf(ctx));
      // The code is shown once, in this answer; a stored copy exists only as a hash.
      ctx.res.set("Cache-Control", "no-store");
      await show(pages, ctx, { code, expiresAt });
    }),
  );

  router.post(
    "/matrix/unlink",
    page(pages, async (ctx) => {
      await unlinkMatrixAccount(pages.core, actorOf(ctx));
      redirectDone(ctx, "/app/matrix", "matrix_unlinked");
    }),
  );
  return router;
}

async function show(pages: Pages, ctx: PageContext, issued?: { code: string; expiresAt: string }) {
  const { t } = ctx;
  const accountId = actorOf(ctx).accountId;
  const account = await pages.core.store.transaction((tx) => tx.accounts.get(accountId));
  const csrf = csrfField(ctx.session.csrfToken);
  let content;
  if (account?.matrixUserId) {
    content = html`<p>${t.t("matrix.linked", { matrixId: account.matrixUserId })}</p>
      <form method="post" action="/app/matrix/unlink">
        ${csrf}
        <p class="hint">${t.t("matrix.unlink_hint")}</p>
        <p><button type="submit">${t.t("matrix.unlink")}</button></p>
      </form>`;
  } else if (!pages.matrix) {
    content = html`<p>${t.t("matrix.not_configured")}</p>`;
  } else if (issued) {
    // Asked only here: a linked teacher's page does not wait on the homeserver.
    const bot = await pages.matrix.botUserId();
    content = html`<p>${t.t("matrix.code_intro")}</p>
      <p class="code"><code>link ${issued.code}</code></p>
      <p>
        ${t.t("matrix.code_send_to")}
        <a href="${matrixToUrl(bot)}" rel="noopener noreferrer" target="_blank">${bot}</a>
      </p>
      <p class="hint">${t.t("matrix.code_expires", { time: t.dateTime(issued.expiresAt) })}</p>
      <p><a href="/app/matrix">${t.t("matrix.code_done")}</a></p>`;
  } else {
    content = html`<p>${t.t("matrix.why")}</p>
      <form method="post" action="/app/matrix/code">
        ${csrf}
        <p><button type="submit" class="primary">${t.t("matrix.get_code")}</button></p>
      </form>`;
  }
  render(
    ctx,
    t.t("matrix.title"),
    html`<h1>${t.t("matrix.title")}</h1>
      ${flash(ctx.done)} ${content}`,
  );
}
