import {
  type DomainError,
  type Material,
  type MaterialLibrary,
  type MaterialLimits,
  mayRemoveMaterial,
  megabytes,
  type Translator,
} from "../../../core/index.ts";
import { observerNote } from "../projects/look.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { empty, errorSummary, flash } from "../views/feedback.ts";
import { actionButton } from "../views/fields.ts";
import { pageLinks } from "../views/paging.ts";

function materialPath(material: Material, rest: string): string {
  return `/app/projects/${material.projectId}/materials/${material.id}/${rest}`;
}

function item(t: Translator, library: MaterialLibrary, material: Material, csrf: string): SafeHtml {
  const name = userText(material.name);
  return html`<li>
    ${
      material.thumbnailKey
        ? html`<img src="${materialPath(material, "thumbnail")}" alt="" width="160" loading="lazy" />`
        : ""
    }
    <a href="${materialPath(material, "file")}">${name}</a>
    <span class="meta">${t.t("materials.size", { mb: megabytes(material.size) })}</span>
    ${
      mayRemoveMaterial(library.reader, material) && library.project.status === "active"
        ? actionButton({
            action: materialPath(material, "remove"),
            csrf,
            label: t.t("materials.remove"),
            context: name,
            style: "danger",
          })
        : ""
    }
  </li>`;
}

export function materialsView(
  t: Translator,
  library: MaterialLibrary,
  limits: MaterialLimits,
  csrf: string,
  done: string | undefined,
  error: DomainError | undefined,
  firstPage = true,
): SafeHtml {
  const { project, materials } = library;
  const folders = [...new Set(materials.map((m) => m.folder))];
  const list =
    materials.length === 0
      ? empty(t.t("materials.none"))
      : folders.map(
          (folder) => html`<section>
            <h2>${folder ? userText(folder) : t.t("materials.no_folder")}</h2>
            <ul class="materials">
              ${materials.filter((m) => m.folder === folder).map((m) => item(t, library, m, csrf))}
            </ul>
          </section>`,
        );
  const form = library.mayUpload
    ? html`<section aria-labelledby="upload-heading">
        <h2 id="upload-heading">${t.t("materials.upload_heading")}</h2>
        ${errorSummary(t, error)}
        <p class="hint" id="upload-hint">
          ${t.t("materials.upload_hint", {
            file: megabytes(limits.maxFileBytes),
            used: megabytes(library.usedBytes),
            project: megabytes(limits.maxProjectBytes),
          })}
        </p>
        <form
          method="post"
          enctype="multipart/form-data"
          action="/app/projects/${project.id}/materials?_csrf=${encodeURIComponent(csrf)}"
        >
          <div class="field">
            <label for="field-file">${t.t("materials.field.file")}</label>
            <input type="file" id="field-file" name="file" required aria-describedby="upload-hint" />
          </div>
          <div class="field">
            <label for="field-folder">${t.t("materials.field.folder")}</label>
            <input type="text" id="field-folder" name="folder" maxlength="120" />
          </div>
          <button type="submit">${t.t("materials.upload")}</button>
        </form>
      </section>`
    : error
      ? errorSummary(t, error)
      : "";
  return html`<p><a href="/app/projects/${project.id}">${t.t("tspages.back_to_project")}</a></p>
    <h1>${t.t("materials.heading", { project: userText(project.title) })}</h1>
    ${observerNote(t, library.reader)} ${flash(done)} ${form} ${list}
    ${pageLinks(t, `/app/projects/${project.id}/materials`, {}, { next: library.next, firstPage })}`;
}
