import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * The folder where the test harness keeps what it fetched or unpacked once (Synapse's
 * virtualenv, PostgreSQL's and Chromium's binaries): `OPENTWINNING_CACHE`, by default
 * ~/.cache/opentwinning.
 */
export const cacheDir = (): string =>
  process.env.OPENTWINNING_CACHE || join(homedir(), ".cache", "opentwinning");

/** One line on the console for each slow setup step, so a first run does not look stuck. */
export function announce(step: string): void {
  console.log(`test setup: ${step}`);
}

/** A directory as a lock (mkdir is atomic): parallel runs wait instead of installing twice. */
export async function withLock(path: string, work: () => void | Promise<void>): Promise<void> {
  const staleMs = 20 * 60_000;
  mkdirSync(join(path, ".."), { recursive: true });
  for (;;) {
    try {
      mkdirSync(path);
      break;
    } catch {
      const since = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      // A lock left by a killed run is taken over after a generous install time.
      if (Date.now() - since > staleMs) rmSync(path, { force: true, recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    await work();
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The folder `target`, filled once by `fill` (under a lock, into a partial folder renamed
 * into place when complete): a run killed halfway leaves nothing that looks finished.
 */
export async function cachedFolder(
  target: string,
  fill: (partial: string) => void | Promise<void>,
): Promise<string> {
  if (existsSync(target)) return target;
  await withLock(`${target}.lock`, async () => {
    if (existsSync(target)) return;
    const partial = `${target}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    await fill(partial);
    renameSync(partial, target);
  });
  return target;
}
