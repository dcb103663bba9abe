import { type Id, isDomainError, listPages, type PageActor, type Translator } from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import type { Pages } from "../context.ts";
import { checkboxGroup, type FormState } from "../views/fields.ts";
import { pagesPath } from "./pageViews.ts";

/**
 * Quality Label evidence from the TwinSpace: the pages a teacher may point at when applying.
 * A project without pages (or not readable yet) simply offers none; the application's own
 * rules decide the rest.
 */
export async function evidencePageChoices(
  pages: Pages,
  actor: PageActor,
  projectId: Id,
): Promise<{ id: Id; title: string }[]> {
  try {
    const listing = await listPages(pages.core, actor, projectId);
    return listing.pages.map(({ page, title }) => ({ id: page.id, title }));
  } catch (error) {
    if (isDomainError(error)) return [];
    throw error;
  }
}

export function evidencePagesField(
  state: FormState,
  choices: readonly { id: Id; title: string }[],
): SafeHtml | string {
  if (choices.length === 0) return "";
  return checkboxGroup({
    state,
    name: "evidence_pages",
    label: state.t.t("labels.evidence_pages"),
    hint: state.t.t("labels.evidence_pages_hint"),
    options: choices.map((choice) => ({ value: choice.id, label: userText(choice.title) })),
  });
}

/** The pages an application points at, for the national unit: they open read-only. */
export async function evidencePagesList(
  pages: Pages,
  t: Translator,
  projectId: Id,
  applicationId: Id,
): Promise<SafeHtml | string> {
  const picked = await pages.core.store.transaction(async (tx) => {
    const ids = await tx.pages.evidencePages(applicationId);
    return tx.pages.published(ids);
  });
  if (picked.length === 0) return "";
  return html`<h2>${t.t("labels.evidence_pages")}</h2>
    <ul>
      ${picked.map(
        (revision) =>
          html`<li><a href="${pagesPath(projectId, revision.pageId)}">${userText(revision.title)}</a></li>`,
      )}
    </ul>`;
}
