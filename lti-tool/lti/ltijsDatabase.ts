import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Knex } from "knex";
import type { LtijsDatabasePlugin, LtijsDocument } from "ltijs";

/**
 * ltijs's database plugin on our knex database (SQLite or PostgreSQL), replacing its
 * MongoDB. ltijs addresses "collections" with Mongo-style equality queries; each collection
 * we keep maps to one table created by migrations/20261123_010_lti.ts. Only the collections
 * of the parts of ltijs we use are kept: platforms, their status, the tool's key pairs and
 * service access tokens. ltijs's login/launch collections (state, nonce, idtoken,
 * contexttoken) are refused, because OpenTwinning runs login and launch itself
 * (lti-tool/lti/login.ts, launch.ts); an unexpected use fails loudly instead of silently.
 *
 * Encrypted collections hold ltijs's index fields in clear and the document as AES-256-GCM
 * ciphertext (ltijs's own Mongo plugin uses unauthenticated CBC).
 */
interface Collection {
  table: string;
  /** ltijs field → column. */
  columns: Record<string, string>;
  /** Fields stored as JSON text. */
  json?: string[];
  /** Fields stored as booleans (SQLite gives 0/1 back). */
  booleans?: string[];
  /** Constant columns that tell rows of two collections sharing a table apart. */
  fixed?: Record<string, string>;
  encrypted?: boolean;
  /** Expiry in SQL: rows past it are neither returned nor kept. */
  expiresAt?: (item: LtijsDocument, now: number) => string;
}

const KEY_COLUMNS = {
  kid: "kid",
  platformUrl: "platform_url",
  clientId: "client_id",
  iv: "iv",
  data: "data",
};

const COLLECTIONS: Record<string, Collection> = {
  platform: {
    table: "lti_platforms",
    columns: {
      platformUrl: "platform_url",
      clientId: "client_id",
      platformName: "platform_name",
      authEndpoint: "auth_endpoint",
      accesstokenEndpoint: "accesstoken_endpoint",
      authorizationServer: "authorization_server",
      kid: "kid",
      authConfig: "auth_config",
    },
    json: ["authConfig"],
  },
  platformStatus: {
    table: "lti_platform_status",
    columns: { id: "id", active: "active" },
    booleans: ["active"],
  },
  publickey: { table: "lti_keys", columns: KEY_COLUMNS, fixed: { kind: "public" }, encrypted: true },
  privatekey: { table: "lti_keys", columns: KEY_COLUMNS, fixed: { kind: "private" }, encrypted: true },
  accesstoken: {
    table: "lti_access_tokens",
    columns: { platformUrl: "platform_url", clientId: "client_id", scopes: "scopes", iv: "iv", data: "data" },
    encrypted: true,
    // The platform says how long its token lives; ltijs's Mongo schema kept them an hour.
    expiresAt: (item, now) => {
      const token = item.token as { expires_in?: unknown } | undefined;
      const seconds = typeof token?.expires_in === "number" ? token.expires_in : 3600;
      return new Date(now + seconds * 1000).toISOString();
    },
  },
};

export class KnexLtijsDatabase implements LtijsDatabasePlugin {
  readonly #knex: Knex;
  readonly #now: () => number;

  constructor(knex: Knex, now: () => number = Date.now) {
    this.#knex = knex;
    this.#now = now;
  }

  /** Tables come from our migrations; the knex pool belongs to the application. */
  async setup(): Promise<boolean> {
    return true;
  }

  async Close(): Promise<boolean> {
    return true;
  }

  async Get(key: string | false, name: string, query?: LtijsDocument): Promise<LtijsDocument[] | false> {
    const collection = collectionNamed(name);
    const rows = (await this.#where(collection, query ?? {})) as Record<string, unknown>[];
    if (rows.length === 0) return false;
    return rows.map((row) => {
      if (key && collection.encrypted) {
        const document = JSON.parse(decrypt(String(row.data), String(row.iv), key)) as LtijsDocument;
        if (row.created_ms !== undefined) document.createdAt = Number(row.created_ms);
        return document;
      }
      return toDocument(collection, row);
    });
  }

  async Insert(
    key: string | false,
    name: string,
    item: LtijsDocument,
    index?: LtijsDocument,
  ): Promise<boolean> {
    const collection = collectionNamed(name);
    await this.#knex(collection.table).insert(this.#toRow(collection, key, item, index));
    return true;
  }

  async Replace(
    key: string | false,
    name: string,
    query: LtijsDocument,
    item: LtijsDocument,
    index?: LtijsDocument,
  ): Promise<boolean> {
    const collection = collectionNamed(name);
    const row = this.#toRow(collection, key, item, index);
    await this.#knex.transaction(async (trx) => {
      await this.#where(collection, query, trx).delete();
      await trx(collection.table).insert(row);
    });
    return true;
  }

  async Modify(
    key: string | false,
    name: string,
    query: LtijsDocument,
    modification: LtijsDocument,
  ): Promise<boolean> {
    const collection = collectionNamed(name);
    if (key && collection.encrypted) {
      // As ltijs's own plugin: decrypt, change the first field given, encrypt again.
      const [document] = (await this.Get(key, name, query)) || [];
      if (!document) return true;
      const [field, value] = Object.entries(modification)[0] ?? [];
      if (field !== undefined) document[field] = value;
      delete document.createdAt;
      const encrypted = encrypt(JSON.stringify(document), key);
      await this.#where(collection, query).update({ iv: encrypted.iv, data: encrypted.data });
      return true;
    }
    await this.#where(collection, query).update(toColumns(collection, modification));
    return true;
  }

  async Delete(name: string, query: LtijsDocument): Promise<boolean> {
    await this.#where(collectionNamed(name), query).delete();
    return true;
  }

  #where(collection: Collection, query: LtijsDocument, db: Knex | Knex.Transaction = this.#knex) {
    const builder = db(collection.table).where({ ...collection.fixed, ...toColumns(collection, query) });
    if (collection.expiresAt) builder.where("expires_at", ">", new Date(this.#now()).toISOString());
    return builder;
  }

  #toRow(
    collection: Collection,
    key: string | false,
    item: LtijsDocument,
    index: LtijsDocument | undefined,
  ): Record<string, unknown> {
    const now = this.#now();
    const extra: Record<string, unknown> = { ...collection.fixed };
    if (collection.table === "lti_platforms") extra.created_at = new Date(now).toISOString();
    if (collection.table === "lti_access_tokens") extra.created_ms = now;
    if (collection.expiresAt) extra.expires_at = collection.expiresAt(item, now);
    if (key && collection.encrypted) {
      const encrypted = encrypt(JSON.stringify(item), key);
      return { ...extra, ...toColumns(collection, { ...index, iv: encrypted.iv, data: encrypted.data }) };
    }
    return { ...extra, ...toColumns(collection, item) };
  }
}

function collectionNamed(name: string): Collection {
  const collection = COLLECTIONS[name];
  if (!collection) {
    throw new Error(
      `ltijs used its "${name}" collection, which OpenTwinning does not keep: login and launch run in lti-tool/lti/, not in ltijs`,
    );
  }
  return collection;
}

function toColumns(collection: Collection, document: LtijsDocument): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(document)) {
    if (value === undefined) continue;
    const column = collection.columns[field];
    if (!column) throw new Error(`ltijs used the unknown field ${field} of ${collection.table}`);
    row[column] = collection.json?.includes(field) ? JSON.stringify(value) : value;
  }
  return row;
}

function toDocument(collection: Collection, row: Record<string, unknown>): LtijsDocument {
  const document: LtijsDocument = {};
  for (const [field, column] of Object.entries(collection.columns)) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    if (collection.json?.includes(field)) document[field] = JSON.parse(String(value));
    else if (collection.booleans?.includes(field)) document[field] = value === true || value === 1;
    else document[field] = value;
  }
  return document;
}

function cipherKey(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

export function encrypt(plain: string, secret: string): { iv: string; data: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", cipherKey(secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return { iv: iv.toString("hex"), data: data.toString("hex") };
}

export function decrypt(data: string, iv: string, secret: string): string {
  const bytes = Buffer.from(data, "hex");
  const decipher = createDecipheriv("aes-256-gcm", cipherKey(secret), Buffer.from(iv, "hex"));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString(
    "utf8",
  );
}
