import type { Knex } from "knex";
import { CENTRAL_SUPPORT_UNIT, type Id } from "../../core/index.ts";
import { hashToken, randomToken } from "../session/session.ts";

/**
 * The LTI side's own records (tables in migrations/20261123_010_lti.ts,
 * 20261130_390_national_unit_deployments.ts and 20261130_750_central_support_deployments.ts):
 * which deployment belongs to which school, national unit or the central support service,
 * registration tokens, OIDC logins in flight and used nonces.
 */
export type Now = () => Date;

export interface DeploymentKey {
  issuer: string;
  clientId: string;
  deploymentId: string;
}

/**
 * Whose staff launch from a deployment that is not a school's: a national unit (its country
 * code) or the central support service (CENTRAL_SUPPORT_UNIT), which acts for every country.
 */
export type StaffUnit = string;

export interface Deployment extends DeploymentKey {
  schoolId: Id;
}

/** R1: every LMS deployment is bound to one school; a platform may host several schools. */
export class Deployments {
  readonly #knex: Knex;
  readonly #now: Now;
  constructor(knex: Knex, now: Now = () => new Date()) {
    this.#knex = knex;
    this.#now = now;
  }

  async schoolOf(key: DeploymentKey, db: Knex | Knex.Transaction = this.#knex): Promise<Id | undefined> {
    const row = (await db("lti_deployments")
      .where({ issuer: key.issuer, client_id: key.clientId, deployment_id: key.deploymentId })
      .first("school_id")) as { school_id: string } | undefined;
    return row?.school_id;
  }

  /**
   * The staff unit that owns this deployment (its launches are the unit's staff): a national
   * unit's country, or CENTRAL_SUPPORT_UNIT for the central support service's own LMS.
   */
  async unitOf(key: DeploymentKey): Promise<StaffUnit | undefined> {
    const where = { issuer: key.issuer, client_id: key.clientId, deployment_id: key.deploymentId };
    const row = (await this.#knex("lti_national_unit_deployments").where(where).first("country")) as
      { country: string } | undefined;
    if (row) return row.country;
    const central = await this.#knex("lti_central_support_deployments").where(where).first("deployment_id");
    return central ? CENTRAL_SUPPORT_UNIT : undefined;
  }

  /** Whether the deployment already belongs to a school or a national unit. */
  async isBound(key: DeploymentKey): Promise<boolean> {
    return (await this.schoolOf(key)) !== undefined || (await this.unitOf(key)) !== undefined;
  }

  async bindToUnit(key: DeploymentKey, unit: StaffUnit): Promise<void> {
    const row = {
      issuer: key.issuer,
      client_id: key.clientId,
      deployment_id: key.deploymentId,
      created_at: this.#now().toISOString(),
    };
    if (unit === CENTRAL_SUPPORT_UNIT) await this.#knex("lti_central_support_deployments").insert(row);
    else await this.#knex("lti_national_unit_deployments").insert({ ...row, country: unit });
  }

  /** The deployments of these schools: where their accounts come from, for the central admin. */
  async ofSchools(schoolIds: readonly Id[]): Promise<Deployment[]> {
    if (schoolIds.length === 0) return [];
    const rows = (await this.#knex("lti_deployments")
      .whereIn("school_id", [...new Set(schoolIds)])
      .orderBy(["issuer", "client_id", "deployment_id"])
      .select("issuer", "client_id", "deployment_id", "school_id")) as Record<string, string>[];
    return rows.map((r) => ({
      issuer: String(r.issuer),
      clientId: String(r.client_id),
      deploymentId: String(r.deployment_id),
      schoolId: String(r.school_id),
    }));
  }

  /** Whether any LMS connection exists yet (none on a fresh install: the operator's next step). */
  async anyRegistered(): Promise<boolean> {
    return (
      (await this.#knex("lti_deployments").first("deployment_id")) !== undefined ||
      (await this.#knex("lti_national_unit_deployments").first("deployment_id")) !== undefined ||
      (await this.#knex("lti_central_support_deployments").first("deployment_id")) !== undefined
    );
  }

  async bind(deployment: Deployment, db: Knex | Knex.Transaction = this.#knex): Promise<void> {
    await db("lti_deployments").insert({
      issuer: deployment.issuer,
      client_id: deployment.clientId,
      deployment_id: deployment.deploymentId,
      school_id: deployment.schoolId,
      created_at: this.#now().toISOString(),
    });
  }
}

/** What a registration token may preset for the school's registration form. */
export interface RegistrationPreset {
  schoolName: string | undefined;
  country: string | undefined;
  /** A link for a staff unit's own LMS (a national unit's country, or CENTRAL_SUPPORT_UNIT); no school is registered. */
  nationalUnit?: StaffUnit | undefined;
  /** A link for another LMS of an existing school (its admin made it): the school's id. */
  schoolId?: string | undefined;
}

/**
 * A registration token is the capability to register a platform by dynamic registration:
 * the operator creates one per school (`npm run admin -- registration-token create`) and
 * hands the school's LMS admin the URL with it. Single use, 14 days by default.
 */
export class RegistrationTokens {
  readonly #knex: Knex;
  readonly #now: Now;
  constructor(knex: Knex, now: Now = () => new Date()) {
    this.#knex = knex;
    this.#now = now;
  }

  async create(preset: RegistrationPreset, validDays = 14): Promise<string> {
    const token = randomToken();
    const now = this.#now();
    await this.#knex("lti_registration_tokens").insert({
      token_hash: hashToken(token),
      school_name: preset.schoolName ?? null,
      country: preset.country ?? null,
      national_unit: preset.nationalUnit === CENTRAL_SUPPORT_UNIT ? null : (preset.nationalUnit ?? null),
      central_support: preset.nationalUnit === CENTRAL_SUPPORT_UNIT,
      school_id: preset.schoolId ?? null,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + validDays * 86_400_000).toISOString(),
      used_at: null,
    });
    return token;
  }

  /** The preset of a token that is still usable, without using it. */
  async peek(token: string): Promise<RegistrationPreset | undefined> {
    const row = (await this.#usable(token, this.#knex).first(
      "school_name",
      "country",
      "national_unit",
      "central_support",
      "school_id",
    )) as
      | (Record<"school_name" | "country" | "national_unit" | "school_id", string | null> & {
          central_support: boolean | number;
        })
      | undefined;
    return row
      ? {
          schoolName: row.school_name ?? undefined,
          country: row.country ?? undefined,
          nationalUnit: row.central_support ? CENTRAL_SUPPORT_UNIT : (row.national_unit ?? undefined),
          schoolId: row.school_id ?? undefined,
        }
      : undefined;
  }

  /** Uses the token; false if it was used meanwhile or expired (one conditional update decides races). */
  async consume(token: string): Promise<boolean> {
    const updated = await this.#usable(token, this.#knex).update({ used_at: this.#now().toISOString() });
    return updated === 1;
  }

  /** Makes a token used by a registration that then failed usable again. */
  async release(token: string): Promise<void> {
    await this.#knex("lti_registration_tokens")
      .where("token_hash", hashToken(token))
      .update({ used_at: null });
  }

  #usable(token: string, db: Knex | Knex.Transaction) {
    return db("lti_registration_tokens")
      .where("token_hash", hashToken(token))
      .whereNull("used_at")
      .where("expires_at", ">", this.#now().toISOString());
  }
}

/** An OIDC login in flight: what the launch that answers it must match. */
export interface LoginRecord {
  issuer: string;
  clientId: string;
  deploymentId: string | undefined;
  targetLinkUri: string;
  loginHint: string;
  messageHint: string | undefined;
  nonce: string;
}

const LOGIN_TTL_MS = 10 * 60_000;

export class Logins {
  readonly #knex: Knex;
  readonly #now: Now;
  constructor(knex: Knex, now: Now = () => new Date()) {
    this.#knex = knex;
    this.#now = now;
  }

  async start(login: Omit<LoginRecord, "nonce">): Promise<{ state: string; nonce: string }> {
    const state = randomToken();
    const nonce = randomToken();
    const now = this.#now();
    await this.#knex("lti_logins").where("expires_at", "<", now.toISOString()).delete();
    await this.#knex("lti_logins").insert({
      state_hash: hashToken(state),
      nonce,
      issuer: login.issuer,
      client_id: login.clientId,
      deployment_id: login.deploymentId ?? null,
      target_link_uri: login.targetLinkUri,
      login_hint: login.loginHint,
      message_hint: login.messageHint ?? null,
      expires_at: new Date(now.getTime() + LOGIN_TTL_MS).toISOString(),
    });
    return { state, nonce };
  }

  /** Takes the login of this state once: a second launch with the same state finds nothing. */
  async take(state: string): Promise<LoginRecord | undefined> {
    const where = { state_hash: hashToken(state) };
    const row = (await this.#knex("lti_logins")
      .where(where)
      .where("expires_at", ">", this.#now().toISOString())
      .first()) as Record<string, string | null> | undefined;
    if (!row) return undefined;
    if ((await this.#knex("lti_logins").where(where).delete()) !== 1) return undefined;
    return {
      issuer: String(row.issuer),
      clientId: String(row.client_id),
      deploymentId: row.deployment_id ?? undefined,
      targetLinkUri: String(row.target_link_uri),
      loginHint: String(row.login_hint),
      messageHint: row.message_hint ?? undefined,
      nonce: String(row.nonce),
    };
  }
}

/** Nonces are remembered a day, far longer than a launch token is accepted (minutes). */
const NONCE_MEMORY_MS = 24 * 3600_000;

export class Nonces {
  readonly #knex: Knex;
  readonly #now: Now;
  constructor(knex: Knex, now: Now = () => new Date()) {
    this.#knex = knex;
    this.#now = now;
  }

  /** Records the nonce; false when it was seen before (the primary key decides, even under races). */
  async useOnce(issuer: string, nonce: string): Promise<boolean> {
    const now = this.#now();
    await this.#knex("lti_nonces").where("expires_at", "<", now.toISOString()).delete();
    try {
      await this.#knex("lti_nonces").insert({
        issuer,
        nonce,
        expires_at: new Date(now.getTime() + NONCE_MEMORY_MS).toISOString(),
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === "23505" || (e?.code === "SQLITE_CONSTRAINT" && /UNIQUE|PRIMARY/.test(e.message ?? ""));
}
