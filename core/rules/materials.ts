import type { Id, Instant } from "../model.ts";
import type { PageReader } from "./pages.ts";
import { managesPages } from "./pages.ts";
import { ROOMS_IN_A_LOOK } from "./twinSpaceRooms.ts";

/** A file or image of a project's library. `size` counts the stored file and its thumbnail. */
export interface Material {
  id: Id;
  projectId: Id;
  folder: string;
  /** What the library shows; the bytes are stored under `storageKey`, never under this name. */
  name: string;
  mediaType: string;
  size: number;
  width: number | undefined;
  height: number | undefined;
  storageKey: string;
  thumbnailKey: string | undefined;
  uploadedBy: Id | undefined;
  createdAt: Instant;
}

/** Where a file the bot collected from a project's room came from: the event, the room, who posted it and when. */
export interface ChatSource {
  eventId: string;
  materialId: Id;
  roomId: string;
  authorMatrixId: string;
  /** As the room showed them when the file was posted. */
  authorName: string;
  postedAt: Instant;
  /** The room's part of the TwinSpace (`general`, `forum`, `pupils`); undefined when no longer known. */
  roomPurpose: string | undefined;
}

/**
 * The rooms whose collected files this reader sees, or undefined for all of them. A reader from
 * outside the project (a national unit's look, a Quality Label assessment) sees the files of the
 * rooms a look shows, as it reads their transcripts: never a file a pupil posted in the Pupils'
 * room (minors: reachable only inside their project). Files teachers uploaded are always shown.
 */
export function chatRoomsShownTo(reader: PageReader): readonly string[] | undefined {
  return reader.kind === "teacher" || reader.kind === "pupil" ? undefined : ROOMS_IN_A_LOOK;
}

/** Upload limits (configuration; see README "Materials"). */
export interface MaterialLimits {
  maxFileBytes: number;
  maxProjectBytes: number;
}

export const DEFAULT_MATERIAL_LIMITS: MaterialLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxProjectBytes: 5 * 1024 * 1024 * 1024,
};

/** Teachers of the project add files; pupils see the library (their photos come through their teachers). */
export function mayUploadMaterial(reader: PageReader): boolean {
  return reader.kind === "teacher";
}

/** The uploader, the founders and the project admins remove a file. */
export function mayRemoveMaterial(reader: PageReader, material: Material): boolean {
  return managesPages(reader) || (reader.kind === "teacher" && material.uploadedBy === reader.teacherId);
}

// Path separators, control characters and characters that some systems refuse in names.
const UNSAFE_IN_NAME = /[\p{Cc}\\/:*?"<>|]/gu;

/**
 * The name a file is shown under: the last segment of what the browser sent ("../../etc/passwd"
 * and "C:\\fakepath\\photo.jpg" keep only their last part), without controls, separators or
 * leading dots; "file" when nothing is left. Storage never uses it as a path.
 */
export function materialName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? "";
  const clean = last
    .replace(UNSAFE_IN_NAME, "")
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(0, 200);
  return clean || "file";
}

/** A folder is one level, named like a file. */
export function materialFolder(raw: string): string {
  return raw.trim() ? materialName(raw).slice(0, 120) : "";
}

/** Bytes as megabytes for messages, to one decimal (limits may be set below 1 MB). */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
