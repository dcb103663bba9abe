import { DomainError, type ProgrammeItem } from "../../../core/index.ts";
import { instantToWallTime, wallTimeToInstant } from "./timeZone.ts";

const LINE = /^(\d{1,2}):(\d{2})\s+(.+)$/;

/**
 * The programme as the organiser types it: one item a line, "14:30 Workshop", times in their
 * own zone on the event's first day (a time before the start falls on the next day, for an
 * event that runs past midnight). Core checks that every item lies within the event.
 */
export function parseProgramme(typed: string, startsAt: string, timeZone: string): ProgrammeItem[] {
  const lines = typed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (startsAt === "") return [];
  const startWall = instantToWallTime(startsAt, timeZone);
  const firstDay = startWall.slice(0, 10);
  return lines.map((line, index) => {
    const m = LINE.exec(line);
    const hour = Number(m?.[1]);
    const minute = Number(m?.[2]);
    if (!m || hour > 23 || minute > 59)
      throw new DomainError("event_programme_line_invalid", { field: "programme", line: index + 1 });
    const clock = `${String(hour).padStart(2, "0")}:${m[2]}`;
    const sameDay = wallTimeToInstant(`${firstDay}T${clock}`, timeZone) ?? "";
    const at = sameDay < startsAt ? new Date(Date.parse(sameDay) + 24 * 3600 * 1000).toISOString() : sameDay;
    return { at, title: m[3] ?? "" };
  });
}

/** The programme back in the organiser's form, one "HH:MM title" a line. */
export function programmeText(programme: readonly ProgrammeItem[], timeZone: string): string {
  return programme
    .map((item) => `${instantToWallTime(item.at, timeZone).slice(11, 16)} ${item.title}`)
    .join("\n");
}
