import type { Id, Store, Translator } from "../../core/index.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";

/**
 * Why someone is removed from a TwinSpace's rooms, read from the project's own event log
 * (left, removed with the founders' reason, pupil taken out), so that the reason is right
 * whichever event or pass does the removing.
 */
export class DepartureReasons {
  readonly #store: Store;
  readonly #pupilAccounts: PupilMatrixAccounts;
  readonly #projectId: Id;
  readonly #t: Translator;
  readonly #title: string;
  readonly #known = new Map<string, Promise<string>>();

  constructor(options: {
    store: Store;
    pupilAccounts: PupilMatrixAccounts;
    projectId: Id;
    t: Translator;
    title: string;
  }) {
    this.#store = options.store;
    this.#pupilAccounts = options.pupilAccounts;
    this.#projectId = options.projectId;
    this.#t = options.t;
    this.#title = options.title;
  }

  reasonFor(matrixUserId: string): Promise<string> {
    let reason = this.#known.get(matrixUserId);
    if (!reason) {
      reason = this.#read(matrixUserId);
      this.#known.set(matrixUserId, reason);
    }
    return reason;
  }

  async #read(matrixUserId: string): Promise<string> {
    const t = this.#t;
    const title = this.#title;
    const pupilId = await this.#pupilAccounts.pupilOf(matrixUserId);
    const last = await this.#store.transaction(async (tx) => {
      const accountId = (await tx.accounts.findByMatrixUserId(matrixUserId))?.id;
      const events = await tx.events.forProject(this.#projectId);
      return events.findLast(
        (e) =>
          ((e.type === "member_left" || e.type === "member_removed") && e.payload.teacherId === accountId) ||
          (e.type === "pupil_removed" && e.payload.pupilId === pupilId),
      );
    });
    switch (last?.type) {
      case "member_left":
        return t.t("twinspace.kick.left", { title });
      case "member_removed":
        return last.payload.reason
          ? t.t("twinspace.kick.removed", { title, reason: last.payload.reason })
          : t.t("twinspace.kick.removed_no_reason", { title });
      case "pupil_removed":
        return t.t("twinspace.kick.pupil_removed", { title });
      default:
        return t.t("twinspace.kick.not_member", { title });
    }
  }
}
