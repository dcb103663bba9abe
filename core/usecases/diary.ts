import type { EventType, StoredEvent } from "../events.ts";
import type { Id, Instant } from "../model.ts";
import type { Tx } from "../ports.ts";
import type { PageReader } from "../rules/pages.ts";
import { type CoreDeps, requireProject } from "./context.ts";
import { materialsHiddenFrom } from "./materials.ts";
import { type PageActor, twinSpaceReader } from "./pages.ts";

/** One line of the project's diary. Pupils are never named in it (minors; the diary is for every member). */
export type DiaryEntry = { at: Instant; who: string | undefined } & (
  | { kind: "page_created" | "page_revised" | "page_approved"; pageId: Id; page: string }
  | { kind: "material_added"; name: string }
  | { kind: "member_joined" }
  | { kind: "milestone_done"; milestone: string }
  /** A national unit (or the central support service, unit `central`) looked inside, read-only. */
  | { kind: "unit_looked"; unit: string }
);

const DIARY_LENGTH = 50;
/** Events read at a time, and at most this many batches for one diary (500 events). */
const DIARY_BATCH = 2 * DIARY_LENGTH;
const DIARY_BATCHES = 5;
/** The events the diary tells. */
const DIARY_EVENTS = [
  "page_created",
  "page_revised",
  "material_added",
  "member_joined",
  "milestone_updated",
  "twinspace_look_opened",
] as const;

/**
 * What happened in the project, newest first: pages created and changed, files added,
 * teachers who joined, milestones reached, and (never for pupils) national units' looks
 * inside. Read from the event log, so it is complete from the first day; for the project's
 * teachers and pupils, and those core's `twinSpaceReader` lets read.
 */
export async function projectDiary(deps: CoreDeps, actor: PageActor, projectId: Id): Promise<DiaryEntry[]> {
  return deps.store.transaction(async (tx) => {
    const project = await requireProject(tx, projectId);
    const reader = await twinSpaceReader(tx, project, actor, deps.clock.now());
    // The founders read who looked inside; pupils (minors) are not shown the staff's visits.
    const showsLooks = reader.kind !== "pupil";
    // The newest events of the diary's kinds, a batch at a time, until the diary is full: some
    // tell nothing any more (a page or file removed since), and the log is never read whole.
    const entries: DiaryEntry[] = [];
    let before: number | undefined;
    for (let batch = 0; batch < DIARY_BATCHES && entries.length < DIARY_LENGTH; batch++) {
      const events = await tx.events.latestForProject(projectId, DIARY_EVENTS, before, DIARY_BATCH);
      entries.push(
        ...(await entriesOf(tx, events, reader, showsLooks)).slice(0, DIARY_LENGTH - entries.length),
      );
      if (events.length < DIARY_BATCH) break;
      before = events.at(-1)?.id;
    }
    return entries;
  });
}

/** The diary lines these events still tell, with the names they need read in one query each. */
async function entriesOf(
  tx: Tx,
  events: readonly StoredEvent[],
  reader: PageReader,
  showsLooks: boolean,
): Promise<DiaryEntry[]> {
  const pageIds = events.flatMap((e) =>
    "pageId" in e.payload && e.payload.pageId ? [e.payload.pageId] : [],
  );
  const titles = new Map(
    (await tx.pages.published([...new Set(pageIds)])).map((revision) => [revision.pageId, revision.title]),
  );
  const materialIds = events.flatMap((e) => (e.type === "material_added" ? [e.payload.materialId] : []));
  // A reader from outside the project is not told of the files pupils posted in their own room.
  const hidden = await materialsHiddenFrom(tx, reader, materialIds);
  const materials = new Map(
    (await tx.materials.getMany(materialIds)).flatMap((m) =>
      hidden.has(m.id) ? [] : [[m.id, m.name] as const],
    ),
  );
  const teachers = new Map(
    (await tx.teachers.getMany([...new Set(events.flatMap(peopleOf))])).map((t) => [t.id, t.name]),
  );
  const entries: DiaryEntry[] = [];
  for (const event of events) {
    const base = { at: event.createdAt, who: event.actorId ? teachers.get(event.actorId) : undefined };
    switch (event.type) {
      case "page_created":
      case "page_revised": {
        const page = titles.get(event.payload.pageId);
        if (!page) break;
        const kind =
          event.type === "page_created"
            ? "page_created"
            : "approved" in event.payload && event.payload.approved
              ? "page_approved"
              : "page_revised";
        entries.push({ ...base, kind, pageId: event.payload.pageId, page });
        break;
      }
      case "material_added": {
        const name = materials.get(event.payload.materialId);
        if (name) entries.push({ ...base, kind: "material_added", name });
        break;
      }
      case "member_joined":
        entries.push({
          ...base,
          who: teachers.get(event.payload.teacherId) ?? base.who,
          kind: "member_joined",
        });
        break;
      case "milestone_updated":
        if (event.payload.done)
          entries.push({ ...base, kind: "milestone_done", milestone: event.payload.title });
        break;
      case "twinspace_look_opened":
        // The unit, never the staff member's name.
        if (showsLooks)
          entries.push({
            at: event.createdAt,
            who: undefined,
            kind: "unit_looked",
            unit: event.payload.unit,
          });
        break;
      default:
        break;
    }
  }
  return entries;
}

/** The teachers an event names: who acted, and who joined. */
function peopleOf(event: StoredEvent): Id[] {
  const joined = event.type === "member_joined" ? [event.payload.teacherId] : [];
  return event.actorId ? [event.actorId, ...joined] : joined;
}

/** How much the diary grew over a period: the weekly summary in the Teachers' room. Names no one. */
export interface DiaryCounts {
  pagesCreated: number;
  pagesChanged: number;
  materialsAdded: number;
  membersJoined: number;
  milestonesDone: number;
}

/** Which count each event type adds to; a milestone update only when it marks it done. */
const COUNTED = {
  page_created: "pagesCreated",
  page_revised: "pagesChanged",
  material_added: "materialsAdded",
  member_joined: "membersJoined",
  milestone_updated: "milestonesDone",
} as const satisfies Partial<Record<EventType, keyof DiaryCounts>>;

/** The diary's counts over [from, to), for the bot (the Teachers' room is the project's own). */
export async function diaryCounts(
  deps: CoreDeps,
  projectId: Id,
  from: Instant,
  to: Instant,
): Promise<DiaryCounts> {
  const counts: DiaryCounts = {
    pagesCreated: 0,
    pagesChanged: 0,
    materialsAdded: 0,
    membersJoined: 0,
    milestonesDone: 0,
  };
  // Counted by the database: a busy week is a handful of numbers, not its events in memory.
  const counted = await deps.store.transaction((tx) =>
    tx.events.countForProject(projectId, Object.keys(COUNTED) as (keyof typeof COUNTED)[], from, to),
  );
  for (const { type, done, count } of counted) {
    const counter = COUNTED[type as keyof typeof COUNTED];
    if (counter && (type !== "milestone_updated" || done)) counts[counter] += count;
  }
  return counts;
}
