import { diffWords } from "diff";
import { observerNote, unitSentence } from "../projects/look.ts";
import {
  type DiaryEntry,
  type DomainError,
  type Id,
  PAGE_LIMITS,
  type PageListing,
  type PageReading,
  type PageRevision,
  sanitizePageHtml,
  showsImages,
  type Translator,
} from "../../../core/index.ts";
import { html, SafeHtml, userText } from "../../web/html.ts";
import { empty, errorSummary, flash } from "../views/feedback.ts";
import { date, dateTime } from "../views/format.ts";
import { pageLinks } from "../views/paging.ts";
import {
  actionButton,
  checkboxField,
  csrfField,
  formState,
  selectField,
  textArea,
  textField,
} from "../views/fields.ts";

export function pagesPath(projectId: Id, pageId?: Id, rest = ""): string {
  return `/app/projects/${projectId}/pages${pageId ? `/${pageId}` : ""}${rest}`;
}

/**
 * A revision's body as markup. It was sanitized when saved; sanitizing again on the way out
 * costs little and keeps a row written by any other path (an import, a bot) harmless.
 */
function pageBody(body: string): SafeHtml {
  return new SafeHtml(sanitizePageHtml(body));
}

function authorOf(t: Translator, revision: PageRevision, names: Map<Id, string>): string {
  const id = revision.authorPupilId ?? revision.authorAccountId;
  return id ? userText(names.get(id) ?? t.t("tspages.former_member")) : t.t("tspages.former_member");
}

function backToProject(t: Translator, projectId: Id): SafeHtml {
  return html`<p><a href="/app/projects/${projectId}">${t.t("tspages.back_to_project")}</a></p>`;
}

export function pageListView(
  t: Translator,
  listing: PageListing & { diary: readonly DiaryEntry[] },
  done: string | undefined,
  csrf: string,
  form: { values: Record<string, unknown>; error: DomainError | undefined },
): SafeHtml {
  const { project } = listing;
  const list =
    listing.pages.length === 0
      ? empty(t.t("tspages.none"))
      : html`<ul class="page-tree">
          ${listing.pages.map(
            ({ page, title, proposals }) =>
              html`<li class="${page.parentId ? "child" : "top"}">
                <a href="${pagesPath(project.id, page.id)}">${userText(title)}</a>
                ${proposals > 0 ? html` <span class="badge">${t.t("tspages.proposals_waiting", { count: proposals })}</span>` : ""}
              </li>`,
          )}
        </ul>`;
  return html`${backToProject(t, project.id)}
    <h1>${t.t("tspages.heading", { project: userText(project.title) })}</h1>
    ${observerNote(t, listing.reader)} ${flash(done)} ${errorSummary(t, form.error)} ${list} ${milestonesProgress(t, listing, csrf)}
    ${diarySection(t, project.id, listing.diary)}
    ${listing.managesPages && project.status === "active" ? newPageForm(t, listing, csrf, form) : ""}`;
}

/** The project's milestones, planned or done, each with the page that documents it. */
function milestonesProgress(t: Translator, listing: PageListing, csrf: string): SafeHtml | string {
  const { project } = listing;
  if (listing.milestones.length === 0) return "";
  const titles = new Map(listing.pages.map(({ page, title }) => [page.id, title]));
  const editable = listing.managesPages && project.status === "active";
  return html`<section aria-labelledby="progress-heading">
    <h2 id="progress-heading">${t.t("tspages.milestones_heading")}</h2>
    <ul class="milestones">
      ${listing.milestones.map((milestone, index) => {
        const page = milestone.pageId ? titles.get(milestone.pageId) : undefined;
        return html`<li>
          <strong>${userText(milestone.title)}</strong> (${date(t, milestone.dueDate)}):
          ${t.t(milestone.done ? "tspages.milestone.done" : "tspages.milestone.planned")}
          ${page && milestone.pageId ? html` – <a href="${pagesPath(project.id, milestone.pageId)}">${userText(page)}</a>` : ""}
          ${
            editable
              ? html`<form method="post" action="${pagesPath(project.id, undefined, "/milestones")}" class="inline">
                ${csrfField(csrf)}
                <input type="hidden" name="title" value="${milestone.title}" />
                <input type="hidden" name="due_date" value="${milestone.dueDate}" />
                <label for="milestone-state-${index}">${t.t("tspages.milestone.state")}</label>
                <select id="milestone-state-${index}" name="done">
                  <option value="no" ${milestone.done ? "" : html`selected`}>${t.t("tspages.milestone.planned")}</option>
                  <option value="yes" ${milestone.done ? html`selected` : ""}>${t.t("tspages.milestone.done")}</option>
                </select>
                <label for="milestone-page-${index}">${t.t("tspages.milestone.page")}</label>
                <select id="milestone-page-${index}" name="page">
                  <option value="">${t.t("tspages.milestone.no_page")}</option>
                  ${listing.pages.map(
                    ({ page: p, title }) =>
                      html`<option value="${p.id}" ${p.id === milestone.pageId ? html`selected` : ""}>${userText(title)}</option>`,
                  )}
                </select>
                <button type="submit" class="secondary">
                  ${t.t("tspages.milestone.save")}<span class="vh"> – ${userText(milestone.title)}</span>
                </button>
              </form>`
              : ""
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

function newPageForm(
  t: Translator,
  listing: PageListing,
  csrf: string,
  form: { values: Record<string, unknown>; error: DomainError | undefined },
): SafeHtml {
  const state = formState(t, form.values, form.error);
  const parents = listing.pages.filter(({ page }) => !page.parentId);
  return html`<section aria-labelledby="new-page-heading">
    <h2 id="new-page-heading">${t.t("tspages.new_heading")}</h2>
    <form method="post" action="${pagesPath(listing.project.id)}">
      ${csrfField(csrf)}
      ${textField({ state, name: "title", label: t.t("tspages.field.title"), required: true, maxlength: PAGE_LIMITS.title })}
      ${selectField({
        state,
        name: "parent",
        label: t.t("tspages.field.parent"),
        placeholder: t.t("tspages.field.parent_none"),
        options: parents.map(({ page, title }) => ({ value: page.id, label: userText(title) })),
      })}
      ${bodyField(t, state)}
      ${checkboxField({
        state,
        name: "partners_may_edit",
        label: t.t("tspages.field.partners_may_edit"),
        checked: form.values["partners_may_edit"] === "on",
      })}
      ${checkboxField({
        state,
        name: "pupils_may_propose",
        label: t.t("tspages.field.pupils_may_propose"),
        checked: form.values["pupils_may_propose"] === "on",
      })}
      <button type="submit">${t.t("tspages.create")}</button>
    </form>
  </section>`;
}

/** The plain form the editor script enhances (pageEditor in assets/app.js); it works without it. */
function bodyField(t: Translator, state: ReturnType<typeof formState>): SafeHtml {
  return html`<div class="page-editor" data-labels="${JSON.stringify(editorLabels(t))}">
    ${textArea({
      state,
      name: "body",
      label: t.t("tspages.field.body"),
      hint: t.t("tspages.field.body_hint"),
      rows: 14,
      maxlength: PAGE_LIMITS.body,
    })}
  </div>`;
}

function editorLabels(t: Translator): Record<string, string> {
  const names = [
    "toolbar",
    "bold",
    "italic",
    "heading",
    "list",
    "link",
    "link_prompt",
    "video",
    "video_prompt",
  ];
  return Object.fromEntries(names.map((name) => [name, t.t(`tspages.editor.${name}`)]));
}

export function pageView(
  t: Translator,
  reading: PageReading,
  done: string | undefined,
  csrf: string,
): SafeHtml {
  const { project, page, current } = reading;
  const actions = [
    reading.mayEdit || reading.mayPropose
      ? html`<a class="button" href="${pagesPath(project.id, page.id, "/edit")}"
          >${t.t(reading.mayEdit ? "tspages.edit" : "tspages.propose")}</a
        >`
      : "",
    reading.reader.kind === "teacher"
      ? html`<a href="${pagesPath(project.id, page.id, "/history")}">${t.t("tspages.history")}</a>`
      : "",
  ];
  return html`<p><a href="${pagesPath(project.id)}">${t.t("tspages.all_pages")}</a></p>
    ${observerNote(t, reading.reader)} ${flash(done)}
    <article class="project-page">
      <h1>${userText(current.title)}</h1>
      <p class="meta">
        ${t.t("tspages.last_saved", { who: authorOf(t, current, reading.names), when: t.dateTime(current.createdAt) })}
      </p>
      <div class="prose">${pageBody(current.body)}</div>
    </article>
    <p class="actions">${actions}</p>
    ${reading.proposals.length > 0 ? proposalsList(t, reading) : ""}
    ${reading.managesPages && reading.project.status === "active" ? accessForm(t, reading, csrf) : ""}
    ${reading.mayPublish ? showcaseForm(t, reading, csrf) : ""}`;
}

/** The founders' switch for the public showcase, with the photo consent a page with images needs. */
function showcaseForm(t: Translator, reading: PageReading, csrf: string): SafeHtml {
  const action = pagesPath(reading.project.id, reading.page.id, "/publish");
  return html`<section aria-labelledby="showcase-heading">
    <h2 id="showcase-heading">${t.t("showcase.page_heading")}</h2>
    <p>
      ${t.t(reading.published ? "showcase.page_public" : "showcase.page_private")}
      ${reading.published ? html`<a href="/showcase/${reading.project.id}">${t.t("showcase.open_public")}</a>` : ""}
    </p>
    ${
      reading.published
        ? actionButton({ action, csrf, label: t.t("showcase.unpublish"), hidden: { publish: "no" } })
        : html`<form method="post" action="${action}">
          ${csrfField(csrf)}
          <input type="hidden" name="publish" value="yes" />
          ${
            showsImages(reading.current.body)
              ? checkboxField({
                  state: formState(t, {}),
                  name: "photo_consent",
                  label: t.t("showcase.photo_consent"),
                  checked: false,
                })
              : ""
          }
          <button type="submit" class="secondary">${t.t("showcase.publish")}</button>
        </form>`
    }
  </section>`;
}

/** What the founders allow on this page; changing it is theirs (and the project admins'). */
function accessForm(t: Translator, reading: PageReading, csrf: string): SafeHtml {
  const state = formState(t, {});
  return html`<section aria-labelledby="access-heading">
    <h2 id="access-heading">${t.t("tspages.access_heading")}</h2>
    <form method="post" action="${pagesPath(reading.project.id, reading.page.id, "/access")}">
      ${csrfField(csrf)}
      ${checkboxField({
        state,
        name: "partners_may_edit",
        label: t.t("tspages.field.partners_may_edit"),
        checked: reading.page.partnersMayEdit,
      })}
      ${checkboxField({
        state,
        name: "pupils_may_propose",
        label: t.t("tspages.field.pupils_may_propose"),
        checked: reading.page.pupilsMayPropose,
      })}
      <button type="submit" class="secondary">${t.t("tspages.access_save")}</button>
    </form>
  </section>`;
}

function proposalsList(t: Translator, reading: PageReading): SafeHtml {
  return html`<section aria-labelledby="proposals-heading">
    <h2 id="proposals-heading">${t.t("tspages.proposals_heading")}</h2>
    <ul>
      ${reading.proposals.map(
        (proposal) =>
          html`<li>
            <a href="${pagesPath(reading.project.id, reading.page.id, `/proposals/${proposal.number}`)}"
              >${t.t("tspages.proposal_by", {
                who: authorOf(t, proposal, reading.names),
                when: t.dateTime(proposal.createdAt),
              })}</a
            >
          </li>`,
      )}
    </ul>
  </section>`;
}

export function pageEditView(
  t: Translator,
  reading: PageReading,
  csrf: string,
  form: { values: Record<string, unknown>; error: DomainError | undefined },
): SafeHtml {
  const { project, page } = reading;
  const state = formState(t, form.values, form.error);
  return html`<p><a href="${pagesPath(project.id, page.id)}">${t.t("tspages.back_to_page")}</a></p>
    <h1>${t.t(reading.mayEdit ? "tspages.edit_heading" : "tspages.propose_heading", { title: userText(reading.current.title) })}</h1>
    ${reading.mayEdit ? "" : html`<p>${t.t("tspages.propose_explained")}</p>`} ${errorSummary(t, form.error)}
    <form method="post" action="${pagesPath(project.id, page.id, "/edit")}">
      ${csrfField(csrf)}
      <input type="hidden" name="based_on" value="${String(form.values["based_on"] ?? reading.current.number)}" />
      ${textField({ state, name: "title", label: t.t("tspages.field.title"), required: true, maxlength: PAGE_LIMITS.title })}
      ${bodyField(t, state)}
      <button type="submit">${t.t(reading.mayEdit ? "tspages.save" : "tspages.send_proposal")}</button>
    </form>`;
}

export function historyView(
  t: Translator,
  reading: PageReading,
  revisions: readonly PageRevision[],
  csrf: string,
  paging: { next: string | undefined; firstPage: boolean },
): SafeHtml {
  const { project, page, current } = reading;
  return html`<p><a href="${pagesPath(project.id, page.id)}">${t.t("tspages.back_to_page")}</a></p>
    <h1>${t.t("tspages.history_heading", { title: userText(current.title) })}</h1>
    <table>
      <caption class="vh">${t.t("tspages.history")}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">${t.t("tspages.col.when")}</th>
          <th scope="col">${t.t("tspages.col.who")}</th>
          <th scope="col">${t.t("tspages.col.state")}</th>
          <th scope="col">${t.t("tspages.col.title")}</th>
          <th scope="col"><span class="vh">${t.t("tspages.col.actions")}</span></th>
        </tr>
      </thead>
      <tbody>
        ${revisions.map(
          (revision) =>
            html`<tr>
              <td>${revision.number}</td>
              <td>${dateTime(t, revision.createdAt)}</td>
              <td>${authorOf(t, revision, reading.names)}</td>
              <td>${t.t(`tspages.state.${revision.number === current.number ? "current" : revision.status}`)}</td>
              <td>${userText(revision.title)}</td>
              <td>
                ${
                  reading.mayEdit && revision.status === "published" && revision.number !== current.number
                    ? actionButton({
                        action: pagesPath(project.id, page.id, "/restore"),
                        csrf,
                        label: t.t("tspages.restore"),
                        context: `#${revision.number}`,
                        hidden: { number: String(revision.number) },
                      })
                    : ""
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${pageLinks(t, pagesPath(project.id, page.id, "/history"), {}, paging, { cursor: "before" })}`;
}

/** What a pupil changed, word by word, as a teacher decides on it (insertions and deletions in words, not only colour). */
export function proposalView(
  t: Translator,
  reading: PageReading,
  proposal: PageRevision,
  csrf: string,
  error: DomainError | undefined,
): SafeHtml {
  const { project, page, current } = reading;
  const changes = diffWords(`${current.title}\n\n${current.body}`, `${proposal.title}\n\n${proposal.body}`);
  const path = pagesPath(project.id, page.id, `/proposals/${proposal.number}`);
  return html`<p><a href="${pagesPath(project.id, page.id)}">${t.t("tspages.back_to_page")}</a></p>
    <h1>${t.t("tspages.proposal_heading", { who: authorOf(t, proposal, reading.names) })}</h1>
    ${errorSummary(t, error)}
    <h2>${t.t("tspages.diff_heading")}</h2>
    <p class="hint">${t.t("tspages.diff_hint")}</p>
    <pre class="diff">${changes.map((part) =>
      part.added
        ? html`<ins><span class="vh">[${t.t("tspages.diff_added")}] </span>${part.value}</ins>`
        : part.removed
          ? html`<del><span class="vh">[${t.t("tspages.diff_removed")}] </span>${part.value}</del>`
          : part.value,
    )}</pre>
    <h2>${t.t("tspages.preview_heading")}</h2>
    <div class="prose preview">${pageBody(proposal.body)}</div>
    <form method="post" action="${path}" class="inline">
      ${csrfField(csrf)}
      <button type="submit" name="decision" value="approve">${t.t("tspages.approve")}</button>
      <button type="submit" name="decision" value="reject" class="secondary">${t.t("tspages.reject")}</button>
    </form>`;
}

function diaryLine(t: Translator, projectId: Id, entry: DiaryEntry): SafeHtml {
  const who = entry.who ? userText(entry.who) : t.t("tspages.former_member");
  switch (entry.kind) {
    case "page_created":
    case "page_revised":
    case "page_approved":
      return html`${t.t(`diary.${entry.kind}`, { who })}
        <a href="${pagesPath(projectId, entry.pageId)}">${userText(entry.page)}</a>`;
    case "material_added":
      return html`${t.t("diary.material_added", { who, name: userText(entry.name) })}`;
    case "member_joined":
      return html`${t.t("diary.member_joined", { who })}`;
    case "milestone_done":
      return html`${t.t("diary.milestone_done", { milestone: userText(entry.milestone) })}`;
    case "unit_looked":
      return html`${unitSentence(t, "diary.unit_looked", entry.unit)}`;
  }
}

/** The project's diary: a feed of what happened, newest first. */
export function diarySection(t: Translator, projectId: Id, entries: readonly DiaryEntry[]): SafeHtml {
  return html`<section aria-labelledby="diary-heading">
    <h2 id="diary-heading">${t.t("diary.heading")}</h2>
    ${
      entries.length === 0
        ? empty(t.t("diary.none"))
        : html`<ul class="diary">
          ${entries.map((entry) => html`<li>${date(t, entry.at)}: ${diaryLine(t, projectId, entry)}</li>`)}
        </ul>`
    }
  </section>`;
}
