import { randomUUID } from "node:crypto";
import type { Knex } from "knex";
import {
  type CoreDeps,
  DomainError,
  firstNameAndInitial,
  type Id,
  linkSignedInMatrixAccount,
  pupilForSignIn,
  recordPupilSignIn,
} from "../../core/index.ts";
import type { Viewer } from "../session/session.ts";

/**
 * Pupils' Matrix accounts as the Matrix side records them (matrix-bot/store/pupilAccounts.ts),
 * and its pseudonymous localparts (`tw-…`, which the homeserver's pupil guard knows): the web
 * side does not import the bot, app/main.ts passes them.
 */
export interface SsoPupilAccounts {
  newLocalpart(): string;
  matrixIdOf(pupilId: Id): Promise<string | undefined>;
  record(pupilId: Id, matrixUserId: string, createdBy: Id | undefined, at: string): Promise<void>;
}

/** Why a live session still gets no Matrix account; each has a page (lti-tool/oidc/i18n). */
export type SignInRefusal =
  "pupil_unregistered" | "pupil_has_password" | "teacher_linked" | "matrix_id_taken";

export class SignInRefused extends Error {
  readonly reason: SignInRefusal;
  constructor(reason: SignInRefusal) {
    super(`sign-in refused: ${reason}`);
    this.reason = reason;
  }
}

/** What the homeserver learns of a person (userinfo): no e-mail, no school, no full name of a pupil. */
export interface SsoClaims {
  sub: string;
  name: string;
  preferred_username: string;
}

interface SubjectRow {
  subject: string;
  account_id: string | null;
  pupil_id: string | null;
  localpart: string;
}

type Person = { column: "account_id"; id: Id } | { column: "pupil_id"; id: Id };

/** Readable localparts stay short; the rest of a long name adds nothing. */
const LOCALPART_SLUG_LENGTH = 40;

/** "Élodie O'Brien" → "elodie.o.brien": readable, never with the pupils' `tw-` prefix (no "-"). */
export function teacherLocalpart(name: string, attempt: number): string {
  const slug =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ".")
      .slice(0, LOCALPART_SLUG_LENGTH)
      .replace(/^\.+|\.+$/g, "") || "teacher";
  return attempt === 0 ? slug : `${slug}.${attempt + 1}`;
}

/**
 * The people OpenTwinning signs in to the homeserver: one random `sub` per account or pupil
 * (`oidc_subjects`, never reused) with the localpart chosen at the first sign-in, and the
 * resulting Matrix ID recorded the way a link or a bot-made account is, so the reconciler
 * invites it before the homeserver has even made the account.
 */
export class SsoIdentities {
  readonly #knex: Knex;
  readonly #core: CoreDeps;
  readonly #pupils: SsoPupilAccounts;
  readonly #serverName: string;

  constructor(knex: Knex, core: CoreDeps, pupils: SsoPupilAccounts, serverName: string) {
    this.#knex = knex;
    this.#core = core;
    this.#pupils = pupils;
    this.#serverName = serverName;
  }

  /** The session's person signs in: their subject, with their Matrix ID recorded. */
  async signIn(viewer: Viewer): Promise<string> {
    return viewer.kind === "account"
      ? this.#signInTeacher(viewer.accountId)
      : this.#signInPupil(viewer.pupilId);
  }

  /** The claims for a subject, read fresh (a renamed person's name follows). */
  async claims(subject: string): Promise<SsoClaims | undefined> {
    const row = await this.#knex<SubjectRow>("oidc_subjects").where({ subject }).first();
    if (!row) return undefined;
    const name = row.account_id
      ? (await this.#core.store.transaction((tx) => tx.accounts.get(row.account_id!)))?.name
      : row.pupil_id
        ? await pupilForSignIn(this.#core, row.pupil_id).then(
            (pupil) => firstNameAndInitial(pupil.displayName),
            () => undefined,
          )
        : undefined;
    if (name === undefined) return undefined;
    return { sub: subject, name, preferred_username: row.localpart };
  }

  async #signInTeacher(accountId: Id): Promise<string> {
    const account = await this.#core.store.transaction((tx) => tx.accounts.get(accountId));
    if (!account) throw new SignInRefused("matrix_id_taken");
    const existing = await this.#existing({ column: "account_id", id: accountId });
    // A Matrix account the teacher linked with a code stays theirs: a sign-in (which any page
    // could start in their browser) never replaces it; unlinking it is their choice.
    if (account.matrixUserId && (!existing || account.matrixUserId !== this.#matrixId(existing.localpart))) {
      throw new SignInRefused("teacher_linked");
    }
    const row =
      existing ??
      (await this.#subjectFor({ column: "account_id", id: accountId }, (attempt) =>
        teacherLocalpart(account.name, attempt),
      ));
    try {
      const linked = await linkSignedInMatrixAccount(
        this.#core,
        { accountId },
        this.#matrixId(row.localpart),
      );
      if (!linked) throw new SignInRefused("teacher_linked"); // linked with a code meanwhile
    } catch (error) {
      // Another account's ID, or a pupil's (never an adult's): the homeserver's account is not theirs.
      if (
        error instanceof DomainError &&
        (error.code === "matrix_id_linked_elsewhere" || error.code === "matrix_id_of_pupil")
      ) {
        throw new SignInRefused("matrix_id_taken");
      }
      throw error;
    }
    return row.subject;
  }

  async #signInPupil(pupilId: Id): Promise<string> {
    const pupil = await pupilForSignIn(this.#core, pupilId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === "not_found")
        throw new SignInRefused("pupil_unregistered");
      throw error;
    });
    const recorded = await this.#pupils.matrixIdOf(pupil.id);
    const existing = await this.#existing({ column: "pupil_id", id: pupil.id });
    // A pupil with a bot-made account (the printed sheet) keeps it: one account per pupil.
    if (recorded && (!existing || recorded !== this.#matrixId(existing.localpart))) {
      throw new SignInRefused("pupil_has_password");
    }
    const row =
      existing ??
      (await this.#subjectFor({ column: "pupil_id", id: pupil.id }, () => this.#pupils.newLocalpart()));
    if (!recorded) {
      const matrixUserId = this.#matrixId(row.localpart);
      await this.#pupils.record(pupil.id, matrixUserId, undefined, this.#core.clock.now());
      await recordPupilSignIn(this.#core, pupil.id, matrixUserId);
    }
    return row.subject;
  }

  #matrixId(localpart: string): string {
    return `@${localpart}:${this.#serverName}`;
  }

  async #existing(person: Person): Promise<SubjectRow | undefined> {
    return this.#knex<SubjectRow>("oidc_subjects").where(person.column, person.id).first();
  }

  /**
   * The person's subject row, made on first use with the first free localpart. Two sign-ins at
   * once: the unique person column makes one row win, and both read it.
   */
  async #subjectFor(person: Person, localpart: (attempt: number) => string): Promise<SubjectRow> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const existing = await this.#existing(person);
      if (existing) return existing;
      const candidate = localpart(attempt);
      if (await this.#knex("oidc_subjects").where({ localpart: candidate }).first()) continue;
      const row: SubjectRow = {
        subject: randomUUID(),
        account_id: person.column === "account_id" ? person.id : null,
        pupil_id: person.column === "pupil_id" ? person.id : null,
        localpart: candidate,
      };
      try {
        await this.#knex("oidc_subjects").insert({ ...row, created_at: this.#core.clock.now() });
        return row;
      } catch {
        // Someone took the person or the localpart meanwhile: read again.
      }
    }
    throw new Error("no free Matrix localpart after 100 attempts");
  }
}
