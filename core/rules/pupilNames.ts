import type { Id, Pupil } from "../model.ts";

/**
 * How much of a pupil's name others see (pupils are minors: minimal data). The name the
 * teacher typed or the LMS gave is kept whole only for the teachers of the pupil's own
 * school; teachers of partner schools see the first name and the last name's initial
 * ("Marco B."), and the homeserver learns only the first name (`firstNameOf`).
 */
export function pupilNameFor(pupil: Pupil, viewerSchoolId: Id | undefined): string {
  return pupil.schoolId === viewerSchoolId ? pupil.displayName : firstNameAndInitial(pupil.displayName);
}

export function firstNameOf(displayName: string): string {
  return words(displayName)[0] ?? "";
}

/** "Marco Bianchi" → "Marco B."; a single word stays as it is. */
export function firstNameAndInitial(displayName: string): string {
  const all = words(displayName);
  const first = all[0] ?? "";
  if (all.length < 2) return first;
  // The initial is the first character (code point, not UTF-16 unit) of the last word.
  const initial = [...(all[all.length - 1] ?? "")][0] ?? "";
  return `${first} ${initial.toLocaleUpperCase()}.`;
}

function words(displayName: string): string[] {
  return displayName.trim().split(/\s+/).filter(Boolean);
}
