/**
 * The tool as the benchmark measures it: its own process (so its CPU time and memory are its
 * own), on BENCH_SERVER_DATABASE_URL, listening on a free port of 127.0.0.1, which it prints
 * as one JSON line. No Matrix homeserver: the pages measured do not need one.
 */
import type { AddressInfo } from "node:net";
import { loadConfig } from "../app/config.ts";
import { productionCoreDeps } from "../app/coreDeps.ts";
import { Countries } from "../core/index.ts";
import { createToolApp } from "../lti-tool/app.ts";
import { cookiePolicy } from "../lti-tool/session/cookies.ts";
import { openDatabase } from "../store/database.ts";

const url = process.env.BENCH_SERVER_DATABASE_URL;
if (!url) throw new Error("BENCH_SERVER_DATABASE_URL is not set (bench/partner-search.ts sets it)");
// The readers' niceness as the server's configuration sets it (SQLITE_READER_NICENESS, default 10).
const database = openDatabase(url, { readerNiceness: loadConfig().app.readerNiceness });
const lti = {
  publicUrl: "",
  key: "bench-lti-key-bench-lti-key-bench-lti-key",
  cookies: cookiePolicy("development"),
  registrationHosts: [],
  allowPrivateAddresses: true,
  jwksCooldownMs: 0,
};
const app = createToolApp({ database, core: productionCoreDeps(database, new Countries()), lti });
const server = app.listen(0, "127.0.0.1", () => {
  lti.publicUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  console.log(JSON.stringify({ url: lti.publicUrl }));
});
process.once("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => void database.knex.destroy().then(() => process.exit(0)));
});
