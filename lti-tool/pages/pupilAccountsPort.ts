import type { Actor, Id, Pupil } from "../../core/index.ts";

/** One pupil's credentials, as the sheet prints them; the password lives only in this answer. */
export interface IssuedCredentials {
  pupil: Pupil;
  matrixUserId: string;
  username: string;
  password: string;
}

/**
 * The Matrix side's pupil accounts as the pages use them (matrix-bot/accounts implements
 * it). Each call is authorized by core (R11: the pupil's own teacher).
 */
export interface PupilAccountsPort {
  matrixIdsFor(pupilIds: readonly Id[]): Promise<Map<Id, string>>;
  /** Makes missing accounts and gives each a new password. */
  issue(actor: Actor, pupilIds: readonly Id[]): Promise<IssuedCredentials[]>;
  remove(actor: Actor, pupilId: Id): Promise<void>;
  /** False when the homeserver does not keep pupils inside their project (no accounts are made). */
  homeserverGuardsPupils(): Promise<boolean>;
}

/** The homeserver the pages point people to; absent when the bot is not configured. */
export interface MatrixSettings {
  homeserverUrl: string;
  /** The bot's Matrix ID, to which teachers send `link <code>` (asked once of the homeserver). */
  botUserId(): Promise<string>;
  pupilAccounts: PupilAccountsPort;
}

/**
 * The bot's token lacks Synapse admin rights (matrix-bot/accounts/synapseAdmin.ts). Known
 * by name: the web side does not import the Matrix side.
 */
export function isNoAdminRights(error: unknown): boolean {
  return error instanceof Error && error.name === "NoAdminRights";
}

/** The homeserver runs no pupil guard (matrix-bot/accounts/pupilGuardProbe.ts): no accounts are made. */
export function isUnguardedHomeserver(error: unknown): boolean {
  return error instanceof Error && error.name === "UnguardedHomeserver";
}
