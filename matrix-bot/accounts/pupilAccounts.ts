import {
  type Actor,
  type CoreDeps,
  firstNameOf,
  type Id,
  ownPupilsForCredentials,
  type Pupil,
  recordPupilMatrixAccount,
} from "../../core/index.ts";
import type { PupilMatrixAccounts } from "../store/pupilAccounts.ts";
import { newPupilLocalpart, newPupilPassword } from "./passwords.ts";
import { UnguardedHomeserver } from "./pupilGuardProbe.ts";
import type { SynapseAdmin } from "./synapseAdmin.ts";

/** The two admin calls the accounts need (tests may stand in for the homeserver). */
export type AccountAdmin = Pick<SynapseAdmin, "putUser" | "deactivate">;

/** What the credentials sheet shows for one pupil; the password exists only in this answer. */
export interface IssuedCredentials {
  pupil: Pupil;
  matrixUserId: string;
  username: string;
  password: string;
}

/**
 * Pupils' Matrix accounts on the bot's homeserver (R11: made for the pupil's own teacher,
 * who hands out the password). Every call is authorized by core first. The Matrix ID is
 * recorded before the account is made, so a retry after a crash or a lost answer makes the
 * same account, never a second one.
 */
export class PupilAccountManager {
  readonly #core: CoreDeps;
  readonly #admin: AccountAdmin;
  readonly #records: PupilMatrixAccounts;
  /** The homeserver's name, the part after the colon of the bot's own Matrix ID. */
  readonly #serverName: () => Promise<string>;
  /** Throws UnguardedHomeserver when the homeserver would not keep pupils inside their project. */
  readonly #requireGuard: () => Promise<void>;

  constructor(options: {
    core: CoreDeps;
    admin: AccountAdmin;
    records: PupilMatrixAccounts;
    serverName: () => Promise<string>;
    requireGuard: () => Promise<void>;
  }) {
    this.#core = options.core;
    this.#admin = options.admin;
    this.#records = options.records;
    this.#serverName = options.serverName;
    this.#requireGuard = options.requireGuard;
  }

  /** Whether accounts may be made: false when the homeserver clearly does not guard pupils. */
  async homeserverGuardsPupils(): Promise<boolean> {
    try {
      await this.#requireGuard();
      return true;
    } catch (error) {
      if (error instanceof UnguardedHomeserver) return false;
      throw error;
    }
  }

  matrixIdsFor(pupilIds: readonly Id[]): Promise<Map<Id, string>> {
    return this.#records.matrixIdsFor(pupilIds);
  }

  /**
   * Makes the accounts that do not exist yet and gives every one a new password; nothing on
   * a homeserver without the pupil guard (UnguardedHomeserver), where a pupil would be exposed.
   */
  async issue(actor: Actor, pupilIds: readonly Id[]): Promise<IssuedCredentials[]> {
    const pupils = await ownPupilsForCredentials(this.#core, actor, pupilIds);
    await this.#requireGuard();
    const known = await this.#records.matrixIdsFor(pupils.map((pupil) => pupil.id));
    const issued: IssuedCredentials[] = [];
    for (const pupil of pupils) {
      let matrixUserId = known.get(pupil.id);
      if (!matrixUserId) {
        matrixUserId = `@${newPupilLocalpart()}:${await this.#serverName()}`;
        await this.#records.record(pupil.id, matrixUserId, actor.accountId, this.#core.clock.now());
      }
      const password = newPupilPassword();
      await this.#admin.putUser(matrixUserId, { password, displayname: firstNameOf(pupil.displayName) });
      await recordPupilMatrixAccount(this.#core, actor, pupil.id, matrixUserId);
      issued.push({ pupil, matrixUserId, username: localpartOf(matrixUserId), password });
    }
    return issued;
  }

  /**
   * Deactivates and erases the pupil's account, then forgets it. The homeserver takes a
   * deactivated account out of every room, and the TwinSpaces no longer count the pupil.
   */
  async remove(actor: Actor, pupilId: Id): Promise<void> {
    await ownPupilsForCredentials(this.#core, actor, [pupilId]);
    const matrixUserId = await this.#records.matrixIdOf(pupilId);
    if (!matrixUserId) return;
    await this.#admin.deactivate(matrixUserId);
    await this.#records.remove(pupilId);
  }
}

function localpartOf(userId: string): string {
  return userId.slice(1, userId.indexOf(":"));
}
