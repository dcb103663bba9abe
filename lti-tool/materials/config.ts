import { DEFAULT_MATERIAL_LIMITS, type MaterialLimits } from "../../core/index.ts";

const MB = 1024 * 1024;

export interface MaterialSettings {
  /** Directory of the disk storage. */
  directory: string;
  limits: MaterialLimits;
}

function megabytes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number of megabytes`);
  return Math.floor(value * MB);
}

/**
 * `MATERIALS_DIR` (default ./data/materials), `MATERIALS_MAX_FILE_MB` (default 100) and
 * `MATERIALS_QUOTA_MB` (default 5120): generous, since teachers' videos and photo
 * series are the point of the library.
 */
/** The variables materialSettings reads, for the documentation's checks. */
export const MATERIALS_VARIABLES = ["MATERIALS_DIR", "MATERIALS_MAX_FILE_MB", "MATERIALS_QUOTA_MB"] as const;

export function materialSettings(env: NodeJS.ProcessEnv = process.env): MaterialSettings {
  return {
    directory: env.MATERIALS_DIR || "./data/materials",
    limits: {
      maxFileBytes: megabytes(env, "MATERIALS_MAX_FILE_MB", DEFAULT_MATERIAL_LIMITS.maxFileBytes),
      maxProjectBytes: megabytes(env, "MATERIALS_QUOTA_MB", DEFAULT_MATERIAL_LIMITS.maxProjectBytes),
    },
  };
}
