import { DomainError } from "../errors.ts";
import type { Id, Project, School } from "../model.ts";
import type { Tx } from "../ports.ts";
import type { Material } from "../rules/materials.ts";
import type { PageRevision } from "../rules/pages.ts";
import { type CoreDeps, emit, requireProject } from "./context.ts";
import { type PageActor, twinSpaceReader } from "./pages.ts";

/** What a visitor without a session sees of a project: no member, no pupil is named. */
export interface PublicShowcase {
  project: Project;
  schools: School[];
  pages: PageRevision[];
}

export interface GalleryQuery {
  subject?: string | undefined;
  age?: number | undefined;
  country?: string | undefined;
}

/** Whether a page's text shows images: those may show pupils, so publishing needs their consent. */
export function showsImages(body: string): boolean {
  return /<img\b/i.test(body);
}

/**
 * The founders put a page on the project's public showcase or take it off. A page with
 * images goes public only with `photoConsent`: a teacher confirms that consent was obtained
 * for the pupils in the photos.
 */
export async function publishPage(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  pageId: Id,
  choice: { publish: boolean; photoConsent: boolean },
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await twinSpaceReader(tx, project, actor);
    if (reader.kind !== "teacher" || reader.role !== "founder") throw new DomainError("not_project_manager");
    const page = await tx.pages.get(pageId);
    if (!page || page.projectId !== projectId) throw new DomainError("not_found", { what: "page" });
    if (choice.publish) {
      const [current] = await tx.pages.published([pageId]);
      if (current && showsImages(current.body) && !choice.photoConsent)
        throw new DomainError("showcase_photo_consent_required");
      await tx.pages.publish({
        pageId,
        projectId,
        by: reader.teacherId,
        at: deps.clock.now(),
        photoConsentBy: choice.photoConsent ? reader.teacherId : undefined,
      });
    } else {
      await tx.pages.unpublish(pageId);
    }
    await emit(tx, deps, {
      type: "page_published",
      actorId: reader.teacherId,
      projectId,
      payload: { pageId, published: choice.publish, photoConsent: choice.photoConsent },
    });
  });
}

async function partnerSchools(tx: Tx, projectId: Id): Promise<School[]> {
  const teachers = await tx.teachers.getMany((await tx.members.teachers(projectId)).map((m) => m.teacherId));
  return tx.schools.getMany([...new Set(teachers.map((t) => t.schoolId))]);
}

/** A project's public page: only when its founders published at least one page. */
export async function publicShowcase(deps: CoreDeps, projectId: Id): Promise<PublicShowcase> {
  return deps.store.transaction(async (tx) => {
    const project = await tx.projects.get(projectId);
    const pageIds = project ? await tx.pages.publishedPageIds(projectId) : [];
    if (!project || pageIds.length === 0) throw new DomainError("not_found", { what: "project" });
    const order = (await tx.pages.forProject(projectId)).map((p) => p.id);
    const pages = (await tx.pages.published(pageIds)).sort(
      (a, b) => order.indexOf(a.pageId) - order.indexOf(b.pageId),
    );
    return { project, schools: await partnerSchools(tx, projectId), pages };
  });
}

/**
 * A file shown on a published page, for a visitor: only one that a published page's text
 * points at (`/app/projects/<project>/materials/<id>/…`), nothing else of the library.
 */
export async function publicMaterial(deps: CoreDeps, projectId: Id, materialId: Id): Promise<Material> {
  const showcase = await publicShowcase(deps, projectId);
  const referenced = showcase.pages.some((page) =>
    page.body.includes(`/app/projects/${projectId}/materials/${materialId}/`),
  );
  const material = referenced
    ? await deps.store.transaction((tx) => tx.materials.get(materialId))
    : undefined;
  if (!material || material.projectId !== projectId) throw new DomainError("not_found", { what: "material" });
  return material;
}

/** The public gallery: showcased projects by subject, pupils' age and partner country. */
export async function showcaseGallery(
  deps: CoreDeps,
  query: GalleryQuery,
): Promise<{ project: Project; countries: string[] }[]> {
  return deps.store.transaction(async (tx) => {
    const projects = await tx.projects.getMany(await tx.pages.showcasedProjectIds());
    const listed = [];
    for (const project of projects.sort((a, b) => a.title.localeCompare(b.title))) {
      if (query.subject && !project.subjects.includes(query.subject)) continue;
      if (query.age !== undefined && (query.age < project.pupilAgeMin || query.age > project.pupilAgeMax))
        continue;
      const countries = [...new Set((await partnerSchools(tx, project.id)).map((s) => s.country))].sort();
      if (query.country && !countries.includes(query.country)) continue;
      listed.push({ project, countries });
    }
    return listed;
  });
}
