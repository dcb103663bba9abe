import type { Id, Pupil } from "../../core/index.ts";

/**
 * The seam for pupils' Matrix accounts (issue 6, bot commands). After a roster import has
 * registered pupils through core (registerPupils, which also emits `pupil_registered` into
 * the outbox), the import asks this for the printable credentials sheet the teacher hands
 * out (R11). Until issue 6 plugs in an implementation, there is none and the result page
 * says that pupils open OpenTwinning from the course.
 */
export interface PupilCredentials {
  /** A link (path on this tool) to the credentials sheet for these pupils, if accounts exist. */
  credentialsSheetFor(teacherId: Id, pupils: readonly Pupil[]): Promise<string | undefined>;
}

export const noPupilCredentials: PupilCredentials = {
  async credentialsSheetFor() {
    return undefined;
  },
};
