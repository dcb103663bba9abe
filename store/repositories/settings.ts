import {
  CLOSED_POLICY,
  DEFAULT_MEMBERSHIP_POLICY,
  type MembershipPolicy,
  type SchoolProjectPolicy,
  type SettingsRepository,
} from "../../core/index.ts";
import { json, type Scope } from "../rows.ts";

export function settingsRepository({ db }: Scope): SettingsRepository {
  async function read<T>(key: string, fallback: T): Promise<T> {
    const row = await db("settings").where({ key }).first();
    return row ? json<T>(row.value, fallback) : fallback;
  }
  async function write(key: string, value: unknown): Promise<void> {
    await db("settings")
      .insert({ key, value: JSON.stringify(value) })
      .onConflict("key")
      .merge();
  }
  return {
    schoolProjectPolicy: () => read<SchoolProjectPolicy>("school_project_policy", CLOSED_POLICY),
    saveSchoolProjectPolicy: (policy) => write("school_project_policy", policy),
    membershipPolicy: () => read<MembershipPolicy>("membership_policy", DEFAULT_MEMBERSHIP_POLICY),
    saveMembershipPolicy: (policy) => write("membership_policy", policy),
  };
}
