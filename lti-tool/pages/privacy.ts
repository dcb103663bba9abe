import { Router } from "express";
import {
  DomainError,
  erasePerson,
  exportPerson,
  findPeople,
  type PersonFound,
  type PersonRef,
  type PrivacyActor,
  previewErasure,
} from "../../core/index.ts";
import { html } from "../web/html.ts";
import {
  account,
  isCentralAdmin,
  isSchoolAdmin,
  type PageContext,
  type Pages,
  page,
  param,
  redirectDone,
  render,
  text,
} from "./context.ts";
import { actionButton, csrfField, formState, textField } from "./views/fields.ts";
import { empty, flash } from "./views/feedback.ts";
import { country } from "./views/format.ts";

/**
 * GDPR export and erasure (/app/privacy): the LMS Administrator finds the teachers and pupils
 * of their school, a central admin anyone; each can be exported as JSON or erased after a
 * confirmation page that says what will happen. A teacher downloads their own data from the
 * profile page (POST /app/profile/export). Core decides every right.
 */
export function privacyRoutes(pages: Pages): Router {
  const router = Router();

  router.get(
    "/privacy",
    page(pages, async (ctx) => {
      const { t } = ctx;
      if (!mayManage(ctx)) throw new DomainError("privacy_not_allowed");
      const term = text(ctx.req.query as Record<string, unknown>, "q");
      const found = await findPeople(pages.core, privacyActor(ctx), term);
      const body = html`<h1>${t.t("privacy.title")}</h1>
        ${flash(ctx.done)}
        <p>${t.t("privacy.intro")}</p>
        <form method="get" action="/app/privacy" role="search">
          ${textField({ state: formState(t, { q: term }), name: "q", label: t.t("privacy.find"), type: "search", maxlength: 200 })}
          <p><button type="submit" class="secondary">${t.t("privacy.search")}</button></p>
        </form>
        ${found.length === 0 ? empty(t.t("privacy.none_found")) : peopleTable(ctx, found)}`;
      render(ctx, t.t("privacy.title"), body);
    }),
  );

  router.post(
    "/privacy/export/:kind/:id",
    page(pages, async (ctx) => {
      sendExport(ctx, await exportPerson(pages.core, privacyActor(ctx), personOf(ctx)));
    }),
  );

  router.get(
    "/privacy/erase/:kind/:id",
    page(pages, async (ctx) => {
      const { t } = ctx;
      const person = personOf(ctx);
      const preview = await previewErasure(pages.core, privacyActor(ctx), person);
      const what = person.kind === "pupil" ? "pupil" : "account";
      const consequences = [
        t.t(`privacy.erase.${what}_deleted`),
        ...(person.kind === "pupil"
          ? [t.t("privacy.erase.pupil_projects", { count: preview.otherProjects })]
          : [
              t.t("privacy.erase.founded", { count: preview.foundedProjects }),
              t.t("privacy.erase.other_projects", { count: preview.otherProjects }),
              t.t("privacy.erase.pupils_stay", { count: preview.pupilsRegistered }),
            ]),
        t.t(`privacy.erase.${what}_matrix`),
        t.t("privacy.erase.history"),
      ];
      const body = html`<h1>${t.t("privacy.erase.title", { name: preview.person.name })}</h1>
        <p>${t.t("privacy.erase.intro")}</p>
        <ul>
          ${consequences.map((line) => html`<li>${line}</li>`)}
        </ul>
        <p><strong>${t.t("privacy.erase.final")}</strong></p>
        <form method="post" action="${erasePath(person)}">
          ${csrfField(ctx.session.csrfToken)}
          <p>
            <button type="submit" class="danger">${t.t("privacy.erase.confirm", { name: preview.person.name })}</button>
            <a href="/app/privacy">${t.t("privacy.erase.cancel")}</a>
          </p>
        </form>`;
      render(ctx, t.t("privacy.erase.heading"), body);
    }),
  );

  router.post(
    "/privacy/erase/:kind/:id",
    page(pages, async (ctx) => {
      await erasePerson(pages.core, privacyActor(ctx), personOf(ctx));
      redirectDone(ctx, "/app/privacy", "person_erased");
    }),
  );

  router.post(
    "/profile/export",
    page(pages, async (ctx) => {
      const actor = privacyActor(ctx);
      sendExport(ctx, await exportPerson(pages.core, actor, { kind: "account", id: actor.accountId }));
    }),
  );
  return router;
}

/** Who finds people here: the LMS Administrator and central admins (core checks each person). */
function mayManage(ctx: PageContext): boolean {
  return isCentralAdmin(ctx) || isSchoolAdmin(ctx);
}

/** The acting account, with the school its launch made it Administrator of. */
function privacyActor(ctx: PageContext): PrivacyActor {
  const viewer = account(ctx);
  return {
    accountId: viewer.accountId,
    schoolAdminOf: viewer.roles.includes("school_admin") ? viewer.schoolId : undefined,
  };
}

function personOf(ctx: PageContext): PersonRef {
  const kind = param(ctx, "kind");
  if (kind !== "account" && kind !== "pupil") throw new DomainError("not_found", { what: "account" });
  return { kind, id: param(ctx, "id") };
}

const exportPath = (person: PersonRef) =>
  `/app/privacy/export/${person.kind}/${encodeURIComponent(person.id)}`;
const erasePath = (person: PersonRef) => `/app/privacy/erase/${person.kind}/${encodeURIComponent(person.id)}`;

function peopleTable(ctx: PageContext, found: readonly PersonFound[]) {
  const { t } = ctx;
  return html`<table>
    <thead>
      <tr>
        <th scope="col">${t.t("privacy.name")}</th>
        <th scope="col">${t.t("privacy.kind")}</th>
        <th scope="col">${t.t("privacy.school")}</th>
        <th scope="col">${t.t("privacy.actions")}</th>
      </tr>
    </thead>
    <tbody>
      ${found.map(
        (f) =>
          html`<tr>
            <td>${f.name}</td>
            <td>${t.t(`privacy.kind.${f.person.kind}`)}</td>
            <td>${f.schoolName ? `${f.schoolName}, ${country(t, f.country)}` : "—"}</td>
            <td>
              ${actionButton({
                action: exportPath(f.person),
                csrf: ctx.session.csrfToken,
                label: t.t("privacy.export"),
                context: f.name,
              })}
              <a href="${erasePath(f.person)}">${t.t("privacy.erase.link")}<span class="vh"> – ${f.name}</span></a>
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The export as a JSON download, never cached. */
function sendExport(ctx: PageContext, data: { person: PersonFound }): void {
  const name = `opentwinning-${data.person.person.kind}-${data.person.person.id}.json`.replace(
    /[^\w.-]/g,
    "",
  );
  ctx.res
    .status(200)
    .set("Cache-Control", "no-store")
    .set("Content-Disposition", `attachment; filename="${name}"`)
    .type("application/json")
    .send(JSON.stringify(data, null, 2));
}
