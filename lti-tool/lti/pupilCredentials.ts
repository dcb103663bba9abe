import type { Id, Pupil } from "../../core/index.ts";

/**
 * The seam for pupils' Matrix accounts. After a roster import has registered pupils through
 * core (importPupils, which also emits `pupil_registered` into the outbox), the import asks
 * this for the printable credentials sheet the teacher hands out (R11). Without a Matrix
 * homeserver there is none and the result page says that pupils open OpenTwinning from the
 * course.
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

/**
 * With a homeserver, the import links to the teacher's pupils page, where pupils without an
 * account come ticked and one button makes the accounts and prints the sheet. The accounts
 * are made there, not during the import: a password exists only in the answer that shows
 * it, so it never travels in a link or waits in storage.
 */
export const pupilAccountsPage: PupilCredentials = {
  async credentialsSheetFor(_teacherId, pupils) {
    return pupils.length > 0 ? "/app/pupils" : undefined;
  },
};
