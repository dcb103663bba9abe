import { Router } from "express";
import {
  capCount,
  COUNT_CAP,
  countText,
  type Id,
  keysetPage,
  PAGE_SIZE,
  parseCursor,
  type Pupil,
} from "../../core/index.ts";
import { html, userText } from "../web/html.ts";
import { requestLog } from "../web/requestLog.ts";
import {
  actorOf,
  formBody,
  type PageContext,
  type Pages,
  page,
  param,
  redirectDone,
  render,
  text,
  texts,
} from "./context.ts";
import { isNoAdminRights, isUnguardedHomeserver, type MatrixSettings } from "./pupilAccountsPort.ts";
import { credentialsSheet } from "./pupilAccountsSheet.ts";
import { csrfField } from "./views/fields.ts";
import { empty, flash } from "./views/feedback.ts";
import { pageLinks } from "./views/paging.ts";
import { rosterImport } from "./views/rosterImport.ts";

/**
 * A teacher's own pupils and their Matrix accounts (R11): make accounts or give new
 * passwords (both print a fresh credentials sheet), remove an account. Who may act on which
 * pupil is core's decision (the Matrix side asks it on every call).
 */
export function pupilAccountRoutes(pages: Pages): Router {
  const router = Router();

  router.get(
    "/pupils",
    page(pages, async (ctx) => {
      const { t } = ctx;
      const teacherId = actorOf(ctx).accountId;
      const after = parseCursor(text(ctx.req.query as Record<string, unknown>, "after"));
      const { list, count } = await pages.core.store.transaction(async (tx) => ({
        list: keysetPage(
          await tx.pupils.pageByTeacher(teacherId, after, PAGE_SIZE + 1),
          PAGE_SIZE,
          (row) => ({
            at: row.createdAt,
            id: row.pupil.id,
          }),
        ),
        count: capCount(await tx.pupils.countByTeacher(teacherId, COUNT_CAP)),
      }));
      const pupils = list.items.map((row) => row.pupil);
      const body = pages.matrix
        ? html`<p>${t.t("pupil_accounts.count", { number: countText(t, count) })}</p>
            ${await pupilList(ctx, pages.matrix, pupils)}
            ${pageLinks(t, "/app/pupils", {}, { next: list.next, firstPage: !after })}`
        : html`<p>${t.t("pupil_accounts.not_configured")}</p>`;
      render(
        ctx,
        t.t("pupil_accounts.title"),
        html`<h1>${t.t("pupil_accounts.title")}</h1>
          ${flash(ctx.done)} ${pupils.length === 0 && !after ? empty(t.t("pupil_accounts.none")) : body}
          ${rosterImport(t, ctx.session.launch)}`,
      );
    }),
  );

  router.post(
    "/pupils/sheet",
    page(pages, async (ctx) => {
      const chosen = texts(formBody(ctx), "pupil");
      // Without a homeserver the pupils page says so; nothing to do here.
      if (!pages.matrix) return ctx.res.redirect(303, "/app/pupils");
      if (chosen.length === 0) return redirectDone(ctx, "/app/pupils", "pupil_accounts_none_chosen");
      const matrix = pages.matrix;
      await withHomeserverReady(ctx, async () => {
        const issued = await matrix.pupilAccounts.issue(actorOf(ctx), chosen);
        const projects = await projectTitles(
          pages,
          issued.map((entry) => entry.pupil.id),
        );
        // Passwords are in this answer only: nothing keeps them, no cache may either.
        ctx.res.set("Cache-Control", "no-store");
        render(ctx, ctx.t.t("sheet.title"), credentialsSheet(ctx.t, matrix.homeserverUrl, issued, projects));
      });
    }),
  );

  router.post(
    "/pupils/:pupilId/account/remove",
    page(pages, async (ctx) => {
      if (!pages.matrix) return ctx.res.redirect(303, "/app/pupils");
      const matrix = pages.matrix;
      await withHomeserverReady(ctx, async () => {
        await matrix.pupilAccounts.remove(actorOf(ctx), param(ctx, "pupilId"));
        redirectDone(ctx, "/app/pupils", "pupil_account_removed");
      });
    }),
  );
  return router;
}

async function pupilList(ctx: PageContext, matrix: MatrixSettings, pupils: readonly Pupil[]) {
  const { t } = ctx;
  const accounts = await matrix.pupilAccounts.matrixIdsFor(pupils.map((pupil) => pupil.id));
  // A homeserver that does not answer now is not reported as unguarded: making accounts checks again.
  const guarded = await matrix.pupilAccounts.homeserverGuardsPupils().catch(() => true);
  const csrf = csrfField(ctx.session.csrfToken);
  const rows = pupils.map((pupil, index) => {
    const matrixId = accounts.get(pupil.id);
    return html`<tr>
      <td>
        <input type="checkbox" form="sheet" name="pupil" id="pupil-${index}" value="${pupil.id}" />
        <label for="pupil-${index}">${userText(pupil.displayName)}</label>
      </td>
      <td>${matrixId ?? t.t("pupil_accounts.no_account")}</td>
      <td>
        ${
          matrixId
            ? html`<form method="post" action="/app/pupils/${pupil.id}/account/remove">
              ${csrf}
              <button type="submit">${t.t("pupil_accounts.remove", { name: userText(pupil.displayName) })}</button>
            </form>`
            : ""
        }
      </td>
    </tr>`;
  });
  return html`${guarded ? "" : html`<p class="error" role="alert">${t.t("pupil_accounts.unguarded.body")}</p>`}
    <p>${t.t("pupil_accounts.intro")}</p>
    <table>
      <thead>
        <tr>
          <th scope="col">${t.t("pupil_accounts.pupil")}</th>
          <th scope="col">${t.t("pupil_accounts.matrix_id")}</th>
          <th scope="col"><span class="vh">${t.t("pupil_accounts.actions")}</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    <form method="post" action="/app/pupils/sheet" id="sheet">
      ${csrf}
      <p class="hint">${t.t("pupil_accounts.sheet_hint")}</p>
      <p><button type="submit" class="primary">${t.t("pupil_accounts.sheet")}</button></p>
    </form>`;
}

/** The titles of each pupil's projects, for the sheet (what the teacher already sees). */
async function projectTitles(pages: Pages, pupilIds: readonly Id[]): Promise<Map<Id, string[]>> {
  return pages.core.store.transaction(async (tx) => {
    const titles = new Map<Id, string[]>();
    for (const pupilId of pupilIds) {
      titles.set(
        pupilId,
        (await tx.projects.listForPupil(pupilId)).map((project) => project.title),
      );
    }
    return titles;
  });
}

/**
 * Without Synapse admin rights, or on a homeserver that does not guard pupils, nothing is
 * made: the page says what the Matrix admin must do.
 */
async function withHomeserverReady(ctx: PageContext, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const problem = isNoAdminRights(error)
      ? "no_admin"
      : isUnguardedHomeserver(error)
        ? "unguarded"
        : undefined;
    if (!problem) throw error;
    requestLog(ctx.res).warn((error as Error).message);
    render(
      ctx,
      ctx.t.t(`pupil_accounts.${problem}.title`),
      html`<h1>${ctx.t.t(`pupil_accounts.${problem}.title`)}</h1>
        <p>${ctx.t.t(`pupil_accounts.${problem}.body`)}</p>
        <p><a href="/app/pupils">${ctx.t.t("pupil_accounts.back")}</a></p>`,
      503,
    );
  }
}
