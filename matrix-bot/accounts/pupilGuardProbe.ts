/**
 * Whether the homeserver keeps pupils inside their project: the pupil guard module
 * (`matrix-bot/synapse/opentwinning_pupil_guard.py`, README "Matrix" point 5) answers this path
 * with its version. Without it a pupil's account could make rooms, write to strangers and
 * change its name, so the bot makes no pupils' accounts there.
 */
export const PUPIL_GUARD_PATH = "/_synapse/client/opentwinning/guard";

/** The oldest guard with every rule the bot relies on (its VERSION; 2: pupils' names in rooms). */
export const PUPIL_GUARD_VERSION = 2;

/** The homeserver runs no pupil guard, or one too old. Known by name on the web side. */
export class UnguardedHomeserver extends Error {
  constructor(homeserverUrl: string, found: string) {
    super(
      `${homeserverUrl} does not run the OpenTwinning pupil guard (version ${PUPIL_GUARD_VERSION} or later; ${found}): ` +
        `no pupils' accounts are made until its Matrix admin installs it (README "Matrix", point 5)`,
    );
    this.name = "UnguardedHomeserver";
  }
}

/** Throws UnguardedHomeserver when the guard is missing or too old; a homeserver that does not answer throws as fetch does. */
export async function requirePupilGuard(homeserverUrl: string): Promise<void> {
  const response = await fetch(`${homeserverUrl.replace(/\/$/, "")}${PUPIL_GUARD_PATH}`, {
    signal: AbortSignal.timeout(5000),
  });
  if (response.status >= 500)
    throw new Error(`${homeserverUrl}${PUPIL_GUARD_PATH} answered ${response.status}`);
  const version = response.ok
    ? ((await response.json().catch(() => ({}))) as { version?: unknown }).version
    : undefined;
  if (typeof version !== "number" || version < PUPIL_GUARD_VERSION) {
    throw new UnguardedHomeserver(
      homeserverUrl,
      typeof version === "number"
        ? `found version ${version}`
        : `the guard's address answered ${response.status}`,
    );
  }
}
