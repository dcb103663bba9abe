import { randomInt } from "node:crypto";

/** Letters and digits a pupil cannot confuse when typing from paper (no 0/O, 1/I/l). */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function randomWord(length: number): string {
  let word = "";
  for (let i = 0; i < length; i++) word += ALPHABET[randomInt(ALPHABET.length)];
  return word;
}

/** A pupil's password: four groups of four (about 79 bits), easy to copy from the sheet. */
export function newPupilPassword(): string {
  return [randomWord(4), randomWord(4), randomWord(4), randomWord(4)].join("-");
}

/**
 * What every pupil's localpart starts with: the homeserver's pupil guard
 * (`matrix-bot/synapse/opentwinning_pupil_guard.py`, `pupil_localpart_prefix`) knows pupils by it.
 */
export const PUPIL_LOCALPART_PREFIX = "tw-";

/** A pseudonymous localpart: nothing of the pupil's name is in their Matrix ID. */
export function newPupilLocalpart(): string {
  return `${PUPIL_LOCALPART_PREFIX}${randomWord(10)}`;
}
