import { DomainError } from "../errors.ts";
import type { Id, Project } from "../model.ts";
import type { MaterialCursor, Tx } from "../ports.ts";
import { PAGE_SIZE } from "../paging.ts";
import {
  type ChatSource,
  chatRoomsShownTo,
  type Material,
  type MaterialLimits,
  mayRemoveMaterial,
  mayUploadMaterial,
  megabytes,
} from "../rules/materials.ts";
import type { PageReader } from "../rules/pages.ts";
import { type CoreDeps, emit, requireProject } from "./context.ts";
import { type PageActor, twinSpaceReader } from "./pages.ts";

export interface MaterialLibrary {
  project: Project;
  reader: PageReader;
  /** A page of its files, by folder then name, and the next page's cursor. */
  materials: Material[];
  next: string | undefined;
  usedBytes: number;
  mayUpload: boolean;
}

/** A new file as the adapter stored it: everything but the id, project, uploader and time. */
export type StoredMaterial = Omit<Material, "id" | "projectId" | "uploadedBy" | "createdAt">;

async function uploader(tx: Tx, project: Project, actor: PageActor): Promise<Id> {
  const reader = await twinSpaceReader(tx, project, actor);
  if (!mayUploadMaterial(reader) || reader.kind !== "teacher") throw new DomainError("forbidden");
  if (project.status !== "active") throw new DomainError("wrong_status", { status: project.status });
  return reader.teacherId;
}

async function requireRoom(tx: Tx, projectId: Id, bytes: number, limits: MaterialLimits): Promise<void> {
  if (bytes > limits.maxFileBytes)
    throw new DomainError("material_too_large", { max: megabytes(limits.maxFileBytes) });
  const used = await tx.materials.usedBytes(projectId);
  if (used + bytes > limits.maxProjectBytes)
    throw new DomainError("material_quota_exceeded", {
      used: megabytes(used),
      max: megabytes(limits.maxProjectBytes),
    });
}

/**
 * Before a byte is written: may this person add a file of (at most) `bytes` to the project,
 * and is there room for it? The adapter asks with the request's declared length.
 */
export async function checkMaterialUpload(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  bytes: number,
  limits: MaterialLimits,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    await uploader(tx, project, actor);
    await requireRoom(tx, projectId, bytes, limits);
  });
}

/**
 * Records a file the adapter stored (re-encoded when it is an image). The quota is checked
 * again under the project's lock, so two uploads at once cannot both take the last space;
 * on a refusal the adapter removes what it stored.
 */
export async function addMaterial(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  stored: StoredMaterial,
  limits: MaterialLimits,
): Promise<Material> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    const teacherId = await uploader(tx, project, actor);
    await requireRoom(tx, projectId, stored.size, limits);
    const material: Material = {
      ...stored,
      id: deps.ids.newId(),
      projectId,
      uploadedBy: teacherId,
      createdAt: deps.clock.now(),
    };
    await tx.materials.insert(material);
    await emit(tx, deps, {
      type: "material_added",
      actorId: teacherId,
      projectId,
      payload: { materialId: material.id },
    });
    return material;
  });
}

export async function listMaterials(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  after?: unknown,
): Promise<MaterialLibrary> {
  const cursor = parseMaterialCursor(after);
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await twinSpaceReader(tx, project, actor, deps.clock.now());
    const rows = await tx.materials.pageForProject(
      projectId,
      cursor,
      PAGE_SIZE + 1,
      chatRoomsShownTo(reader),
    );
    const materials = rows.slice(0, PAGE_SIZE);
    const last = materials.at(-1);
    return {
      project,
      reader,
      materials,
      next: rows.length > PAGE_SIZE && last ? JSON.stringify([last.folder, last.name, last.id]) : undefined,
      usedBytes: await tx.materials.usedBytes(projectId),
      mayUpload: mayUploadMaterial(reader) && project.status === "active",
    };
  });
}

/**
 * A materials page's cursor: the last file's folder, name and id as a JSON array (a folder or
 * a name may hold any character). A malformed one is a refusal the list can show.
 */
function parseMaterialCursor(value: unknown): MaterialCursor | undefined {
  if (value === undefined || value === "") return undefined;
  const parsed: unknown = typeof value === "string" && value.length <= 1000 ? safeJson(value) : undefined;
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string"))
    throw new DomainError("filter_invalid", { field: "after" });
  const [folder, name, id] = parsed as [string, string, string];
  return { folder, name, id };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A file of the project for one of its teachers or pupils, or for a reader from outside it when
 * the file's room is one they may read (`chatRoomsShownTo`); anyone else is told it does not exist.
 */
export async function openMaterial(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  materialId: Id,
): Promise<Material> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await twinSpaceReader(tx, project, actor, deps.clock.now());
    const material = await materialOf(tx, projectId, materialId);
    if ((await materialsHiddenFrom(tx, reader, [materialId])).size > 0)
      throw new DomainError("not_found", { what: "material" });
    return material;
  });
}

/** Those of these files that the reader may not see: collected from a room they may not read. */
export async function materialsHiddenFrom(
  tx: Tx,
  reader: PageReader,
  materialIds: readonly Id[],
): Promise<Set<Id>> {
  const rooms = chatRoomsShownTo(reader);
  if (!rooms || materialIds.length === 0) return new Set();
  const sources = await tx.chatMaterials.forMaterials(materialIds);
  return new Set(
    sources.filter((source) => !rooms.includes(source.roomPurpose ?? "")).map((source) => source.materialId),
  );
}

/** Removes the record; the adapter deletes the stored bytes after the commit. */
export async function removeMaterial(
  deps: CoreDeps,
  actor: PageActor,
  projectId: Id,
  materialId: Id,
): Promise<Material> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await twinSpaceReader(tx, project, actor);
    const material = await materialOf(tx, projectId, materialId);
    if (!mayRemoveMaterial(reader, material)) throw new DomainError("forbidden");
    await tx.materials.delete(material.id);
    await emit(tx, deps, {
      type: "material_removed",
      actorId: reader.kind === "teacher" ? reader.teacherId : undefined,
      projectId,
      payload: { materialId },
    });
    return material;
  });
}

/** A file of this project; one of another project is told not to exist, so ids cannot be probed. */
async function materialOf(tx: Tx, projectId: Id, materialId: Id): Promise<Material> {
  const material = await tx.materials.get(materialId);
  if (!material || material.projectId !== projectId) throw new DomainError("not_found", { what: "material" });
  return material;
}

/**
 * Records a file the bot collected from one of the project's rooms (the adapter stored it
 * re-encoded, exactly as an upload): same quota, no uploader account, the author as the room
 * showed them. Idempotent by event id: an event read again (a retry, a second sync) records
 * nothing and returns undefined, and the adapter removes what it stored.
 */
export async function collectChatMaterial(
  deps: CoreDeps,
  projectId: Id,
  source: Omit<ChatSource, "materialId">,
  stored: StoredMaterial,
  limits: MaterialLimits,
): Promise<Material | undefined> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId, { lock: true });
    if (await tx.chatMaterials.byEvent(source.eventId)) return undefined;
    if (project.status !== "active") throw new DomainError("wrong_status", { status: project.status });
    await requireRoom(tx, projectId, stored.size, limits);
    const material: Material = {
      ...stored,
      id: deps.ids.newId(),
      projectId,
      uploadedBy: undefined,
      createdAt: deps.clock.now(),
    };
    await tx.materials.insert(material);
    await tx.chatMaterials.insert({ ...source, materialId: material.id });
    await emit(tx, deps, {
      type: "material_added",
      actorId: undefined,
      projectId,
      payload: { materialId: material.id },
    });
    return material;
  });
}

/** Whether this event's file is in a library already (the bot then skips the download). */
export async function isChatMaterialCollected(deps: CoreDeps, eventId: string): Promise<boolean> {
  return deps.store.transaction(async (tx) => (await tx.chatMaterials.byEvent(eventId)) !== undefined);
}

/** A redacted event's file leaves the library; the adapter deletes the stored bytes after the commit. */
export async function removeChatMaterial(deps: CoreDeps, eventId: string): Promise<Material | undefined> {
  return deps.store.transaction(async (tx) => {
    const source = await tx.chatMaterials.byEvent(eventId);
    const material = source && (await tx.materials.get(source.materialId));
    if (!material) return undefined;
    await tx.materials.delete(material.id);
    await emit(tx, deps, {
      type: "material_removed",
      actorId: undefined,
      projectId: material.projectId,
      payload: { materialId: material.id },
    });
    return material;
  });
}
