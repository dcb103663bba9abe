import type { Account, Id, Store, Translator } from "../../core/index.ts";
import { botMessages } from "../i18n/index.ts";
import type { FormerLinks } from "../store/formerLinks.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";

/**
 * Why someone is removed from a TwinSpace's rooms, read from the project's own event log
 * (left, removed with the founders' reason, pupil taken out) and from the teacher's account
 * (unlinked their Matrix account, linked another), so that the reason is right whichever
 * event or pass does the removing. A teacher reads it in their own language, anyone else in
 * the project's.
 */
export class DepartureReasons {
  readonly #store: Store;
  readonly #pupilAccounts: PupilMatrixAccounts;
  readonly #formerLinks: FormerLinks;
  readonly #projectId: Id;
  readonly #t: Translator;
  readonly #title: string;
  readonly #known = new Map<string, Promise<string>>();

  constructor(options: {
    store: Store;
    pupilAccounts: PupilMatrixAccounts;
    formerLinks: FormerLinks;
    projectId: Id;
    t: Translator;
    title: string;
  }) {
    this.#store = options.store;
    this.#pupilAccounts = options.pupilAccounts;
    this.#formerLinks = options.formerLinks;
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
    const title = this.#title;
    const pupilId = await this.#pupilAccounts.pupilOf(matrixUserId);
    const formerLink = pupilId ? undefined : await this.#formerLinks.of(matrixUserId);
    const { account, last } = await this.#store.transaction(async (tx) => {
      const account: Account | undefined =
        (await tx.accounts.findByMatrixUserId(matrixUserId)) ??
        (formerLink ? await tx.accounts.get(formerLink.accountId) : undefined);
      const events = await tx.events.forProject(this.#projectId);
      const last = events.findLast(
        (e) =>
          ((e.type === "member_left" || e.type === "member_removed") &&
            e.payload.teacherId === account?.id) ||
          (e.type === "pupil_removed" && e.payload.pupilId === pupilId),
      );
      return { account, last };
    });
    const t = account ? botMessages.translator(account.locale) : this.#t;
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
        // Still a member of the project, but not with this Matrix ID any more.
        if (formerLink && account?.matrixUserId !== matrixUserId) {
          return t.t(`twinspace.kick.${formerLink.how}`, { title });
        }
        return t.t("twinspace.kick.not_member", { title });
    }
  }
}
