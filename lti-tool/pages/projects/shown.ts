import type { DomainError, ErrorCode, School, Teacher } from "../../../core/index.ts";
import type { SafeHtml } from "../../web/html.ts";
import type { PageContext } from "../context.ts";
import { errorSummary } from "../views/feedback.ts";
import { type FormState, formState } from "../views/fields.ts";
import type { ProjectPageData } from "./load.ts";

/** The parts of the project page that hold a form; a refusal is shown in the part it came from. */
export type ProjectSection = "status" | "lifecycle" | "members" | "invite" | "pupils" | "look";

/** A teacher found by the invite search, with whether the rules let them join (R8–R10). */
export interface Candidate {
  teacher: Teacher;
  school: School | undefined;
  refusal: ErrorCode | undefined;
  /** Already one of the project's teachers. */
  member: boolean;
}

/** The project page being rendered: its data, and the refusal and typed values of the last attempt. */
export interface ProjectShown {
  ctx: PageContext;
  data: ProjectPageData;
  error: DomainError | undefined;
  section: ProjectSection | undefined;
  values: Record<string, unknown>;
  invite: { term: string; candidates: Candidate[] } | undefined;
}

/** The error summary, in the section whose form was refused. */
export function sectionError(shown: ProjectShown, section: ProjectSection): SafeHtml | string {
  return shown.section === section ? errorSummary(shown.ctx.t, shown.error) : "";
}

export function sectionState(shown: ProjectShown, section: ProjectSection): FormState {
  return formState(
    shown.ctx.t,
    shown.section === section ? shown.values : {},
    shown.section === section ? shown.error : undefined,
  );
}
