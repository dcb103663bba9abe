import type { Id } from "../../core/index.ts";

/** One Matrix room of a project's TwinSpace, as the Matrix side recorded it. */
export interface TwinSpaceRoom {
  /** What the room is for: "space" (the whole TwinSpace), "general", "forum", "teachers", "pupils", "video", … */
  purpose: string;
  /** A room ID (`!abc:server`) or alias (`#name:server`); the page links to it through matrix.to. */
  address: string;
}

/**
 * The port through which the pages read a project's TwinSpace rooms. The Matrix side
 * (matrix-bot/) implements it from its own room records; the pages only read it, outside
 * any core transaction. Until it is wired, `noTwinSpaces` says every TwinSpace is "being
 * prepared".
 */
export interface TwinSpaceDirectory {
  /** The recorded rooms per project; a project without an entry has no rooms yet. */
  roomsFor(projectIds: readonly Id[]): Promise<ReadonlyMap<Id, readonly TwinSpaceRoom[]>>;
}

export const noTwinSpaces: TwinSpaceDirectory = {
  roomsFor: async () => new Map(),
};

/** matrix.to opens the room in whichever Matrix client the person uses. */
export function matrixToUrl(address: string): string {
  return `https://matrix.to/#/${encodeURIComponent(address)}`;
}
