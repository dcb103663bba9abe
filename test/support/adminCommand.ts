import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { RunningTool } from "./platform/tool.ts";
import type { World } from "./world.ts";

export type AdminCommand = (...args: string[]) => Promise<{ code: number; out: string }>;

/**
 * `npm run admin` as an operator runs it, against this world's SQLite file and this tool's
 * public URL and key: the exit code and everything it printed.
 */
export function adminCommand(world: World, tool: RunningTool): AdminCommand {
  const filename = (world.store.database.knex.client.config as { connection: { filename: string } })
    .connection.filename;
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite:${filename}`,
    PUBLIC_URL: tool.url,
    LTI_KEY: tool.config.key,
  };
  return async (...args) => {
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["scripts/node.mjs", "app/admin.ts", ...args],
        { env },
      );
      return { code: 0, out: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    }
  };
}
