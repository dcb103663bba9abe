/**
 * A bare ltijs tool, the reference the launch benchmark holds OpenTwinning against: ltijs
 * 5.9.9's own login and launch validation (it fetches the platform's keys on every launch),
 * its platforms and keys on the same storage (our knex plugin over BENCH_SERVER_DATABASE_URL,
 * migrated by the caller), its login and launch collections, which our plugin does not keep,
 * in memory (cheaper than any database: the comparison favours the bare tool), answering a
 * launch with one line. Registers the platform given in BENCH_PLATFORM
 * (JSON), listens on BENCH_PORT of 127.0.0.1 and prints { url } as one JSON line.
 */
import type { AddressInfo } from "node:net";
import express, { type Request, type Response } from "express";
import ltijs, { type LtijsDocument, type LtijsPlatformInput, type LtijsProvider } from "ltijs";
import { KnexLtijsDatabase } from "../lti-tool/lti/ltijsDatabase.ts";
import { openDatabase } from "../store/database.ts";

/** The parts of ltijs's Provider a tool of its own uses, beyond what our wrapper declares. */
interface OwnLaunches {
  onConnect(handler: (token: { user: string }, req: Request, res: Response) => void): void;
  deploy(options: { serverless: true; silent: true }): Promise<boolean>;
}

const IN_MEMORY = new Set(["state", "nonce", "idtoken", "contexttoken"]);

/** Our plugin, with ltijs's login and launch collections kept in memory (equality queries, as ltijs asks). */
class BareLtijsDatabase extends KnexLtijsDatabase {
  readonly #memory = new Map<string, LtijsDocument[]>();

  #docs(name: string): LtijsDocument[] {
    if (!this.#memory.has(name)) this.#memory.set(name, []);
    return this.#memory.get(name)!;
  }

  #matches(name: string, query: LtijsDocument = {}): LtijsDocument[] {
    return this.#docs(name).filter((doc) => Object.entries(query).every(([k, v]) => doc[k] === v));
  }

  override async Get(key: string | false, name: string, query?: LtijsDocument) {
    if (!IN_MEMORY.has(name)) return super.Get(key, name, query);
    const found = this.#matches(name, query);
    return found.length > 0 ? found.map((doc) => ({ ...doc })) : false;
  }

  override async Insert(key: string | false, name: string, item: LtijsDocument, index?: LtijsDocument) {
    if (!IN_MEMORY.has(name)) return super.Insert(key, name, item, index);
    this.#docs(name).push({ ...item });
    return true;
  }

  override async Replace(
    key: string | false,
    name: string,
    query: LtijsDocument,
    item: LtijsDocument,
    index?: LtijsDocument,
  ) {
    if (!IN_MEMORY.has(name)) return super.Replace(key, name, query, item, index);
    await this.Delete(name, query);
    return this.Insert(key, name, item, index);
  }

  override async Modify(
    key: string | false,
    name: string,
    query: LtijsDocument,
    modification: LtijsDocument,
  ) {
    if (!IN_MEMORY.has(name)) return super.Modify(key, name, query, modification);
    for (const doc of this.#matches(name, query)) Object.assign(doc, modification);
    return true;
  }

  override async Delete(name: string, query: LtijsDocument) {
    if (!IN_MEMORY.has(name)) return super.Delete(name, query);
    const gone = new Set(this.#matches(name, query));
    this.#memory.set(
      name,
      this.#docs(name).filter((doc) => !gone.has(doc)),
    );
    return true;
  }
}

const url = process.env.BENCH_SERVER_DATABASE_URL;
const platform = process.env.BENCH_PLATFORM;
if (!url || !platform)
  throw new Error("BENCH_SERVER_DATABASE_URL and BENCH_PLATFORM are set by bench/launch.ts");
const database = openDatabase(url);
const ProviderClass = Object.getPrototypeOf(ltijs.Provider).constructor as new () => LtijsProvider;
const provider = new ProviderClass().setup(
  "bench-ltijs-key-bench-ltijs-key",
  { plugin: new BareLtijsDatabase(database.knex) },
  { appRoute: "/lti/launch", loginRoute: "/lti/login", cookies: { secure: false, sameSite: "Lax" } },
) as LtijsProvider & OwnLaunches;
provider.onConnect((token, _req, res) => {
  res.send(`launched ${token.user}`);
});
await provider.deploy({ serverless: true, silent: true });
await provider.registerPlatform(JSON.parse(platform) as LtijsPlatformInput);
const app = express();
app.use(provider.app);
const server = app.listen(Number(process.env.BENCH_PORT), "127.0.0.1", () => {
  console.log(JSON.stringify({ url: `http://localhost:${(server.address() as AddressInfo).port}` }));
});
process.once("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => void database.knex.destroy().then(() => process.exit(0)));
});
