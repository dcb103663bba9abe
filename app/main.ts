import { log } from "../ops/log.ts";
import { type Part, run } from "./processes.ts";

/**
 * `npm start`: the web side and the Matrix bot in one process (the embedded default).
 * `npm run start:web` and `npm run start:bot` pass `web` or `bot` to run one side alone.
 */
const PARTS: Record<string, Part[]> = { "": ["web", "bot"], web: ["web"], bot: ["bot"] };

const parts = PARTS[process.argv[2] ?? ""];
const started = parts
  ? run(parts)
  : Promise.reject(
      new Error(`Unknown part "${process.argv[2]}": start with "web", "bot" or nothing (both).`),
    );
started.catch((error: unknown) => {
  log.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
