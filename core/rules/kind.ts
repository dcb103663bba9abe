import type { ProjectKind } from "../model.ts";

/** What the kind rule needs to know about a founder. */
export interface FounderPlace {
  schoolId: string;
  country: string;
}

/**
 * R4: the kind follows from the two founders. Different countries make a european project;
 * the same country and different schools a national one; the same school a school project.
 */
export function projectKind(founder: FounderPlace, cofounder: FounderPlace): ProjectKind {
  if (founder.country !== cofounder.country) return "european";
  if (founder.schoolId !== cofounder.schoolId) return "national";
  return "school";
}
