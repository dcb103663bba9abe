/**
 * `npm run demo [-- --seed]`: starts a local Synapse (installed on first use into
 * ~/.cache/opentwinning, as the tests do), OpenTwinning with its bot, and the demo LMS,
 * then prints the one URL to open. Everything lives in temporary folders and ends with Ctrl-C.
 */
import { startSynapse } from "../test/support/synapse.ts";
import { startDemo } from "./demo.ts";

async function main(): Promise<void> {
  const seed = process.argv.includes("--seed");
  console.log("Starting a local Matrix homeserver (the first run installs Synapse: a few minutes)…");
  const synapse = await startSynapse();
  const demo = await startDemo({ homeserver: synapse, seed }).catch(async (error: unknown) => {
    await synapse.stop();
    throw error;
  });
  console.log(`\nOpenTwinning demo ready${seed ? " (with example data)" : ""}. Open ${demo.url}\n`);
  console.log(`(Tool ${demo.toolUrl}, Matrix homeserver ${demo.homeserverUrl}. Ctrl-C stops everything.)`);
  const stop = () =>
    void demo
      .stop()
      .then(() => synapse.stop())
      .finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
