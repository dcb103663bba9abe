import { Router } from "express";
import {
  type DomainError,
  LIMITS,
  myTimeZone,
  PUPIL_AGE_MAX,
  PUPIL_AGE_MIN,
  setMyTimeZone,
  type Teacher,
  updateProfile,
} from "../../core/index.ts";
import { html, type SafeHtml, userText } from "../web/html.ts";
import { emailSection } from "./emailPreferences.ts";
import { changeSessionViewer } from "../session/session.ts";
import { languageSection } from "./interfaceLanguage.ts";
import {
  actorOf,
  attempt,
  formBody,
  type PageContext,
  type Pages,
  page,
  render,
  text,
  texts,
} from "./context.ts";
import { TIME_ZONE_PATH, timeZoneReturn, timeZoneSetting } from "./events/views.ts";
import {
  actionButton,
  checkboxField,
  checkboxGroup,
  csrfField,
  formState,
  textArea,
  textField,
} from "./views/fields.ts";
import { errorSummary, flash } from "./views/feedback.ts";
import { country } from "./views/format.ts";
import { languageOptions, subjectOptions } from "./views/vocabulary.ts";

/** The teacher's profile: what partner search finds them by. Name, email and school come from the LMS. */
export function profileRoutes(pages: Pages): Router {
  const router = Router();

  const load = (ctx: PageContext) =>
    pages.core.store.transaction(async (tx) => {
      const teacher = await tx.teachers.get(actorOf(ctx).accountId);
      const school = teacher ? await tx.schools.get(teacher.schoolId) : undefined;
      return { teacher, school };
    });

  /** The settings with forms of their own; `timeZoneError`: a refused time zone, shown at its field. */
  const settingsOf = async (ctx: PageContext, timeZoneError?: DomainError) =>
    html`${await languageSection(ctx, pages)}
    ${timeZoneSetting(ctx, await myTimeZone(pages.core, actorOf(ctx)), timeZoneError)}
    ${await emailSection(ctx, pages)}`;

  router.get(
    "/profile",
    page(pages, async (ctx) => {
      const { teacher, school } = await load(ctx);
      const settings = await settingsOf(ctx);
      showProfile(ctx, teacher, school?.name ?? "", settings, teacher ? storedValues(teacher) : {});
    }),
  );

  router.post(
    "/profile",
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      await attempt(
        ctx,
        () =>
          updateProfile(pages.core, actorOf(ctx), {
            subjects: texts(body, "subjects"),
            languages: texts(body, "languages"),
            pupilAgeMin: body.pupilAgeMin,
            pupilAgeMax: body.pupilAgeMax,
            interests: body.interests,
            bio: body.bio,
            lookingForPartners: body.lookingForPartners,
          }),
        () => ({ path: "/app/profile", done: "profile_saved" }),
        async (error) => {
          const { teacher, school } = await load(ctx);
          showProfile(ctx, teacher, school?.name ?? "", await settingsOf(ctx), body, error);
        },
      );
    }),
  );

  // The time zone of the events pages and of e-mails about events; the events pages post here too.
  router.post(
    TIME_ZONE_PATH.replace(/^\/app/, ""),
    page(pages, async (ctx) => {
      const body = formBody(ctx);
      await attempt(
        ctx,
        async () => {
          const timeZone = await setMyTimeZone(pages.core, actorOf(ctx), text(body, "timeZone"));
          await changeSessionViewer(pages.database.knex, ctx.session.csrfToken, { timeZone });
        },
        () => ({ path: timeZoneReturn(text(body, "back")), done: "time_zone_saved" }),
        async (error) => {
          const { teacher, school } = await load(ctx);
          const values = teacher ? storedValues(teacher) : {};
          showProfile(ctx, teacher, school?.name ?? "", await settingsOf(ctx, error), values);
        },
      );
    }),
  );
  return router;
}

function storedValues(teacher: Teacher): Record<string, unknown> {
  const p = teacher.profile;
  return {
    subjects: p.subjects,
    languages: p.languages,
    pupilAgeMin: p.pupilAgeMin === undefined ? "" : String(p.pupilAgeMin),
    pupilAgeMax: p.pupilAgeMax === undefined ? "" : String(p.pupilAgeMax),
    interests: p.interests,
    bio: p.bio,
    lookingForPartners: p.lookingForPartners ? "on" : "",
  };
}

function showProfile(
  ctx: PageContext,
  teacher: Teacher | undefined,
  schoolName: string,
  /** The language, time zone and e-mail sections, which have their own forms. */
  settings: SafeHtml,
  values: Record<string, unknown>,
  error?: DomainError,
): void {
  const { t } = ctx;
  const state = formState(t, values, error);
  const identity = teacher
    ? html`<dl class="facts">
        <dt>${t.t("profile.name")}</dt>
        <dd>${userText(teacher.name)}</dd>
        <dt>${t.t("field.email")}</dt>
        <dd>${teacher.email || "—"}</dd>
        <dt>${t.t("profile.school")}</dt>
        <dd>${userText(schoolName)}, ${country(t, teacher.country)}</dd>
      </dl>
      <p class="hint">${t.t("profile.from_lms")}</p>`
    : html`<p>${t.t("profile.not_teacher")}</p>`;
  const form = teacher
    ? html`<form method="post" action="/app/profile" novalidate>
        ${csrfField(ctx.session.csrfToken)} ${errorSummary(t, error)}
        ${checkboxGroup({ state, name: "subjects", label: t.t("field.subjects"), options: subjectOptions(t) })}
        ${checkboxGroup({
          state,
          name: "languages",
          label: t.t("field.languages"),
          hint: t.t("profile.languages_hint"),
          options: languageOptions(t),
        })}
        <fieldset class="field">
          <legend>${t.t("profile.ages")}</legend>
          <div class="row">
            ${textField({ state, name: "pupilAgeMin", label: t.t("field.pupilAgeMin"), type: "number", min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX })}
            ${textField({ state, name: "pupilAgeMax", label: t.t("field.pupilAgeMax"), type: "number", min: PUPIL_AGE_MIN, max: PUPIL_AGE_MAX })}
          </div>
        </fieldset>
        ${textArea({ state, name: "interests", label: t.t("field.interests"), hint: t.t("profile.interests_hint"), maxlength: LIMITS.summary })}
        ${textArea({ state, name: "bio", label: t.t("field.bio"), maxlength: LIMITS.summary * 2 })}
        ${checkboxField({
          state,
          name: "lookingForPartners",
          label: t.t("profile.looking"),
          hint: t.t("profile.looking_hint"),
          checked: values.lookingForPartners === "on",
        })}
        <p><button type="submit" class="primary">${t.t("profile.save")}</button></p>
      </form>`
    : "";
  const myData = html`<h2>${t.t("profile.my_data")}</h2>
    <p>${t.t("profile.my_data_hint")}</p>
    ${actionButton({ action: "/app/profile/export", csrf: ctx.session.csrfToken, label: t.t("profile.download_my_data") })}`;
  const certificates = teacher
    ? html`<h2>${t.t("certificates.title")}</h2>
        <p><a href="/app/certificates">${t.t("certificates.all_mine")}</a></p>`
    : "";
  const body = html`<h1>${t.t("profile.title")}</h1>
    ${flash(ctx.done)} ${identity} ${form} ${certificates} ${settings} ${myData}`;
  render(ctx, t.t("profile.title"), body);
}
